/** Reading one `sources/<id>/` folder from disk: the I/O edge of the ingest. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from './check-text.ts';
import { SourceError } from './errors.ts';
import type { SourceFiles } from './index.ts';

const REQUIRED = ['text.txt', 'meta.json'] as const;

/**
 * Reads a source folder, strictly as UTF-8. A missing `text.txt` or `meta.json` is an error
 * naming it; `corrections.json` is optional.
 * @param dir the folder on disk
 * @param shown the folder as named in messages, e.g. `sources/<id>`
 */
export function readSourceFolder(id: string, dir: string, shown: string): SourceFiles {
  for (const name of REQUIRED) {
    if (!existsSync(join(dir, name))) {
      throw new SourceError(`${shown}/${name}`, undefined, `missing: a source folder needs text.txt (the text as received) and meta.json (see README "Adding a plan")`);
    }
  }
  const read = (name: string) => decodeUtf8(readFileSync(join(dir, name)), `${shown}/${name}`);
  const corrections = existsSync(join(dir, 'corrections.json')) ? read('corrections.json') : undefined;
  return { id, dir: shown, text: read('text.txt'), meta: read('meta.json'), corrections };
}
