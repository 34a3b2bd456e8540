import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { acceptsGzip, isCompressible, isGzippedByPagefind, startsAsGzip } from './compression.ts';

describe('Accept-Encoding', () => {
  it('admits gzip as browsers and fetch ask for it', () => {
    for (const header of ['gzip, deflate, br, zstd', 'gzip', 'br;q=1.0, gzip;q=0.8', 'x-gzip', '*', 'gzip;level=9']) expect(acceptsGzip(header), header).toBe(true);
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

describe('files Pagefind gzipped', () => {
  it('are its engine, metadata, index chunks, fragments and filters, wherever the bundle lies', () => {
    for (const path of ['/pagefind/wasm.unknown.pagefind', '/pagefind/pagefind.zh-cn_4adc917.pf_meta', '/pagefind-en/index/en_1a2b3c.pf_index', '/pagefind/shard-2/fragment/zh-cn_9f.pf_fragment', '/pagefind/filter/zh-cn_77.pf_filter'])
      expect(isGzippedByPagefind(path), path).toBe(true);
  });

  it('leave out its scripts, its entry and anything merely named like them', () => {
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', '/pagefind/shards.json', '/pagefind/date-order.json', '/search/pf_index', '/notes.pagefind.txt'])
      expect(isGzippedByPagefind(path), path).toBe(false);
  });

  it('are labelled gzip only when their bytes are a gzip stream', () => {
    // The two bytes are all the server reads.
    for (const bytes of [gzipSync('pagefind_dcd'), Buffer.from([0x1f, 0x8b])]) expect(startsAsGzip(bytes), bytes.toString('hex')).toBe(true);
    // Each byte must be right, in its place.
    for (const bytes of [Buffer.from('pagefind_dcd'), Buffer.from([0x1f]), Buffer.from([0x8b, 0x1f]), Buffer.from([0x00, 0x8b]), Buffer.from([0x1f, 0x00]), Buffer.alloc(0)])
      expect(startsAsGzip(bytes), bytes.toString('hex')).toBe(false);
  });
});
