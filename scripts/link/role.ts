/**
 * Whether a clause is about a theme or only mentions it, read from where the theme's terms stand.
 * A reader tells them apart by meaning; the pipeline can see two shapes that nearly always mean a
 * passing mention, and calls every other link `about`:
 *
 * - every term is inside a cited title (`根据《粤港澳大湾区发展规划纲要》`): the clause cites a
 *   document whose name carries the term;
 * - every term is one example in a list of three or more that closes with 等 and a noun
 *   (`完善体育、美育、生活等基础设施设备`): the list says what something else covers.
 *
 * Both are guesses a reader may dispute, so each is reported in the review report
 * (scripts/ingest/review-items.ts), and the judged set measures how often they are right.
 */
import type { ThemeRole } from '../../src/schemas/links.ts';
import { citedTitles } from '../../src/lib/text/cited-titles.ts';

export { citedTitles };

export type Span = readonly [number, number];

export function insideCitedTitle(text: string, [s, e]: Span): boolean {
  return citedTitles(text).some(([ts, te]) => ts <= s && e <= te);
}

/** Punctuation that ends the phrase a list lives in. */
const PHRASE_END = /[，。；：！？,;:!?\n（）()“”]/u;
/** Items of a list are short: past this many characters a "list item" is a clause of its own. */
const MAX_ITEM = 16;
/** Fewer items than this is a pair (`A、B`), which names both subjects rather than examples. */
const MIN_ITEMS = 3;

/**
 * Whether the span is one item of an enumeration `A、B、C等X`: the phrase around it (between
 * commas or stops) holds at least three short items joined by 、, the span lies within one of them,
 * and the last item is followed by 等 and more text (the noun the list describes).
 */
export function inExampleList(text: string, [s, e]: Span): boolean {
  let start = s;
  while (start > 0 && !PHRASE_END.test(text[start - 1]!)) start--;
  let end = e;
  while (end < text.length && !PHRASE_END.test(text[end]!)) end++;
  const phrase = text.slice(start, end);
  const at = s - start;
  const closing = phrase.indexOf('等', at + (e - s));
  if (closing < 0 || closing + 1 >= phrase.length) return false;
  // The list runs back from 等 over 、-joined items; the span must fall inside it.
  const head = phrase.slice(0, closing);
  const items = head.split('、');
  if (items.length < MIN_ITEMS) return false;
  const first = items[0]!;
  // The first item starts after the phrase's verb: keep only its last MAX_ITEM characters.
  const listStart = head.length - items.slice(1).join('、').length - 1 - Math.min(first.length, MAX_ITEM);
  if (at < listStart) return false;
  return items.slice(1).every((x) => x.length > 0 && x.length <= MAX_ITEM);
}

/** The role of a link from where its spans stand in the text it was matched on. */
export function themeRole(text: string, spans: readonly Span[]): ThemeRole {
  if (spans.every((sp) => insideCitedTitle(text, sp) || inExampleList(text, sp))) return 'mention';
  return 'about';
}
