import { describe, expect, it } from 'vitest';
import { preferReviewed, type Exclusion } from './reviewed.ts';
import type { Draft } from './source.ts';

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
