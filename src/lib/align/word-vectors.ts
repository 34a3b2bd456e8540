/**
 * Clauses' word weights laid out for the aligner's inner loop: words numbered, each clause's
 * entries kept in its own order, its norm computed once. The clause being aligned is spread out
 * over an array indexed by word, so a candidate's cosine costs one pass over the candidate's words
 * with array reads instead of string-keyed lookups in two maps.
 *
 * The cosine is the one `cosineOf` in ./score.ts computes, bit for bit: the same parts, summed in
 * the same order (the smaller set's own order, the first argument's on a tie), so the aligner's
 * scores stay those the compare page computes with `scorePair`.
 */
import type { Weights } from './score.ts';

export interface WordVectors {
  /** Clause c's entries are `start[c]` up to `start[c + 1]`, in the order its map holds them. */
  readonly start: Int32Array;
  readonly word: Int32Array;
  readonly weight: Float64Array;
  /** Each clause's norm, summed as `cosineOf` sums it. */
  readonly norm: Float64Array;
  /** How many distinct words there are. */
  readonly words: number;
}

export function wordVectors(clauses: readonly Weights[]): WordVectors {
  const ids = new Map<string, number>();
  const start = new Int32Array(clauses.length + 1);
  let total = 0;
  clauses.forEach((w, c) => {
    start[c] = total;
    total += w.size;
  });
  start[clauses.length] = total;
  const word = new Int32Array(total);
  const weight = new Float64Array(total);
  const norm = new Float64Array(clauses.length);
  clauses.forEach((w, c) => {
    let at = start[c]!;
    let s = 0;
    for (const [k, v] of w) {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      word[at] = id;
      weight[at++] = v;
      s += v * v;
    }
    norm[c] = Math.sqrt(s);
  });
  return { start, word, weight, norm, words: ids.size };
}

/** One clause spread out by word, against which the others' cosines are read. */
export class WordScatter {
  readonly #v: WordVectors;
  /** Which clause each word's slot was last filled by: a slot counts only while its owner is the loaded clause, so no slot is ever cleared. */
  readonly #owner: Int32Array;
  readonly #value: Float64Array;
  /** The word's place among the loaded clause's entries. */
  readonly #place: Int32Array;
  #loaded = -1;
  // Scratch for summing in the loaded clause's order: the places matched and their parts.
  #places = new Int32Array(16);
  #parts = new Float64Array(16);

  constructor(vectors: WordVectors) {
    this.#v = vectors;
    this.#owner = new Int32Array(vectors.words).fill(-1);
    this.#value = new Float64Array(vectors.words);
    this.#place = new Int32Array(vectors.words);
  }

  load(clause: number): void {
    const { start, word, weight } = this.#v;
    for (let at = start[clause]!, place = 0; at < start[clause + 1]!; at++, place++) {
      const id = word[at]!;
      this.#owner[id] = clause;
      this.#value[id] = weight[at]!;
      this.#place[id] = place;
    }
    this.#loaded = clause;
  }

  /** The cosine of the loaded clause and `other`, as `cosineOf` gives it for the lower-numbered one first. */
  cosine(other: number): number {
    const i = this.#loaded;
    if (i < 0) throw new Error('WordScatter: no clause loaded');
    const { start, word, weight, norm } = this.#v;
    const [a, b] = i < other ? [i, other] : [other, i];
    const na = norm[a]!;
    const nb = norm[b]!;
    if (na === 0 || nb === 0) return 0;
    const denominator = na * nb;
    const smallIsOther = (start[a + 1]! - start[a]! <= start[b + 1]! - start[b]! ? a : b) === other;
    let dot = 0;
    if (smallIsOther) {
      // The other clause's order is the summing order: one pass.
      for (let at = start[other]!; at < start[other + 1]!; at++) {
        const id = word[at]!;
        if (this.#owner[id] === i) dot += (weight[at]! * this.#value[id]!) / denominator;
      }
      return Math.min(1, dot);
    }
    // The loaded clause's order is the summing order: collect the shared words' parts by their
    // place in it, then add them up in that order (a clause shares few words with another).
    let count = 0;
    for (let at = start[other]!; at < start[other + 1]!; at++) {
      const id = word[at]!;
      if (this.#owner[id] !== i) continue;
      if (count === this.#places.length) this.#grow();
      const part = (this.#value[id]! * weight[at]!) / denominator;
      // Insertion by place keeps the collected parts in the loaded clause's order.
      let k = count++;
      const place = this.#place[id]!;
      while (k > 0 && this.#places[k - 1]! > place) {
        this.#places[k] = this.#places[k - 1]!;
        this.#parts[k] = this.#parts[k - 1]!;
        k--;
      }
      this.#places[k] = place;
      this.#parts[k] = part;
    }
    for (let k = 0; k < count; k++) dot += this.#parts[k]!;
    return Math.min(1, dot);
  }

  #grow(): void {
    const places = new Int32Array(this.#places.length * 2);
    places.set(this.#places);
    this.#places = places;
    const parts = new Float64Array(this.#parts.length * 2);
    parts.set(this.#parts);
    this.#parts = parts;
  }
}
