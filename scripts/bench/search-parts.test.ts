import { describe, expect, it } from 'vitest';
import { byPart, partOf } from './search-parts.ts';

describe('the parts of a search download', () => {
  it('names each file by what it is', () => {
    expect(partOf('http://127.0.0.1:4321/pagefind/pagefind.zh-cn_41f3d6e72bafc.pf_meta')).toBe('pf_meta');
    expect(partOf('/pagefind/index/zh-cn_9d4458c.pf_index')).toBe('index chunks');
    expect(partOf('/pagefind-en/fragment/en_1a2b3c4.pf_fragment')).toBe('fragments');
    expect(partOf('/pagefind/filter/zh-cn_1a2b3c4.pf_filter')).toBe('filters');
    expect(partOf('/pagefind/wasm.unknown.pagefind')).toBe('Pagefind engine');
    expect(partOf('/pagefind/pagefind-entry.json')).toBe('Pagefind engine');
    expect(partOf('/search/titles/13.json')).toBe('search data');
    expect(partOf('/pagefind/date-order.json')).toBe('search data');
    expect(partOf('/pagefind-en/date-order.json')).toBe('search data');
    expect(partOf('/search/?q=%E9%B2%81')).toBe('page');
    expect(partOf('/_astro/search-run.js')).toBe('page');
    expect(partOf('/pagefinder/x.pf_meta')).toBe('page');
  });

  it('adds up requests and bytes of each part, listing parts nothing was fetched for', () => {
    const parts = byPart([
      { url: '/pagefind/index/a.pf_index', bytes: 100 },
      { url: '/pagefind/index/b.pf_index', bytes: 50 },
      { url: '/search/', bytes: 7 },
    ]);
    expect(parts['index chunks']).toEqual({ requests: 2, bytes: 150 });
    expect(parts.page).toEqual({ requests: 1, bytes: 7 });
    expect(parts.filters).toEqual({ requests: 0, bytes: 0 });
  });
});
