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

describe('ranking, further', () => {
  it('says which alias found a hit only for alias hits', () => {
    const ranked = rankHits(['a'], [{ term: '友校', hits: ['b'] }], ['c'], (h) => h);
    expect(ranked).toEqual([{ hit: 'a', kind: 'exact' }, { hit: 'b', kind: 'alias', via: '友校' }, { hit: 'c', kind: 'loose' }]);
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
  it('read no query as an empty one, and keep the first 64 filters of an address that has more', () => {
    expect(stateFromParams(new URLSearchParams('')).q).toBe('');
    const names = stateFromParams(new URLSearchParams(Array.from({ length: 70 }, (_, i) => ['f', `f${i}:x`])));
    expect(Object.keys(names.filters)).toEqual(Array.from({ length: 64 }, (_, i) => `f${i}`));
  });
  it('cut an overlong query, say so, and keep at most 64 filters without repeats', () => {
    const state = stateFromParams(new URLSearchParams({ q: '教'.repeat(24_000) }));
    expect(state.q).toHaveLength(MAX_QUERY);
    expect(state.cut).toBe(true);
    expect(stateFromParams(new URLSearchParams('q=鲁班工坊')).cut).toBeUndefined();
    const many = stateFromParams(new URLSearchParams(Array.from({ length: 500 }, (_, i) => ['f', `地区:${i % 3}`])));
    expect(many.filters['地区']).toEqual(['0', '1', '2']);
  });
  it('drop a filter with no name or no colon: it names nothing a reader could have picked', () => {
    const state = stateFromParams(new URLSearchParams('f=:渝中区&f=渝中区&f=地区:广州市'));
    expect(state.filters).toEqual({ 地区: ['广州市'] });
  });
  it('read the sort only when it says date, and write neither an empty query nor the default sort', () => {
    expect(stateFromParams(new URLSearchParams('sort=relevance')).sort).toBe('relevance');
    expect(stateFromParams(new URLSearchParams('sort=x')).sort).toBe('relevance');
    expect(stateToParams({ q: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });
  it('cut a query by characters, not UTF-16 units, and leave one of exactly the limit whole', () => {
    const atLimit = '𠀀'.repeat(MAX_QUERY);
    expect(stateFromParams(new URLSearchParams({ q: atLimit }))).toMatchObject({ q: atLimit });
    expect(stateFromParams(new URLSearchParams({ q: atLimit })).cut).toBeUndefined();
    expect(stateFromParams(new URLSearchParams({ q: atLimit + '教' })).q).toBe(atLimit);
  });
});
