import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/schemas/target.ts';
import { extractTargets } from './extract.ts';
import { clauseOf, planWithBackground, reportOf } from './fixture-docs.test-data.ts';
import { readReportedFigures } from './reported.ts';

const smartCampus: Indicator = { id: 'smart-campuses', name: '智慧校园', nameEn: 'Smart campuses', group: 'modernisation', terms: [{ text: '智慧校园', scope: null }], units: ['所'] };
const friends: Indicator = {
  id: 'friends',
  name: '友好学校',
  nameEn: 'Friendly schools',
  group: 'opening',
  terms: [
    { text: '友好学校', scope: null },
    { text: '境外友好学校', scope: '境外' },
  ],
  units: ['所', '对'],
};
const read = (doc: ReturnType<typeof reportOf>, indicators: Indicator[] = [smartCampus, friends]) =>
  readReportedFigures(doc, indicators).map((d) => [d.kind, d.indicator, d.scope, d.value ?? `${d.min}-${d.max}`, d.unit, d.measure, d.year, d.yearBasis, d.quote]);

describe('figures of a report', () => {
  it('reads every figure with a unit as an outcome, linked where the link table names it', () => {
    const doc = reportOf([clauseOf('q1', '全区累计建成智慧校园45所，开发校本课程120余门。')]);
    expect(read(doc)).toEqual([
      ['outcome', 'smart-campuses', null, 45, '所', 'level', 2024, 'reported', '全区累计建成智慧校园45所'],
      ['outcome', 'unassigned', null, 120, '门', 'level', 2024, 'reported', '开发校本课程120余门'],
    ]);
  });

  it('reads a 数说成绩 list item, and a count written in Chinese numerals', () => {
    const doc = reportOf([clauseOf('l1', '新增友好学校8所', 'list-item'), clauseOf('q1', '连续举办三届国际研学节。')]);
    expect(read(doc)).toEqual([
      ['outcome', 'friends', null, 8, '所', 'increase', 2024, 'reported', '新增友好学校8所'],
      ['outcome', 'unassigned', null, 3, '届', 'level', 2024, 'reported', '连续举办三届国际研学节'],
    ]);
  });

  it('dates a figure by a year its sentence gives, but not by a title, a start or a later year', () => {
    const doc = reportOf([
      clauseOf('q1', '获评2021年市级精品课40节、2023年市级精品课52节。'),
      clauseOf('q2', '自2020年成为试点区以来，建成智慧校园9所。'),
      clauseOf('q3', '按照《校舍规划(2022-2030年)》，完成改扩建项目6个。'),
      clauseOf('q4', '2026年的任务已经明确，建成智慧校园10所。'),
    ]);
    expect(read(doc).map((r) => [r[3], r[6], r[7]])).toEqual([
      [40, 2021, 'stated'],
      [52, 2023, 'stated'],
      [9, 2024, 'reported'],
      [6, 2024, 'reported'],
      [10, 2024, 'reported'],
    ]);
  });

  it('leaves out quoted names and what the report plans', () => {
    const doc = reportOf([clauseOf('q1', '“两个创建”取得新进展，明年计划新建智慧校园3所，力争到2027年建成友好学校50所。')]);
    expect(read(doc)).toEqual([]);
  });
});

describe("figures of a plan's review of the past", () => {
  it('reads them as baselines, dated by the sentence, the period the part reviews, or the year before the plan', () => {
    const doc = planWithBackground(
      ['“十三五”期间，教育对外开放进入快车道。', '全市新增境外友好学校8所。截至2019年底，共有友好学校40所（其中境外友好学校25所）。'],
      ['到2025年，友好学校达到60所。'],
    );
    expect(read(doc)).toEqual([
      ['baseline', 'friends', '境外', 8, '所', 'increase', 2020, 'context', '全市新增境外友好学校8所'],
      ['baseline', 'friends', null, 40, '所', 'level', 2019, 'stated', '共有友好学校40所（其中境外友好学校25所）'],
      ['baseline', 'friends', '境外', 25, '所', 'level', 2019, 'stated', '共有友好学校40所（其中境外友好学校25所）'],
    ]);
    const undated = planWithBackground(['全市有友好学校40所。'], []);
    expect(read(undated).map((r) => [r[6], r[7]])).toEqual([[2020, 'before-period']]);
  });

  it('takes a part introduced by 其中 as part of the figure before it, with its coverage as scope', () => {
    const doc = planWithBackground(['共招收留学生900人（其中市属高校120名）。'], []);
    const students: Indicator = { id: 'students', name: '留学生', nameEn: 'Students', group: 'opening', terms: [{ text: '留学生', scope: null }], units: ['人', '名'] };
    expect(read(doc, [students]).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['students', null, 900],
      ['students', '市属高校', 120],
    ]);
  });

  it('leaves the plan’s targets to the target rules', () => {
    const doc = planWithBackground(['全市有友好学校40所。'], ['到2025年，友好学校达到60所。']);
    const { records } = extractTargets([doc], [friends]);
    expect(records.map((r) => [r.kind, r.value, r.year])).toEqual([
      ['baseline', 40, 2020],
      ['target', 60, 2025],
    ]);
  });
});
