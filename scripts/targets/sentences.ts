/**
 * Target sentences of plans: `到2021年，力争建成国际学校1所`, `覆盖率达到90%`, `每年选派60名…`.
 * Pure. Reporting text (reports, and a plan's review of the past) is read by reported.ts.
 *
 * Rule: inside a comma phrase, a figure with a unit (numbers.ts) and a term of the link table
 * (lexicon.ts) make a record of that indicator. When a phrase lists several figures it is cut into
 * items first (segments.ts), and each term takes the nearest figure in one of its indicator's units.
 * Every other candidate (candidates.ts: a target word or year near the figure) is a record too,
 * `unassigned` (`建设2个鲁班工坊` before the link table names 鲁班工坊): none is dropped.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { Indicator, Measure, YearBasis } from '../../src/schemas/target.ts';
import { findCandidates } from './candidates.ts';
import { findTerms, pairTerms, type TermHit } from './lexicon.ts';
import { findFigures, type Figure } from './numbers.ts';
import { splitItems, splitPhrases, splitSentences, type Segment } from './segments.ts';
import { figureDraft, periodEnd, reportingKind, topAncestors, type Draft, type SourceDocument } from './source.ts';
import { isIndicatorTable } from './table.ts';
import { findYearMarks, lastMarkIn, type YearMark } from './years.ts';

/** Words that say a figure is already reached (截至2020年底…, 目前…已达6个) inside a plan. */
export const PAST_MARK = /截至|截止|目前|已达|已有|已经|已于/;
/** Clause kinds without sentences of their own to read. */
const SKIP_KINDS = new Set<Clause['kind']>(['title', 'masthead', 'notice', 'table', 'caption', 'byline', 'framing']);

export const within = (f: Segment, s: Segment) => f.start >= s.start && f.end <= s.end;

/** Norms for every day or every pupil (`每天…不低于2小时`, `帮助学生掌握1—2项运动技能`): they hold throughout, they are not due by a year. */
const STANDING = /每天|每日|每周|每名|每位|人均|(?:教会|帮助|使|让)学生|学生(?:都|均)?(?:掌握|学会)/;

/** How the phrase counts its figure: every year, a standing norm, added over the period, or the level reached. */
export function measureOf(phraseBefore: string): Measure {
  if (/每年/.test(phraseBefore)) return 'annual';
  if (STANDING.test(phraseBefore)) return 'standing';
  if (/新增|新引进|新开办|新建|新设|引进|引入/.test(phraseBefore)) return 'increase';
  return 'level';
}

/** Whether a clause is read by the sentence rules (indicator-table rows belong to the table rule). */
export function readsSentences(clause: Clause, byId: ReadonlyMap<string, Clause>): boolean {
  if (SKIP_KINDS.has(clause.kind)) return false;
  const parent = clause.parent === null ? undefined : byId.get(clause.parent);
  return !(clause.kind === 'row' && parent && isIndicatorTable(parent));
}

/** The items of a phrase that holds figures: the phrase, or its list items when it lists several. */
export function itemsOf(text: string, phrase: Segment, figures: readonly Figure[]): { item: Segment; figures: Figure[] }[] {
  const inPhrase = figures.filter((f) => within(f, phrase));
  if (!inPhrase.length) return [];
  const items = inPhrase.length > 1 ? splitItems(text, phrase) : [phrase];
  return items.map((item) => ({ item, figures: inPhrase.filter((f) => within(f, item)) }));
}

