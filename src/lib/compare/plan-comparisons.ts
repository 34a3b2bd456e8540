/**
 * The comparisons a plan page offers: its region's previous and next documents, the documents
 * above it nearest in time, and the documents it shares most aligned clauses with. Pure.
 */
import type { DocumentAlignments } from '../../schemas/alignment.ts';
import type { Comparisons } from '../plan-index.ts';

export interface PlanComparison {
  plan: string;
  /** Why this comparison: 上一份, 下一份, 上级, or the count of aligned clause pairs. */
  reason: 'previous' | 'next' | 'above' | 'aligned';
  /** Aligned clause pairs between the two plans. */
  pairs: number;
}

/** Aligned clause pairs between `plan` and each other plan, from its own alignment file. */
export function pairCounts(alignments: DocumentAlignments['clauses'] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of Object.values(alignments ?? {})) for (const a of e.aligned) out.set(a.document, (out.get(a.document) ?? 0) + 1);
  return out;
}

/** At most `limit` comparisons: the natural ones first, then the plans most aligned with this one. */
export function planComparisons(natural: Comparisons | undefined, counts: ReadonlyMap<string, number>, limit = 6): PlanComparison[] {
  const out: PlanComparison[] = [];
  const add = (plan: string, reason: PlanComparison['reason']) => {
    if (out.length < limit && !out.some((c) => c.plan === plan)) out.push({ plan, reason, pairs: counts.get(plan) ?? 0 });
  };
  if (natural?.previous) add(natural.previous, 'previous');
  if (natural?.next) add(natural.next, 'next');
  for (const a of natural?.above ?? []) add(a, 'above');
  for (const [plan] of [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) add(plan, 'aligned');
  return out;
}
