import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingSegments, sourceSegments } from '../scripts/ingest/fidelity.ts';
import { sourceIds } from '../scripts/ingest/test-support.ts';
import { htmlToText, readPage } from './support/site.ts';

const sources = fileURLToPath(new URL('../sources/', import.meta.url));

describe('every sentence of every source is on its built plan page', () => {
  it('the corpus has sources to check', () => {
    expect(sourceIds().length).toBeGreaterThan(0);
  });

  it.each(sourceIds().map((id) => [id]))('%s', (id) => {
    const raw = readFileSync(join(sources, id, 'text.txt'), 'utf8');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(readPage(`/plans/${id}/`))?.[1];
    expect(main, `/plans/${id}/ has no <main>`).toBeDefined();
    const total = sourceSegments(raw).length;
    const missing = missingSegments(raw, htmlToText(main!));
    console.log(`fidelity: ${id}: ${total - missing.length}/${total} segments on the page`);
    expect(total, `${id}: no sentence read from text.txt`).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
