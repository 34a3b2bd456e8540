import { foldWithOffsets, toSourceSpan, type Folded, type Simplify } from '../text/fold.ts';

/** A stretch of text as printed: `[start, end)` in UTF-16 units. */
export type Span = readonly [number, number];

export interface Piece {
  text: string;
  mark: boolean;
}

/** Letters compare without case; folding keeps every other character's length, so offsets still map. */
const foldForSearch = (text: string, simplify?: Simplify): Folded => {
  const f = foldWithOffsets(text, simplify);
  return { ...f, text: f.text.replace(/[A-Z]/g, (c) => c.toLowerCase()) };
};
const foldQuery = (q: string, simplify?: Simplify) => foldForSearch(q.trim(), simplify).text;

/**
 * Every place the whole phrase occurs in the text, compared folded (国(境)外 finds 国（境）外) and
 * mapped back to the characters as printed. 国际学校 is not in 国际化学校.
 */
export function phraseSpans(text: string, phrase: string, simplify?: Simplify): Span[] {
  const q = foldQuery(phrase, simplify);
  if (!q) return [];
  const f = foldForSearch(text, simplify);
  const out: Span[] = [];
  for (let at = f.text.indexOf(q); at >= 0; at = f.text.indexOf(q, at + q.length)) out.push(toSourceSpan(f, at, at + q.length));
  return out;
}

/**
 * For a partial match: the longest runs of the query found in the text, left to right, at least two
 * characters long (one for a one-character query). 国际学校 in 国际化学校 marks 国际 and 学校, never 化学.
 */
export function pieceSpans(text: string, query: string, simplify?: Simplify): Span[] {
  const words = foldQuery(query, simplify).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const min = Math.min(2, ...words.map((w) => w.length));
  const f = foldForSearch(text, simplify);
  const out: Span[] = [];
  for (let i = 0; i < f.text.length; ) {
    let best = 0;
    for (const w of words) for (let len = Math.min(w.length, f.text.length - i); len > best && len >= min; len--) if (w.includes(f.text.slice(i, i + len))) best = len;
    if (best) {
      out.push(toSourceSpan(f, i, i + best));
      i += best;
    } else i++;
  }
  return out;
}

/**
 * About `width` characters of the text around its first span, with every span inside marked as
 * one piece (鲁班工坊, never 鲁班 工 坊); an ellipsis where the text goes on.
 */
export function excerptAround(text: string, spans: readonly Span[], width = 80): Piece[] {
  const first = spans[0];
  const start = first && text.length > width ? Math.max(0, Math.min(first[0] - Math.floor(width / 4), text.length - width)) : 0;
  const end = Math.min(text.length, start + width);
  const pieces: Piece[] = [];
  const push = (s: string, mark: boolean) => {
    if (s) pieces.push({ text: s, mark });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [a, b] of spans) {
    if (b <= at || a >= end) continue;
    push(text.slice(at, Math.max(at, a)), false);
    push(text.slice(Math.max(at, a), Math.min(b, end)), true);
    at = Math.min(b, end);
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  // Neighbouring marks are one mark: a phrase split by folding still reads as one.
  return pieces.reduce<Piece[]>((out, p) => {
    const last = out[out.length - 1];
    if (last && last.mark && p.mark) last.text += p.text;
    else out.push({ ...p });
    return out;
  }, []);
}
