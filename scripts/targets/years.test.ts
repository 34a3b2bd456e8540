import { describe, expect, it } from 'vitest';
import { findFigures } from './numbers.ts';
import { targetYear } from './sentences.ts';
import { findDateMarks, findYearMarks } from './years.ts';

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
