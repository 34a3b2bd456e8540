import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossDocumentLinks, linkIndicators } from '../../src/lib/indicator-links.ts';
import { Indicator, TargetRecord, TargetRecords } from '../../src/schemas/target.ts';
import { driftMessage, targetsDrift } from '../check/drift.ts';
import { formatTargets } from '../targets.ts';
import { extractTargets } from './extract.ts';
import { clauseOf, planWithBackground } from './fixture-docs.test-data.ts';
import { loadCorpus, repoRoot } from './load.ts';
import { numbersIn } from './numbers.ts';
import { reportYear } from './source.ts';

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

  it('reads the news report as outcomes, never targets, dated by the year the text gives', () => {
    const news = records.filter((r) => r.document === 'yuzhong-news-2024');
    expect(news.every((r) => r.kind === 'outcome' && r.source === 'report')).toBe(true);
    expect(news.map(pick)).toEqual(
      expect.arrayContaining([
        ['shushuo-l21', 'sister-schools', 126, '所', 2024],
        ['shushuo-l7', 'inclusive-preschool-coverage', 92.38, '%', 2024],
        ['zhiliang-q9', 'dual-qualified-teachers', 76.1, '%', 2024],
        // 获评2022年教育部精品课28节、市级精品课63节，2023年教育部精品课32节…
        ['zhiliang-q7', 'quality-lessons', 28, '节', 2022],
        ['zhiliang-q7', 'quality-lessons', 32, '节', 2023],
        ['rencai-q1', 'ai-teacher-pilot-schools', 85, '%', 2024],
        ['shushuo-l4', 'teachers-recruited', 400, '人', 2024],
      ]),
    );
    // A figure that names no indicator is still a record, shown as unassigned.
    expect(news.find((r) => r.quote === '建成12个市级普通高中课程创新基地')).toMatchObject({ indicator: 'unassigned', indicatorName: '未归入指标', value: 12 });
  });

  it('reads outcomes only from reports, and only outcomes from them; plans give targets and baselines', () => {
    const isReport = new Map(corpus.docs.map((d) => [d.id, d.meta.type === 'news-report']));
    for (const r of records) expect(r.kind === 'outcome', r.id).toBe(isReport.get(r.document));
  });

  it("reads Guangzhou's 发展基础 as baselines of 2020, with the parts of the 377 sister-school pairs", () => {
    const base = records.filter((r) => r.document === 'guangzhou-opening-2021-2025' && r.kind === 'baseline');
    expect(base.every((r) => r.clause.startsWith('p1-') && r.year === 2020)).toBe(true);
    expect(base.filter((r) => r.indicator === 'sister-schools').map((r) => [r.scope, r.value, r.unit, r.yearBasis])).toEqual([
      ['国际', 88, '对', 'stated'],
      ['穗港澳', 271, '对', 'stated'],
      ['穗台', 18, '对', 'stated'],
    ]);
    expect(base.find((r) => r.value === 9393)).toMatchObject({ indicator: 'university-international-students', unit: '人', yearBasis: 'context' });
    // （其中市属高校392名）: a part of the 9393, with its coverage as the scope.
    expect(base.find((r) => r.value === 392)).toMatchObject({ indicator: 'university-international-students', scope: '市属高校' });
  });

  it('reads target sentences of the other plans', () => {
    const find = (doc: string, indicator: string) => records.filter((r) => r.document === doc && r.indicator === indicator).map(pick);
    expect(find('chongqing-education-power-2024-2035', 'education-community-coverage')).toEqual([['p1-q3-d3', 'education-community-coverage', 90, '%', 2027]]);
    expect(find('chongqing-education-power-2024-2035', 'dual-qualified-teachers')).toEqual([['p1-q3-d5', 'dual-qualified-teachers', 70, '%', 2027]]);
    expect(find('chongqing-education-power-2024-2035', 'phd-faculty-share')).toEqual([['p1-q3-d5', 'phd-faculty-share', 45, '%', 2027]]);
    expect(find('chongqing-modernisation-2020-2022', 'public-kindergarten-share')).toEqual([['p2-s2-i1', 'public-kindergarten-share', 50, '%', 2022]]);
    expect(find('chongqing-modernisation-2020-2022', 'education-spending-gdp')).toEqual([['p3-s3-q1', 'education-spending-gdp', 4, '%', 2022]]);
    expect(records.find((r) => r.id === 'chongqing-modernisation-2020-2022/p3-s3-q1/education-spending-gdp')!.comparison).toBe('at-least');
    const gzTargets = records.filter((r) => r.document === 'guangzhou-opening-2021-2025' && r.indicator === 'sister-schools' && r.kind === 'target');
    expect(gzTargets.map((r) => r.value)).toEqual([50, 430]);
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
      'guangzhou-opening-2021-2025': ['p1-s4-q1:baseline:88对', 'p1-s4-q1:baseline:271对', 'p1-s4-q1:baseline:18对', 'p3-s3-d3-q1:target:50对', 'p3-s3-t1-r6:target:430对'],
      'yuzhong-news-2024': ['shushuo-l21:outcome:126所'],
    });
  });
});

/**
 * Every number a quote states: those it prints, and those its words state without a digit — none
 * left (`全部消除…大班额` → 0) and the first one (`零突破` → 1).
 */
