import { Theme } from '../../src/schemas/theme.ts';
import { lineOfJsonKey, SourceError } from '../ingest/errors.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';

export interface ThemeFile {
  path: string;
  text: string;
}

/** Validates theme files: schema, id = file name, unique ids, related and broader themes that exist. */
export function readThemes(files: readonly ThemeFile[]): Theme[] {
  const themes = files.map((f) => {
    const theme = parseJsonFile(Theme, f.text, f.path);
    const expected = f.path.replace(/^.*\//, '').replace(/\.json$/, '');
    if (theme.id !== expected) throw new SourceError(f.path, lineOfJsonKey(f.text, ['id']), `id "${theme.id}" does not match the file name "${expected}"`);
    return theme;
  });
  const ids = new Set(themes.map((t) => t.id));
  themes.forEach((t, i) => {
    for (const field of ['related', 'broader'] as const) {
      t[field].forEach((r, k) => {
        if (!ids.has(r)) throw new SourceError(files[i]!.path, lineOfJsonKey(files[i]!.text, [field, k]) ?? lineOfJsonKey(files[i]!.text, [field]), `unknown theme "${r}" in ${field}`);
      });
    }
  });
  // One level of broader themes: a chain would make a link's `via` ambiguous and its spans far from the theme.
  const byId = new Map(themes.map((t) => [t.id, t]));
  themes.forEach((t, i) => {
    t.broader.forEach((b, k) => {
      if (b === t.id || byId.get(b)!.broader.length) {
        throw new SourceError(files[i]!.path, lineOfJsonKey(files[i]!.text, ['broader', k]) ?? 1, `broader theme "${b}" ${b === t.id ? 'is the theme itself' : 'has a broader theme of its own: name the broadest one directly'}`);
      }
    });
  });
  return themes.sort((a, b) => a.id.localeCompare(b.id));
}
