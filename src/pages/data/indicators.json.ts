/** `/data/indicators.json`: the indicator link table. */
import type { APIRoute } from 'astro';
import { dataJson } from '../../lib/data-export.ts';
import { indicators } from '../../lib/targets.ts';
import { Indicators } from '../../schemas/target.ts';

export const GET: APIRoute = () => new Response(dataJson(Indicators, indicators), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
