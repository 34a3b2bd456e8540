import { describe, expect, it } from 'vitest';
import { findFigures } from './numbers.ts';
import { targetYear } from './sentences.ts';
import { findDateMarks, findYearMarks, lastMarkIn } from './years.ts';

describe('target years', () => {
  it('finds deadlines and five-year-plan periods', () => {
    expect(findYearMarks('到2021年，力争在“十三五”期间，2025年前').map((m) => [m.year, m.kind])).toEqual([
      [2021, 'deadline'],
      [2020, 'period'],
      [2025, 'deadline'],
    ]);
    expect(findYearMarks('获评2022年国家基础教育教学成果奖，(2020—2022年)')).toEqual([]);
  });

  it('reads 到 a period’s end as a deadline that carries on, and full-width years as years', () => {
    expect(findYearMarks('到“十二五”末，新建3所；至十四五期末，到２０２２年').map((m) => [m.at, m.year, m.kind])).toEqual([
      [0, 2015, 'deadline'],
      [13, 2025, 'deadline'],
      [20, 2022, 'deadline'],
    ]);
  });

  it('prefers the sentence, then the clause or section, then the plan period', () => {
    const text = '争取到2021年，缔结60所海外友好学校。每年选派60名教师。';
    const marks = findYearMarks(text);
    const [a, b] = findFigures(text);
    const first = { start: 0, end: 21 };
    const second = { start: 21, end: text.length };
    expect(targetYear(marks, first, a!, undefined, 2021)).toEqual({ year: 2021, basis: 'stated' });
    expect(targetYear(marks, second, b!, undefined, 2030)).toEqual({ year: 2021, basis: 'context' });
    expect(targetYear([], second, b!, 2025, 2030)).toEqual({ year: 2025, basis: 'context' });
    expect(targetYear([], second, b!, undefined, 2030)).toEqual({ year: 2030, basis: 'period' });
  });
});

describe('dates in reporting text', () => {
  it('reads plain years, 截至 years and periods, but not years inside a cited title, a range or a 自…以来 span', () => {
    const text = '截至2020年底，“十三五”期间，获评2022年奖项，印发《校点布局规划(2022-2030年)》，规划期2023—2035年，自2021年成为试点区以来';
    expect(findDateMarks(text).map((m) => [m.year, m.kind])).toEqual([
      [2020, 'year'],
      [2020, 'period'],
      [2022, 'year'],
    ]);
  });
});

describe('edges of a target year', () => {
  const years = (text: string) => findYearMarks(text).map((m) => [m.year, m.kind]);

  it('reads a deadline written with a space before 年前, and only years from 2000 to 2100 as deadlines', () => {
    expect(years('2025 年前完成改造')).toEqual([[2025, 'deadline']]);
    expect(years('从1978年到1998年，到2000年，到2100年，到2101年')).toEqual([
      [2000, 'deadline'],
      [2100, 'deadline'],
    ]);
  });

  it('reads 到 a period only when it stands right before it, spaces allowed', () => {
    expect(findYearMarks('到 “十二五”末').map((m) => [m.at, m.year, m.kind])).toEqual([[0, 2015, 'deadline']]);
    // 至今 is "up to now": the period it is followed by is not a deadline.
    expect(years('至今，“十三五”时期')).toEqual([[2020, 'period']]);
  });

  it('takes the last mark before the end of a span, not one standing at its end', () => {
    const marks = findYearMarks('到2021年，到2025年');
    const second = marks[1]!.at;
    expect(lastMarkIn(marks, 0, second)?.year).toBe(2021);
    expect(lastMarkIn(marks, 0, second + 1)?.year).toBe(2025);
    expect(lastMarkIn(marks, 0, 99, ['period'])).toBeUndefined();
  });
});

describe('edges of a date in reporting text', () => {
  const dates = (text: string) => findDateMarks(text).map((m) => [m.year, m.kind]);

  it('reads only years from 1949 to 2100: 5000年文明 and 1200年历史 are spans, not dates', () => {
    expect(dates('中华5000年文明，具有1200年历史的书院，1948年，1949年建校，2100年，2101年')).toEqual([
      [1949, 'year'],
      [2100, 'year'],
    ]);
  });

  it('skips a year or a period inside a cited title, but not one right after it', () => {
    expect(dates('印发《2022年工作要点》《“十四五”时期教育规划》2023年')).toEqual([[2023, 'year']]);
  });

  it('skips the end of a range written with spaces, but not a year after a shorter number or a finished range', () => {
    expect(dates('规划期2022 — 2030年')).toEqual([]);
    expect(dates('图5-2021年各区县毛入园率')).toEqual([[2021, 'year']]);
    expect(dates('2016至今，2021年新建')).toEqual([[2021, 'year']]);
  });

  it('skips a year a 自 or 从 span starts from, spaces allowed, but not one after a word holding 自', () => {
    expect(dates('自 2021年成为试点区以来')).toEqual([]);
    expect(dates('来自农村的2021年毕业生')).toEqual([[2021, 'year']]);
  });
});
