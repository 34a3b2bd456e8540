import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cosineOf, type Weights } from './score.ts';
import { WordScatter, wordVectors } from './word-vectors.ts';

/** Every pair's cosine read off the scatter, each clause loaded in turn, beside what cosineOf gives. */
function bothWays(clauses: Weights[]): { got: number; want: number; i: number; j: number }[] {
  const scatter = new WordScatter(wordVectors(clauses));
  const out: { got: number; want: number; i: number; j: number }[] = [];
  clauses.forEach((_, i) => {
    scatter.load(i);
    clauses.forEach((__, j) => {
      if (j !== i) out.push({ i, j, got: scatter.cosine(j), want: cosineOf(clauses[Math.min(i, j)]!, clauses[Math.max(i, j)]!) });
    });
  });
  return out;
}

// Weights with every bit in use, so adding the same parts in another order shows in the result.
const weight = fc.double({ min: 0.001, max: 50, noNaN: true });
/** A clause's norm, its weights squared and summed in its own order, as cosineOf computes it. */
const norm = (w: Weights) => Math.sqrt([...w.values()].reduce((s, v) => s + v * v, 0));
// Few words, so clauses share many and often have the same number of them.
const clause = fc.uniqueArray(fc.tuple(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'), weight), { selector: (e) => e[0], maxLength: 20 }).map((e) => new Map(e));

describe('WordScatter', () => {
  it('gives every pair the cosine cosineOf gives, to the bit, whichever clause is loaded and whichever is smaller', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 2, maxLength: 8 }), (clauses) => {
        for (const { got, want, i, j } of bothWays(clauses)) expect(got, `${i} against ${j}`).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('sums in the smaller clause’s own order: parts added in another order come out different here', () => {
    // Shared words listed in opposite orders, with weights whose parts round differently by order.
    const words = Array.from({ length: 40 }, (_, k) => `词${k}`);
    const weights = words.map((_, k) => 1 + k * 0.1234567891 + ((k * 8) % 11) * 0.01);
    const small = new Map(words.map((w, k) => [w, weights[k]!]));
    const large = new Map([...words].reverse().map((w, k) => [w, weights[k]! * 1.7] as [string, number]).concat([['别的', 2]]));
    for (const clauses of [[small, large], [large, small]]) {
      const got = bothWays(clauses);
      for (const g of got) expect(g.got).toBe(g.want);
    }
    // The check above means something: the same parts summed in the large clause's order differ.
    let reversed = 0;
    for (const [k, u] of large) if (small.has(k)) reversed += (small.get(k)! * u) / (norm(small) * norm(large));
    expect(reversed).not.toBe(cosineOf(small, large));
  });

  it('gives 0 against a clause with no words or only words of weight 0, and for clauses sharing none', () => {
    // A word every document carries can weigh 0: its clause has norm 0, and 0 / 0 must not leak out as
    // NaN, whether that clause comes first in the pair or second.
    const got = bothWays([new Map([['甲', 0]]), new Map(), new Map([['甲', 1]]), new Map([['乙', 2]]), new Map([['乙', 0], ['丙', 0]])]);
    for (const g of got) expect(g.got, `${g.i} against ${g.j}`).toBe(0);
  });

  it('gives exactly 1 for two identical clauses, though their parts add up to a hair over 1', () => {
    // Boilerplate repeated word for word across documents: a cosine above 1 would rank it above any real pair.
    const same = (): Weights => new Map([['甲', 1.012], ['乙', 1.656]]);
    for (const g of bothWays([same(), same()])) expect(g.got, `${g.i} against ${g.j}`).toBe(1);
    const n = norm(same());
    expect((1.012 * 1.012) / (n * n) + (1.656 * 1.656) / (n * n)).toBeGreaterThan(1);
  });

  it('refuses to read a cosine before a clause is loaded', () => {
    expect(() => new WordScatter(wordVectors([new Map([['甲', 1]])])).cosine(0)).toThrow(/no clause loaded/);
  });
});

describe('wordVectors', () => {
  it('numbers each distinct word once and keeps each clause’s words in its own order', () => {
    const v = wordVectors([new Map([['乙', 1], ['甲', 2]]), new Map([['甲', 3], ['丙', 4]])]);
    expect([...v.start]).toEqual([0, 2, 4]);
    expect([...v.word]).toEqual([0, 1, 1, 2]);
    expect([...v.weight]).toEqual([1, 2, 3, 4]);
    expect(v.words).toBe(3);
    expect([...v.norm]).toEqual([Math.sqrt(5), 5]);
  });
});
