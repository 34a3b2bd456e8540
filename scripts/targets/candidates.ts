/**
 * Figures that plan text sets as targets, whether or not they name an indicator: a figure with a
 * unit (numbers.ts) with a target word near it in its sentence, or after a target year in it
 * (到2025年, 到“十二五”末). The sentence rule turns each candidate into a record (`unassigned`
 * when the link table names nothing in it), and the gap report lists each candidate that no
 * record covers and no editor ruled out. Pure.
 *
 *   在东南亚、中亚等地区建设2个鲁班工坊   → 2个 (建设)
 *   每年接待境外学生2000人次            → 2000人次 (接待)
 *   合理有序扩大城镇学校学位供给        → nothing: no figure
 */
import { findFigures, type Figure } from './numbers.ts';
import { splitSentences, type Segment } from './segments.ts';
import { findYearMarks, lastMarkIn, type YearMark } from './years.ts';

/**
 * Words that set or state a level to reach. Verbs of building and sending (建设, 选派) make a target of
 * the count that follows them in plan text; bounds (不少于, 以上) and end points (提高至) of any figure.
 */
export const TARGET_WORDS =
  /达到|达|建成|新建|建设|创建|新增|新设|缔结|培育|打造|引进|开设|举办|接待|选派|招收|不少于|不低于|至少|力争|争取|扩大到|扩大至|提升至|提高至|增加至|超过|以上/g;
/** How close (in characters, either side) a target word must be to make a figure a candidate. */
export const NEAR = 12;

export interface Candidate {
  figure: Figure;
  sentence: Segment;
  /** What made it a candidate: the target word as printed, else the target year (`2025年`). */
  cue: string;
}

/** Every candidate of a clause's text, in text order. */
export function findCandidates(text: string, figures: readonly Figure[] = findFigures(text), marks: readonly YearMark[] = findYearMarks(text)): Candidate[] {
  const words = [...text.matchAll(TARGET_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length, cue: m[0] }));
  const out: Candidate[] = [];
  for (const sentence of splitSentences(text)) {
    for (const figure of figures) {
      if (figure.start < sentence.start || figure.end > sentence.end) continue;
      const word = words.find((w) => w.start >= sentence.start && w.end <= sentence.end && w.end >= figure.start - NEAR && w.start <= figure.end + NEAR);
      const year = lastMarkIn(marks, sentence.start, figure.start);
      const cue = word?.cue ?? (year && `${year.year}年`);
      if (cue !== undefined) out.push({ figure, sentence, cue });
    }
  }
  return out;
}