function statedIn(quote: string): number[] {
  return [...numbersIn(quote), ...(/消除/.test(quote) ? [0] : []), ...(/零突破/.test(quote) ? [1] : [])];
}

describe('every record', () => {
  const clauseText = (r: TargetRecord) => corpus.docs.find((d) => d.id === r.document)?.clauses.find((c) => c.id === r.clause)?.text;

  it('quotes a span of its clause', () => {
    for (const r of records) expect(clauseText(r), r.id).toContain(r.quote);
  });

  it('states its value, bounds and baseline in its quote', () => {
    for (const r of records) {
      const printed = statedIn(r.quote);
      for (const v of [r.value, r.min, r.max, r.baseline]) if (v !== null) expect(printed, `${r.id}: ${v} in “${r.quote}”`).toContain(v);
    }
  });

  it('dates an outcome no later than its report was published', () => {
    for (const r of records.filter((x) => x.kind === 'outcome')) {
      const published = reportYear(corpus.docs.find((d) => d.id === r.document)!);
      expect(published, r.id).toBeDefined();
      expect(r.year, r.id).toBeLessThanOrEqual(published!);
    }
  });

  it('dates a baseline before every target of its indicator in the same document', () => {
    for (const b of records.filter((x) => x.kind === 'baseline')) {
      for (const t of records.filter((x) => x.kind === 'target' && x.document === b.document && x.indicator === b.indicator)) expect(b.year, `${b.id} against ${t.id}`).toBeLessThan(t.year);
    }
  });

  it('names its indicator from the link table, or is unassigned and says so', () => {
    const names = new Map(corpus.indicators.map((i) => [i.id, i.name]));
    for (const r of records) expect(r.indicatorName, r.id).toBe(r.indicator === 'unassigned' ? '未归入指标' : names.get(r.indicator));
  });

  it('carries each check it is part of, and each check names records that exist', () => {
    const ids = new Set(records.map((r) => r.id));
    for (const r of records) {
      for (const c of r.checks) {
        expect(c.records, c.id).toContain(r.id);
        for (const id of c.records) expect(ids.has(id), `${c.id} → ${id}`).toBe(true);
      }
    }
  });
});

describe('the reviewed file', () => {
  it('gives a reason for every entry', () => {
    for (const e of corpus.reviewed) expect(e.reason.length, `${e.document}#${e.clause}`).toBeGreaterThan(5);
  });

  it('reports a quote that is not in its clause, naming the entry', () => {
    const bad = { document: 'yuzhong-news-2024', clause: 'shushuo-l4', quote: '引进教师500人', exclude: ['500人'], reason: '举例' };
    expect(extractTargets(corpus.docs, corpus.indicators, [bad]).problems).toEqual(['content/targets-reviewed.json[0] (yuzhong-news-2024#shushuo-l4): quote "引进教师500人" is not in the clause text']);
  });
});

describe('target record schema', () => {
  const base = records.find((r) => r.id === 'yuzhong-international-2019/p2-q1/confucius-classrooms')!;
  it('rejects bounds that do not follow from the comparison', () => {
    expect(TargetRecord.safeParse({ ...base, comparison: 'at-least' }).success).toBe(false);
    expect(TargetRecord.safeParse({ ...base, comparison: 'range', value: null, min: 3, max: 2 }).success).toBe(false);
    expect(TargetRecord.safeParse({ ...base, kind: 'outcome', attribute: '约束性' }).success).toBe(false);
    expect(TargetRecord.safeParse({ ...base, kind: 'baseline', attribute: '约束性' }).success).toBe(false);
    expect(TargetRecord.safeParse({ ...base, indicator: 'unassigned' }).success).toBe(false);
    expect(TargetRecord.safeParse(base).success).toBe(true);
  });
});

describe('ids and order, on a made-up plan', () => {
  const schools = Indicator.parse({ id: 'schools', name: '学校', nameEn: 'Schools', group: 'opening', terms: [{ text: '学校' }], units: ['所'] });
  const header = ['序号', '指标', '2020年', '2025年', '属性'];
  const doc = {
    ...planWithBackground([], []),
    clauses: [
      clauseOf('q1', '到2025年，建设基地2个、中心4个，新建学校3所。'),
      { ...clauseOf('t1', header.join(' '), 'table'), cells: header },
      { ...clauseOf('t1-r1', '1 学校(所) 1 2 预期性', 'row', 't1'), cells: ['1', '学校(所)', '1', '2', '预期性'] },
      { ...clauseOf('t1-r2', '2 学位(个) 1 2 预期性', 'row', 't1'), cells: ['2', '学位(个)', '1', '2', '预期性'] },
    ],
  };

  it('numbers the records of one indicator in one clause -2, -3 …, in document order, then text order', () => {
    const { records } = extractTargets([doc], [schools]);
    expect(records.map((r) => r.id)).toEqual(['plan/q1/unassigned', 'plan/q1/unassigned-2', 'plan/q1/schools', 'plan/t1-r1/schools']);
    expect(records.map((r) => r.value)).toEqual([2, 4, 3, 2]);
  });

  it('reports the table rows it cannot read', () => {
    expect(extractTargets([doc], [schools]).problems).toEqual(['plan#t1-r2: "学位" names no indicator in content/indicators.json']);
  });
});
