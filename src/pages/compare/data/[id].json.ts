import type { APIContext } from 'astro';
import { getAlignments } from '../../../lib/alignments.ts';
import { toComparePlan } from '../../../lib/compare/plan-data.ts';
import { formatWhen, sortKey } from '../../../lib/format.ts';
import { getClauseMap, getPlans } from '../../../lib/plans.ts';
import { regionById } from '../../../lib/regions.ts';
import { getTargets } from '../../../lib/targets.ts';
import { getLinks } from '../../../lib/themes.ts';
import { ComparePlan } from '../../../schemas/compare.ts';
import { judgements } from '../../../lib/alignments.ts';
import { getCommitments } from '../../../lib/commitments.ts';

/** One plan's clauses, evidence and figures for the compare page: fetched only when a reader picks the plan. */
export async function getStaticPaths() {
  const [plans, clauses, links, alignments, targets, commitments] = await Promise.all([getPlans(), getClauseMap(), getLinks(), getAlignments(), getTargets(), getCommitments()]);
  return plans.map((p) => ({
    params: { id: p.id },
    props: {
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
    },
  }));
}

export function GET({ props }: APIContext) {
  const { data } = props as { data: ComparePlan };
  return new Response(JSON.stringify(ComparePlan.parse(data)), { headers: { 'content-type': 'application/json' } });
}
