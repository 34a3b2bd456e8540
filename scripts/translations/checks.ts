/**
 * Checks of a translation against the Chinese it translates, clause by clause: every clause
 * translated and current, every Arabic figure kept, glossary terms used, nothing left in Chinese.
 * Pure: clauses, translation and glossary in, findings out.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { GlossaryTerm, Translation } from '../../src/schemas/translation.ts';
import { sourceFingerprint } from '../../src/lib/translations/fingerprint.ts';

export type FindingKind =
  | 'missing'
  | 'unknown-clause'
  | 'out-of-order'
  | 'stale'
  | 'figure'
  | 'glossary'
  | 'untranslated'
  | 'heading'
  | 'cells'
  | 'metadata';

export interface Finding {
  kind: FindingKind;
  /** The clause (or `metadata.<field>`) the finding is about. */
  clause: string;
  message: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[％]/g, '%').replace(/[．]/g, '.');

/** What the English must show for each figure of the Chinese: a number, a percentage, a date. */
interface Figure {
  shown: string;
  found: (en: string) => boolean;
}

const numberIn = (n: string) => new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d]|\\.\\d)`);

/** The Arabic figures of a Chinese text (full-width digits included); a date's month may become its name. */
export function figuresOf(zh: string): Figure[] {
  const text = toAscii(zh);
  const figures: Figure[] = [];
  const rest = text.replace(/(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g, (whole, y: string, m: string, d: string | undefined) => {
    const month = MONTHS[Number(m) - 1];
    figures.push({
      shown: whole,
      found: (en) => numberIn(y).test(en) && (d === undefined || numberIn(String(Number(d))).test(en)) && ((month !== undefined && en.includes(month)) || numberIn(String(Number(m))).test(en)),
    });
    return ' ';
  });
  // A month without its year (今年5月, 12月6日): the English may name the month instead of numbering it.
  const rest2 = rest.replace(/(\d{1,2})月(?:(\d{1,2})日)?/g, (whole, m: string, d: string | undefined) => {
    const month = MONTHS[Number(m) - 1];
    if (month === undefined) return whole;
    figures.push({
      shown: whole,
      found: (en) => (d === undefined || numberIn(String(Number(d))).test(en)) && (en.includes(month) || numberIn(String(Number(m))).test(en)),
    });
    return ' ';
  });
  for (const m of rest2.matchAll(/\d+(?:\.\d+)?%?/g)) {
    const n = m[0].replace('%', '');
    const percent = m[0].endsWith('%');
    figures.push({
      shown: m[0],
      found: (en) => (percent ? new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}\\s?(?:%|per ?cent)`).test(en) : numberIn(n).test(en)),
    });
  }
  return figures;
}

/** The English with thousands separators dropped (`10,000` → `10000`), as the Chinese prints figures. */
const plainFigures = (en: string) => en.replace(/(\d),(?=\d{3}\b)/g, '$1');

/** Case, curly quotes, dashes and a plural `s` do not matter when looking for a glossary term. */
export function termPattern(en: string): RegExp {
  const words = foldEnglish(en).split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const last = words.length - 1;
  words[last] = words[last]!.endsWith('s') ? `${words[last]}?` : `${words[last]}(?:e?s)?`;
  return new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'u');
}
export const foldEnglish = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑‒–—]/g, '-').replace(/[“”"]/g, '');

/**
 * The glossary terms a Chinese text uses, longest first, each counted only where it is not part
 * of a longer term (人文交流 inside 中外人文交流 is the longer term's).
 */
export function termsIn(zh: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  let masked = zh;
  const found: GlossaryTerm[] = [];
  for (const term of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
    if (!masked.includes(term.zh)) continue;
    found.push(term);
    masked = masked.split(term.zh).join('\u0000'.repeat(term.zh.length));
  }
  return found;
}

const hasLatin = (s: string) => /\p{Script=Latin}/u.test(s);
const bare = (s: string) => s.replace(/\s+/g, '');

/** Every finding for one document with a translation. */
export function checkTranslation(
  clauses: readonly Clause[],
  translation: Translation,
  glossary: readonly GlossaryTerm[],
  meta: Readonly<Record<string, unknown>> = {},
): Finding[] {
  const findings: Finding[] = [];
  const add = (kind: FindingKind, clause: string, message: string) => findings.push({ kind, clause, message });
  const known = new Set(clauses.map((c) => c.id));
  for (const id of Object.keys(translation.clauses)) if (!known.has(id)) add('unknown-clause', id, 'no clause has this id');
  const order = clauses.map((c) => c.id).filter((id) => Object.hasOwn(translation.clauses, id));
  const keys = Object.keys(translation.clauses).filter((id) => known.has(id));
  const misplaced = keys.findIndex((id, i) => id !== order[i]);
  if (misplaced >= 0) add('out-of-order', keys[misplaced]!, `comes before ${order[misplaced]}: clauses are listed in document order`);
  const used = new Set<string>();
  for (const c of clauses) {
    const t = translation.clauses[c.id];
    if (!t) {
      add('missing', c.id, 'not translated');
      continue;
    }
    if (t.source !== sourceFingerprint(c.text)) add('stale', c.id, `translates another text (${t.source}); the Chinese now has ${sourceFingerprint(c.text)}`);
    if (!hasLatin(t.en) || bare(t.en) === bare(c.text)) add('untranslated', c.id, 'the English is the Chinese');
    if (c.heading !== '' && t.heading === undefined) add('heading', c.id, 'the clause has a heading, the translation none');
    if (c.heading === '' && t.heading !== undefined) add('heading', c.id, 'the clause has no heading');
    if (c.cells && t.cells?.length !== c.cells.length) add('cells', c.id, `${c.cells.length} cells in Chinese, ${t.cells?.length ?? 0} in English`);
    if (!c.cells && t.cells) add('cells', c.id, 'the clause has no cells');
    const en = plainFigures(t.en);
    for (const f of figuresOf(c.text)) if (!f.found(en)) add('figure', c.id, `${f.shown} is not in the English`);
    const english = foldEnglish(t.en);
    for (const term of termsIn(c.text, glossary)) {
      const first = !used.has(term.zh) && term.firstUse !== undefined;
      used.add(term.zh);
      const want = first ? term.firstUse! : term.en;
      if (first ? !foldEnglish(t.en).includes(foldEnglish(want)) : !termPattern(term.en).test(english)) add('glossary', c.id, `${term.zh} is “${want}” in the glossary`);
    }
  }
  for (const [field, t] of Object.entries(translation.metadata)) {
    const zh = meta[field];
    if (typeof zh !== 'string') add('metadata', `metadata.${field}`, 'the document has no such text field');
    else if (t.source !== sourceFingerprint(zh)) add('stale', `metadata.${field}`, `translates another text (${t.source}); the Chinese now has ${sourceFingerprint(zh)}`);
  }
  return findings;
}
