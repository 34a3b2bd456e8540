/** Precision and recall of the aligner against judged pairs, for one setting or a grid of them. */
import type { AlignOptions } from '../../src/lib/align/score.ts';
import { pairKey, type Judgement } from '../../src/lib/align/judgements.ts';
import { alignCorpus, defaultAlignCorpusOptions, type AlignDocument } from './align-corpus.ts';
import type { Segmenter } from './segment.ts';

export interface Measure {
  options: AlignOptions;
  proposed: number;
  /** Proposed pairs judged aligned / judged not aligned / not judged. */
  right: number;
  wrong: number;
  unjudged: number;
  precision: number;
  /** Judged positives the aligner finds. */
  recall: number;
}

/** The aligner alone (no judgements applied), measured against the judgements. */
export function measureAligner(docs: readonly AlignDocument[], segment: Segmenter, judgements: readonly Judgement[], options: AlignOptions): Measure {
  const out = alignCorpus(docs, segment, { ...defaultAlignCorpusOptions, align: options });
  const found = new Set<string>();
  for (const d of out) for (const [id, e] of Object.entries(d.clauses)) for (const a of e.aligned) found.add(pairKey(`${d.document}#${id}`, `${a.document}#${a.clause}`));
  const verdict = new Map(judgements.map((j) => [pairKey(j.a, j.b), j.aligned]));
  let right = 0;
  let wrong = 0;
  for (const k of found) {
    const v = verdict.get(k);
    if (v === true) right++;
    else if (v === false) wrong++;
  }
  const positives = judgements.filter((j) => j.aligned);
  return {
    options,
    proposed: found.size,
    right,
    wrong,
    unjudged: found.size - right - wrong,
    precision: right / Math.max(1, right + wrong),
    recall: positives.filter((j) => found.has(pairKey(j.a, j.b))).length / Math.max(1, positives.length),
  };
}

/** Every combination of the given weights and thresholds (words stay at 1: the others are relative to it). */
export function optionGrid(themes: readonly number[], names: readonly number[], indicators: readonly number[], thresholds: readonly number[]): AlignOptions[] {
  return themes.flatMap((t) => names.flatMap((n) => indicators.flatMap((i) => thresholds.map((threshold) => ({ words: 1, themes: t, names: n, indicators: i, threshold })))));
}
