import { fileURLToPath } from 'node:url';
/**
 * The plans index and the region pages: every plan listed and linked, a region's documents in
 * time order, each beside the next theme by theme, and aligned clauses that land where they say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Clauses } from '../src/schemas/clause.ts';
import { ThemeIndex } from '../src/schemas/links.ts';
import { sortKey } from '../src/lib/format.ts';
import { readPage, useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });
const content = fileURLToPath(new URL('../content/', import.meta.url));

/** Plan ids, from content. */
const planIds = readdirSync(join(content, 'plans'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();
interface Doc {
  id: string;
  region: string;
  type: string;
  issued: Parameters<typeof sortKey>[0]['issued'];
  published: Parameters<typeof sortKey>[0]['published'];
  period: Parameters<typeof sortKey>[0]['period'];
}
/** The documents' metadata as the site publishes it, in time order. */
// The data file writes null where the sources write "unknown".
const unknownIfNull = (d: Record<string, unknown>): Doc => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === null && k !== 'period' ? 'unknown' : v])) as unknown as Doc;
const docs = (): Doc[] => (JSON.parse(readPage('/data/documents.json')) as Record<string, unknown>[]).map(unknownIfNull).sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.id.localeCompare(b.id));
const themeIndex = ThemeIndex.parse(JSON.parse(readFileSync(join(content, 'theme-index.json'), 'utf8')));
const clauseText = (doc: string, id: string) => Clauses.parse(JSON.parse(readFileSync(join(content, 'clauses', `${doc}.json`), 'utf8')).clauses).find((c) => c.id === id)?.text;

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(`${env.url}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Every page of the plans index: /plans/ and the pages it lists. */
async function indexPages(): Promise<string[]> {
  const page = await open('/plans/');
  const more = await page.locator('.index-pages a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  await page.context().close();
  return [...new Set(['/plans/', ...more])];
}

describe('/plans/', () => {
  it('lists every plan in content once, each under its region, linking its plan and region pages', async () => {
    const listed: { plan: string; region: string }[] = [];
    for (const path of await indexPages()) {
      const page = await open(path);
      listed.push(
        ...(await page.locator('.index-region').evaluateAll((sections) =>
          sections.flatMap((s) => {
            const region = [...s.querySelectorAll<HTMLAnchorElement>('h2 a')].at(-1)!.pathname;
            return [...s.querySelectorAll<HTMLAnchorElement>('a.plan-title')].map((a) => ({ plan: a.pathname, region }));
          }),
        )),
      );
      await page.context().close();
    }
    expect(listed.map((l) => l.plan).sort()).toEqual(planIds.map((id) => `/plans/${id}/`));
    const regionOf = new Map(docs().map((d) => [d.id, d.region]));
    for (const { plan, region } of listed) expect(region).toBe(`/regions/${regionOf.get(plan.split('/')[2]!)}/`);
  });

  it('every link on the index resolves', async () => {
    for (const path of await indexPages()) {
      const page = await open(path);
      const hrefs = await page.locator('main a[href]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
      for (const href of hrefs) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }
      await page.context().close();
    }
  });

  it('comparison links name two plans: the same region\'s neighbours or a plan above', async () => {
    const page = await open('/plans/');
    const links = await page.locator('.plan-compare a').evaluateAll((as) => as.map((a) => ({ plans: new URL((a as HTMLAnchorElement).href).searchParams.get('plans'), row: a.closest('li')!.id })));
    expect(links.length).toBeGreaterThan(0);
    const regionOf = new Map(docs().map((d) => [d.id, d.region]));
    for (const { plans, row } of links) {
      const ids = plans!.split(',');
      expect(ids).toHaveLength(2);
      for (const id of ids) expect(planIds).toContain(id);
      expect(ids).toContain(row.replace(/^plan-/, ''));
      const [a, b] = ids.map((id) => regionOf.get(id)!);
      expect(a === b || readPage(`/regions/${b}/`).includes(`href="/regions/${a}/"`), `${plans}: same region or one above`).toBe(true);
    }
    await page.context().close();
  });
});

describe('region pages', () => {
  it('the Chongqing page lists both Chongqing plans in time order and sets the earlier beside the later', async () => {
    const own = docs().filter((d) => d.region === 'chongqing').map((d) => d.id);
    expect(own.length).toBeGreaterThanOrEqual(2);
    const page = await open('/regions/chongqing/');
    const listed = await page.locator('.plan-index a.plan-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/')[2]));
    expect(listed).toEqual(own);
    const successions = await page.locator('section.succession').evaluateAll((ss) => ss.map((s) => [(s as HTMLElement).dataset['earlier'], (s as HTMLElement).dataset['later'], (s as HTMLElement).dataset['relation']]));
    expect(successions).toEqual(own.slice(1).map((later, i) => [own[i], later, 'plan-plan']));
    for (const change of ['added', 'continued', 'dropped']) expect(await page.locator(`section.succession [data-change="${change}"] h4`).count()).toBe(own.length - 1);
    await page.context().close();
  });

  it('each continued pair links two clause anchors that exist, both clauses on the theme it is listed under, quoted exactly', async () => {
    const page = await open('/regions/chongqing/');
    const pairs = await page.locator('.continued-theme .pair').evaluateAll((lis) =>
      lis.map((li) => ({
        theme: li.closest<HTMLElement>('.continued-theme')!.dataset['theme']!,
        links: [...li.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.pathname.split('/')[2] + '#' + a.hash.slice(1)),
        earlier: (li as HTMLElement).dataset['earlier']!,
        later: (li as HTMLElement).dataset['later']!,
      })),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const { theme, links, earlier, later } of pairs) {
      expect(links).toEqual([earlier, later]);
      for (const ref of links) {
        const [doc, clause] = ref.split('#') as [string, string];
        expect(readPage(`/plans/${doc}/`), ref).toContain(`id="${clause}"`);
        expect(themeIndex[theme]?.[doc] ?? [], `${ref} is on ${theme}`).toContain(clause);
      }
    }
    const quotes = await page.locator('.pair-clause').evaluateAll((els) => els.map((el) => ({ ref: (el as HTMLElement).dataset['clause']!, text: el.querySelector('blockquote')!.textContent })));
    for (const { ref, text } of quotes) expect(text, ref).toBe(clauseText(...(ref.split('#') as [string, string])));
    await page.context().close();
  });

  it('the Yuzhong page compares the plan with the report as reported or not reported, never as dropped', async () => {
    const page = await open('/regions/yuzhong/');
    const report = page.locator('section.succession[data-relation="plan-report"]');
    expect(await report.count()).toBe(1);
    const text = await report.innerText();
    expect(text).toContain('未见报道');
    expect(text).toContain('已见报道');
    expect(text).not.toContain('不再提及');
    await page.goto(page.url().replace('/regions/', '/en/regions/'));
    const english = await page.locator('section.succession[data-relation="plan-report"] [data-change="dropped"] h4').innerText();
    expect(english).toMatch(/not reported/i);
    await page.context().close();
  });

  it('reads without JavaScript: documents, timeline table and every comparison are in the HTML', async () => {
    const page = await open('/regions/chongqing/', { javaScriptEnabled: false });
    expect(await page.locator('.plan-index a.plan-title').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg.chart-timeline').count()).toBe(1);
    expect(await page.locator('section.succession .pair-clause blockquote').first().isVisible()).toBe(true);
    expect(await page.locator('[data-change="continued"] h4').first().innerText()).toBe('延续主题');
    await page.context().close();
  });

  it('plan pages link their regions: breadcrumbs and the facts\' region name', async () => {
    for (const d of docs()) {
      const html = readPage(`/plans/${d.id}/`);
      const crumbs = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)![0];
      expect(crumbs).toContain(`href="/regions/${d.region}/"`);
      const facts = /<dl class="facts">[\s\S]*?<\/dl>/.exec(html)![0];
      expect(facts).toContain(`href="/regions/${d.region}/"`);
    }
  });
});
