/** `/data/commitments.json`: every clause's commitment strength and main policy instrument, with the words that decided them. */
import type { APIRoute } from 'astro';
import { dataJson, exportCommitments } from '../../lib/data-export.ts';
import { getCommitments } from '../../lib/commitments.ts';
import { getClauseMap, getPlans } from '../../lib/plans.ts';
import { ExportedCommitments } from '../../schemas/data-export.ts';

export const GET: APIRoute = async () => {
  const [plans, clauses, coded] = await Promise.all([getPlans(), getClauseMap(), getCommitments()]);
  return new Response(dataJson(ExportedCommitments, exportCommitments(plans.map((p) => p.id), clauses, coded)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
