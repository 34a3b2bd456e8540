import { describe, expect, it } from 'vitest';
import type { AlignedClause } from '../schemas/alignment.ts';
import { regionComparisons, verticalPairs } from './vertical.ts';

const link = (document: string, clause: string): AlignedClause => ({ document, clause, score: 0.5, themes: ['t'], names: [], words: [], indicators: [], by: 'aligner' });
const city = { id: 'city-2020', date: '2020-10-22', report: false };
const district2019 = { id: 'district-2019', date: '2019-05-30', report: false };
const district2021 = { id: 'district-2021', date: '2021-03-01', report: false };
const report = { id: 'district-news', date: '2024-12', report: true };
const onTheme = { 'city-2020': ['s1', 's2'], 'district-2019': ['q1'], 'district-2021': ['q4', 'q5'], 'district-news': [] };
const aligned = new Map([
  ['city-2020', { s1: { aligned: [link('district-2021', 'q4'), link('district-2019', 'q1'), link('district-2021', 'q9')] }, s2: { aligned: [] } }],
]);

describe('verticalPairs', () => {
  const pairs = verticalPairs([city], [district2019, district2021, report], onTheme, aligned);
  const byLower = new Map(pairs.map((p) => [p.lower.id, p]));
  it('runs from the upper plan’s clauses to the lower plan’s', () => {
    expect(pairs.every((p) => p.upper.id === 'city-2020')).toBe(true);
    expect(byLower.get('district-2021')!.rows.map((r) => r.upper)).toEqual(['s1', 's2']);
  });
  it('keeps only aligned clauses of that lower plan that are on the theme', () => {
    expect(byLower.get('district-2021')!.rows[0]!.lower.map((l) => l.clause)).toEqual(['q4']);
    expect(byLower.get('district-2021')!.matched).toBe(1);
  });
  it('says a lower plan issued before the upper one predates it, a later one follows it, a report reports', () => {
    expect(byLower.get('district-2019')!.relation).toBe('predates');
    expect(byLower.get('district-2021')!.relation).toBe('follows');
    expect(byLower.get('district-news')!.relation).toBe('reports');
  });
  it('says a lower plan issued the same day as the upper one follows it, and counts its clauses on the theme', () => {
    const sameDay = verticalPairs([city], [{ ...district2021, date: city.date }], onTheme, aligned)[0]!;
    expect(sameDay.relation).toBe('follows');
    expect(sameDay.lowerCount).toBe(2);
    expect(byLower.get('district-news')!.lowerCount).toBe(0);
  });
  it('lists no aligned clauses of a lower plan not on the theme at all', () => {
    const [pair] = verticalPairs([city], [{ ...district2021, id: 'elsewhere' }], onTheme, aligned);
    expect(pair!.rows.flatMap((r) => r.lower)).toEqual([]);
    expect(pair!.matched).toBe(0);
    expect(pair!.lowerCount).toBe(0);
  });
  it('lists no aligned clauses for an upper plan with no alignments, or a clause without an entry', () => {
    const [pair] = verticalPairs([{ ...city, id: 'unaligned' }], [district2021], { unaligned: ['s1'], 'district-2021': ['q4'] }, aligned);
    expect(pair!.rows).toEqual([{ upper: 's1', lower: [] }]);
    const [other] = verticalPairs([city], [district2021], { 'city-2020': ['s3'], 'district-2021': ['q4'] }, aligned);
    expect(other!.rows).toEqual([{ upper: 's3', lower: [] }]);
  });
  it('skips upper plans that say nothing on the theme', () => {
    expect(verticalPairs([{ ...city, id: 'silent' }], [district2021], onTheme, aligned)).toEqual([]);
  });
});

describe('regionComparisons', () => {
  const column = (id: string, parent: string | null) => ({ region: { id, parent }, plans: [id] });
  const [country, city, district, town] = [column('china', null), column('chongqing', 'china'), column('yuzhong', 'chongqing'), column('jiefangbei', 'yuzhong')];
  it('sets each region under the region directly above it, never the other way round', () => {
    const got = regionComparisons([country, city, district, town]).map((c) => `${c.upper.region.id} → ${c.lower.region.id}`);
    expect(got).toEqual(['china → chongqing', 'chongqing → yuzhong', 'yuzhong → jiefangbei']);
  });
  it('compares a region with nothing when the region above it has no plans', () => {
    expect(regionComparisons([city, town])).toEqual([]);
    expect(regionComparisons([country])).toEqual([]);
  });
});
