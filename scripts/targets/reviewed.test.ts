import { describe, expect, it } from 'vitest';
import { preferReviewed, readReviewed, type Exclusion } from './reviewed.ts';
import type { Indicator, ReviewedEntry } from '../../src/schemas/target.ts';
import type { Draft, SourceDocument } from './source.ts';

// 到2025年，姊妹学校达到60—80所，留学生达到3000人。
const draft = (over: Partial<Draft>): Draft => ({
  indicator: 'sister',
  indicatorName: '姊妹学校',
  scope: null,
  kind: 'target',
  comparison: 'range',
  value: null,
  min: 60,
  max: 80,
  unit: '所',
  measure: 'level',
  year: 2025,
  yearBasis: 'stated',
  baseline: null,
  baselineYear: null,
  attribute: null,
  document: 'plan',
  region: 'yuzhong',
  clause: 'p1-q1',
  quote: '姊妹学校达到60—80所',
  source: 'sentence',
  at: 12,
  end: 18,
  ...over,
});

describe('an editor’s reading wins over a rule’s', () => {
  const reviewed = draft({ source: 'reviewed', at: 6, end: 19 });
  it('drops a rule draft of the same figure, same clause and same bounds', () => {
    expect(preferReviewed([draft({}), reviewed])).toEqual([reviewed]);
  });
  it('keeps a rule draft the reviewed record does not read again: other bounds, clause or place', () => {
    for (const other of [draft({ min: 60, max: 90 }), draft({ min: 70, max: 80 }), draft({ clause: 'p1-q2' }), draft({ document: 'other' }), draft({ at: 30, end: 34 })]) {
      expect(preferReviewed([other, reviewed])).toEqual([other, reviewed]);
    }
  });
  it('drops a rule draft whose figure an exclusion rules out, and only that one', () => {
    const ruled: Exclusion = { document: 'plan', clause: 'p1-q1', start: 16, end: 20, printed: '80所', reason: '上限' };
    const after = draft({ at: 20, end: 25 });
    expect(preferReviewed([draft({}), after], [ruled])).toEqual([after]);
    expect(preferReviewed([draft({})], [{ ...ruled, clause: 'p1-q2' }])).toHaveLength(1);
  });
});

describe('the edges of an editor’s reading', () => {
  it('replaces a rule draft only when the reviewed quote starts at or before the figure', () => {
    const same = draft({ source: 'reviewed', at: 12, end: 19 });
    expect(preferReviewed([draft({}), same])).toEqual([same]);
    const later = draft({ source: 'reviewed', at: 13, end: 19 });
    expect(preferReviewed([draft({}), later])).toEqual([draft({}), later]);
  });
  it('leaves a figure that only touches an excluded number, or sits in another document', () => {
    const ruled: Exclusion = { document: 'plan', clause: 'p1-q1', start: 18, end: 20, printed: '所', reason: '单位' };
    expect(preferReviewed([draft({})], [ruled])).toHaveLength(1);
    expect(preferReviewed([draft({})], [{ ...ruled, start: 16, document: 'other' }])).toHaveLength(1);
  });
});

describe('reading the editor’s file', () => {
  const text = '到2025年，姊妹学校达到60—80所，留学生达到3000人。';
  const docs = [{ id: 'plan', meta: { type: 'five-year-plan', region: 'yuzhong', period: null, published: 'unknown', issued: 'unknown' }, clauses: [{ id: 'p1-q1', label: '第1段', kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1 }] }] as unknown as SourceDocument[];
  const indicators = [{ id: 'sister', name: '姊妹学校', nameEn: 'Sister schools', group: 'opening', terms: [{ text: '姊妹学校', scope: null }], units: ['所'] }] as Indicator[];
  const entry = { indicator: 'sister', scope: null, kind: 'target', comparison: 'range', value: null, min: 60, max: 80, unit: '所', measure: 'level', year: 2025, yearBasis: 'stated', baseline: null, baselineYear: null, attribute: null, document: 'plan', clause: 'p1-q1', quote: '姊妹学校达到60—80所', reason: '区间' } as ReviewedEntry;
  const problems = (e: Partial<ReviewedEntry> & Record<string, unknown>) => readReviewed([{ ...entry, ...e } as ReviewedEntry], docs, indicators).problems;

  it('places a record and an exclusion in the clause, a quote at the very start included', () => {
    const r = readReviewed([{ ...entry, quote: '到2025年' } as ReviewedEntry, { document: 'plan', clause: 'p1-q1', quote: '到2025年', exclude: ['2025年'], reason: '年份' }], docs, indicators);
    expect(r.problems).toEqual([]);
    expect(r.drafts.map((d) => [d.at, d.end, d.region, d.source])).toEqual([[0, 6, 'yuzhong', 'reviewed']]);
    expect(r.exclusions.map((x) => [x.start, x.end])).toEqual([[1, 6]]);
    expect(readReviewed([{ document: 'plan', clause: 'p1-q1', quote: '2025年', exclude: ['2025'], reason: '年份' }], docs, indicators).exclusions.map((x) => [x.start, x.end])).toEqual([[1, 5]]);
  });

  it('names the entry and what is wrong with it', () => {
    const at = 'content/targets-reviewed.json[0] (plan#p1-q1)';
    expect(problems({ document: 'gone' })).toEqual(['content/targets-reviewed.json[0] (gone#p1-q1): unknown document']);
    expect(problems({ clause: 'p9' })).toEqual(['content/targets-reviewed.json[0] (plan#p9): unknown clause']);
    expect(problems({ quote: '友好学校' })).toEqual([`${at}: quote "友好学校" is not in the clause text`]);
    expect(problems({ indicator: 'nope' })).toEqual([`${at}: unknown indicator "nope"`]);
    expect(problems({ unit: '对' })).toEqual([`${at}: unit 对 is not one of sister's units`]);
    expect(readReviewed([{ document: 'plan', clause: 'p1-q1', quote: '达到3000人', exclude: ['3000所'], reason: 'x' }], docs, indicators).problems).toEqual([`${at}: "3000所" is not in the quote "达到3000人"`]);
  });
});
