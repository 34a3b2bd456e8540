import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Clauses } from '../src/schemas/clause.ts';
import { DocumentLinks, ThemeIndex } from '../src/schemas/links.ts';
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

  it('every theme page leads each document with the clauses about the theme, then those that only mention it, and counts both', () => {
    const linksOf = (doc: string) => DocumentLinks.parse(JSON.parse(readFileSync(`${content}links/${doc}.json`, 'utf8'))).clauses;
    let mentions = 0;
    for (const [id, byDoc] of Object.entries(themeIndex)) {
      const html = readPage(`/themes/${id}/`);
      for (const [doc, ids] of Object.entries(byDoc)) {
        const role = (c: string) => linksOf(doc)[c]!.themes.find((t) => t.theme === id)!.role;
        const about = ids.filter((c) => role(c) === 'about');
        const mention = ids.filter((c) => role(c) === 'mention');
        mentions += mention.length;
        const section = html.slice(html.indexOf(`id="doc-${doc}"`), html.indexOf('</section>', html.indexOf(`id="doc-${doc}"`)));
        const order = [...section.matchAll(/<a class="quote-label" href="\/plans\/[^/]+\/#([a-z0-9-]+)"/g)].map((m) => m[1]);
        expect(order, `${id} ${doc}`).toEqual([...about, ...mention]);
        const counts = htmlToText(section);
        if (about.length) expect(counts, `${id} ${doc}`).toContain(`${about.length} 条论及`);
        if (mention.length) {
          expect(counts, `${id} ${doc}`).toContain(`${mention.length} 条提及`);
          expect(counts.indexOf('顺带提及'), `${id} ${doc}: the mentions follow their heading`).toBeGreaterThan(0);
        } else expect(counts).not.toContain('顺带提及');
      }
    }
    // A corpus where every link is "about" would let the ordering go untested.
    expect(mentions).toBeGreaterThan(0);
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
