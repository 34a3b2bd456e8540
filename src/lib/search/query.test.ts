import { describe, expect, it } from 'vitest';
import { MAX_QUERY, rankHits, stateFromParams, stateToParams } from './query.ts';

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

describe('addresses a reader did not write', () => {
  it('take filter names from the address as data: __proto__ and constructor are unknown filters, not a crash', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const state = stateFromParams(new URLSearchParams(`q=教育&f=${name}:x&f=地区:渝中区`));
      expect(Object.keys(state.filters).sort()).toEqual([name, '地区'].sort());
      expect(state.filters[name]).toEqual(['x']);
    }
  });
  it('cut an overlong query, say so, and keep at most 64 filters without repeats', () => {
    const state = stateFromParams(new URLSearchParams({ q: '教'.repeat(24_000) }));
    expect(state.q).toHaveLength(MAX_QUERY);
    expect(state.cut).toBe(true);
    expect(stateFromParams(new URLSearchParams('q=鲁班工坊')).cut).toBeUndefined();
    const many = stateFromParams(new URLSearchParams(Array.from({ length: 500 }, (_, i) => ['f', `地区:${i % 3}`])));
    expect(many.filters['地区']).toEqual(['0', '1', '2']);
  });
});
