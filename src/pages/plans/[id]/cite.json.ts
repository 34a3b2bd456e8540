import type { APIContext } from 'astro';
import { toCslJson } from '../../../lib/cite/exports.ts';
import { citationFiles } from '../../../lib/cite/files.ts';

export const getStaticPaths = citationFiles;

export function GET({ props, site }: APIContext) {
  const { id, source } = props as Awaited<ReturnType<typeof citationFiles>>[number]['props'];
  return new Response(JSON.stringify([toCslJson(id, source(site))], null, 2), { headers: { 'content-type': 'application/json' } });
}
