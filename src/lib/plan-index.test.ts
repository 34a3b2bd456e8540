import { describe, expect, it } from 'vitest';
import type { Region } from '../schemas/regions.ts';
import { groupByRegion, naturalComparisons, paginate, topThemes, yearOf, type IndexedPlan } from './plan-index.ts';

const regions: Region[] = [
  { id: 'cq', name: '重庆市', nameEn: 'Chongqing', level: 'municipality', parent: null },
  { id: 'yz', name: '渝中区', nameEn: 'Yuzhong', level: 'district', parent: 'cq' },
  { id: 'gd', name: '广东省', nameEn: 'Guangdong', level: 'province', parent: null },
  { id: 'gz', name: '广州市', nameEn: 'Guangzhou', level: 'city', parent: 'gd' },
  { id: 'hz', name: '海珠区', nameEn: 'Haizhu', level: 'district', parent: 'gz' },
];
const plan = (id: string, region: string, when: string): IndexedPlan => ({ id, region, when });
// Time order, as getPlans gives them.
const plans = [plan('yz-2019', 'yz', '2019-05-30'), plan('cq-2020', 'cq', '2020-10-22'), plan('gz-2021', 'gz', '2021'), plan('hz-2022', 'hz', '2022-03'), plan('cq-2024', 'cq', '2024-12'), plan('yz-2024', 'yz', '2024-12')];

describe('yearOf', () => {
  it('orders day, month and year dates on one scale', () => {
    expect(yearOf('2019')).toBe(2019);
    expect(yearOf('2019-05')).toBeLessThan(yearOf('2019-05-30'));
    expect(yearOf('2019-12-31')).toBeLessThan(2020);
  });
});

describe('naturalComparisons', () => {
  const c = naturalComparisons(plans, regions);

  it('links each plan to the previous and next plan of its own region', () => {
    expect(c.get('cq-2020')).toMatchObject({ next: 'cq-2024' });
    expect(c.get('cq-2020')!.previous).toBeUndefined();
    expect(c.get('cq-2024')).toMatchObject({ previous: 'cq-2020' });
    expect(c.get('cq-2024')!.next).toBeUndefined();
  });

  it('links to the parent region\'s plans nearest in time: the last not after it and the first after it', () => {
    expect(c.get('yz-2019')!.above).toEqual(['cq-2020']);
    expect(c.get('yz-2024')!.above).toEqual(['cq-2024']);
    expect(c.get('yz-2024')!.aboveRegion).toBe('cq');
  });

  it('looks further up when the parent has no plans, and has none at the top', () => {
    expect(c.get('hz-2022')).toMatchObject({ aboveRegion: 'gz', above: ['gz-2021'] });
    expect(c.get('gz-2021')!.above).toEqual([]);
    expect(c.get('cq-2020')!.above).toEqual([]);
  });

  it('every link names another plan of the corpus', () => {
    const ids = new Set(plans.map((p) => p.id));
    for (const [id, x] of c) {
      for (const other of [x.previous, x.next, ...x.above].filter(Boolean)) {
        expect(ids.has(other!)).toBe(true);
        expect(other).not.toBe(id);
      }
    }
  });
});

describe('groupByRegion', () => {
  it('puts parents before children and keeps each region\'s plans in the order given', () => {
    const groups = groupByRegion(plans, regions);
    expect(groups.map((g) => g.region.id)).toEqual(['cq', 'yz', 'gz', 'hz']);
    expect(groups[0]!.plans.map((p) => p.id)).toEqual(['cq-2020', 'cq-2024']);
    expect(groups.find((g) => g.region.id === 'hz')!.path.map((r) => r.name)).toEqual(['广东省', '广州市', '海珠区']);
  });

  it('every plan is in exactly one group', () => {
    expect(groupByRegion(plans, regions).flatMap((g) => g.plans.map((p) => p.id)).sort()).toEqual(plans.map((p) => p.id).sort());
  });

  it('names a plan whose region is not in the hierarchy', () => {
    expect(() => groupByRegion([plan('x', 'nowhere', '2020')], regions)).toThrow(/nowhere/);
  });
});

describe('paginate', () => {
  const groups = groupByRegion(plans, regions);
  const flat = (pages: ReturnType<typeof paginate<IndexedPlan>>) => pages.flatMap((p) => p.flatMap((g) => g.plans.map((x) => x.id)));

  it('keeps every plan, in order, and no page over its size', () => {
    for (const size of [1, 2, 3, 4, 100]) {
      const pages = paginate(groups, size);
      expect(flat(pages)).toEqual(groups.flatMap((g) => g.plans.map((p) => p.id)));
      for (const page of pages) expect(page.reduce((n, g) => n + g.plans.length, 0)).toBeLessThanOrEqual(size);
    }
  });

  it('starts a new page rather than break a region that fits on one, and marks a region that runs on', () => {
    const pages = paginate(groups, 3);
    expect(pages.map((p) => p.map((g) => g.region.id))).toEqual([['cq'], ['yz', 'gz'], ['hz']]);
    const split = paginate(groups, 1);
    expect(split[1]![0]).toMatchObject({ continued: true });
    expect(split[0]![0]).toMatchObject({ continued: false });
  });

  it('refuses a page size below one', () => {
    expect(() => paginate(groups, 0)).toThrow(/at least 1/);
  });
});

describe('topThemes', () => {
  it('gives the themes with most clauses first, without the empty ones', () => {
    const index = new Map([
      ['a', { p: ['1'] }],
      ['b', { p: ['1', '2', '3'], q: ['1'] }],
      ['c', { q: ['1'] }],
      ['d', { p: ['1', '2'] }],
    ]);
    expect(topThemes(index, 'p', 2)).toEqual([
      { theme: 'b', clauses: 3 },
      { theme: 'd', clauses: 2 },
    ]);
    expect(topThemes(index, 'p', 9).map((t) => t.theme)).not.toContain('c');
  });
});
