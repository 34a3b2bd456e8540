/** `/data/targets.csv`: the same records for spreadsheets (UTF-8 with BOM, RFC 4180). */
import type { APIRoute } from 'astro';
import { targetsCsv } from '../../lib/data-export.ts';
import { getTargets } from '../../lib/targets.ts';
import { TargetRecords } from '../../schemas/target.ts';

export const GET: APIRoute = async () =>
  new Response(targetsCsv(TargetRecords.parse(await getTargets())), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
