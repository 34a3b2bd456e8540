import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
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

describe('what a report counts as reached, at the edges', () => {
  it('leaves out a phrase that names a year ahead, spaces and all, but reads one counted up to a year (截至)', () => {
    const doc = reportOf([clauseOf('q1', '到2027年建成智慧校园20所，至 2028 年建成友好学校30所，截至2023年底建成智慧校园18所。')]);
    expect(read(doc).map((r) => [r[3], r[6], r[7]])).toEqual([[18, 2023, 'stated']]);
  });

  it('leaves out a figure inside a name in corner brackets', () => {
    const doc = reportOf([clauseOf('q1', '「三个一批」项目成效显著，新建智慧校园5所。')]);
    expect(read(doc).map((r) => r[3])).toEqual([5]);
  });

  it('dates a figure by a year its own sentence opens with, not by one in the sentence before', () => {
    const doc = reportOf([clauseOf('q1', '2022年建成智慧校园9所。区里获评示范区后，又建成智慧校园4所。')]);
    expect(read(doc).map((r) => [r[3], r[6], r[7]])).toEqual([
      [9, 2022, 'stated'],
      [4, 2024, 'reported'],
    ]);
  });

  it('in a report with no date, dates a figure only by its sentence, and leaves one it cannot date', () => {
    const undated = { ...reportOf([clauseOf('q1', '2022年建成智慧校园9所。又建成智慧校园4所。')]), meta: { ...reportOf([]).meta, published: 'unknown' as const } };
    expect(read(undated).map((r) => [r[3], r[6], r[7]])).toEqual([[9, 2022, 'stated']]);
  });

  it('reads no figure of a title, nor the rows of an indicator table, which the table rule reads', () => {
    const table: Clause = { ...clauseOf('t1', '序号 指标 2020年 2025年 属性', 'table'), cells: ['序号', '指标', '2020年', '2025年', '属性'] };
    const doc = reportOf([clauseOf('t0', '全区建成智慧校园45所', 'title'), table, clauseOf('t1-r1', '1 智慧校园(所) 45所 60所 预期性', 'row', 't1')]);
    expect(read(doc)).toEqual([]);
  });
});

describe("the edges of a plan's review of the past", () => {
  it('dates a baseline by a year its sentence opens with', () => {
    expect(read(planWithBackground(['2019年全市有友好学校40所。'], [])).map((r) => [r[3], r[6], r[7]])).toEqual([[40, 2019, 'stated']]);
  });

  it('leaves a figure it cannot date in a plan with no period', () => {
    const doc = planWithBackground(['全市有友好学校40所。'], []);
    expect(read({ ...doc, meta: { ...doc.meta, period: null } })).toEqual([]);
  });
});

describe('a part introduced by 其中, at its edges', () => {
  const students: Indicator = { id: 'students', name: '留学生', nameEn: 'Students', group: 'opening', terms: [{ text: '留学生', scope: null }], units: ['人', '名'] };
  const parts = (text: string) => read(planWithBackground([text], []), [students]).map((r) => [r[1], r[2], r[3], r[4]]);

  it('takes the indicator of the last named figure before it, skipping figures that name none', () => {
    expect(parts('共招收留学生900人分30个班（其中市属高校120名）。')).toEqual([
      ['students', null, 900, '人'],
      ['unassigned', null, 30, '个'],
      ['students', '市属高校', 120, '名'],
    ]);
  });

  it('does not count a figure in another unit, nor one after 其中 and another figure, as part of the whole', () => {
    expect(parts('共招收留学生900人（其中来自12所高校）。')).toEqual([
      ['students', null, 900, '人'],
      ['unassigned', null, 12, '所'],
    ]);
    expect(parts('共招收留学生900人（其中市属高校120名）和外籍教师30名。').at(-1)).toEqual(['unassigned', null, 30, '名']);
  });
});
