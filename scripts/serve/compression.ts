/**
 * Which answers the local server compresses. Text compresses to a fifth or less (a plan page's
 * 200 KB of HTML is about 35 KB gzipped), and every host the site is meant for compresses it
 * (docs/hosting.md); serving it raw would make the local figures a slow host's. Pagefind's index
 * files are compressed already and go as they are.
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
