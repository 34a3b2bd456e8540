/** Chinese, full-width, circled and lettered numbering as printed in the plans, read into numbers. */
import type { ClauseKind } from '../../src/schemas/clause.ts';
import type { NumberingStyle } from '../../src/schemas/document.ts';
import { chineseToNumber, numberToChinese } from '../../src/lib/text/chinese-numerals.ts';
import { splitSentences } from './normalize-text.ts';

/** `１２` → `12`, `Ａ` → `A`. */
export function fullWidthDigitsToAscii(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Circled and parenthesised number characters: first code point and the number it stands for. */
const NUMBER_CHARS: readonly (readonly [first: number, last: number, value: number])[] = [
  [0x2460, 0x2473, 1], // ①–⑳
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
  [0x2776, 0x277f, 1], // ❶–❿
  [0x24eb, 0x24f4, 11], // ⓫–⓴
  [0x2474, 0x2487, 1], // ⑴–⒇
  [0x2488, 0x249b, 1], // ⒈–⒛
];

function charToNumber(ch: string): number {
  const cp = ch.codePointAt(0)!;
  const range = NUMBER_CHARS.find(([a, b]) => cp >= a && cp <= b);
  return range ? cp - range[0] + range[2] : NaN;
}

/** An Arabic (ASCII or full-width), Chinese or single-character number. */
function anyToNumber(text: string): number {
  if (/^[0-9０-９]+$/.test(text)) return Number(fullWidthDigitsToAscii(text));
  if (/^[A-Za-zＡ-Ｚａ-ｚ]$/.test(text)) return fullWidthDigitsToAscii(text).toUpperCase().charCodeAt(0) - 64;
  if ([...text].length === 1 && !Number.isNaN(charToNumber(text))) return charToNumber(text);
  return chineseToNumber(text);
}

const CN_NUM = '[零〇一二两三四五六七八九十百]+';
const AR_NUM = '[0-9０-９]{1,3}';
const LETTER = '[A-Za-zＡ-Ｚａ-ｚ]';
const OPEN = '[（(]';
const CLOSE = '[）)]';

/** How one numbering style is printed, and the clause it becomes. */
export interface StyleDef {
  /** Matched at the start of a paragraph; group 1 is the number. */
  pattern: RegExp;
  kind: ClauseKind;
  /** Id segment: prefix + number (`p4`, `s2`, `i9`). */
  prefix: string;
  /** The label segment in the document's terms. */
  segment: (value: number, printed: string) => string;
  /** Numbered on across its parents (第十二条): id and label leave the parent out. */
  continuous?: boolean;
}

const asPrinted = (_n: number, printed: string) => printed;

/**
 * Every style, tried in this order (no two patterns can match the same opening).
 */
export const STYLES: Readonly<Record<NumberingStyle, StyleDef>> = {
  chapter: { pattern: new RegExp(`^第(${CN_NUM}|${AR_NUM})章`), kind: 'chapter', prefix: 'c', segment: asPrinted },
  article: { pattern: new RegExp(`^第(${CN_NUM}|${AR_NUM})条`), kind: 'article', prefix: 'a', segment: asPrinted, continuous: true },
  part: { pattern: /^([一二三四五六七八九十百]+)、/, kind: 'part', prefix: 'p', segment: (n) => numberToChinese(n) },
  section: { pattern: new RegExp(`^${OPEN}([一二三四五六七八九十百]+)${CLOSE}`), kind: 'section', prefix: 's', segment: (n) => `（${numberToChinese(n)}）` },
  // An item number is followed by a full stop that is not a decimal point (`4.3` is a value).
  item: { pattern: new RegExp(`^(${AR_NUM})[.．](?![0-9０-９])|^([\\u2488-\\u249b])`), kind: 'item', prefix: 'i', segment: (n) => String(n) },
  // `3、4月` is a range of months, not item 3.
  'item-comma': { pattern: new RegExp(`^(${AR_NUM})、(?![0-9０-９])`), kind: 'item', prefix: 'i', segment: (n) => String(n) },
  subitem: { pattern: new RegExp(`^${OPEN}(${AR_NUM})${CLOSE}|^([\\u2474-\\u2487])`), kind: 'subitem', prefix: 'b', segment: (n) => `（${n}）` },
  circled: {
    pattern: /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f\u24eb-\u24f4])/,
    kind: 'subitem',
    prefix: 'o',
    segment: asPrinted,
  },
  // A letter and a stop, not an abbreviation (`U.S.`) or a decimal.
  letter: { pattern: new RegExp(`^(${LETTER})[.．、](?![A-Za-z0-9０-９])`), kind: 'subitem', prefix: 'x', segment: (_n, printed) => fullWidthDigitsToAscii(printed.slice(0, 1)) },
  'letter-paren': { pattern: new RegExp(`^${OPEN}(${LETTER})${CLOSE}`), kind: 'subitem', prefix: 'y', segment: (_n, printed) => `（${fullWidthDigitsToAscii(printed.slice(1, -1))}）` },
};

const STYLE_ORDER = Object.keys(STYLES) as NumberingStyle[];

/** A numbered opening. */
export interface StyledNumbering {
  style: NumberingStyle;
  /** As printed: `一、`, `（一）`, `(一)`, `１.`, `①`, `第三章`. */
  printed: string;
  /** The number it stands for; NaN when it cannot be read (`（三二）`). */
  value: number;
}

/** A `——` lead-in: a bullet, not a number. */
export interface LeadNumbering {
  style: 'lead';
  printed: '——';
  value: 0;
}

export type Numbering = StyledNumbering | LeadNumbering;

const LEAD = /^——(?!—)/;

/** The numbering a paragraph opens with, if any. */
export function readNumbering(text: string): Numbering | undefined {
  for (const style of STYLE_ORDER) {
    const m = STYLES[style].pattern.exec(text);
    if (m) return { style, printed: m[0], value: anyToNumber(m[1] ?? m[2]!) };
  }
  if (LEAD.test(text)) return { style: 'lead', printed: '——', value: 0 };
  return undefined;
}

/** A number that can be a clause id: a whole number from 1 (and at most 999 in Chinese numerals). */
export function isReadable(n: StyledNumbering): boolean {
  return Number.isInteger(n.value) && n.value >= 1 && n.value <= 999;
}

/** True for a numbered line that is only a heading: one sentence at most, or no final mark. */
export function isHeadingOnly(text: string): boolean {
  const n = readNumbering(text);
  return n !== undefined && splitSentences(text.slice(n.printed.length)).length <= 1;
}
