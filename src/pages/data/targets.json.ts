/** `/data/targets.json`: every target and outcome, validated by the target schema. */
import type { APIRoute } from 'astro';
import { dataJson } from '../../lib/data-export.ts';
import { getTargets } from '../../lib/targets.ts';
import { TargetRecords } from '../../schemas/target.ts';

export const GET: APIRoute = async () =>
  new Response(dataJson(TargetRecords, await getTargets()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
