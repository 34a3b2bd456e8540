import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossDocumentLinks, linkIndicators } from '../../src/lib/indicator-links.ts';
import { TargetRecord, TargetRecords } from '../../src/schemas/target.ts';
import { driftMessage, targetsDrift } from '../check/drift.ts';
import { formatTargets } from '../targets.ts';
import { extractTargets } from './extract.ts';
import { loadCorpus, repoRoot } from './load.ts';

const corpus = loadCorpus();
const { records, problems } = extractTargets(corpus.docs, corpus.indicators, corpus.reviewed);
const pick = (r: TargetRecord) => [r.clause, r.indicator, r.value ?? `${r.min}-${r.max}`, r.unit, r.year] as const;

describe('target extraction on the corpus', () => {
  it('reads everything without problems and validates', () => {
    expect(problems).toEqual([]);
    expect(() => TargetRecords.parse(records)).not.toThrow();
  });

  it('reads all 9 rows of the Guangzhou indicator table with baseline, target, unit and attribute', () => {
    const table = records.filter((r) => r.document === 'guangzhou-opening-2021-2025' && r.source === 'table');
    expect(table.map((r) => [r.clause, r.indicator, r.baseline, r.value, r.unit, r.baselineYear, r.year, r.attribute])).toEqual([
      ['p3-s3-t1-r1', 'international-students', 4.3, 6, '万人', 2020, 2025, '预期性'],
      ['p3-s3-t1-r2', 'sino-foreign-programmes', 8, 15, '项', 2020, 2025, '预期性'],
      ['p3-s3-t1-r3', 'window-schools', 0, 50, '所', 2020, 2025, '约束性'],
      ['p3-s3-t1-r4', 'expat-children-schools', 13, 18, '所', 2020, 2025, '预期性'],
      ['p3-s3-t1-r5', 'intl-private-schools', 12, 20, '所', 2020, 2025, '预期性'],
      ['p3-s3-t1-r6', 'sister-schools', 377, 430, '对', 2020, 2025, '约束性'],
      ['p3-s3-t1-r7', 'research-platforms', 23, 30, '个', 2020, 2025, '预期性'],
      ['p3-s3-t1-r8', 'university-alliance-members', 13, 20, '个', 2020, 2025, '预期性'],
      ['p3-s3-t1-r9', 'faculty-overseas-experience', 19.5, 25, '%', 2020, 2025, '预期性'],
    ]);
    expect(table.every((r) => r.kind === 'target' && r.comparison === 'exact' && r.yearBasis === 'table')).toBe(true);
  });

  it('reads every numeric target of the Yuzhong plan with value, unit and year', () => {
    const yz = records.filter((r) => r.document === 'yuzhong-international-2019');
    expect(yz.map(pick)).toEqual([
      ['p2-q1', 'international-schools', 1, '所', 2021],
      ['p2-q1', 'international-departments', 5, '个', 2021],
      ['p2-q1', 'sister-schools', 60, '个', 2021],
      ['p2-q1', 'confucius-classrooms', 4, '个', 2021],
      ['p2-q1', 'sino-foreign-programmes', 2, '个', 2021],
      ['p2-q1', 'intl-curriculum-projects', '2-3', '个', 2021],
      ['p3-s1-q1', 'sister-schools', 60, '所', 2021],
      ['p3-s2-q1', 'staff-sent-abroad', 60, '名', 2021],
      // 力争在“十三五”期间，建成4个孔子课堂: the 13th five-year plan ends in 2020.
      ['p3-s3-q1', 'confucius-classrooms', 4, '个', 2020],
      ['p3-s3-q1', 'exchange-base-schools', '5-6', '所', 2021],
      // 一所国际学校 is written in a Chinese numeral: a reviewed entry.
      ['p3-s4-q1', 'international-schools', 1, '所', 2021],
    ]);
    expect(yz.find((r) => r.clause === 'p3-s2-q1')!.measure).toBe('annual');
    expect(yz.find((r) => r.indicator === 'intl-curriculum-projects')).toMatchObject({ comparison: 'range', min: 2, max: 3 });
    expect(yz.every((r) => r.kind === 'target')).toBe(true);
  });

  it('reads the news report as outcomes, never targets', () => {
    const news = records.filter((r) => r.document === 'yuzhong-news-2024');
    expect(news.every((r) => r.kind === 'outcome' && r.year === 2024 && r.yearBasis === 'reported')).toBe(true);
    expect(news.map(pick)).toEqual(
      expect.arrayContaining([
        ['shushuo-l21', 'sister-schools', 126, '所', 2024],
        ['shushuo-l7', 'inclusive-preschool-coverage', 92.38, '%', 2024],
        ['zhiliang-q9', 'dual-qualified-teachers', 76.1, '%', 2024],
      ]),
    );
  });

  it('reads outcomes only from reports, and only outcomes from them', () => {
    const isReport = new Map(corpus.docs.map((d) => [d.id, d.meta.type === 'news-report']));
    for (const r of records) expect(r.kind, r.id).toBe(isReport.get(r.document) ? 'outcome' : 'target');
  });

  it('reads target sentences of the other plans', () => {
    const find = (doc: string, indicator: string) => records.filter((r) => r.document === doc && r.indicator === indicator).map(pick);
    expect(find('chongqing-education-power-2024-2035', 'education-community-coverage')).toEqual([['p1-d3', 'education-community-coverage', 90, '%', 2027]]);
    expect(find('chongqing-education-power-2024-2035', 'dual-qualified-teachers')).toEqual([['p1-d5', 'dual-qualified-teachers', 70, '%', 2027]]);
    expect(find('chongqing-education-power-2024-2035', 'phd-faculty-share')).toEqual([['p1-d5', 'phd-faculty-share', 45, '%', 2027]]);
    expect(find('chongqing-modernisation-2020-2022', 'public-kindergarten-share')).toEqual([['p2-s2-i1', 'public-kindergarten-share', 50, '%', 2022]]);
    expect(find('chongqing-modernisation-2020-2022', 'education-spending-gdp')).toEqual([['p3-s3-q1', 'education-spending-gdp', 4, '%', 2022]]);
    expect(records.find((r) => r.id === 'chongqing-modernisation-2020-2022/p3-s3-q1/education-spending-gdp')!.comparison).toBe('at-least');
    expect(find('guangzhou-opening-2021-2025', 'sister-schools').map((r) => r[2])).toEqual([50, 430]);
  });

  it('gives every record its own id', () => {
    const ids = records.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('quotes every record exactly from its clause', () => {
    for (const r of records) {
      const clause = corpus.docs.find((d) => d.id === r.document)?.clauses.find((c) => c.id === r.clause);
      expect(clause, r.id).toBeDefined();
      expect(clause!.text, r.id).toContain(r.quote);
    }
  });

  it('matches the committed content/targets.json (npm run targets)', () => {
    const committed = readFileSync(join(repoRoot, 'content/targets.json'), 'utf8');
    expect(committed, driftMessage('content/targets.json', targetsDrift)).toBe(formatTargets(TargetRecords.parse(records)));
  });

  it('links friendly schools across Yuzhong, Guangzhou and the Yuzhong report', () => {
    const docs = corpus.docs.map((d) => ({ id: d.id, region: d.meta.region, level: 'city' as const, shortTitle: d.id }));
    const sister = crossDocumentLinks(linkIndicators(records, corpus.indicators, docs)).find((l) => l.indicator.id === 'sister-schools')!;
    const byDoc = Object.fromEntries(sister.documents.map((d) => [d.document.id, d.records.map((r) => `${r.clause}:${r.kind}:${r.value}${r.unit}`)]));
    expect(byDoc).toMatchObject({
      'yuzhong-international-2019': ['p2-q1:target:60个', 'p3-s1-q1:target:60所'],
      'guangzhou-opening-2021-2025': ['p3-s3-d3-q1:target:50对', 'p3-s3-t1-r6:target:430对'],
      'yuzhong-news-2024': ['shushuo-l21:outcome:126所'],
    });
  });
});

describe('target record schema', () => {
  const base = records.find((r) => r.id === 'yuzhong-international-2019/p2-q1/confucius-classrooms')!;
  it('rejects bounds that do not follow from the comparison', () => {
    expect(TargetRecord.safeParse({ ...base, comparison: 'at-least' }).success).toBe(false);
    expect(TargetRecord.safeParse({ ...base, comparison: 'range', value: null, min: 3, max: 2 }).success).toBe(false);
    expect(TargetRecord.safeParse({ ...base, kind: 'outcome', attribute: '约束性' }).success).toBe(false);
    expect(TargetRecord.safeParse(base).success).toBe(true);
  });
});
