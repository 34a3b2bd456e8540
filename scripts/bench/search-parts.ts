/**
 * What a search downloads, by part: the page and its code, the site's own search data, Pagefind's
 * engine, its metadata (`pf_meta`, loaded before any query), index chunks, fragments and filters.
 * The date order beside each bundle is Duidu's own search data, not Pagefind's.
 */
import { DATE_ORDER_FILE } from '../../src/lib/search/date-rank.ts';
import { bundlePath } from '../../src/lib/search/bundles.ts';

export const PARTS = ['page', 'search data', 'Pagefind engine', 'pf_meta', 'index chunks', 'fragments', 'filters'] as const;
export type Part = (typeof PARTS)[number];

export interface Response {
  url: string;
  bytes: number;
}

const bundles = [bundlePath('zh-cn'), bundlePath('en')];

/** The part a response belongs to, by its path (either Pagefind bundle, /pagefind/ or /pagefind-en/). */
export function partOf(url: string): Part {
  const path = new URL(url, 'http://site/').pathname;
  if (!bundles.some((b) => path.startsWith(b))) return path.startsWith('/search/') && path.endsWith('.json') ? 'search data' : 'page';
  if (path.endsWith(`/${DATE_ORDER_FILE}`)) return 'search data';
  if (path.endsWith('.pf_meta')) return 'pf_meta';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  return 'Pagefind engine';
}

/** Requests and bytes of each part, every part listed (none fetched is 0). */
export function byPart(responses: readonly Response[]): Record<Part, { requests: number; bytes: number }> {
  const out = Object.fromEntries(PARTS.map((p) => [p, { requests: 0, bytes: 0 }])) as Record<Part, { requests: number; bytes: number }>;
  for (const r of responses) {
    const part = out[partOf(r.url)];
    part.requests++;
    part.bytes += r.bytes;
  }
  return out;
}
