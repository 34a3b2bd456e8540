/**
 * A plan's compare data, read from the content when its data file is written: both data files of a
 * plan are built from it, and neither keeps it after (the alignments it reads are the largest part
 * of the content).
 */
import { judgements, planAlignments } from '../alignments.ts';
import { getCommitments } from '../commitments.ts';
import { formatWhen, sortKey } from '../format.ts';
import { getClauseMap, type PlanEntry } from '../plans.ts';
import { regionById } from '../regions.ts';
import { getTargets } from '../targets.ts';
import { getLinks } from '../themes.ts';
import type { ComparePlan } from '../../schemas/compare.ts';
import type { Clause } from '../../schemas/clause.ts';
import type { TargetRecord } from '../../schemas/target.ts';
import { toComparePlan } from './plan-data.ts';

export interface ComparePlanSource {
  entry: PlanEntry;
  clauses: Clause[];
  targets: readonly TargetRecord[];
  data: ComparePlan;
}

export async function comparePlan(p: PlanEntry): Promise<ComparePlanSource> {
  const [clauses, links, targets, commitments] = await Promise.all([getClauseMap(), getLinks(), getTargets(), getCommitments()]);
  return {
    entry: p,
    clauses: clauses.get(p.id) ?? [],
    targets,
    data: toComparePlan({
      id: p.id,
      title: p.data.shortTitle,
      region: p.data.region,
      regionName: regionById(p.data.region).name,
      when: formatWhen(p.data),
      date: sortKey(p.data),
      clauses: clauses.get(p.id) ?? [],
      links: links.get(p.id) ?? {},
      alignments: planAlignments(p.id),
      targets,
      judgements,
      commitments: commitments.get(p.id)?.clauses ?? {},
    }),
  };
}
