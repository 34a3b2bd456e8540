/**
 * Figures in Chinese policy text: `60个`, `2-3个`, `15至20所`, `不少于50所`, `50％以上`,
 * `２所左右`, `20余个`, `4.3万人`. Pure; offsets are UTF-16 indices into the text as given.
 */
import type { Comparison } from '../../src/schemas/target.ts';

/** Units a counted target is stated in, longest first so `万人` wins over `人`. */
export const UNITS = ['万平方米', '万人', '人次', '小时', '%', '个', '所', '名', '对', '项', '座', '人', '节', '门', '家', '倍', '次', '批'] as const;

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
const BEFORE_AT_MOST = /(不超过|不高于|(?<!不)低于|(?<!不)少于|小于)[^\d，,。；;、]{0,8}$/;
const BEFORE_ABOUT = /(约|近)$/;

/** Every figure with a unit in the text. Years (`2021年`), ordinals (`第44届`) and bare numbers are not figures. */
export function findFigures(text: string): Figure[] {
  const half = toHalfWidth(text);
  const out: Figure[] = [];
  for (const m of half.matchAll(FIGURE)) {
    let start = m.index;
    const end = start + m[0].length;
    // A digit run that continues a longer token (`135E`, `2.0`, an ASCII word) is not a figure.
    if (start > 0 && /[\dA-Za-z.]/.test(half[start - 1]!)) continue;
    if (half[start - 1] === '第') continue;
    const [, a, b, more, unit, after] = m;
    const first = Number(a);
    const before = half.slice(Math.max(0, start - 11), start);
    let comparison: Comparison = 'exact';
    let value: number | null = first;
    let min: number | null = first;
    let max: number | null = first;
    if (b !== undefined) {
      comparison = 'range';
      value = null;
      min = first;
      max = Number(b);
      if (!(min < max)) continue; // `2020—2022` style pairs that are not ranges
    } else if (more || after === '以上' || BEFORE_AT_LEAST.test(before)) {
      comparison = 'at-least';
      max = null;
    } else if (after === '以下' || after === '以内' || BEFORE_AT_MOST.test(before)) {
      comparison = 'at-most';
      min = null;
    } else if (after === '左右' || BEFORE_ABOUT.test(before)) {
      comparison = 'about';
    }
    // The expression starts at an adjacent qualifier (`不少于50所`), so quotes and tables show it.
    const q = [BEFORE_AT_LEAST, BEFORE_AT_MOST, BEFORE_ABOUT].map((re) => re.exec(before)).find((m) => m && m.index + m[0].length === before.length && m[0] === m[1]);
    if (q && b === undefined) start -= q[0].length;
    out.push({ start, end, comparison, value, min, max, unit: unit! });
  }
  return out;
}
