import type { ThemeLink } from '../../src/schemas/links.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { AhoCorasick } from './aho-corasick.ts';

interface Pattern {
  theme: string;
  exclude: boolean;
}

export { clauseMatchText as matchText } from '../../src/lib/clause-view.ts';

/**
 * Builds a matcher for all themes at once: one automaton over every term and exclusion, so a
 * clause is read once whatever the number of themes.
 */
export function buildThemeMatcher(themes: readonly Theme[]): (text: string) => ThemeLink[] {
  const patterns: [string, Pattern][] = [];
  for (const t of themes) {
    for (const term of t.terms) patterns.push([term, { theme: t.id, exclude: false }]);
    for (const term of t.exclude) patterns.push([term, { theme: t.id, exclude: true }]);
  }
  const automaton = new AhoCorasick(patterns);
  const order = new Map(themes.map((t, i) => [t.id, i]));

  return (text) => {
    const excluded = new Map<string, [number, number][]>();
    const hits = new Map<string, [number, number][]>();
    for (const m of automaton.findAll(text)) {
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
      if (kept.length) links.push({ theme, spans: kept });
    }
    return links.sort((a, b) => order.get(a.theme)! - order.get(b.theme)!);
  };
}
