/**
 * Figures in Chinese policy text: `60个`, `2-3个`, `15至20所`, `不少于50所`, `50％以上`,
 * `２所左右`, `20余个`, `4.3万人`, and on request in Chinese numerals (`三届`, `千人`).
 * Pure; offsets are UTF-16 indices into the text as given.
 */
import type { Comparison } from '../../src/schemas/target.ts';

/** Units a counted target is stated in, longest first so `万人` wins over `人`. */
export const UNITS = ['万平方米', '万人', '人次', '小时', '%', '个', '所', '名', '对', '项', '座', '人', '节', '门', '家', '倍', '次', '批', '期', '届'] as const;

export interface Figure {
  /** Offsets of the whole expression: qualifiers, number(s) and unit. */
  start: number;
  end: number;
  comparison: Comparison;
  /** The number as printed; null for a range. */
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
}

/**
 * Full-width digits and signs to ASCII, one character for one, so offsets stay valid
 * (`４％` and `4%` are the same figure; sources mix both).
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９％．－～]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const RANGE_SEP = String.raw`\s*(?:-|—|–|~|至)\s*`;
const unitPattern = UNITS.join('|');
// A number, an optional second number (a range), 余/多 (more than), then a unit.
const FIGURE = new RegExp(String.raw`(${NUM})(?:${RANGE_SEP}(${NUM}))?(余|多)?(${unitPattern})(左右|以上|以下|以内)?`, 'g');
// A qualifier binds the figure right after it, or a few characters on when the comparison names
// its reference first: `不低于其他专业的1.3倍`. Punctuation or another digit in between breaks it.
const BEFORE_AT_LEAST = /(不少于|不低于|至少|(?<!不)超过|(?<!不)高于|大于)[^\d，,。；;、]{0,8}$/;
// `保证每天1小时`: what a plan guarantees is a floor, whatever words stand between (a verb's object is short).
const GUARANTEE = /(?:保证|确保|保障)[^\d，,。；;、]{0,12}$/;
const BEFORE_AT_MOST = /(不超过|不高于|(?<!不)低于|(?<!不)少于|小于)[^\d，,。；;、]{0,8}$/;
const BEFORE_ABOUT = /(约|近)$/;

// Ordinals: `第44届`, and the later numbers of a list of them, `第44、45届`.
const ORDINAL_BEFORE = /第(?:\d+[、和及至])*$/;

/** Whether the number at `at` of half-width text is an ordinal (`第44届`) or a later number of a list of them (`第44、45届`). */
export function isOrdinalAt(half: string, at: number): boolean {
  // 20 characters reach back over 第 and six two-digit ordinals (`第10、11、12、13、14、15届`).
  return ORDINAL_BEFORE.test(half.slice(Math.max(0, at - 20), at));
}

/**
 * Chinese numerals that count (`三届`, `两届`, `千人`, `二十个`). A numeral starting with 一 is left
 * out: 一 is nearly always an article (一个理想家园, 一批, 一系列), so plans' `一所` stay reviewed.
 */
