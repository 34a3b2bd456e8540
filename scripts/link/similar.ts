/**
 * Similar clauses across documents: TF-IDF over character bigrams, cosine similarity, found
 * through an inverted index so the cost grows with the corpus, not with the square of it.
 */

export interface SimilarInput {
  document: string;
  clause: string;
  text: string;
}

export interface SimilarMatch {
  document: string;
  clause: string;
  score: number;
}

export interface SimilarOptions {
  /** Keep matches at or above this cosine (calibrated in README: 0.15). */
  threshold: number;
  /** At most this many matches per clause. */
  limit: number;
  /** Candidates are looked up through this many of a clause's heaviest bigrams. */
  queryTerms: number;
  /** Each bigram's posting list keeps only its this-many heaviest clauses. */
  postingLimit: number;
  /** Exact cosine is computed for this many best candidates per clause. */
  candidates: number;
  /** Clauses with fewer distinct bigrams are too short to compare. */
  minBigrams: number;
}

export const defaultSimilarOptions: SimilarOptions = { threshold: 0.15, limit: 3, queryTerms: 16, postingLimit: 64, candidates: 30, minBigrams: 8 };

const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Bigrams of adjacent word characters (punctuation breaks a run). */
export function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (WORD.test(a) && WORD.test(b)) counts.set(a + b, (counts.get(a + b) ?? 0) + 1);
  }
  return counts;
}

interface Vector {
  terms: string[];
  weights: Float64Array;
}

export function findSimilar(inputs: readonly SimilarInput[], options: SimilarOptions = defaultSimilarOptions): Map<number, SimilarMatch[]> {
  const counts = inputs.map((i) => bigrams(i.text));
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = inputs.length;
  const vectors: (Vector | undefined)[] = counts.map((c) => {
    if (c.size < options.minBigrams) return undefined;
    const terms = [...c.keys()];
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((t, k) => {
      const w = (1 + Math.log(c.get(t)!)) * Math.log(n / df.get(t)!);
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { terms, weights };
  });

  // A pruned inverted index: each bigram lists only the clauses where it weighs most, and a clause
  // looks up only its heaviest bigrams, so the work per clause is bounded (queryTerms ×
  // postingLimit) and the whole search grows linearly with the corpus. Exact cosine follows.
  const postings = new Map<string, { index: number; weight: number }[]>();
  vectors.forEach((v, index) => {
    v?.terms.forEach((t, k) => {
      const list = postings.get(t) ?? [];
      list.push({ index, weight: v.weights[k]! });
      postings.set(t, list);
    });
  });
  for (const [t, list] of postings) {
    if (list.length > options.postingLimit) postings.set(t, list.sort((a, b) => b.weight - a.weight || a.index - b.index).slice(0, options.postingLimit));
  }
  const heaviest = (v: Vector): number[] =>
    [...v.weights.keys()].sort((a, b) => v.weights[b]! - v.weights[a]! || (v.terms[a]! < v.terms[b]! ? -1 : 1)).slice(0, options.queryTerms);

  const cosine = (a: Vector, b: Vector): number => {
    const lookup = new Map(b.terms.map((t, k) => [t, b.weights[k]!]));
    let dot = 0;
    a.terms.forEach((t, k) => (dot += a.weights[k]! * (lookup.get(t) ?? 0)));
    return Math.min(1, dot);
  };

  const result = new Map<number, SimilarMatch[]>();
  vectors.forEach((v, i) => {
    if (!v) return;
    const partial = new Map<number, number>();
    heaviest(v).forEach((k) => {
      const t = v.terms[k]!;
      for (const p of postings.get(t) ?? []) {
        if (inputs[p.index]!.document === inputs[i]!.document) continue;
        partial.set(p.index, (partial.get(p.index) ?? 0) + v.weights[k]! * p.weight);
      }
    });
    const best = [...partial]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.candidates)
      .map(([j]) => ({ j, score: cosine(v, vectors[j]!) }))
      .filter((m) => m.score >= options.threshold)
      .sort((a, b) => b.score - a.score || a.j - b.j)
      .slice(0, options.limit)
      .map(({ j, score }) => ({ document: inputs[j]!.document, clause: inputs[j]!.clause, score: Math.round(score * 1000) / 1000 }));
    if (best.length) result.set(i, best);
  });
  return result;
}
