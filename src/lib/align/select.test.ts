import { describe, expect, it } from 'vitest';
import { findSorted, heaviest, kthLargest } from './select.ts';

describe('heaviest', () => {
  // A small deterministic generator: weights drawn from few values, so ties are common.
  const draws = (seed: number, count: number, values: number) => {
    let x = seed;
    return Array.from({ length: count }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return (x % values) / values;
    });
  };
  const bySort = (candidates: number[], weight: Float64Array, k: number) => [...candidates].sort((x, y) => weight[y]! - weight[x]! || x - y).slice(0, k);

  it('gives the k candidates sharing the most weight, most first, ties to the lower index, as sorting them all would', () => {
    for (const [seed, values] of [[1, 3], [2, 7], [3, 50], [4, 1000]] as const) {
      const weight = Float64Array.from(draws(seed, 400, values));
      // Candidates in no particular order, some clauses not among them.
      const candidates = Array.from({ length: 400 }, (_, i) => (i * 37) % 400).filter((i) => i % 5 !== 0);
      for (const k of [1, 2, 17, 60, 319, 320, 500]) {
        expect(heaviest(Int32Array.from(candidates), weight, k), `values ${values}, k ${k}`).toEqual(bySort(candidates, weight, k));
      }
    }
  });

  it('gives none for k = 0, and every candidate, ordered, when there are no more than k', () => {
    const weight = Float64Array.from([0.5, 0.2, 0.5, 0.9]);
    expect(heaviest(Int32Array.from([3, 2, 1, 0]), weight, 0)).toEqual([]);
    expect(heaviest(Int32Array.from([3, 2, 1, 0]), weight, 4)).toEqual([3, 0, 2, 1]);
    expect(heaviest(Int32Array.from([2, 1]), weight, 3)).toEqual([2, 1]);
  });
});

describe('kthLargest and findSorted', () => {
  it('gives the k-th largest of any values, duplicates counted, for every k', () => {
    for (const values of [[5], [3, 1, 2], [2, 2, 2, 1, 1], [0.5, 0.1, 0.9, 0.5, 0.3, 0.9, 0.7, 0.2, 0.5, 0.8, 0.4]]) {
      const desc = [...values].sort((a, b) => b - a);
      desc.forEach((v, i) => expect(kthLargest(Float64Array.from(values), i + 1), `${values} k=${i + 1}`).toBe(v));
    }
  });

  it('finds a value among ascending entries of one row of a flat table, or says -1', () => {
    // Two rows of width 4: [1, 4, 9, ·] holding 3 entries, then [2, 3, 5, 8].
    const table = Int32Array.from([1, 4, 9, 99, 2, 3, 5, 8]);
    expect([1, 4, 9].map((v) => findSorted(table, 0, 3, v))).toEqual([0, 1, 2]);
    expect([0, 2, 5, 10, 99].map((v) => findSorted(table, 0, 3, v))).toEqual([-1, -1, -1, -1, -1]);
    expect([2, 3, 5, 8].map((v) => findSorted(table, 4, 4, v))).toEqual([4, 5, 6, 7]);
    expect(findSorted(table, 4, 0, 2)).toBe(-1);
  });
});
