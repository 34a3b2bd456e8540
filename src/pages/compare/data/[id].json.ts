import type { APIContext } from 'astro';
import { comparePlan } from '../../../lib/compare/site.ts';
import { getPlans, type PlanEntry } from '../../../lib/plans.ts';
import { ComparePlan } from '../../../schemas/compare.ts';

/** One plan's clauses, evidence and figures for the compare page: fetched only when a reader picks the plan. */
export async function getStaticPaths() {
  return (await getPlans()).map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}

export async function GET({ props }: APIContext) {
  const { data } = await comparePlan((props as { plan: PlanEntry }).plan);
  return new Response(JSON.stringify(ComparePlan.parse(data)), { headers: { 'content-type': 'application/json' } });
}
