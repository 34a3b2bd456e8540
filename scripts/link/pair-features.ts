/** The evidence of each judged pair as numbers, for measuring what each kind of evidence is worth (held-out.ts). */
import type { GlossaryTerm } from '../../src/schemas/translation.ts';
import type { Clause } from '../../src/schemas/clause.ts';
import { cosineParts, defaultAlignOptions, scoreOnly, scorePair, type Weights } from '../../src/lib/align/score.ts';
import type { Judgement } from '../../src/lib/align/judgements.ts';
import type { AlignDocument } from './align-corpus.ts';
import { alignable, defaultWeighting, weighEvidence, type EvidenceInput, type WeightingOptions } from './evidence.ts';
import { defaultEnglishOptions, weighEnglish, type EnglishOptions } from './english.ts';
import type { LabelledPair } from './held-out.ts';
import type { Segmenter } from './segment.ts';

/** A clause's current English, undefined when it has none or the Chinese changed since. */
export type EnglishOf = (document: string, clause: Clause) => string | undefined;

const heaviestShared = (a: Weights, b: Weights) => {
  let best = 0;
  for (const [k, v] of a) {
    const u = b.get(k);
    if (u !== undefined) best = Math.max(best, Math.min(v, u));
  }
  return best;
};

export interface PairFeatureSet {
  pairs: LabelledPair[];
  /** Judged pairs with a clause the aligner does not weigh (a bare heading, a caption): all features 0. */
  unweighed: number;
  /** Judged pairs where a clause has no current English. */
  withoutEnglish: number;
}

/**
 * Features of every judged pair: `words`, `themes`, `names`, `indicators` as the aligner weighs
 * them, the cosine of the English terms under each name of `english` (English weighed with those
 * options), `glossary` (heaviest glossary term both use), and `current` (the aligner's score).
 */
export function judgedPairFeatures(
  docs: readonly AlignDocument[],
  segment: Segmenter,
  judgements: readonly Judgement[],
  englishOf: EnglishOf,
  glossary: readonly GlossaryTerm[],
  english: Readonly<Record<string, EnglishOptions>> = { english: defaultEnglishOptions },
  o: WeightingOptions = defaultWeighting,
): PairFeatureSet {
  const inputs: EvidenceInput[] = [];
  for (const d of docs) {
    const byId = new Map(d.clauses.map((c) => [c.id, c]));
    for (const c of d.clauses) if (alignable(c, byId)) inputs.push({ document: d.id, clause: c, themes: d.themes.get(c.id) ?? [], indicators: d.indicators.get(c.id) ?? [] });
  }
  const zh = weighEvidence(inputs, segment, o);
  const englishText = inputs.map((i) => englishOf(i.document, i.clause));
  const variants = Object.entries(english).map(([name, e]) => [name, weighEnglish(inputs.map((i) => i.document), englishText, glossary, o, e)] as const);
  const at = new Map(inputs.map((i, k) => [`${i.document}#${i.clause.id}`, k]));
  const unit = { words: 1, themes: 1, names: 1, indicators: 1, threshold: 0 };
  let unweighed = 0;
  let withoutEnglish = 0;
  const pairs = judgements.map((j): LabelledPair => {
    const fold = [j.a, j.b].map((r) => r.split('#')[0]!).sort().join(' ~ ');
    const a = at.get(j.a);
    const b = at.get(j.b);
    if (a === undefined || b === undefined) {
      unweighed++;
      return { fold, aligned: j.aligned, x: {} };
    }
    if (englishText[a] === undefined || englishText[b] === undefined) withoutEnglish++;
    const s = scorePair(zh[a]!, zh[b]!, unit);
    return {
      fold,
      aligned: j.aligned,
      x: {
        words: s.words.reduce((sum, p) => sum + p.weight, 0),
        themes: s.themes[0]?.weight ?? 0,
        names: s.names[0]?.weight ?? 0,
        indicators: s.indicators.length ? 1 : 0,
        ...Object.fromEntries(variants.map(([name, en]) => [name, cosineParts(en[a]!.terms, en[b]!.terms).cosine])),
        glossary: heaviestShared(variants[0]![1][a]!.glossary, variants[0]![1][b]!.glossary),
        current: scoreOnly(zh[a]!, zh[b]!, defaultAlignOptions),
      },
    };
  });
  return { pairs, unweighed, withoutEnglish };
}
