/**
 * Figures in reporting text: every clause of a report (a news feature's paragraphs and its
 * 数说成绩 list) and the parts of a plan that review the past (发展基础). There every figure with a
 * unit states what was reached, so each one becomes a record — an outcome in a report, a baseline
 * in a plan — whether or not it names an indicator of the link table (one that names none is
 * `unassigned`, never dropped). Pure.
 *
 *   全区累计建成智慧校园45所             → outcome 45所 (unassigned until the link table names 智慧校园)
 *   截至2020年底，我市缔结88对国际姊妹学校 → baseline 88对, sister-schools, scope 国际, 2020 (stated)
 *
 * Not read: a figure inside a short quotation (a name: “两个创建”), and a phrase that looks ahead
 * (计划, 力争, 到2027年 …): a report's plans are not its results. The coverage test lists what is
 * left, so each is either read here, read by hand, or ruled out with a reason.
 */
import type { Indicator, YearBasis } from '../../src/schemas/target.ts';
import { pairTerms } from './lexicon.ts';
import { findFigures, type Figure } from './numbers.ts';
import { splitPhrases, splitSentences, type Segment } from './segments.ts';
import { itemsOf, measureOf, readsSentences } from './sentences.ts';
import { figureDraft, reportingKind, reportYear, topAncestors, type Draft, type SourceDocument } from './source.ts';
import { findDateMarks, type DateMark } from './years.ts';

/** A phrase that looks ahead: what it counts is planned, not reached. */
export const FUTURE_MARK = /计划|拟|力争|争取|预计|(?<!截)(?:到|至)\s*\d{4}\s*年/;
/** The longest quotation that is taken for a name (“两个创建”, “三个一批”) rather than a statement. */
const NAME_QUOTE = /“[^“”]{1,12}”|「[^「」]{1,12}」/g;
/** `（其中市属高校392名）`: a part of the figure before it, with its coverage in between. */
const OF_WHICH = /其中([^\d，,。；;、（）()]{1,10})$/;

type When = { year: number; basis: YearBasis };

/**
 * An outcome's year: a year the sentence states before the figure (获评2022年…28节), if not later
 * than the report; else the report's year.
 */
export function outcomeYear(marks: readonly DateMark[], sentence: Segment, figure: Figure, reported: number | undefined): When | undefined {
  const stated = marks.filter((m) => m.at >= sentence.start && m.at < figure.start && (reported === undefined || m.year <= reported)).at(-1);
  if (stated) return { year: stated.year, basis: 'stated' };
  return reported === undefined ? undefined : { year: reported, basis: 'reported' };
}

/**
 * A baseline's year: one the sentence states before the figure (截至2020年底); else the period its
 * part reviews (“十三五”期间 → 2020); else the year before the plan begins.
 */
export function baselineYear(marks: readonly DateMark[], sentence: Segment, figure: Figure, partPeriod: number | undefined, planStart: number | undefined): When | undefined {
  const stated = marks.filter((m) => m.at >= sentence.start && m.at < figure.start).at(-1);
  if (stated) return { year: stated.year, basis: 'stated' };
  if (partPeriod !== undefined) return { year: partPeriod, basis: 'context' };
  return planStart === undefined ? undefined : { year: planStart - 1, basis: 'before-period' };
}

/** Spans of short quotations, which name things (“两个创建”, “4311”现代化产业体系) rather than count them. */
export function quotedNames(text: string): Segment[] {
  return [...text.matchAll(NAME_QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Figures of the text a reader takes as counts: not inside a short quotation. */
function countedFigures(text: string): Figure[] {
  const names = quotedNames(text);
  return findFigures(text, { chinese: true }).filter((f) => !names.some((n) => n.start <= f.start && f.end <= n.end));
}

export function readReportedFigures(doc: SourceDocument, indicators: readonly Indicator[]): Draft[] {
  const top = topAncestors(doc.clauses);
  const byId = new Map(doc.clauses.map((c) => [c.id, c]));
  const reported = reportYear(doc);
  const p = doc.meta.period;
  const planStart = p && p !== 'unknown' ? p.start : undefined;
  // Part id → the period its text has named so far (“十三五”期间): it dates the part's later figures.
  const partPeriod = new Map<string, number>();
  const drafts: Draft[] = [];

  for (const clause of doc.clauses) {
    const part = top.get(clause.id)!;
    const kind = reportingKind(doc, part);
    if (!kind) continue;
    const text = clause.text;
    const marks = findDateMarks(text);
    if (readsSentences(clause, byId)) {
      const figures = countedFigures(text);
      for (const sentence of splitSentences(text)) {
        for (const phrase of splitPhrases(text, sentence)) {
          if (FUTURE_MARK.test(text.slice(phrase.start, phrase.end))) continue;
          const quote = text.slice(phrase.start, phrase.end);
          for (const { item, figures: candidates } of itemsOf(text, phrase, figures)) {
            const named = new Map(pairTerms(text, item, candidates, indicators).map(({ hit, figure }) => [figure, { indicator: hit.indicator, scope: hit.scope }]));
            for (const figure of candidates) {
              const when = kind === 'outcome' ? outcomeYear(marks, sentence, figure, reported) : baselineYear(marks, sentence, figure, partPeriod.get(part.id), planStart);
              if (!when) continue;
              const reading = named.get(figure) ?? partOf(text, item, figure, candidates, named) ?? { indicator: null, scope: null };
              const measure = measureOf(text.slice(phrase.start, figure.start));
              drafts.push(figureDraft(doc, clause.id, { figure, ...reading, kind, measure, when, quote, source: 'report' }));
            }
          }
        }
      }
    }
    const period = marks.filter((m) => m.kind === 'period').at(-1);
    if (period) partPeriod.set(part.id, period.year);
  }
  return drafts;
}

/**
 * `共招收留学生9393人（其中市属高校392名）`: a figure introduced by 其中 counts part of the figure
 * before it in the item, so it takes that figure's indicator, with the words between as its scope.
 */
function partOf(text: string, item: Segment, figure: Figure, figures: readonly Figure[], named: ReadonlyMap<Figure, { indicator: Indicator; scope: string | null }>) {
  const m = OF_WHICH.exec(text.slice(item.start, figure.start));
  if (!m) return undefined;
  const whole = figures.filter((f) => f.end <= figure.start && named.has(f)).at(-1);
  const reading = whole && named.get(whole);
  return reading && reading.indicator.units.includes(figure.unit) ? { indicator: reading.indicator, scope: m[1]! } : undefined;
}
