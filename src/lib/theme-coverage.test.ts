import { describe, expect, it } from 'vitest';
import type { Region } from '../schemas/regions.ts';
import { coverageByRegion } from './theme-coverage.ts';

const regions: Region[] = [
  { id: 'gd', name: '广东省', nameEn: 'Guangdong', level: 'province', parent: null },
  { id: 'gz', name: '广州市', nameEn: 'Guangzhou', level: 'city', parent: 'gd' },
  { id: 'cq', name: '重庆市', nameEn: 'Chongqing', level: 'municipality', parent: null },
  { id: 'yz', name: '渝中区', nameEn: 'Yuzhong', level: 'district', parent: 'cq' },
];

describe('which plans cover a theme, by region', () => {
  it('lists each covering plan once under its top-level region, and leaves out plans without the theme', () => {
    const plans = [
      { id: 'yz-2019', region: 'yz' },
      { id: 'gz-2021', region: 'gz' },
      { id: 'cq-2020', region: 'cq' },
      { id: 'cq-2024', region: 'cq' },
    ];
    const byDoc = { 'yz-2019': ['p1'], 'gz-2021': ['p2', 'p3'], 'cq-2024': ['s1'], 'cq-2020': [] };
    const groups = coverageByRegion(plans, byDoc, regions);
    expect(groups.map((g) => [g.region.id, g.plans.map((p) => p.id)])).toEqual([
      ['cq', ['yz-2019', 'cq-2024']],
      ['gd', ['gz-2021']],
    ]);
    expect(groups[1]!.plans[0]!.clauses).toEqual(['p2', 'p3']);
  });

  it('names a plan whose region is unknown', () => {
    expect(() => coverageByRegion([{ id: 'x', region: 'nowhere' }], { x: ['q1'] }, regions)).toThrow('plan x: unknown region "nowhere"');
  });
});
