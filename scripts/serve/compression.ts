/**
 * Which answers the local server compresses. Text compresses to a fifth or less (a plan page's
 * 200 KB of HTML is about 35 KB gzipped), and every host the site is meant for compresses it
 * (docs/hosting.md); serving it raw would make the local figures a slow host's. Pagefind's engine
 * and index files are gzipped already and are never compressed again.
 */

const TEXT_TYPES = /^(?:text\/|application\/(?:json|xml|javascript|x-bibtex|x-research-info-systems)|image\/svg\+xml)/;

/** True for content types worth compressing. */
export function isCompressible(contentType: string): boolean {
  return TEXT_TYPES.test(contentType);
}

/**
 * True when an `Accept-Encoding` header admits gzip: listed (or `*`) without `q=0`, and not
 * refused by name where `*` admits it.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isNaN(weight) ? 0 : weight);
  }
  const gzip = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*');
  return gzip !== undefined && gzip > 0;
}

/**
 * Files Pagefind writes gzipped. It inflates them in its worker unless they arrive inflated (a
 * marker inside tells it which), so a host that labels them `Content-Encoding: gzip` lets the
 * browser inflate them natively as they arrive; a host that does not still works.
 */
export const GZIPPED_BY_PAGEFIND = ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind'] as const;

/** True for a path Pagefind wrote gzipped, by its extension. */
export function isGzippedByPagefind(path: string): boolean {
  return GZIPPED_BY_PAGEFIND.some((ext) => path.endsWith(ext));
}

/** True when bytes begin as a gzip stream does. */
export function startsAsGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
