/** `/data/datapackage.json`: the Frictionless Data Package descriptor of the open data. */
import type { APIContext } from 'astro';
import { version } from '../../../package.json';
import { clauseColumns, targetColumns, themeColumns } from '../../lib/data-export.ts';
import { dataPackage } from '../../lib/data-package.ts';
import { getPlans } from '../../lib/plans.ts';

export async function GET({ site }: APIContext) {
  const plans = await getPlans();
  const body = dataPackage({
    version,
    created: new Date().toISOString(),
    homepage: site ? new URL('/data/', site).href : null,
    sources: plans.map((p) => ({ title: p.data.title, path: p.data.url === 'unknown' ? null : p.data.url })),
    columns: { targets: targetColumns, clauses: clauseColumns, themes: themeColumns },
  });
  return new Response(JSON.stringify(body, null, 1) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
