/**
 * Codes every clause of a document (code-clause.ts) and reads its dated commitments that have no
 * number (`到2022年…实现全覆盖`, `零突破`). Pure.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { DatedCommitment, DocumentCommitments } from '../../src/schemas/commitment.ts';
import { BACKGROUND_PART, periodEnd, reportingKind, topAncestors, type SourceDocument } from '../targets/source.ts';
import { deadlineScopes, targetYear } from '../targets/sentences.ts';
import { splitPhrases, splitSentences } from '../targets/segments.ts';
import { findYearMarks, lastMarkIn } from '../targets/years.ts';
import { codeClause, type ClausePlace } from './code-clause.ts';

/** Kinds that are never the plan's own commitments, with the reason shown to readers. */
const NOT_PLAN_TEXT: Partial<Record<Clause['kind'], string>> = {
  title: 'the title',
  masthead: 'page chrome',
  notice: 'the covering notice',
  caption: 'a photo caption',
  byline: 'a byline',
  framing: "the publisher's framing",
  closing: 'a closing line (entry into force)',
  attachment: 'the list of attachments',
};

/** Units whose clauses set goals, targets, principles or the guiding thought: planning instruments. */
const GOAL_HEADING = /指导思想|基本原则|实施原则|工作原则|总体目标|主要目标|发展目标|总体要求|总体战略/;
/** `为…，制定本方案` / `…提出如下工作意见`: why the plan exists, not what it commits to. */
const PURPOSE = /^为[^。]*(?:制定本|特制定|提出如下|现提出|制定如下)/;

function ancestors(c: Clause, byId: ReadonlyMap<string, Clause>): Clause[] {
  const out: Clause[] = [];
  for (let p = c.parent === null ? undefined : byId.get(c.parent); p; p = p.parent === null ? undefined : byId.get(p.parent)) out.push(p);
  return out;
}

const headingOnly = (c: Clause) => c.text.length <= c.number.length + c.heading.length && c.kind !== 'row' && c.kind !== 'list-item';

/** Where a clause stands: whether it can commit, and whether it states a goal. */
export function placeOf(doc: SourceDocument, c: Clause, byId: ReadonlyMap<string, Clause>, top: Clause): ClausePlace {
  const up = ancestors(c, byId);
  if (doc.meta.type === 'news-report') return { none: 'a news report: it tells what was done, it does not commit' };
  const kindReason = NOT_PLAN_TEXT[c.kind];
  if (kindReason) return { none: kindReason };
  if (up.some((a) => a.kind === 'notice') || c.id.startsWith('notice-')) return { none: 'the covering notice' };
  if (headingOnly(c)) return { none: 'a heading: the clauses under it commit' };
  if (c.kind === 'table') return { none: 'a table heading: its rows commit' };
  if (reportingKind(doc, top) || BACKGROUND_PART.test(top.text)) return { none: "the plan's review of its past or situation" };
  if (c.kind === 'paragraph' && PURPOSE.test(c.text)) return { none: 'a purpose statement' };
  const attribute = c.kind === 'row' ? (c.cells ?? []).find((x): x is '预期性' | '约束性' => x === '预期性' || x === '约束性') ?? null : null;
  const goal =
    attribute !== null ||
    [c, ...up].some((a) => GOAL_HEADING.test(a.heading) || (headingOnly(a) && GOAL_HEADING.test(a.text))) ||
    [c, ...up].some((a) => a.kind === 'paragraph' && /^到\d{4}年/.test(a.text));
  return { goal, attribute };
}

/** End states a plan promises with no number. */
const END_STATE = /全覆盖|全面覆盖|零突破|全面实现|基本实现|全面建成(?!小康)|基本建成|初步建成|基本形成|全面形成|基本普及|全面普及|全部消除|基本消除|全部达标|全面达标/g;

function datedCommitments(doc: SourceDocument, coded: DocumentCommitments['clauses']): DatedCommitment[] {
  const top = topAncestors(doc.clauses);
  const scope = deadlineScopes(doc.clauses, top);
  const sectionDeadline = new Map<string, number>();
  const fallback = periodEnd(doc);
  const out: DatedCommitment[] = [];
  for (const c of doc.clauses) {
    const marks = findYearMarks(c.text);
    const governed = scope.get(c.id)!;
    if (coded[c.id]?.strength !== 'none') {
      for (const sentence of splitSentences(c.text)) {
        for (const m of c.text.slice(sentence.start, sentence.end).matchAll(END_STATE)) {
          const at = sentence.start + m.index;
          const when = targetYear(marks, sentence, { start: at, end: at + m[0].length }, sectionDeadline.get(governed), fallback);
          if (!when || when.basis === 'table' || when.basis === 'reported' || when.basis === 'before-period' || when.basis === 'in-force') continue;
          const phrase = splitPhrases(c.text, sentence).find((p) => p.start <= at && at < p.end)!;
          out.push({ clause: c.id, year: when.year, yearBasis: when.basis, state: m[0], quote: c.text.slice(phrase.start, phrase.end), start: phrase.start });
        }
      }
    }
    const deadline = lastMarkIn(marks, 0, c.text.length, ['deadline']);
    if (deadline) sectionDeadline.set(governed, deadline.year);
  }
  return out;
}

export function codeDocument(doc: SourceDocument): DocumentCommitments {
  const byId = new Map(doc.clauses.map((c) => [c.id, c]));
  const top = topAncestors(doc.clauses);
  const clauses = Object.fromEntries(doc.clauses.map((c) => [c.id, codeClause(c, placeOf(doc, c, byId, top.get(c.id)!))]));
  return { document: doc.id, clauses, dated: datedCommitments(doc, clauses) };
}
