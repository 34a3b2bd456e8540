/**
 * Small made-up documents for the target rules' tests: text none of the corpus contains, so a test
 * states what holds for any document, not what today's five happen to say.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { SourceDocument } from './source.ts';

/** A clause of `text`; `parent` makes it part of a section. */
export function clauseOf(id: string, text: string, kind: Clause['kind'] = 'paragraph', parent: string | null = null): Clause {
  return { id, label: id, kind, parent, number: '', heading: '', text, line: 1 };
}

/** A news report published in `year`. */
export function reportOf(clauses: Clause[], year = 2024): SourceDocument {
  return { id: 'report', meta: { type: 'news-report', region: 'town', period: null, published: { date: `${year}-12`, precision: 'month' }, issued: 'unknown' }, clauses };
}

/** A five-year plan for 2021–2025 whose first part is its review of the past, 发展基础. */
export function planWithBackground(background: string[], targets: string[]): SourceDocument {
  const clauses = [
    clauseOf('p1', '一、发展基础', 'part'),
    ...background.map((t, i) => clauseOf(`p1-q${i + 1}`, t, 'paragraph', 'p1')),
    clauseOf('p2', '二、主要目标', 'part'),
    ...targets.map((t, i) => clauseOf(`p2-q${i + 1}`, t, 'paragraph', 'p2')),
  ];
  return { id: 'plan', meta: { type: 'five-year-plan', region: 'city', period: { start: 2021, end: 2025 }, published: 'unknown', issued: 'unknown' }, clauses };
}
