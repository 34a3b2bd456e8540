import type { APIContext } from 'astro';
import { getComparePlans } from '../../../lib/compare/site.ts';
import { ComparePlan } from '../../../schemas/compare.ts';

/** One plan's clauses, evidence and figures for the compare page: fetched only when a reader picks the plan. */
export async function getStaticPaths() {
  return (await getComparePlans()).map((p) => ({ params: { id: p.entry.id }, props: { data: p.data } }));
}

export function GET({ props }: APIContext) {
  const { data } = props as { data: ComparePlan };
  return new Response(JSON.stringify(ComparePlan.parse(data)), { headers: { 'content-type': 'application/json' } });
}
