import { fold } from '../text/fold.ts';
/** Suggestions for the search box: themes and documents, found by Chinese, English or pinyin. */

export interface Suggestion {
  kind: 'theme' | 'document';
  label: string;
  url: string;
  /** Lower-case strings to match against: names, full pinyin, pinyin initials. */
  keys: string[];
  /** For themes: every term, so a search for one alias can look for the others. */
  terms?: string[];
  /** The same keys for each term, in the order of `terms`: `guojixuexiao` names the term 国际学校, not only its theme. */
  termKeys?: string[][];
  /** Of those, the terms the plans actually use: the only ones worth a search of their own. */
  searchable?: string[];
  /** For documents: the id (the search page's 文件 filter) and the names a reader may type in full (title, 文号). */
  document?: string;
  names?: string[];
}

/** What the search page needs for queries in Chinese (aliases, corrections, documents named in full): no pinyin. */
export type SearchTerm = Omit<Suggestion, 'keys' | 'termKeys'>;

export const toSearchTerm = ({ keys: _keys, termKeys: _termKeys, ...rest }: Suggestion): SearchTerm => rest;

export type ToPinyin = (text: string) => { full: string; initials: string };

/** Builds one suggestion; pinyin is computed here, at build time, never in the browser. */
export function toSuggestion(
  kind: Suggestion['kind'],
  label: string,
  labelEn: string,
  url: string,
  pinyin: ToPinyin,
  terms?: string[],
  searchable?: string[],
  /** Other names a reader may type for it: a document's full title, its 文号. */
  extraNames: readonly string[] = [],
): Suggestion {
  const keysOf = (n: string) => {
    const p = pinyin(n);
    return [n.toLowerCase(), p.full, p.initials];
  };
  const keys = [...new Set([...keysOf(label), labelEn.toLowerCase(), ...extraNames.map((n) => n.toLowerCase())])].filter(Boolean);
  const own = new Set(keys);
  const termKeys = terms?.map((t) => [...new Set(keysOf(t))].filter((k) => k && !own.has(k)));
  return { kind, label, url, keys, ...(terms ? { terms, termKeys: termKeys! } : {}), ...(searchable ? { searchable } : {}) };
}

/** Every key of a suggestion, its terms' included, without spaces. */
const allKeys = (s: Suggestion) => [...s.keys, ...(s.termKeys ?? []).flat()].map((k) => k.replace(/\s+/g, ''));

/**
 * Suggestions for what the reader has typed: prefix matches of any key first (`lbgf`, `luban`),
 * then matches inside a key; themes before documents at equal rank.
 */
export function matchSuggestions(all: readonly Suggestion[], typed: string, limit = 8): Suggestion[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const ranked: { s: Suggestion; rank: number }[] = [];
  for (const s of all) {
    const keys = allKeys(s);
    const rank = keys.some((k) => k.startsWith(q)) ? 0 : keys.some((k) => k.includes(q)) ? 1 : -1;
    if (rank >= 0) ranked.push({ s, rank: rank * 2 + (s.kind === 'theme' ? 0 : 1) });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.s.label.length - b.s.label.length)
    .slice(0, limit)
    .map((r) => r.s);
}

/**
 * Other terms of every theme that has `query` as one of its terms (姊妹学校 → 友好学校, 友校 …),
 * limited to the terms the plans use where that is known.
 */
export function aliasesOf(all: readonly SearchTerm[], query: string): string[] {
  // Compared folded (src/lib/text/fold.ts), so 国(境)外 is the term 国（境）外.
  const q = fold(query.trim());
  const out = new Set<string>();
  for (const s of all) if (s.terms?.some((t) => fold(t) === q)) for (const t of s.searchable ?? s.terms) if (fold(t) !== q) out.add(t);
  return [...out];
}

/** What a query typed in letters names: a theme or document, and for a theme the term whose pinyin it is. */
export interface Resolution {
  suggestion: Suggestion;
  /** The term to search for: the theme term the reader spelled, else the theme's name. */
  term: string;
}

/**
 * Resolves a query without Chinese characters to the theme or document whose English name,
 * pinyin or pinyin initials it spells or begins (`Luban workshop`, `lbgf`, `guojixuexiao`).
 * Two letters are too few to mean anything.
 */
export function resolveLetters(all: readonly Suggestion[], typed: string): Resolution | undefined {
  if (/\p{Script=Han}/u.test(typed)) return undefined;
  const q = typed.trim().toLowerCase().replace(/\s+/g, '');
  if (q.length < 3) return undefined;
  const s = matchSuggestions(all, typed, 1)[0];
  if (!s || !allKeys(s).some((k) => k.startsWith(q))) return undefined;
  const ownKey = s.keys.some((k) => k.replace(/\s+/g, '').startsWith(q));
  const termAt = ownKey ? -1 : (s.termKeys ?? []).findIndex((ks) => ks.some((k) => k.replace(/\s+/g, '').startsWith(q)));
  return { suggestion: s, term: termAt >= 0 ? s.terms![termAt]! : s.label };
}

/** Edit distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * A correction for a near miss in Chinese (鲁斑工坊 → 鲁班工坊): the theme term or name one
 * character off (two for names of seven characters or more). Nothing for short queries, where one
 * character is half the word.
 */
export function correctionFor(all: readonly SearchTerm[], typed: string): string | undefined {
  const q = fold(typed.trim());
  const n = [...q].length;
  if (n < 3 || !/\p{Script=Han}/u.test(q)) return undefined;
  const max = n >= 7 ? 2 : 1;
  let best: { term: string; d: number } | undefined;
  for (const s of all)
    for (const term of [s.label, ...(s.searchable ?? s.terms ?? [])]) {
      const d = distance(q, fold(term), max);
      if (d > 0 && d <= max && (!best || d < best.d)) best = { term, d };
    }
  return best?.term;
}

/**
 * The shard of document names a query is looked up in: the first character of the folded text, as
 * hex. A query names a document only when it equals one of its names, so it shares that first
 * character: the page fetches one small file, not every document's names (which grow with the corpus).
 */
export function documentShard(text: string): string {
  const first = [...fold(text.trim())][0];
  return first === undefined ? '' : first.codePointAt(0)!.toString(16);
}

/** Documents by shard: each under the first character of each of its names. */
export function documentShards(documents: readonly SearchTerm[]): Map<string, SearchTerm[]> {
  const out = new Map<string, SearchTerm[]>();
  for (const d of documents) {
    for (const key of new Set([d.label, ...(d.names ?? [])].map(documentShard))) {
      if (!key) continue;
      const list = out.get(key) ?? [];
      list.push(d);
      out.set(key, list);
    }
  }
  return out;
}

/** The document a query names in full (its title, short title or 文号), compared folded. */
export function documentNamed(all: readonly SearchTerm[], typed: string): SearchTerm | undefined {
  const q = fold(typed.trim());
  return q ? all.find((s) => s.kind === 'document' && [s.label, ...(s.names ?? [])].some((n) => fold(n) === q)) : undefined;
}
