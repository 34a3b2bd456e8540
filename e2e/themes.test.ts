import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Clauses } from '../src/schemas/clause.ts';
import { ThemeIndex } from '../src/schemas/links.ts';
import { Theme } from '../src/schemas/theme.ts';
import { htmlToText, readPage } from './support/site.ts';

const content = fileURLToPath(new URL('../content/', import.meta.url));
const theme = (id: string) => Theme.parse(JSON.parse(readFileSync(`${content}themes/${id}.json`, 'utf8')));
const themeIndex = ThemeIndex.parse(JSON.parse(readFileSync(`${content}theme-index.json`, 'utf8')));
const clauses = (doc: string) => Clauses.parse(JSON.parse(readFileSync(`${content}clauses/${doc}.json`, 'utf8')).clauses);

/** The clause links a built theme page quotes, as [document, clause]. */
function quotedLinks(themeId: string): [string, string][] {
  const html = readPage(`/themes/${themeId}/`);
  return [...html.matchAll(/<a class="quote-label" href="\/plans\/([^/]+)\/#([a-z0-9-]+)"/g)].map((m) => [m[1]!, m[2]!]);
}

describe('theme pages', () => {
  it.each([
    ['luban-workshop', '鲁班工坊', ['chongqing-education-power-2024-2035', 'chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025']],
    ['overseas-talent', '海外引智', ['guangzhou-opening-2021-2025', 'yuzhong-international-2019']],
    ['sister-schools', '友好学校', ['chongqing-modernisation-2020-2022', 'guangzhou-opening-2021-2025', 'yuzhong-international-2019', 'yuzhong-news-2024']],
  ])('%s: <h1> %s; quotes every document the theme index lists for it; each link lands on a clause that names the theme', (id, name, documents) => {
    const html = readPage(`/themes/${id}/`);
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(name);
    const links = quotedLinks(id);
    const quoted = [...new Set(links.map(([d]) => d))].sort();
    expect(quoted).toEqual(expect.arrayContaining(documents));
    expect(quoted).toEqual(Object.keys(themeIndex[id] ?? {}).sort());
    const terms = theme(id).terms;
    for (const [doc, clause] of links) {
      const c = clauses(doc).find((x) => x.id === clause);
      expect(c, `${doc}#${clause}`).toBeDefined();
      expect(terms.some((t) => c!.text.includes(t)), `${doc}#${clause} names ${id}`).toBe(true);
      expect(readPage(`/plans/${doc}/`)).toContain(`id="${clause}"`);
    }
  });

  it('marks the matched term in each quote', () => {
    const html = readPage('/themes/luban-workshop/');
    expect((html.match(/<mark>鲁班工坊<\/mark>/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('shows the vertical relation: municipal clauses and what the district plans carry', () => {
    const text = htmlToText(readPage('/themes/sister-schools/'));
    expect(text).toContain('上下级对照：重庆市 → 渝中区');
  });

  it('the theme index counts clauses per document', () => {
    const html = readPage('/themes/');
    expect(html).toContain('href="/themes/luban-workshop/#doc-guangzhou-opening-2021-2025"');
  });
});
