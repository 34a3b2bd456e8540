/**
 * Clause alignment: pairs clauses of different plans that a reader would set side by side, with
 * the evidence for each pair. Candidates come from an inverted index over every clause's evidence,
 * pruned so the work per clause is bounded and the whole stage grows linearly with the corpus;
 * each candidate is then scored exactly by the scorer the compare page also uses.
 */
import { defaultAlignOptions, scoreOnly, scorePair, type AlignOptions, type ClauseEvidence, type PairScore } from './score.ts';

export interface AlignInput {
  document: string;
  clause: string;
  evidence: ClauseEvidence;
}

export interface IndexOptions {
  /** A clause looks up candidates through this many of its heaviest keys. */
  queryKeys: number;
  /** Each key's posting list keeps only its this-many heaviest clauses. */
  postingLimit: number;
  /** Exact scores are computed for this many best candidates per clause. */
  candidates: number;
  /** A clause keeps at most this many aligned clauses in each other document. */
  perDocument: number;
  /** And at most this many in all. */
  limit: number;
}

export const defaultIndexOptions: IndexOptions = { queryKeys: 24, postingLimit: 96, candidates: 60, perDocument: 6, limit: 12 };

export interface AlignedPair {
  a: number;
  b: number;
  result: PairScore;
}

/** Every key of a clause's evidence with its weight, kinds kept apart by a prefix. */
function keysOf(e: ClauseEvidence): [string, number][] {
  const out: [string, number][] = [];
  for (const [k, w] of e.themes) out.push([`t:${k}`, w * 4]);
  for (const [k, w] of e.names) out.push([`n:${k}`, w * 4]);
  for (const [k, w] of e.words) out.push([`w:${k}`, w]);
  for (const k of e.indicators) out.push([`i:${k}`, 4]);
  return out.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/**
 * Aligned pairs of clauses across documents, each pair once (a < b), best first per clause.
 * Only clauses of different documents are paired.
 */
export function alignClauses(inputs: readonly AlignInput[], options: AlignOptions = defaultAlignOptions, index: IndexOptions = defaultIndexOptions): AlignedPair[] {
  const keys = inputs.map((i) => keysOf(i.evidence));
  const postings = new Map<string, { i: number; w: number }[]>();
  keys.forEach((ks, i) => {
    for (const [k, w] of ks) {
      const list = postings.get(k);
      if (list) list.push({ i, w });
      else postings.set(k, [{ i, w }]);
    }
  });
  for (const [k, list] of postings) {
    if (list.length > index.postingLimit) postings.set(k, list.sort((x, y) => y.w - x.w || x.i - y.i).slice(0, index.postingLimit));
  }

  // Scores by pair (a < b, keyed a·n + b). Most candidates fall below the threshold: those keep
  // only their score, and the evidence lists are built for the pairs that stand.
  const n = inputs.length;
  const scores = new Map<number, number>();
  const kept: number[][] = inputs.map(() => []);
  inputs.forEach((input, i) => {
    const partial = new Map<number, number>();
    for (const [k, w] of keys[i]!.slice(0, index.queryKeys)) {
      for (const p of postings.get(k) ?? []) {
        if (inputs[p.i]!.document === input.document) continue;
        partial.set(p.i, (partial.get(p.i) ?? 0) + w * p.w);
      }
    }
    const best = [...partial]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, index.candidates)
      .map(([j]) => {
        const key = i < j ? i * n + j : j * n + i;
        let score = scores.get(key);
        if (score === undefined) {
          score = scoreOnly(inputs[Math.min(i, j)]!.evidence, inputs[Math.max(i, j)]!.evidence, options);
          scores.set(key, score);
        }
        return { j, score };
      })
      .filter((x) => x.score >= options.threshold)
      .sort((x, y) => y.score - x.score || x.j - y.j);
    const perDoc = new Map<string, number>();
    for (const { j } of best) {
      const d = inputs[j]!.document;
      if ((perDoc.get(d) ?? 0) >= index.perDocument || kept[i]!.length >= index.limit) continue;
      perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
      kept[i]!.push(j);
    }
  });

  // A pair stands when either clause keeps the other (alignment is symmetric on the page), best
  // first, as long as neither clause has `limit` pairs already: a clause many others point to
  // (a broad section) keeps its best, so no page grows with the corpus.
  const proposed = new Map<number, AlignedPair>();
  kept.forEach((js, i) => {
    for (const j of js) {
      const [a, b] = i < j ? [i, j] : [j, i];
      if (!proposed.has(a * n + b)) proposed.set(a * n + b, { a, b, result: scorePair(inputs[a]!.evidence, inputs[b]!.evidence, options) });
    }
  });
  const degree = new Map<number, number>();
  const out: AlignedPair[] = [];
  for (const p of [...proposed.values()].sort((x, y) => y.result.score - x.result.score || x.a - y.a || x.b - y.b)) {
    if ((degree.get(p.a) ?? 0) >= index.limit || (degree.get(p.b) ?? 0) >= index.limit) continue;
    degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
    degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
    out.push(p);
  }
  return out.sort((x, y) => x.a - y.a || y.result.score - x.result.score || x.b - y.b);
}
