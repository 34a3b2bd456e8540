/**
 * Variations of a synthetic document, so the benchmark corpus looks like the plans Duidu will
 * meet and not only like the five it was made from: numbering printed in other styles, text in
 * traditional characters, full-width digits and letters or half-width brackets. Each is a pure
 * rewrite of the text, and the metadata and layout hints that quote it are rewritten the same
 * way, so a hint still names its line. Each says what it did in a sentence for the meta note.
 */
import { Converter } from 'opencc-js';
import type { DocumentMeta, Layout, NumberingLevel, NumberingStyle } from '../../src/schemas/document.ts';
import { readNumbering, STYLES } from '../ingest/numbering.ts';
import { numberToChinese } from '../../src/lib/text/chinese-numerals.ts';
import { declaredLines } from './recombine.ts';

/** Styles of the five sources mapped to others; every scheme keeps the usual hierarchy's order. */
export type Scheme = Readonly<Partial<Record<NumberingStyle, NumberingStyle>>>;

/**
 * Each keeps the order of the usual hierarchy (第X章 > 第X条 > 一、 > （一） > 1./1、 > （1） > ① >
 * A. > （a）), so the ingest infers the same nesting from first appearances as for the original.
 */
export const SCHEMES: readonly Scheme[] = [
  { part: 'chapter', section: 'article' },
  { part: 'chapter', item: 'subitem' },
  { item: 'item-comma' },
  { section: 'item-comma', item: 'subitem' },
  { item: 'circled' },
  { section: 'item', item: 'letter' },
  { item: 'letter-paren' },
];

const CIRCLED: readonly (readonly [from: number, to: number, first: number])[] = [
  [1, 20, 0x2460],
  [21, 35, 0x3251],
  [36, 50, 0x32b1],
];

/** `n` printed in a style, or undefined when the style cannot print it (㊿ is the last circle, Z the last letter). */
export function printNumber(style: NumberingStyle, n: number): string | undefined {
  const letter = n >= 1 && n <= 26 ? String.fromCharCode(64 + n) : undefined;
  switch (style) {
    case 'chapter':
      return `第${numberToChinese(n)}章`;
    case 'article':
      return `第${numberToChinese(n)}条`;
    case 'part':
      return `${numberToChinese(n)}、`;
    case 'section':
      return `（${numberToChinese(n)}）`;
    case 'item':
      return `${n}.`;
    case 'item-comma':
      return `${n}、`;
    case 'subitem':
      return `（${n}）`;
    case 'circled': {
      const range = CIRCLED.find(([a, b]) => n >= a && n <= b);
      return range ? String.fromCodePoint(range[2] + n - range[0]) : undefined;
    }
    case 'letter':
      return letter && `${letter}.`;
    case 'letter-paren':
      return letter && `（${letter.toLowerCase()}）`;
  }
}

// Word bookmarks and indentation before a number; tabs mark table cells, never numbering.
const OPENING = /^((?:\[bookmark: [^\]]*\])*[ \u3000]*)([^\t]*)$/;

interface NumberedLine {
  index: number;
  lead: string;
  rest: string;
  style: NumberingStyle;
  printed: string;
  value: number;
}

/** The lines the ingest reads as numbered: not inside a declared block or a notice. */
function numberedLines(lines: readonly string[], layout: Layout): NumberedLine[] | undefined {
  const resolved = declaredLines(lines.join('\n'), layout);
  if (!resolved) return undefined;
  const declared = new Set([...resolved.blocks.flatMap((b) => b.lines), ...(resolved.notice?.lines ?? [])]);
  return lines.flatMap((line, index) => {
    const m = OPENING.exec(line);
    const n = m && !declared.has(index + 1) ? readNumbering(m[2]!) : undefined;
    if (!m || !n || n.style === 'lead') return [];
    return [{ index, lead: m[1]!, rest: m[2]!, style: n.style, printed: n.printed, value: n.value }];
  });
}

/** The styles a scheme applies to in this text: some to change, none to collide with. */
function fits(scheme: Scheme, styles: ReadonlySet<NumberingStyle>): boolean {
  const mapped = [...styles].map((s) => scheme[s] ?? s);
  return [...styles].some((s) => scheme[s] !== undefined) && new Set(mapped).size === styles.size;
}

/**
 * The text with its numbered units printed in the scheme's styles. Numbers stay as printed, but
 * articles count on through the document (第十二条) and sections numbered on across parts start
 * again in each part once they are printed in a style that does not count on. Undefined when
 * the scheme does not fit, or a number would not read back as printed (㊿ is the last circle).
 */
export function renumber(text: string, layout: Layout, scheme: Scheme): Renumbered | undefined {
  const lines = text.split('\n');
  const numbered = numberedLines(lines, layout);
  return numbered && renumberLines(lines, numbered, layout, scheme);
}

/** Every scheme that fits the text, applied (the hints are resolved once for all). */
export function renumberings(text: string, layout: Layout): Renumbered[] {
  const lines = text.split('\n');
  const numbered = numberedLines(lines, layout);
  return numbered ? SCHEMES.flatMap((scheme) => renumberLines(lines, numbered, layout, scheme) ?? []) : [];
}

export interface Renumbered {
  text: string;
  layout: Layout;
  /** The part of the scheme this text had units for. */
  applied: Scheme;
}

