import { describe, expect, it } from 'vitest';
import { splitDrawn, type FilterGroup } from './filter-options.ts';

const group = (n: number): FilterGroup => ({
  key: 'document',
  name: '文件',
  values: Array.from({ length: n }, (_, i) => ({ value: `d${i}`, label: `文件${i}`, labelEn: `Document ${i}`, count: n - i })),
});

describe('filter values drawn into the page', () => {
  it('draws the largest values up to the limit and keeps every other one for the fetched list, none lost or doubled', () => {
    const g = group(30);
    const { drawn, rest } = splitDrawn(g, 24);
    expect(drawn.map((v) => v.value)).toEqual(g.values.slice(0, 24).map((v) => v.value));
    expect(rest.map((v) => v.value)).toEqual(g.values.slice(24).map((v) => v.value));
    expect(Math.min(...drawn.map((v) => v.count))).toBeGreaterThan(Math.max(...rest.map((v) => v.count)));
  });

  it('draws a small filter whole, with nothing to fetch', () => {
    const { drawn, rest } = splitDrawn(group(24), 24);
    expect(drawn).toHaveLength(24);
    expect(rest).toEqual([]);
  });
});
