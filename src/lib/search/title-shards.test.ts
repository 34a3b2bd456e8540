import { describe, expect, it } from 'vitest';
import { titleShardCount, titleShardOf, titleShards, TITLES_PER_SHARD } from './title-shards.ts';

const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `region-${i}-plan-${2000 + (i % 30)}`, zh: `规划${i}`, en: `Plan ${i}` }));

describe('document titles in shards', () => {
  it('puts every document in the one shard the page will ask for, and nowhere else', () => {
    for (const n of [1, 5, TITLES_PER_SHARD, TITLES_PER_SHARD + 1, 500]) {
      const all = docs(n);
      const count = titleShardCount(n);
      for (const language of ['zh', 'en'] as const) {
        const shards = titleShards(all, language, count);
        expect(shards).toHaveLength(count);
        for (const d of all) {
          const holding = shards.flatMap((s, i) => (d.id in s ? [i] : []));
          expect(holding, d.id).toEqual([titleShardOf(d.id, count)]);
          expect(shards[holding[0]!]![d.id]).toBe(d[language]);
        }
      }
    }
  });

  it('keeps shards small however many documents there are', () => {
    expect(titleShardCount(0)).toBe(1);
    expect(titleShardCount(5)).toBe(1);
    expect(titleShardCount(TITLES_PER_SHARD + 1)).toBe(2);
    const shards = titleShards(docs(1000), 'zh');
    expect(shards).toHaveLength(Math.ceil(1000 / TITLES_PER_SHARD));
    const largest = Math.max(...shards.map((s) => Object.keys(s).length));
    // A hash spreads ids unevenly, but never piles many of them into one shard.
    expect(largest).toBeLessThan(TITLES_PER_SHARD * 3);
    expect(shards.every((s) => Object.keys(s).length > 0)).toBe(true);
  });

  it('tells ids apart that differ in one character, and is stable', () => {
    expect(titleShardOf('chongqing-2020', 1000)).not.toBe(titleShardOf('chongqing-2021', 1000));
    expect(titleShardOf('渝中区规划', 7)).toBe(titleShardOf('渝中区规划', 7));
    expect(titleShardOf('a', 1)).toBe(0);
  });
});