function renumberLines(source: readonly string[], numbered: readonly NumberedLine[], layout: Layout, scheme: Scheme): Renumbered | undefined {
  if (!fits(scheme, new Set(numbered.map((n) => n.style)))) return undefined;
  const lines = [...source];
  const firstSeen = [...new Set(numbered.map((n) => n.style))];
  const counters = new Map<NumberingStyle, number>();
  for (const n of numbered) {
    const target = scheme[n.style];
    // A unit of a style first seen above this one opens a new parent: numbering starts again under it.
    // Units that count on through the document (articles) never start again.
    for (const s of firstSeen.slice(firstSeen.indexOf(n.style) + 1)) if (STYLES[scheme[s] ?? s].continuous !== true) counters.delete(s);
    if (!target) continue;
    const restarts = n.style === 'section' && layout.continuousSections && STYLES[target].continuous !== true;
    const counted = STYLES[target].continuous === true || restarts;
    const value = counted ? (counters.get(n.style) ?? 0) + 1 : n.value;
    counters.set(n.style, value);
    const printed = printNumber(target, value);
    const rest = printed && printed + n.rest.slice(n.printed.length);
    const back = rest === undefined ? undefined : readNumbering(rest);
    if (!back || back.style !== target || back.value !== value) return undefined;
    lines[n.index] = n.lead + rest;
  }
  const numbering = layout.numbering?.map((level): NumberingLevel => {
    if (level === 'heading') return level;
    return typeof level === 'string' ? (scheme[level] ?? level) : level.map((s) => scheme[s] ?? s);
  });
  const applied = new Set(numbered.map((n) => n.style));
  // Declared lines are never renumbered, so every hint still names its text unchanged.
  return {
    applied: Object.fromEntries(Object.entries(scheme).filter(([from]) => applied.has(from as NumberingStyle))),
    text: lines.join('\n'),
    layout: { ...layout, continuousSections: layout.continuousSections && scheme.section === undefined, ...(numbering ? { numbering } : {}) },
  };
}

/** `一、→第一章，（一）→第一条`: what a scheme did, for the meta note. */
export function describeScheme(scheme: Scheme): string {
  return Object.entries(scheme)
    .map(([from, to]) => `${printNumber(from as NumberingStyle, 1)}→${printNumber(to, 1)}`)
    .join('，');
}

/** A rewrite of characters, and the same rewrite of a regular expression's source. */
export interface CharRewrite {
  text: (s: string) => string;
  pattern: (s: string) => string;
}

// Character by character, so a hint quoting part of a line converts exactly as the line does
// (phrase tables could convert a word differently depending on what surrounds it).
const toTw = Converter({ from: 'cn', to: 'tw' });
const traditionalChars = new Map<string, string>();
function traditionalChar(ch: string): string {
  let t = traditionalChars.get(ch);
  if (t === undefined) {
    const converted = toTw(ch);
    t = [...converted].length === 1 ? converted : ch;
    traditionalChars.set(ch, t);
  }
  return t;
}
const toTraditional = (s: string) => [...s].map(traditionalChar).join('');

export const TRADITIONAL: CharRewrite = { text: toTraditional, pattern: toTraditional };

const BOOKMARK = /(\[bookmark: [^\]]*\])/;
/** Applies `f` outside Word bookmarks, whose names are markup, not text. */
const outsideMarkup = (f: (s: string) => string) => (s: string) =>
  s
    .split(BOOKMARK)
    .map((part, i) => (i % 2 ? part : f(part)))
    .join('');

const wide = (s: string) => s.replace(/[0-9A-Za-z.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Years and percentages in full-width digits (２０２５年, ９２．３８％), capitals too (ＧＤＰ, ＳＴＥＭ). */
export const FULL_WIDTH: CharRewrite = {
  // Never at the start of a line, where `1.2025年` would turn item 1 into a decimal.
  text: outsideMarkup((s) => s.replace(/(?<=[^\n0-9.．])(?:[0-9]{4}(?=\s*年)|[0-9]+(?:\.[0-9]+)?%)|(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])/g, wide)),
  // In a pattern these characters may be syntax (\d, {4}): left as written.
  pattern: (s) => s,
};

/** Full-width brackets printed half-width: 国(境)外, (一). */
export const HALF_BRACKETS: CharRewrite = {
  text: (s) => s.replace(/（/g, '(').replace(/）/g, ')'),
  pattern: (s) => s.replace(/（/g, '\\(').replace(/）/g, '\\)'),
};

type Anchored = { match?: string | undefined; from?: string | undefined; to?: string | undefined; pattern?: string | undefined };

function rewriteAnchor<T extends Anchored>(a: T, r: CharRewrite): T {
  const out = { ...a };
  for (const key of ['match', 'from', 'to'] as const) if (a[key] !== undefined) out[key] = r.text(a[key]);
  if (a.pattern !== undefined) out.pattern = r.pattern(a.pattern);
  return out;
}

/** The layout with every hint's text rewritten as its line was. */
export function rewriteHints(layout: Layout, r: CharRewrite): Layout {
  return {
    ...layout,
    blocks: layout.blocks.map((b) => ({ ...rewriteAnchor(b, r), ...(b.label !== undefined ? { label: r.text(b.label) } : {}) })),
    ...(layout.notice ? { notice: rewriteAnchor(layout.notice, r) } : {}),
  };
}

/** The metadata that quotes the document (titles, issuers, document number) rewritten with it. */
export function rewriteQuoted(meta: DocumentMeta, r: CharRewrite): DocumentMeta {
  return {
    ...meta,
    title: r.text(meta.title),
    shortTitle: r.text(meta.shortTitle),
    issuers: meta.issuers === 'unknown' ? meta.issuers : meta.issuers.map((i) => ({ ...i, name: r.text(i.name) })),
    docNumber: typeof meta.docNumber === 'string' && meta.docNumber !== 'unknown' ? r.text(meta.docNumber) : meta.docNumber,
    layout: rewriteHints(meta.layout, r),
  };
}
