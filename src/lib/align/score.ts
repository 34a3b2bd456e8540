/**
 * How strongly two clauses of different plans are about the same thing, and why. Pure, and shared
 * by the pipeline (which aligns the corpus) and the compare page (which aligns the plans a reader
 * picks), so both give the same answer.
 *
 * A clause is described by four kinds of evidence, each a weighted set:
 * - themes it is linked to, weighted 0–1 by how rare the theme is among clauses (鲁班工坊 outweighs
 *   党的领导); a pair counts its rarest shared theme, so a broad section on ten themes still pairs
 *   with a narrow clause on one of them;
 * - named things it mentions (“海外引智计划”, 《中国教育现代化2035》), weighted the same way;
 * - its words, TF-IDF weighted, with words that nearly every document carries (指导思想, 新时代)
 *   weighted down by that spread, so boilerplate does not pair preambles with each other;
 * - the indicators of the targets and outcomes it states.
 */

/** A weighted set: key → weight. Weights are normalised per clause where the score needs it. */
export type Weights = ReadonlyMap<string, number>;

export interface ClauseEvidence {
  themes: Weights;
  names: Weights;
  words: Weights;
  indicators: ReadonlySet<string>;
}

export interface AlignOptions {
  /** Weight of word similarity (cosine of word vectors) in the score. */
  words: number;
  /** Weight of the rarest shared theme (themes are weighted 0–1). */
  themes: number;
  /** Weight of the heaviest shared name (names are weighted 0–1). */
  names: number;
  /** Added when the clauses state a figure of the same indicator. */
  indicators: number;
  /** Pairs scoring at least this are aligned. */
  threshold: number;
}

/**
 * Calibrated on the judged pairs in content/alignments-golden.json (see the README's
 * "Aligned clauses"); the gate in scripts/link/align-golden.test.ts fails if they drift.
 */
export const defaultAlignOptions: AlignOptions = { words: 1, themes: 0.4, names: 0.1, indicators: 0.6, threshold: 0.33 };

export interface Shared {
  key: string;
  /** This key's part of the score. */
  weight: number;
}

export interface PairScore {
  score: number;
  themes: Shared[];
  names: Shared[];
  words: Shared[];
  indicators: string[];
}

function norm(w: Weights): number {
  let s = 0;
  for (const v of w.values()) s += v * v;
  return Math.sqrt(s);
}

/** Cosine of two weighted sets, with each shared key's part of the dot product. */
export function cosineParts(a: Weights, b: Weights): { cosine: number; parts: Shared[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return { cosine: 0, parts: [] };
  const parts: Shared[] = [];
  let dot = 0;
  for (const [k, v] of small) {
    const u = large.get(k);
    if (u === undefined) continue;
    const part = (v * u) / (na * nb);
    dot += part;
    parts.push({ key: k, weight: part });
  }
  parts.sort((x, y) => y.weight - x.weight || (x.key < y.key ? -1 : 1));
  return { cosine: Math.min(1, dot), parts };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Keys both sets have, each with the smaller of its two weights, heaviest first. */
function sharedByWeight(a: Weights, b: Weights): Shared[] {
  const out: Shared[] = [];
  for (const [k, v] of a) {
    const u = b.get(k);
    if (u !== undefined) out.push({ key: k, weight: Math.min(v, u) });
  }
  return out.sort((x, y) => y.weight - x.weight || (x.key < y.key ? -1 : 1));
}

/** The cosine as cosineParts sums it (same order, same operations), without the parts. */
export function cosineOf(a: Weights, b: Weights): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [k, v] of small) {
    const u = large.get(k);
    if (u !== undefined) dot += (v * u) / (na * nb);
  }
  return Math.min(1, dot);
}

function heaviestShared(a: Weights, b: Weights): number {
  let best = 0;
  for (const [k, v] of a) {
    const u = b.get(k);
    if (u !== undefined) best = Math.max(best, Math.min(v, u));
  }
  return best;
}

/**
 * The score alone, without the evidence lists (most candidates fall below the threshold). Equal to
 * `scorePair(a, b, o).score`; the aligner reaches the same number through `scoreGiven`.
 */
export function scoreOnly(a: ClauseEvidence, b: ClauseEvidence, o: AlignOptions = defaultAlignOptions): number {
  return scoreGiven(cosineOf(a.words, b.words), a, b, o);
}

/** `scoreOnly` with the word cosine of `a` and `b` already computed (the aligner computes it faster, to the same bit). */
export function scoreGiven(words: number, a: ClauseEvidence, b: ClauseEvidence, o: AlignOptions = defaultAlignOptions): number {
  let indicator = false;
  for (const i of a.indicators) if (b.indicators.has(i)) indicator = true;
  return round(o.words * words + o.themes * heaviestShared(a.themes, b.themes) + o.names * heaviestShared(a.names, b.names) + (indicator ? o.indicators : 0));
}

/** The score of a pair and the evidence behind it, each shared key with its part of the score. */
export function scorePair(a: ClauseEvidence, b: ClauseEvidence, o: AlignOptions = defaultAlignOptions): PairScore {
  const words = cosineParts(a.words, b.words);
  const themes = sharedByWeight(a.themes, b.themes);
  const names = sharedByWeight(a.names, b.names);
  const indicators = [...a.indicators].filter((i) => b.indicators.has(i)).sort();
  const score = o.words * words.cosine + o.themes * (themes[0]?.weight ?? 0) + o.names * (names[0]?.weight ?? 0) + (indicators.length ? o.indicators : 0);
  // Only the heaviest shared theme and name count: a list of them does not pile up.
  const heaviest = (list: Shared[], w: number) => list.map((p, i) => ({ key: p.key, weight: round(i === 0 ? w * p.weight : 0) }));
  return {
    score: round(score),
    themes: heaviest(themes, o.themes),
    names: heaviest(names, o.names),
    words: words.parts.map((p) => ({ key: p.key, weight: round(o.words * p.weight) })),
    indicators,
  };
}
