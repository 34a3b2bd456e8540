/** Chinese and full-width numbering as printed in the plans, read into numbers. */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `四十三` → 43, `十` → 10, `一百零二` → 102. Returns NaN for anything else. */
export function chineseToNumber(text: string): number {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      if (digit > 0) return NaN; // two digits in a row: not a numeral
      digit = DIGITS[ch]!;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 43 → `四十三`, the inverse of {@link chineseToNumber} for 1–999. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`cannot write ${n} in Chinese numerals`);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? CN[h] + '百' : '';
  if (t) out += (t === 1 && !h ? '' : CN[t]) + '十';
  else if (h && u) out += '零';
  return out + CN[u];
}

/** `１２` → `12`. */
export function fullWidthDigitsToAscii(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export type NumberingKind = 'part' | 'section' | 'item' | 'lead';

export interface Numbering {
  kind: NumberingKind;
  /** As printed: `一、`, `（一）`, `(一)`, `１.`, `——`. */
  printed: string;
  /** The number it stands for; 0 for `——` lead-ins, which are not numbered. */
  value: number;
}

const PART = /^([一二三四五六七八九十百]+)、/;
const SECTION = /^[（(]([一二三四五六七八九十百]+)[）)]/;
// An item number is followed by a full stop that is not a decimal point (`4.3` is a value).
const ITEM = /^([0-9０-９]{1,3})[.．](?![0-9０-９])/;
const LEAD = /^——(?!—)/;

/** The numbering a paragraph opens with, if any. */
export function readNumbering(text: string): Numbering | undefined {
  let m = PART.exec(text);
  if (m) return { kind: 'part', printed: m[0], value: chineseToNumber(m[1]!) };
  m = SECTION.exec(text);
  if (m) return { kind: 'section', printed: m[0], value: chineseToNumber(m[1]!) };
  m = ITEM.exec(text);
  if (m) return { kind: 'item', printed: m[0], value: Number(fullWidthDigitsToAscii(m[1]!)) };
  m = LEAD.exec(text);
  if (m) return { kind: 'lead', printed: m[0], value: 0 };
  return undefined;
}
