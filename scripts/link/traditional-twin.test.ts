import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/lib/text/simplify.ts';
import { loadThemes } from '../ingest.ts';
import { ingestDocument } from '../ingest/index.ts';
import { fixtureRegions } from '../ingest/test-support.ts';
import { linkCorpus } from './index.ts';
import { matchText } from './themes.ts';

// A made-up plan written twice, character for character: in traditional characters with
// half-width brackets, full-width letters and 「」, and in simplified characters as the
// mainland prints it. Matching folds both to one form, so both get the same theme links.
const read = (script: 'traditional' | 'simplified') => {
  const dir = new URL(`./fixtures/traditional-twin/${script}/`, import.meta.url);
  return ingestDocument({ id: script, dir: `fixtures/traditional-twin/${script}`, text: readFileSync(new URL('text.txt', dir), 'utf8'), meta: readFileSync(new URL('meta.json', dir), 'utf8') }, fixtureRegions);
};

describe('a plan in traditional characters', () => {
  const traditional = read('traditional');
  const simplified = read('simplified');
  const { links } = linkCorpus([traditional, simplified], loadThemes());
  const [trad, simp] = links.map((l) => l.clauses);

  it('gets the same theme links as its simplified twin, clause by clause', () => {
    const themesOf = (clauses: typeof trad) => Object.fromEntries(Object.entries(clauses!).map(([id, c]) => [id, c.themes.map((t) => t.theme)]));
    expect(Object.keys(simp!).length).toBeGreaterThan(3);
    expect(themesOf(trad)).toEqual(themesOf(simp));
  });

  it('marks the traditional characters as printed, where the twin marks the same words', () => {
    const textOf = (doc: typeof traditional, id: string) => matchText(doc.clauses.find((c) => c.id === id)!);
    for (const [id, clause] of Object.entries(trad!)) {
      clause.themes.forEach((t, k) => {
        const marked = t.spans.map(([s, e]) => textOf(traditional, id).slice(s, e));
        const twin = simp![id]!.themes[k]!.spans.map(([s, e]) => textOf(simplified, id).slice(s, e));
        expect(marked.map(foldForMatching), `${id} ${t.theme}`).toEqual(twin.map(foldForMatching));
      });
    }
    expect(traditional.clauses.map((c) => c.text).join('')).toContain('國(境)外');
  });
});
