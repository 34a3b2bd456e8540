/**
 * Target years in plan text. Pure.
 *
 * A deadline is written `到2021年`, `至2025年`, `2025年前`, `到“十二五”末` (2015), or as a
 * five-year-plan period (`“十三五”期间` ends in 2020). A bare `2022年` is not a deadline: it names
 * an award year (`获评2022年…成果奖`) or a plan's title years as often as a target.
 */
import { toHalfWidth } from './numbers.ts';
import { citedTitles } from '../../src/lib/text/cited-titles.ts';

export interface YearMark {
  /** Offset where the mark starts. */
  at: number;
  year: number;
  /** `deadline` (到/至 YYYY年, YYYY年前) carries on to later sentences; `period` (十三五) only governs its own sentence. */
  kind: 'deadline' | 'period';
}

const DEADLINE = /(?:到|至)\s*(\d{4})\s*年(?!\d)|(\d{4})\s*年(?:前|以前)/g;
const FIVE_YEAR = /[“"]?十([一二三四五六])五[”"]?(?:期间|时期|期末|末)/g;
// The n-th five-year plan ends in 1955 + 5n: 十三五 (13th) → 2020, 十四五 → 2025.
const FIVE_YEAR_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

// `到“十二五”末` names the period's end as a deadline, which carries on like 到2015年.
const BY_BEFORE = /(?:到|至)\s*$/;

/** Deadline and period marks in the text, in text order. Full-width digits are read as ASCII. */
export function findYearMarks(text: string): YearMark[] {
  const half = toHalfWidth(text);
  const marks: YearMark[] = [];
  for (const m of half.matchAll(DEADLINE)) {
    const year = Number(m[1] ?? m[2]);
    if (year >= 2000 && year <= 2100) marks.push({ at: m.index, year, kind: 'deadline' });
  }
  for (const m of half.matchAll(FIVE_YEAR)) {
    const by = BY_BEFORE.exec(half.slice(Math.max(0, m.index - 3), m.index));
    marks.push({ at: by ? m.index - by[0].length : m.index, year: FIVE_YEAR_END[m[1]!]!, kind: by ? 'deadline' : 'period' });
  }
  return marks.sort((a, b) => a.at - b.at);
}

/** The last mark in [from, to), if any. */
export function lastMarkIn(marks: readonly YearMark[], from: number, to: number, kinds: readonly YearMark['kind'][] = ['deadline', 'period']): YearMark | undefined {
  return marks.filter((m) => m.at >= from && m.at < to && kinds.includes(m.kind)).at(-1);
}

/**
 * A year that dates a figure in a reporting text (a report, or a plan's review of the past):
 * `截至2020年底`, `获评2022年…成果奖`, `“十三五”期间` (→ 2020). Unlike a target's deadline, a plain
 * `2022年` dates what happened in it. Years inside a cited title (`《…规划(2022-2030年)》`) date
 * the title, not the figure; the end of a year range (`2022-2030年`) is not a date of anything; and
 * `自2021年…以来` starts a span that runs to the report, so it dates nothing either.
 */
export interface DateMark {
  at: number;
  year: number;
  kind: 'year' | 'period';
}

const YEAR = /(\d{4})\s*年(?!\d)/g;
// `自2021年…以来`, `从2019年起`: a start, not the date of what is counted.
const SINCE_BEFORE = /[自从]\s*$/;
const RANGE_END = /\d{4}\s*(?:-|—|–|~|至)\s*$/;

/** Year and period marks that date figures, in text order. Full-width digits are read as ASCII. */
export function findDateMarks(text: string): DateMark[] {
  const half = toHalfWidth(text);
  const titles = citedTitles(half);
  const inTitle = (at: number) => titles.some(([s, e]) => s <= at && at < e);
  const marks: DateMark[] = [];
  for (const m of half.matchAll(YEAR)) {
    const year = Number(m[1]);
    const before = half.slice(Math.max(0, m.index - 8), m.index);
    if (year < 1949 || year > 2100 || inTitle(m.index) || RANGE_END.test(before) || SINCE_BEFORE.test(before)) continue;
    marks.push({ at: m.index, year, kind: 'year' });
  }
  for (const m of half.matchAll(FIVE_YEAR)) if (!inTitle(m.index)) marks.push({ at: m.index, year: FIVE_YEAR_END[m[1]!]!, kind: 'period' });
  return marks.sort((a, b) => a.at - b.at);
}
