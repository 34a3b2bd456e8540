import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingSegments, sourceSegments } from '../scripts/ingest/fidelity.ts';
import { htmlToText, readPage } from './support/site.ts';

const sources = fileURLToPath(new URL('../sources/', import.meta.url));
const ids = readdirSync(sources, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('every sentence of every source is on its built plan page', () => {
  const coverage: string[] = [];
  it.each(ids.map((id) => [id]))('%s', (id) => {
    const raw = readFileSync(join(sources, id, 'text.txt'), 'utf8');
    const html = readPage(`/plans/${id}/`);
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    const missing = missingSegments(raw, htmlToText(main));
    const total = sourceSegments(raw).length;
    coverage.push(`${id}: ${total - missing.length}/${total} segments`);
    expect(missing).toEqual([]);
  });
  it('reports coverage', () => {
    console.log(`fidelity: ${coverage.join('; ')}`);
    expect(coverage).toHaveLength(ids.length);
  });
});
