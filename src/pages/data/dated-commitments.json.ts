/** `/data/dated-commitments.json`: end states the plans promise by a year, with no number (全覆盖, 零突破). */
import type { APIRoute } from 'astro';
import { dataJson } from '../../lib/data-export.ts';
import { getCommitments } from '../../lib/commitments.ts';
import { getPlans } from '../../lib/plans.ts';
import { ExportedDatedCommitments } from '../../schemas/data-export.ts';

export const GET: APIRoute = async () => {
  const [plans, coded] = await Promise.all([getPlans(), getCommitments()]);
  const rows = plans.flatMap((p) => (coded.get(p.id)?.dated ?? []).map((d) => ({ document: p.id, ...d })));
  return new Response(dataJson(ExportedDatedCommitments, rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
