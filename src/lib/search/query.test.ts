import { describe, expect, it } from 'vitest';
import { excerptPieces, rankHits, stateFromParams, stateToParams } from './query.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const state = { q: '鲁班工坊', filters: { 地区: ['渝中区', '广州市'], 类型: ['五年规划'] }, sort: 'date' as const };
    expect(stateFromParams(new URLSearchParams(stateToParams(state).toString()))).toEqual(state);
  });
});

describe('ranking', () => {
  it('exact hits come first, a hit appears once, loose hits last', () => {
    const ranked = rankHits(['a', 'b'], [{ term: '友校', hits: ['b', 'c'] }], ['d', 'a'], (h) => h);
    expect(ranked.map((r) => `${r.hit}:${r.kind}`)).toEqual(['a:exact', 'b:exact', 'c:alias', 'd:loose']);
    expect(ranked[2]?.via).toBe('友校');
  });
});

describe('excerpts', () => {
  it('become text pieces; markup in the text stays text', () => {
    expect(excerptPieces('建设<mark>鲁班工坊</mark>，&lt;script&gt;')).toEqual([
      { text: '建设', mark: false },
      { text: '鲁班工坊', mark: true },
      { text: '，<script>', mark: false },
    ]);
  });
});
