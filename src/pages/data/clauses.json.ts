/** `/data/clauses.json`: every clause of every document, with its themes. */
import type { APIRoute } from 'astro';
import { dataJson, exportClauses } from '../../lib/data-export.ts';
import { getClauseMap, getPlans } from '../../lib/plans.ts';
import { getLinks } from '../../lib/themes.ts';
import { ExportedClauses } from '../../schemas/data-export.ts';

export const GET: APIRoute = async () => {
  const [plans, clauses, links] = await Promise.all([getPlans(), getClauseMap(), getLinks()]);
  const body = dataJson(ExportedClauses, exportClauses(plans.map((p) => p.id), clauses, links));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
