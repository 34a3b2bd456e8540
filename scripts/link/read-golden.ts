import { currentIds } from '../../src/lib/anchor-redirects.ts';
import type { AnchorRedirect } from '../../src/schemas/anchors.ts';
import { ThemesGolden, type Theme } from '../../src/schemas/theme.ts';
import { readRedirects } from './read-redirects.ts';
import { lineOfJsonKey, SourceError } from '../ingest/errors.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';

export const goldenPath = 'content/themes-golden.json';

/**
 * Reads the golden set and checks it against the corpus: every theme has an entry, every entry
 * names a theme and a judged document, and every judged document exists. A judgement of clauses
 * in a document nobody judged whole would be measured as if it were complete, so it is an error.
 */
export function readGolden(text: string, themes: readonly Theme[], documents: readonly string[], file = goldenPath, redirects: readonly AnchorRedirect[] = readRedirects()): ThemesGolden {
  const golden = parseJsonFile(ThemesGolden, text, file);
  const fail = (path: PropertyKey[], message: string): never => {
    throw new SourceError(file, lineOfJsonKey(text, path) ?? 1, message);
  };
  const judged = new Set<string>();
  golden.judged.forEach((j, i) => {
    if (judged.has(j.document)) fail(['judged', i], `document "${j.document}" is judged twice`);
    if (!documents.includes(j.document)) fail(['judged', i], `judged document "${j.document}" is not in sources/`);
    judged.add(j.document);
  });
  const themeIds = new Set(themes.map((t) => t.id));
  for (const field of ['themes', 'mentions'] as const) {
    for (const [theme, byDoc] of Object.entries(golden[field])) {
      if (!themeIds.has(theme)) fail([field, theme], `unknown theme "${theme}"`);
      for (const [doc, ids] of Object.entries(byDoc)) {
        if (!judged.has(doc)) fail([field, theme, doc], `"${doc}" is not in "judged": judge the whole document for every theme, then list it there`);
        if (field === 'mentions') {
          const about = new Set(golden.themes[theme]?.[doc] ?? []);
          for (const id of ids) if (about.has(id)) fail([field, theme, doc], `${doc}#${id} is judged both about theme "${theme}" and a mention of it: keep one`);
        }
      }
    }
  }
  for (const t of themes) if (!(t.id in golden.themes)) fail(['themes'], `theme "${t.id}" has no entry: judge it over every judged document (an empty object if no clause is about it)`);
  // Clauses judged under a released anchor follow their clause when it moves.
  for (const byDoc of Object.values(golden.themes)) for (const [doc, ids] of Object.entries(byDoc)) byDoc[doc] = currentIds(doc, ids, redirects);
  return golden;
}
