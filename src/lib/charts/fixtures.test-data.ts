/** Fixed data for the chart snapshot tests: small, hand-made, independent of content/. */
import type { TargetRecord } from '../../schemas/target.ts';

export function record(over: Partial<TargetRecord> & Pick<TargetRecord, 'id' | 'indicator' | 'document' | 'region' | 'year'>): TargetRecord {
  return {
    indicatorName: over.indicator,
    scope: null,
    kind: 'target',
    comparison: 'exact',
    value: 1,
    min: 1,
    max: 1,
    unit: '个',
    measure: 'level',
    yearBasis: 'stated',
    baseline: null,
    baselineYear: null,
    attribute: null,
    clause: 'p1',
    quote: 'q',
    source: 'sentence',
    checks: [],
    ...over,
  };
}

export const sister = [
  record({ id: 'yz/p2-q1/sister', indicator: 'sister', document: 'yz', region: 'yuzhong', year: 2021, value: 60, min: 60, max: 60 }),
  record({ id: 'yz/p3-s1-q1/sister', indicator: 'sister', document: 'yz', region: 'yuzhong', year: 2021, value: 60, min: 60, max: 60, unit: '所' }),
  record({ id: 'gz/p1/sister', indicator: 'sister', document: 'gz', region: 'guangzhou', year: 2020, value: 88, min: 88, max: 88, unit: '对', kind: 'baseline', scope: '国际', source: 'report' }),
  record({ id: 'gz/r6/sister', indicator: 'sister', document: 'gz', region: 'guangzhou', year: 2025, value: 430, min: 430, max: 430, unit: '对', baseline: 377, baselineYear: 2020, attribute: '约束性', source: 'table', quote: '6 国际及港澳台姊妹学校(对) 377 430 约束性' }),
  record({ id: 'gz/d3/sister', indicator: 'sister', document: 'gz', region: 'guangzhou', year: 2025, value: 50, min: 50, max: 50, unit: '对', measure: 'increase' }),
  record({ id: 'news/l21/sister', indicator: 'sister', document: 'news', region: 'yuzhong', year: 2024, value: 126, min: 126, max: 126, unit: '所', kind: 'outcome', yearBasis: 'reported' }),
];

export const shares = [
  record({ id: 'cq/d5/dual', indicator: 'dual', document: 'cq', region: 'chongqing', year: 2027, value: 70, min: 70, max: null, comparison: 'at-least', unit: '%' }),
  record({ id: 'news/q9/dual', indicator: 'dual', document: 'news', region: 'yuzhong', year: 2024, value: 76.1, min: 76.1, max: 76.1, unit: '%', kind: 'outcome' }),
  record({ id: 'yz/p2-q1/courses', indicator: 'dual', document: 'yz', region: 'yuzhong', year: 2021, value: null, min: 20, max: 30, comparison: 'range', unit: '%' }),
];

export const table = [
  record({ id: 'gz/r1/students', indicator: 'students', document: 'gz', region: 'guangzhou', year: 2025, value: 6, min: 6, max: 6, unit: '万人', baseline: 4.3, baselineYear: 2020, attribute: '预期性', source: 'table', quote: '1 国际及港澳台学生数量(万人) 4.3 6 预期性' }),
  record({ id: 'gz/r3/window', indicator: 'window', document: 'gz', region: 'guangzhou', year: 2025, value: 50, min: 50, max: 50, unit: '所', baseline: 0, baselineYear: 2020, attribute: '约束性', source: 'table', quote: '3 教育国际化窗口学校(所) 0 50 约束性' }),
  record({ id: 'gz/r9/faculty', indicator: 'faculty', document: 'gz', region: 'guangzhou', year: 2025, value: 25, min: 25, max: 25, unit: '%', baseline: 19.5, baselineYear: 2020, attribute: '预期性', source: 'table', quote: '9 高等院校具有国（境）外学习或工作经历教师占比(%) 19.5 25 预期性' }),
];