const CHINESE = new RegExp(String.raw`([两二三四五六七八九十百千万][一两二三四五六七八九十百千万零]*)(余|多)?(${unitPattern})(左右|以上|以下|以内)?`, 'g');
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** `三` → 3, `十三` → 13, `二十` → 20, `千` → 1000, `两千五百` → 2500; undefined if not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch === '零') continue; // a placeholder: 三百零五
    if (ch in DIGIT) {
      if (digit !== undefined) return undefined; // two digits in a row: `三五` is not a number
      digit = DIGIT[ch]!;
    } else if (ch === '万') {
      total = (section + (digit ?? 0) || 1) * 10000;
      section = 0;
      digit = undefined;
    } else if (ch in SCALE) {
      section += (digit ?? 1) * SCALE[ch]!;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

export interface FigureOptions {
  /** Also read Chinese numerals (`三届`); off for plans, whose `一所` the reviewed file reads. */
  chinese?: boolean;
}

/** One match of a figure pattern, before qualifiers are read. */
interface RawFigure {
  index: number;
  length: number;
  first: number;
  second: number | undefined;
  more: string | undefined;
  unit: string;
  after: string | undefined;
}

function rawFigures(half: string, chinese: boolean): RawFigure[] {
  const raw: RawFigure[] = [...half.matchAll(FIGURE)].map((m) => ({
    index: m.index,
    length: m[0].length,
    first: Number(m[1]),
    second: m[2] === undefined ? undefined : Number(m[2]),
    more: m[3],
    unit: m[4]!,
    after: m[5],
  }));
  if (!chinese) return raw;
  for (const m of half.matchAll(CHINESE)) {
    // Part of a longer numeral (`一百二十所` starts at 一, which is left out), or the scale of an
    // Arabic number (`4.5万人` is 45,000 people, not 4.5 and 万人 of 10,000): not a figure of its own.
    if (m.index > 0 && /[\d.一两二三四五六七八九十百千万零]/.test(half[m.index - 1]!)) continue;
    const value = parseChineseNumeral(m[1]!);
    if (value !== undefined) raw.push({ index: m.index, length: m[0].length, first: value, second: undefined, more: m[2], unit: m[3]!, after: m[4] });
  }
  return raw.sort((a, b) => a.index - b.index);
}

/** Chinese numerals with a unit (`三届`, `千人`), ordinals and all: what a count in Chinese numerals looks like. */
export function findChineseCounts(text: string): { start: number; end: number; value: number }[] {
  return rawFigures(text, true)
    .filter((r) => !/\d/.test(text[r.index]!))
    .map((r) => ({ start: r.index, end: r.index + r.length, value: r.first }));
}

/** Every figure with a unit in the text. Years (`2021年`), ordinals (`第44届`) and bare numbers are not figures. */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  const half = toHalfWidth(text);
  const out: Figure[] = [];
  for (const { index, length, first, second: b, more, unit, after } of rawFigures(half, options.chinese ?? false)) {
    let start = index;
    const end = start + length;
    // A digit run that continues a longer token (`135E`, `2.0`, an ASCII word) is not a figure.
    if (start > 0 && /[\dA-Za-z.]/.test(half[start - 1]!)) continue;
    if (isOrdinalAt(half, start)) continue;
    const before = half.slice(Math.max(0, start - 11), start);
    let comparison: Comparison = 'exact';
    let value: number | null = first;
    let min: number | null = first;
    let max: number | null = first;
    if (b !== undefined) {
      comparison = 'range';
      value = null;
      min = first;
      max = b;
      if (!(min < max)) continue; // `2020—2022` style pairs that are not ranges
    } else if (more || after === '以上' || BEFORE_AT_LEAST.test(before)) {
      comparison = 'at-least';
      max = null;
    } else if (after === '以下' || after === '以内' || BEFORE_AT_MOST.test(before)) {
      comparison = 'at-most';
      min = null;
    } else if (after === '左右' || BEFORE_ABOUT.test(before)) {
      comparison = 'about';
    } else if (GUARANTEE.test(half.slice(Math.max(0, start - 16), start))) {
      comparison = 'at-least';
      max = null;
    }
    // The expression starts at an adjacent qualifier (`不少于50所`), so quotes and tables show it.
    const q = [BEFORE_AT_LEAST, BEFORE_AT_MOST, BEFORE_ABOUT].map((re) => re.exec(before)).find((m) => m && m.index + m[0].length === before.length && m[0] === m[1]);
    if (q && b === undefined) start -= q[0].length;
    out.push({ start, end, comparison, value, min, max, unit });
  }
  return out;
}

/** Every number the text prints, in Arabic digits or Chinese numerals (`一所` → 1, `三届` → 3, `４％` → 4). */
export function numbersIn(text: string): number[] {
  const half = toHalfWidth(text);
  const arabic = [...half.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const chinese = [...half.matchAll(/[一两二三四五六七八九十百千万零]+/g)].map((m) => parseChineseNumeral(m[0])).filter((v) => v !== undefined);
  return [...arabic, ...chinese];
}
