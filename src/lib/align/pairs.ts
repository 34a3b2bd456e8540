/**
 * Clause alignment: pairs clauses of different plans that a reader would set side by side, with
 * the evidence for each pair. Candidates come from an inverted index over every clause's evidence,
 * pruned so the work per clause is bounded and the whole stage grows linearly with the corpus;
 * each candidate is then scored exactly by the scorer the compare page also uses.
 */
import { defaultAlignOptions, scoreGiven, scorePair, type AlignOptions, type ClauseEvidence, type PairScore } from './score.ts';
import { findSorted, heaviest } from './select.ts';
import { WordScatter, wordVectors } from './word-vectors.ts';

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

/** A clause keeps only pairs it scored, so its row of scores holds every one. */
function notScored(i: number, j: number): never {
  throw new Error(`aligner: clause ${i} keeps clause ${j} without having scored it`);
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
  // Each list cut to its heaviest and laid out flat: walking them is the stage's inner loop.
  const flat = new Map<string, { at: Int32Array; w: Float64Array }>();
  for (const [k, list] of postings) {
    const cut = list.length > index.postingLimit ? list.sort((x, y) => y.w - x.w || x.i - y.i).slice(0, index.postingLimit) : list;
    flat.set(k, { at: Int32Array.from(cut, (p) => p.i), w: Float64Array.from(cut, (p) => p.w) });
  }
  postings.clear();

  // Most candidates fall below the threshold: those keep only their score, and the evidence
  // lists are built for the pairs that stand.
  const n = inputs.length;
  const documentIds = new Map<string, number>();
  const documentOf = Int32Array.from(inputs, (x) => documentIds.get(x.document) ?? documentIds.set(x.document, documentIds.size).get(x.document)!);
  // Each clause's candidates are summed in arrays indexed by clause, reset through the list of
  // those touched: a map per clause costs most of the stage at a thousand plans.
  const shared = new Float64Array(n);
  const touchedBy = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  // Each clause's scored candidates, by index, so a pair both clauses count among their candidates
  // is scored once: the later clause finds the score among the earlier one's (a map of every
  // scored pair grows to millions of entries and slows as it grows).
  const width = Math.max(0, Math.min(n, index.candidates));
  const scoredWith = new Int32Array(n * width);
  const scoredScore = new Float64Array(n * width);
  const scoredCount = new Int32Array(n);
  const scoredIn = (row: number, other: number): number | undefined => {
    const at = findSorted(scoredWith, row * width, scoredCount[row]!, other);
    return at >= 0 ? scoredScore[at]! : undefined;
  };
  // The clause being aligned is spread out by word, so its candidates' cosines are array reads.
  const scatter = new WordScatter(wordVectors(inputs.map((x) => x.evidence.words)));
  const scoreAgainst = (i: number, j: number): number =>
    (j < i ? scoredIn(j, i) : undefined) ?? scoreGiven(scatter.cosine(j), inputs[Math.min(i, j)]!.evidence, inputs[Math.max(i, j)]!.evidence, options);
  const kept: number[][] = inputs.map(() => []);
  for (let i = 0; i < n; i++) {
    scatter.load(i);
    let count = 0;
    const own = documentOf[i]!;
    const query = keys[i]!;
    for (let q = 0; q < Math.min(index.queryKeys, query.length); q++) {
      const [k, w] = query[q]!;
      const list = flat.get(k);
      if (!list) continue;
      for (let x = 0; x < list.at.length; x++) {
        const j = list.at[x]!;
        if (documentOf[j] === own) continue;
        if (touchedBy[j] !== i) {
          touchedBy[j] = i;
          shared[j] = 0;
          touched[count++] = j;
        }
        shared[j]! += w * list.w[x]!;
      }
    }
    const candidates = heaviest(touched.subarray(0, count), shared, width).map((j) => ({ j, score: scoreAgainst(i, j) }));
    const byIndex = [...candidates].sort((x, y) => x.j - y.j);
    byIndex.forEach((c, k) => {
      scoredWith[i * width + k] = c.j;
      scoredScore[i * width + k] = c.score;
    });
    scoredCount[i] = byIndex.length;
    const best = candidates
      .filter((x) => x.score >= options.threshold)
      .sort((x, y) => y.score - x.score || x.j - y.j);
    const perDoc = new Map<number, number>();
    for (const { j } of best) {
      const d = documentOf[j]!;
      if ((perDoc.get(d) ?? 0) >= index.perDocument || kept[i]!.length >= index.limit) continue;
      perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
      kept[i]!.push(j);
    }
  }

  // A pair stands when either clause keeps the other (alignment is symmetric on the page), best
  // first, as long as neither clause has `limit` pairs already: a clause many others point to
  // (a broad section) keeps its best, so no page grows with the corpus. Only the pairs that stand
  // get their evidence lists. The score of a pair is read from the row of the clause that keeps it.
  const proposed = new Map<number, { a: number; b: number; score: number }>();
  kept.forEach((js, i) => {
    for (const j of js) {
      const [a, b] = i < j ? [i, j] : [j, i];
      if (!proposed.has(a * n + b)) proposed.set(a * n + b, { a, b, score: scoredIn(i, j) ?? notScored(i, j) });
    }
  });
  const degree = new Map<number, number>();
  const out: AlignedPair[] = [];
  for (const p of [...proposed.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
    if ((degree.get(p.a) ?? 0) >= index.limit || (degree.get(p.b) ?? 0) >= index.limit) continue;
    degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
    degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
    out.push({ a: p.a, b: p.b, result: scorePair(inputs[p.a]!.evidence, inputs[p.b]!.evidence, options) });
  }
  return out.sort((x, y) => x.a - y.a || y.result.score - x.result.score || x.b - y.b);
}
