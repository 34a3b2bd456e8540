import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnchorRedirects, type AnchorRedirect } from '../../src/schemas/anchors.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';

/** The project's anchor redirects (content/anchors/redirects.json); none when the file is absent. */
export function readRedirects(base = fileURLToPath(new URL('../../', import.meta.url))): AnchorRedirect[] {
  const file = join(base, 'content/anchors/redirects.json');
  return existsSync(file) ? parseJsonFile(AnchorRedirects, readFileSync(file, 'utf8'), 'content/anchors/redirects.json') : [];
}
