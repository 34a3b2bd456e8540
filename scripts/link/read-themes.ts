import { Theme } from '../../src/schemas/theme.ts';
import { lineOfJsonKey, SourceError } from '../ingest/errors.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';

export interface ThemeFile {
  path: string;
  text: string;
}

/** Validates theme files: schema, id = file name, unique ids, related themes that exist. */
export function readThemes(files: readonly ThemeFile[]): Theme[] {
  const themes = files.map((f) => {
    const theme = parseJsonFile(Theme, f.text, f.path);
    const expected = f.path.replace(/^.*\//, '').replace(/\.json$/, '');
    if (theme.id !== expected) throw new SourceError(f.path, lineOfJsonKey(f.text, ['id']), `id "${theme.id}" does not match the file name "${expected}"`);
    return theme;
  });
  const ids = new Set(themes.map((t) => t.id));
  themes.forEach((t, i) => {
    t.related.forEach((r, k) => {
      if (!ids.has(r)) throw new SourceError(files[i]!.path, lineOfJsonKey(files[i]!.text, ['related', k]) ?? lineOfJsonKey(files[i]!.text, ['related']), `unknown theme "${r}" in related`);
    });
  });
  return themes.sort((a, b) => a.id.localeCompare(b.id));
}
