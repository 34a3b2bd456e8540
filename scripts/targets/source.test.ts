import { describe, expect, it } from 'vitest';
import { clauseOf, planWithBackground, reportOf } from './fixture-docs.test-data.ts';
import { readReportedFigures } from './reported.ts';
import { readTargetSentences } from './sentences.ts';

describe('a record of a figure', () => {
  it('carries the bounds its comparison implies: an at-most figure has a ceiling and no floor', () => {
    const doc = planWithBackground([], ['到2025年，大班额控制在45人以下，新增友好学校不少于10所、国际课程3—5门，建设示范校8所。']);
    expect(readTargetSentences(doc, []).map((d) => [d.comparison, d.value, d.min, d.max])).toEqual([
      ['at-most', 45, null, 45],
      ['at-least', 10, 10, null],
      ['range', null, 3, 5],
      ['exact', 8, 8, 8],
    ]);
  });

  it('dates a report with no publication date by the year it was issued', () => {
    const doc = reportOf([clauseOf('q1', '全区建成智慧校园45所。')]);
    const issuedOnly = { ...doc, meta: { ...doc.meta, published: 'unknown' as const, issued: { date: '2023-05', precision: 'month' as const } } };
    expect(readReportedFigures(issuedOnly, []).map((d) => [d.value, d.year, d.yearBasis])).toEqual([[45, 2023, 'reported']]);
  });
});
