import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../lib/search/records.ts';
import { pageOf, partitionShards } from './index-shards.ts';

/** A made-up corpus: page → its date and the lengths of its clauses' text. */
const corpus = (pages: Record<string, [string, ...number[]]>): SearchRecord[] =>
  Object.entries(pages).flatMap(([page, [date, ...lengths]]) => lengths.map((n, i) => ({ url: `/plans/${page}/#c${i}`, content: '学'.repeat(n), language: 'zh-cn', meta: {}, filters: {}, date })));
const pagesOf = (shard: readonly SearchRecord[]) => [...new Set(shard.map((r) => pageOf(r.url)))];

describe('splitting the search index into shards', () => {
  it('keeps a page whole and fills each shard in date order up to its size', () => {
    const records = corpus({ lhasa: ['2023-05-01', 30, 30], kashgar: ['2019-01-01', 50], hohhot: ['2021-07-01', 20, 20, 20], sanya: ['2025-03-01', 10] });
    const { shards, oversized } = partitionShards(records, 100);
    // 2019 (50) + 2021 (60) is 110, so 2021 starts the second shard; 2021 + 2023 (60) is 120, so 2023 starts the third, and 2025 (10) joins it.
    expect(shards.map(pagesOf)).toEqual([['/plans/kashgar/'], ['/plans/hohhot/'], ['/plans/lhasa/', '/plans/sanya/']]);
    expect(oversized).toEqual([]);
    expect(shards.flat()).toHaveLength(records.length);
    expect(new Set(shards.flat())).toEqual(new Set(records));
  });

  it('orders pages by date, then by address, whatever order the records come in', () => {
    // One page a shard: the shards are the pages in order.
    const pages = { 'x/b': ['2022-01-01', 9], 'x/a': ['2022-01-01', 9], w: ['2021-12-31', 9], z: ['2023-01-01', 9], y: ['2022-01-01', 9] } as const;
    const records = corpus(pages as unknown as Record<string, [string, ...number[]]>);
    const expected = ['/plans/w/', '/plans/x/a/', '/plans/x/b/', '/plans/y/', '/plans/z/'];
    expect(partitionShards(records, 10).shards.map(pagesOf)).toEqual(expected.map((p) => [p]));
    expect(partitionShards([...records].reverse(), 10).shards.map(pagesOf)).toEqual(expected.map((p) => [p]));
  });

  it('takes a page to be its address before the clause’s anchor, anchors with # in them included', () => {
    expect(pageOf('/plans/p/#c1')).toBe('/plans/p/');
    expect(pageOf('/plans/p/#c1#x')).toBe('/plans/p/');
    expect(pageOf('/plans/p/')).toBe('/plans/p/');
  });

  it('fills a shard exactly to its size, and keeps everything in one shard when it fits', () => {
    const records = corpus({ a: ['2020-01-01', 40], b: ['2020-01-01', 60], c: ['2020-01-02', 1] });
    expect(partitionShards(records, 100).shards.map(pagesOf)).toEqual([['/plans/a/', '/plans/b/'], ['/plans/c/']]);
    expect(partitionShards(records, 101).shards).toHaveLength(1);
    // A page exactly a shard's size fits it.
    expect(partitionShards(corpus({ full: ['2020-01-01', 60, 40] }), 100)).toEqual({ shards: [corpus({ full: ['2020-01-01', 60, 40] })], oversized: [] });
  });

  it('puts a page longer than a shard into a shard of its own, and reports it', () => {
    const { shards, oversized } = partitionShards(corpus({ small: ['2020-01-01', 5], huge: ['2021-01-01', 80, 80], after: ['2022-01-01', 5] }), 100);
    expect(shards.map(pagesOf)).toEqual([['/plans/small/'], ['/plans/huge/'], ['/plans/after/']]);
    expect(oversized).toEqual(['/plans/huge/']);
  });

  it('gives a corpus of no records one empty shard, the index the page opens first', () => {
    expect(partitionShards([], 100).shards).toEqual([[]]);
  });

  it('names a record whose date is not its page’s, and refuses a shard of no size', () => {
    const records = corpus({ p: ['2020-01-01', 5, 5] });
    records[1] = { ...records[1]!, date: '2021-01-01' };
    expect(() => partitionShards(records, 100)).toThrow("/plans/p/#c1 is dated 2021-01-01 but its page's other records 2020-01-01");
    expect(() => partitionShards(corpus({ p: ['2020-01-01', 5] }), 0)).toThrow('a shard must hold some text');
  });
});
