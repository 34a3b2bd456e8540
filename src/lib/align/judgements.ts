/**
 * Editors' judgements over the aligner: a pair an editor judged aligned is shown whatever its
 * score, a pair judged not aligned is never shown, and each pair says who made it. Pure; the
 * pipeline and the compare page apply the same judgements the same way.
 */
import type { AlignInput, AlignedPair } from './pairs.ts';
import { defaultAlignOptions, scorePair, type AlignOptions } from './score.ts';

/** One judged pair: `document#clause` on each side. */
export interface Judgement {
  a: string;
  b: string;
  aligned: boolean;
}

export type PairSource = 'aligner' | 'editor' | 'both';

export interface SourcedPair extends AlignedPair {
  by: PairSource;
}

const refOf = (i: AlignInput) => `${i.document}#${i.clause}`;
/** One key for a pair of `document#clause` refs, whichever way round. */
export const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The aligner's pairs with the judgements applied. Judgements on clauses outside `inputs` (another
 * plan, or a clause the aligner does not weigh) are left alone.
 */
export function applyJudgements(inputs: readonly AlignInput[], pairs: readonly AlignedPair[], judgements: readonly Judgement[], options: AlignOptions = defaultAlignOptions): SourcedPair[] {
  const at = new Map(inputs.map((x, i) => [refOf(x), i]));
  const verdict = new Map(judgements.map((j) => [pairKey(j.a, j.b), j.aligned]));
  const out: SourcedPair[] = [];
  const seen = new Set<string>();
  for (const p of pairs) {
    const k = pairKey(refOf(inputs[p.a]!), refOf(inputs[p.b]!));
    seen.add(k);
    const v = verdict.get(k);
    if (v === false) continue;
    out.push({ ...p, by: v === true ? 'both' : 'aligner' });
  }
  for (const j of judgements) {
    const k = pairKey(j.a, j.b);
    if (!j.aligned || seen.has(k)) continue;
    const x = at.get(j.a);
    const y = at.get(j.b);
    if (x === undefined || y === undefined) continue;
    seen.add(k);
    const [a, b] = x < y ? [x, y] : [y, x];
    out.push({ a, b, result: scorePair(inputs[a]!.evidence, inputs[b]!.evidence, options), by: 'editor' });
  }
  return out.sort((x, y) => x.a - y.a || y.result.score - x.result.score || x.b - y.b);
}
