/**
 * What the rules did not read: candidates (candidates.ts — a figure near a target word or after a
 * target year) that no record covers and no reviewed exclusion rules out. `npm run targets` prints
 * them and `--check` fails on any, so a reviewer sees each one and either adds a term to the link
 * table, adds a reviewed record, or rules the figure out with a reason (a threshold like
 * `56人以上大班额`). Every clause is scanned, whatever its kind or part. Pure.
 */
import type { TargetRecord } from '../../src/schemas/target.ts';
import { findCandidates } from './candidates.ts';
import type { Figure } from './numbers.ts';
import type { Exclusion } from './reviewed.ts';
import type { SourceDocument } from './source.ts';

/** One candidate that did not become a record, placed exactly in its clause. */
export interface Gap {
  document: string;
  clause: string;
  /** The figure's UTF-16 offsets in the clause text. */
  start: number;
  end: number;
  /** The figure as printed: `45所`. */
  printed: string;
  /** The target word or year that made it a candidate. */
  cue: string;
  sentence: string;
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
      for (const { figure: f, sentence, cue } of findCandidates(text)) {
        if (covered(f, text, mine) || ruledOut.some((e) => f.start < e.end && e.start < f.end)) continue;
        gaps.push({ document: doc.id, clause: clause.id, start: f.start, end: f.end, printed: text.slice(f.start, f.end), cue, sentence: text.slice(sentence.start, sentence.end) });
      }
    }
  }
  return gaps;
}

/** `plan#p2-q1@13-16 45所 (建成) 到2025年，建成智慧校园45所。` */
export function formatGap(g: Gap): string {
  return `${g.document}#${g.clause}@${g.start}-${g.end} ${g.printed} (${g.cue}) ${g.sentence}`;
}
