import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentLinks, ThemeIndex } from '../../src/schemas/links.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { buildThemeMatcher, matchText } from './themes.ts';

export interface LinkInput {
  id: string;
  clauses: readonly Clause[];
}

export interface LinkResult {
  links: DocumentLinks[];
  index: ThemeIndex;
}

/** The link stage: themes by clause, in one pass over the text whatever the number of themes. */
export function linkCorpus(docs: readonly LinkInput[], themes: readonly Theme[]): LinkResult {
  const match = buildThemeMatcher(themes);
  const links: DocumentLinks[] = docs.map((d) => ({ document: d.id, clauses: {} }));
  const index: ThemeIndex = Object.fromEntries(themes.map((t) => [t.id, {}]));

  const entry = (docIndex: number, clause: string) => (links[docIndex]!.clauses[clause] ??= { themes: [] });

  docs.forEach((d, di) => {
    for (const c of d.clauses) {
      const found = match(matchText(c));
      if (!found.length) continue;
      entry(di, c.id).themes = found;
      for (const f of found) (index[f.theme]![d.id] ??= []).push(c.id);
    }
  });

  // Stable key order: document order of clauses, so the files diff cleanly.
  links.forEach((l, di) => {
    const order = docs[di]!.clauses.map((c) => c.id).filter((id) => id in l.clauses);
    l.clauses = Object.fromEntries(order.map((id) => [id, l.clauses[id]!]));
  });
  return { links, index };
}
