/** `/data/clauses.csv`: clauses.json for spreadsheets (UTF-8 with BOM, RFC 4180). */
import type { APIRoute } from 'astro';
import { clausesCsv, exportClauses } from '../../lib/data-export.ts';
import { getClauseMap, getPlans } from '../../lib/plans.ts';
import { getLinks } from '../../lib/themes.ts';

export const GET: APIRoute = async () => {
  const [plans, clauses, links] = await Promise.all([getPlans(), getClauseMap(), getLinks()]);
  return new Response(clausesCsv(exportClauses(plans.map((p) => p.id), clauses, links)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
