/**
 * Cutting clause text into sentences, comma phrases and list items, keeping UTF-16 offsets so a
 * record's quote is always an exact slice of the clause. Pure.
 */

export interface Segment {
  start: number;
  end: number;
}

/** Splits [from, to) after each boundary character; drops empty pieces and trims spaces. */
function cut(text: string, from: number, to: number, boundary: RegExp, keepBoundary: boolean): Segment[] {
  const out: Segment[] = [];
  let at = from;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    if (!boundary.test(text[i]!)) continue;
    push(at, keepBoundary ? i + 1 : i);
    at = i + 1;
  }
  push(at, to);
  return out;
}

/** Sentences end at 。！？； (the news source also uses ASCII `!?;`). The end mark stays with its sentence. */
export function splitSentences(text: string): Segment[] {
  return cut(text, 0, text.length, /[。！？；!?;]/, true);
}

/**
 * Comma phrases of a sentence: the unit a target is stated in (`建设国际部（班）5个`). An ellipsis
 * (`典型案例120余个……示范创建多点突破`) ends a list the way a comma would.
 */
export function splitPhrases(text: string, within: Segment): Segment[] {
  return cut(text, within.start, within.end, /[，,：:。！？；!?;…]/, false);
}

/**
 * Items of a phrase that lists several figures: `国家一流专业点60个以上、市级一流专业点350个`
 * splits at 、, and `２所左右国家级高水平高职学校和４个以上专业群` at 和 before a digit. A phrase
 * with one figure is not split, since 、 also joins nouns (`校园长、教师`).
 */
export function splitItems(text: string, within: Segment): Segment[] {
  const out: Segment[] = [];
  let at = within.start;
  for (let i = within.start; i < within.end; i++) {
    const listMark = text[i] === '、';
    const conjunction = (text[i] === '和' || text[i] === '及') && /[0-9０-９]/.test(text[i + 1] ?? '');
    if (!listMark && !conjunction) continue;
    if (i > at) out.push({ start: at, end: i });
    at = i + 1;
  }
  if (within.end > at) out.push({ start: at, end: within.end });
  return out;
}

/** The segment of `segments` that contains offset `at`. */
export function segmentAt(segments: readonly Segment[], at: number): Segment | undefined {
  return segments.find((s) => s.start <= at && at < s.end);
}