export function readTargetSentences(doc: SourceDocument, indicators: readonly Indicator[]): Draft[] {
  const top = topAncestors(doc.clauses);
  const scope = deadlineScopes(doc.clauses, top);
  const byId = new Map(doc.clauses.map((c) => [c.id, c]));
  // Section (else part) id → the last 到YYYY年 seen in it: `到2025年，…` governs the targets listed after it.
  const sectionDeadline = new Map<string, number>();
  const drafts: Draft[] = [];
  const fallback = periodEnd(doc);
  const start = doc.meta.period && doc.meta.period !== 'unknown' ? doc.meta.period.start : undefined;

  for (const clause of doc.clauses) {
    const governed = scope.get(clause.id)!;
    const text = clause.text;
    const marks = findYearMarks(text);
    if (readsSentences(clause, byId) && !reportingKind(doc, top.get(clause.id)!)) {
      const figures = findFigures(text);
      const candidates = new Set(findCandidates(text, figures, marks).map((c) => c.figure));
      for (const sentence of splitSentences(text)) {
        if (PAST_MARK.test(text.slice(sentence.start, sentence.end))) continue;
        for (const phrase of splitPhrases(text, sentence)) {
          for (const { item, figures: inItem } of itemsOf(text, phrase, figures)) {
            const named = new Map(pairTerms(text, item, inItem, indicators).map(({ hit, figure }) => [figure, hit]));
            for (const figure of inItem) {
              const hit = named.get(figure);
              if (!hit && !candidates.has(figure)) continue;
              const measure = measureOf(text.slice(phrase.start, figure.start));
              const when = measure === 'standing' && start !== undefined ? { year: start, basis: 'in-force' as const } : targetYear(marks, sentence, figure, sectionDeadline.get(governed), fallback);
              if (!when) continue;
              const quote = text.slice(phrase.start, phrase.end);
              const scope = qualifyScope(text, phrase, figure, hit, indicators);
              drafts.push(figureDraft(doc, clause.id, { figure, indicator: hit?.indicator ?? null, scope, kind: 'target', measure, when, quote, source: 'sentence' }));
            }
          }
        }
      }
    }
    const deadline = lastMarkIn(marks, 0, text.length, ['deadline']);
    if (deadline) sectionDeadline.set(governed, deadline.year);
  }
  return drafts;
}

/**
 * The coverage a phrase gives its figure beyond the indicator term's own scope:
 * - a part joined by 和 to a figure before it belongs to that figure's units:
 *   `２所左右国家级高水平高职学校和４个以上专业群` → the clusters of 国家级高水平高职学校;
 * - a phrase opening `在基础教育阶段…` narrows everything it sets to that stage.
 */
export function qualifyScope(text: string, phrase: Segment, figure: Figure, hit: TermHit | undefined, indicators: readonly Indicator[]): string | null {
  let scope = hit?.scope ?? null;
  if (hit && scope === null) {
    const owner = findTerms(text, { start: phrase.start, end: figure.start }, indicators).at(-1);
    if (owner && /^\s*(?:和|及|以及)\s*$/.test(text.slice(owner.end, figure.start))) scope = text.slice(owner.start, owner.end);
  }
  const stage = /^在([^，,。；、]{2,10}?(?:阶段|学段|领域))/.exec(text.slice(phrase.start, figure.start))?.[1];
  return stage ? `${stage}${scope ?? ''}` : scope;
}

/**
 * Where a deadline carries: the clause's section (a section's 到2025年 governs its list of targets),
 * else its part. It does not carry from one section into the next.
 */
export function deadlineScopes(clauses: readonly Clause[], top: ReadonlyMap<string, Clause>): Map<string, string> {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out = new Map<string, string>();
  for (const c of clauses) {
    let s: Clause | undefined = c;
    while (s && s.kind !== 'section') s = s.parent === null ? undefined : byId.get(s.parent);
    out.set(c.id, (s ?? top.get(c.id)!).id);
  }
  return out;
}

/**
 * The year a target is due: a deadline or period earlier in its sentence; else a deadline earlier
 * in its clause or section; else the plan's last year.
 */
export function targetYear(marks: readonly YearMark[], sentence: Segment, figure: Segment, sectionDeadline: number | undefined, fallback: number | undefined): { year: number; basis: YearBasis } | undefined {
  const stated = lastMarkIn(marks, sentence.start, figure.start);
  if (stated) return { year: stated.year, basis: 'stated' };
  const earlier = lastMarkIn(marks, 0, sentence.start, ['deadline']);
  if (earlier) return { year: earlier.year, basis: 'context' };
  if (sectionDeadline !== undefined) return { year: sectionDeadline, basis: 'context' };
  return fallback === undefined ? undefined : { year: fallback, basis: 'period' };
}
