/** One plan's compare data (`/compare/data/<plan>.json`) from the content it is built from. Pure. */
import type { DocumentAlignments } from '../../schemas/alignment.ts';
import type { Clause } from '../../schemas/clause.ts';
import type { ComparePlan } from '../../schemas/compare.ts';
import type { DocumentCommitments, Instrument, Strength } from '../../schemas/commitment.ts';
import { instruments } from '../../schemas/commitment-kinds.ts';
import { committing, summariseCommitments } from '../commitment-names.ts';
import type { DocumentLinks } from '../../schemas/links.ts';
import { UNASSIGNED, type TargetRecord } from '../../schemas/target.ts';
import { formatFigure } from '../target-format.ts';

export interface PlanDataInput {
  id: string;
  title: string;
  region: string;
  regionName: string;
  when: string;
  date: string;
  clauses: readonly Clause[];
  links: DocumentLinks['clauses'];
  alignments: DocumentAlignments['clauses'];
  targets: readonly TargetRecord[];
  /** Editors' judged pairs (content/alignments-golden.json), `document#clause` on each side. */
  judgements: readonly { a: string; b: string; aligned: boolean }[];
  /** Clause → commitment coding (content/commitments). */
  commitments: DocumentCommitments['clauses'];
}

function commitmentCounts(coded: DocumentCommitments['clauses']): ComparePlan['commitments'] {
  const s = summariseCommitments(coded);
  const instrument = Object.fromEntries(instruments.map((i) => [i, committing.reduce((n, k) => n + s.matrix[k][i], 0)])) as Record<Instrument, number>;
  return { strength: s.strength, instrument, hedged: s.hedged };
}

/** A plan's figures that can stand beside another plan's: unassigned figures share no indicator. */
export function comparableFigures(targets: readonly TargetRecord[], plan: string): TargetRecord[] {
  return targets.filter((t) => t.document === plan && t.indicator !== UNASSIGNED);
}

/** Clauses that are on a theme or that the aligner weighs; the rest cannot appear in a comparison. */
export function toComparePlan(p: PlanDataInput): ComparePlan {
  const clauses = p.clauses.flatMap((c) => {
    const themes = p.links[c.id]?.themes ?? [];
    const evidence = p.alignments[c.id]?.evidence;
    if (!themes.length && !evidence) return [];
    const coded = p.commitments[c.id];
    const commitment = coded && coded.strength !== 'none' ? { commitment: [coded.strength, coded.instrument] as [Strength, Instrument | null] } : {};
    return [{ id: c.id, label: c.label, text: c.text, themes: themes.map((t) => [t.theme, t.spans] as [string, [number, number][]]), ...(evidence ? { evidence } : {}), ...commitment }];
  });
  const figures = comparableFigures(p.targets, p.id)
    .map((t) => ({ indicator: t.indicator, indicatorName: t.indicatorName, kind: t.kind, figure: formatFigure(t), year: t.year, clause: t.clause, quote: t.quote }));
  const judged = p.judgements.flatMap((j) => {
    const [ad, ac] = j.a.split('#') as [string, string];
    const [bd, bc] = j.b.split('#') as [string, string];
    if (ad === p.id) return [[ac, j.b, j.aligned] as [string, string, boolean]];
    if (bd === p.id) return [[bc, j.a, j.aligned] as [string, string, boolean]];
    return [];
  });
  return { id: p.id, title: p.title, region: p.region, regionName: p.regionName, when: p.when, date: p.date, clauses, figures, judged, commitments: commitmentCounts(p.commitments) };
}
