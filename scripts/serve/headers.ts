/**
 * The response headers every host of the site should send: the ones a page's `<meta>` content
 * security policy cannot carry. The local server sends them; docs/hosting.md gives them to other
 * hosts, and a test keeps the two in step.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  /** No other site may frame a page (clickjacking); `frame-ancestors` is ignored in a meta CSP. */
  'Content-Security-Policy': "frame-ancestors 'none'",
  /** The same for browsers that predate `frame-ancestors`. */
  'X-Frame-Options': 'DENY',
  /** A file is what its content type says: a JSON or text download never runs as a script or page. */
  'X-Content-Type-Options': 'nosniff',
  /** Other sites see that a reader came from here, never which page or search. */
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Astro names its bundles under /_astro/ by content hash, so a name never changes its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its address across builds: a browser may keep it but asks first. */
export const REVALIDATE = 'no-cache';

/** The cache policy for a URL path on the site. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE;
}
