/** Every plan's compare data, read from the collections once a build (both data files of a plan are built from it). */
import { getAlignments, judgements } from '../alignments.ts';
import { getCommitments } from '../commitments.ts';
import { formatWhen, sortKey } from '../format.ts';
import { getClauseMap, getPlans, type PlanEntry } from '../plans.ts';
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

let built: Promise<ComparePlanSource[]> | undefined;

export function getComparePlans(): Promise<ComparePlanSource[]> {
  built ??= (async () => {
    const [plans, clauses, links, alignments, targets, commitments] = await Promise.all([getPlans(), getClauseMap(), getLinks(), getAlignments(), getTargets(), getCommitments()]);
    return plans.map((p) => ({
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
        alignments: alignments.get(p.id) ?? {},
        targets,
        judgements,
        commitments: commitments.get(p.id)?.clauses ?? {},
      }),
    }));
  })();
  return built;
}
