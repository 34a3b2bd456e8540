import type { APIContext } from 'astro';
import { toRis } from '../../../lib/cite/exports.ts';
import { citationFiles } from '../../../lib/cite/files.ts';

export const getStaticPaths = citationFiles;

export function GET({ props, site }: APIContext) {
  const { source } = props as Awaited<ReturnType<typeof citationFiles>>[number]['props'];
  return new Response(toRis(source(site)));
}
