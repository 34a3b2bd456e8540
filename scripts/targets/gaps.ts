/**
 * What the rules did not read: figures standing near a target verb that no record covers and no
 * reviewed exclusion rules out. The test prints them, so a reviewer sees each gap and either adds
 * a term to the link table, adds a reviewed record, or rules the figure out with a reason (a
 * threshold like `56人以上大班额`). Pure.
 */
import type { TargetRecord } from '../../src/schemas/target.ts';
import { findFigures, type Figure } from './numbers.ts';
import type { Exclusion } from './reviewed.ts';
import { splitSentences } from './segments.ts';
import type { SourceDocument } from './source.ts';

/** Verbs and markers that state a target or a reached level. */
export const TARGET_VERBS = /达到|达|建成|不少于|不低于|力争|争取|到\d{4}年|提升至|提高至|增加至|超过|以上|新增|缔结|选派/g;
/** How close (in characters, either side) a verb must be to make a figure a candidate. */
export const NEAR = 12;

export interface Gap {
  document: string;
  clause: string;
  sentence: string;
  /** The uncovered figures as printed. */
  figures: string[];
}

/** True when a record of the clause quotes the figure's place and states its numbers. */
function covered(f: Figure, text: string, records: readonly TargetRecord[]): boolean {
  return records.some((r) => {
    for (let at = text.indexOf(r.quote); at !== -1; at = text.indexOf(r.quote, at + 1)) {
      const inside = at <= f.start && f.end <= at + r.quote.length;
      const same = r.value !== null ? r.value === f.value : r.min === f.min && r.max === f.max;
      if (inside && same) return true;
    }
    return false;
  });
}

export function findGaps(docs: readonly SourceDocument[], records: readonly TargetRecord[], exclusions: readonly Exclusion[] = []): Gap[] {
  const gaps: Gap[] = [];
  for (const doc of docs) {
    for (const clause of doc.clauses) {
      const text = clause.text;
      const mine = records.filter((r) => r.document === doc.id && r.clause === clause.id);
      const ruledOut = exclusions.filter((e) => e.document === doc.id && e.clause === clause.id);
      const figures = findFigures(text);
      const verbs = [...text.matchAll(TARGET_VERBS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      for (const s of splitSentences(text)) {
        const near = figures.filter(
          (f) => f.start >= s.start && f.end <= s.end && verbs.some((v) => v.start >= s.start && v.end <= s.end && v.end >= f.start - NEAR && v.start <= f.end + NEAR),
        );
        const missing = near.filter((f) => !covered(f, text, mine) && !ruledOut.some((e) => f.start < e.end && e.start < f.end));
        if (missing.length) gaps.push({ document: doc.id, clause: clause.id, sentence: text.slice(s.start, s.end), figures: missing.map((f) => text.slice(f.start, f.end)) });
      }
    }
  }
  return gaps;
}

/** `yuzhong-news-2024#rencai-q1 [85%] 17所人工智能…试点校占比达到85%。` */
export function formatGap(g: Gap): string {
  return `${g.document}#${g.clause} [${g.figures.join(', ')}] ${g.sentence}`;
}
