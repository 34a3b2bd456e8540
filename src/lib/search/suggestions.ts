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
  /** Of those, the terms the plans actually use: the only ones worth a search of their own. */
  searchable?: string[];
}

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
): Suggestion {
  const names = [label, ...(terms ?? [])];
  const keys = new Set<string>();
  for (const n of names) {
    const p = pinyin(n);
    keys.add(n.toLowerCase());
    keys.add(p.full);
    keys.add(p.initials);
  }
  keys.add(labelEn.toLowerCase());
  return { kind, label, url, keys: [...keys].filter(Boolean), ...(terms ? { terms } : {}), ...(searchable ? { searchable } : {}) };
}

/**
 * Suggestions for what the reader has typed: prefix matches of any key first (`lbgf`, `luban`),
 * then matches inside a key; themes before documents at equal rank.
 */
export function matchSuggestions(all: readonly Suggestion[], typed: string, limit = 8): Suggestion[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const ranked: { s: Suggestion; rank: number }[] = [];
  for (const s of all) {
    const keys = s.keys.map((k) => k.replace(/\s+/g, ''));
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
export function aliasesOf(all: readonly Suggestion[], query: string): string[] {
  // Compared folded (src/lib/text/fold.ts), so 国(境)外 is the term 国（境）外.
  const q = fold(query.trim());
  const out = new Set<string>();
  for (const s of all) if (s.terms?.some((t) => fold(t) === q)) for (const t of s.searchable ?? s.terms) if (fold(t) !== q) out.add(t);
  return [...out];
}
