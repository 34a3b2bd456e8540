import type { ThemeLink } from '../../src/schemas/links.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { toSourceSpan, type Folded } from '../../src/lib/text/fold.ts';
import { foldForMatchingWithOffsets } from '../../src/lib/text/simplify.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { themeRole } from './role.ts';

interface Pattern {
  theme: string;
  exclude: boolean;
}

export { clauseMatchText as matchText } from '../../src/lib/clause-view.ts';

/**
 * Builds a matcher for all themes at once: one automaton over every term and exclusion, so a
 * clause is read once whatever the number of themes. Terms and text are folded alike
 * (src/lib/text/fold.ts), so `国(境)外` and `國（境）外` match `国（境）外`; spans are returned in the
 * text as given, covering the characters that were matched.
 */
export function buildThemeMatcher(themes: readonly Theme[], foldText: (text: string) => Folded = foldForMatchingWithOffsets): (text: string) => ThemeLink[] {
  const patterns: [string, Pattern][] = [];
  for (const t of themes) {
    for (const term of t.terms) patterns.push([foldText(term).text, { theme: t.id, exclude: false }]);
    for (const term of t.exclude) patterns.push([foldText(term).text, { theme: t.id, exclude: true }]);
  }
  const automaton = new AhoCorasick(patterns);
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const broader = new Map(themes.map((t) => [t.id, t.broader]));

  return (text) => {
    const folded = foldText(text);
    const excluded = new Map<string, [number, number][]>();
    const hits = new Map<string, [number, number][]>();
    for (const m of automaton.findAll(folded.text)) {
      const bucket = m.value.exclude ? excluded : hits;
      const list = bucket.get(m.value.theme) ?? [];
      list.push([m.start, m.end]);
      bucket.set(m.value.theme, list);
    }
    const links: ThemeLink[] = [];
    for (const [theme, spans] of hits) {
      const decoys = excluded.get(theme) ?? [];
      const kept = spans
        .filter(([s, e]) => !decoys.some(([ds, de]) => ds <= s && e <= de))
        .sort((a, b) => a[0] - b[0] || b[1] - a[1])
        .filter((span, i, all) => !all.some((other, j) => j !== i && other[0] <= span[0] && span[1] <= other[1] && (other[1] - other[0] > span[1] - span[0] || j < i)));
      // Two spans of the fold can cover one source character (`…` folds to `...`): keep it once.
      const original = kept.map(([s, e]) => toSourceSpan(folded, s, e)).filter(([s, e], i, all) => i === 0 || s !== all[i - 1]![0] || e !== all[i - 1]![1]);
      if (original.length) links.push({ theme, spans: original, role: themeRole(text, original) });
    }
    return withBroader(links, broader).sort((a, b) => order.get(a.theme)! - order.get(b.theme)!);
  };
}

/**
 * Adds, for each link, a link to every broader theme the clause is not already on by a term of
 * its own, carrying the narrower theme's spans and role and naming it in `via`. One level only:
 * read-themes.ts rejects a broader theme that has a broader theme of its own.
 */
export function withBroader(links: readonly ThemeLink[], broader: ReadonlyMap<string, readonly string[]>): ThemeLink[] {
  const out = [...links];
  const direct = new Set(links.map((l) => l.theme));
  for (const l of links) {
    for (const b of broader.get(l.theme) ?? []) {
      if (direct.has(b)) continue;
      const earlier = out.find((x) => x.theme === b);
      // Two narrower themes leading to one broader theme: the first (in theme order) speaks for it, about if either is.
      if (earlier) {
        if (l.role === 'about' && earlier.role === 'mention') out[out.indexOf(earlier)] = { ...earlier, role: 'about' };
        continue;
      }
      out.push({ theme: b, spans: l.spans, role: l.role, via: l.theme });
    }
  }
  return out;
}
