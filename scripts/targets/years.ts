/**
 * Target years in plan text. Pure.
 *
 * A deadline is written `到2021年`, `至2025年`, `2025年前`, or as a five-year-plan period
 * (`“十三五”期间` ends in 2020). A bare `2022年` is not a deadline: it names an award year
 * (`获评2022年…成果奖`) or a plan's title years as often as a target.
 */

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

/** Deadline and period marks in the text, in text order. */
export function findYearMarks(text: string): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of text.matchAll(DEADLINE)) {
    const year = Number(m[1] ?? m[2]);
    if (year >= 2000 && year <= 2100) marks.push({ at: m.index, year, kind: 'deadline' });
  }
  for (const m of text.matchAll(FIVE_YEAR)) marks.push({ at: m.index, year: FIVE_YEAR_END[m[1]!]!, kind: 'period' });
  return marks.sort((a, b) => a.at - b.at);
}

/** The last mark in [from, to), if any. */
export function lastMarkIn(marks: readonly YearMark[], from: number, to: number, kinds: readonly YearMark['kind'][] = ['deadline', 'period']): YearMark | undefined {
  return marks.filter((m) => m.at >= from && m.at < to && kinds.includes(m.kind)).at(-1);
}
