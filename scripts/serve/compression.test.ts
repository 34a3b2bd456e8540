import { describe, expect, it } from 'vitest';
import { acceptsGzip, isCompressible } from './compression.ts';

describe('Accept-Encoding', () => {
  it('admits gzip as browsers and fetch ask for it', () => {
    for (const header of ['gzip, deflate, br, zstd', 'gzip', 'br;q=1.0, gzip;q=0.8', 'x-gzip', '*']) expect(acceptsGzip(header), header).toBe(true);
  });

  it('sends identity to a client that does not ask, or refuses gzip', () => {
    for (const header of [undefined, '', 'identity', 'br', 'gzip;q=0', 'gzip;q=0.0, br', '*, gzip;q=0', 'gzip;q=nope']) expect(acceptsGzip(header), String(header)).toBe(false);
  });
});

describe('compressible answers', () => {
  it('are the text ones: pages, styles, scripts, data and exports', () => {
    for (const type of ['text/html; charset=utf-8', 'text/css; charset=utf-8', 'text/javascript; charset=utf-8', 'application/json; charset=utf-8', 'text/csv; charset=utf-8', 'image/svg+xml', 'application/x-bibtex; charset=utf-8'])
      expect(isCompressible(type), type).toBe(true);
  });

  it('leave out the search index, compressed already, and images', () => {
    for (const type of ['application/octet-stream', 'application/wasm', 'image/png', 'image/x-icon']) expect(isCompressible(type), type).toBe(false);
  });
});
