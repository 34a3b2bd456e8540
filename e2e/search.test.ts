import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceIds } from '../scripts/ingest/test-support.ts';
import { furnitureClauseIds } from '../src/lib/search/records.ts';
import type { Clause } from '../src/schemas/clause.ts';
import { readAllResults, readResults, searchFor } from './support/search.ts';
import { readSearchRecords } from '../src/lib/search/content-records.ts';
import { RESULTS_PER_PAGE } from '../src/lib/search/page-size.ts';
import { searchStrings } from '../src/lib/search/strings.ts';
import { launchBrowser } from '../scripts/serve/browser.ts';
import { readPage, serveDist } from './support/site.ts';

const clausesDir = fileURLToPath(new URL('../content/clauses/', import.meta.url));
const corpus = sourceIds().map((id) => JSON.parse(readFileSync(join(clausesDir, `${id}.json`), 'utf8')) as { document: string; clauses: Clause[] });
/** Plans whose text contains a term, read from the content the site is built from. */
const plansWith = (term: string) => corpus.filter((d) => d.clauses.some((c) => c.text.includes(term))).map((d) => d.document).sort();
const docOf = (href: string) => /\/plans\/([^/]+)\//.exec(href)?.[1] ?? '';
/** The clauses as the index holds them (page furniture left out). */
const records = readSearchRecords(fileURLToPath(new URL('../content/', import.meta.url)));
/** The date a result sorts by: its plan's, as the build gives it to the search index (English results too). */
const planDates = new Map(records.map((r) => [docOf(r.url), r.date]));
const dateOf = (href: string) => planDates.get(docOf(href));

let browser: Browser;
let page: Page;
let site: { url: string; close: () => void };

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  site?.close();
});

function anchorExists(href: string): boolean {
  const [path, id] = href.split('#');
  return readPage(path!).includes(`id="${id}"`);
}

describe('search', () => {
  it.each(['鲁班工坊', '引智', '友好学校'])('%s lists every plan that contains it, exact hits first, each on a clause anchor that exists', async (term) => {
    const { hits } = await searchFor(page, site.url, term);
    const exact = hits.filter((h) => h.kind === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    expect([...new Set(exact.map((h) => docOf(h.href)))].sort()).toEqual(plansWith(term));
    const firstOther = hits.findIndex((h) => h.kind !== 'exact');
    if (firstOther >= 0) expect(hits.slice(firstOther).every((h) => h.kind !== 'exact')).toBe(true);
    for (const h of hits) {
      expect(h.href).toMatch(/^\/plans\/[^/]+\/#[a-z][a-z0-9-]*$/);
      expect(anchorExists(h.href), h.href).toBe(true);
    }
  });

  // Pagefind cuts the query into words with the browser's segmenter and the clauses with its own,
  // so its phrase search misses clauses that hold these phrases whole; the page checks each hit's text.
  it.each(['中外合作办学', '民办学校', '公办学校', '渝中'])('%s: the hits labelled exact are the clauses that hold it whole, each page exact first, and no correction is offered', async (term) => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(term)}`);
    const { hits } = await readAllResults(page);
    // 公办学校 is one character from the theme term 民办学校, and Pagefind's phrase search finds none of its clauses.
    expect(await page.locator('#search-note').innerText()).not.toContain(searchStrings.zh.didYouMean);
    const holding = records.filter((r) => r.content.includes(term)).map((r) => r.url).sort();
    expect(holding.length, term).toBeGreaterThan(0);
    expect(hits.filter((h) => h.kind === 'exact').map((h) => h.href).sort()).toEqual(holding);
    for (let at = 0; at < hits.length; at += RESULTS_PER_PAGE) {
      const kinds = hits.slice(at, at + RESULTS_PER_PAGE).map((h) => h.kind);
      expect(kinds.slice(kinds.indexOf('loose') < 0 ? kinds.length : kinds.indexOf('loose')), kinds.join(' ')).not.toContain('exact');
    }
  });

  it.each(corpus.map((d) => [d.document, d]))('%s is in the index: a phrase only it contains lands on its clause', async (_, doc) => {
    // The first phrase between punctuation marks, of 6 to 14 Chinese characters, that no other
    // document has: whole phrases, because the index cuts Chinese into words. Page furniture
    // (title, issuing notice, masthead, bylines) is not indexed, by design.
    const furniture = furnitureClauseIds(doc.clauses);
    const indexed = doc.clauses.filter((c) => !furniture.has(c.id));
    const phrases = indexed.flatMap((c) => c.text.split(/[^\u4e00-\u9fff]+/).filter((p) => p.length >= 6 && p.length <= 14));
    const phrase = phrases.find((p) => plansWith(p).length === 1);
    expect(phrase, `${doc.document}: no phrase of its own`).toBeDefined();
    const { hits } = await searchFor(page, site.url, phrase!);
    const own = indexed.filter((c) => c.text.includes(phrase!)).map((c) => `/plans/${doc.document}/#${c.id}`);
    // Any group will do: what is checked here is that the document's clauses are in the index.
    expect(own.some((href) => hits.some((h) => h.href === href)), `${phrase}: ${JSON.stringify(hits.slice(0, 5))}`).toBe(true);
  });

  it('姊妹学校 also finds the plans that only say 友好学校 or 友校', async () => {
    const { hits } = await searchFor(page, site.url, '姊妹学校');
    const found = new Set(hits.map((h) => docOf(h.href)));
    const onlyFriendly = plansWith('友好学校').filter((d) => !plansWith('姊妹学校').includes(d));
    expect(onlyFriendly.length).toBeGreaterThan(0);
    for (const d of onlyFriendly) expect(found.has(d), d).toBe(true);
    expect(hits.some((h) => h.kind === 'alias')).toBe(true);
  });

  it('魯班工坊 (traditional) finds what 鲁班工坊 finds', async () => {
    const simplified = await searchFor(page, site.url, '鲁班工坊');
    const traditional = await searchFor(page, site.url, '魯班工坊');
    expect(traditional.hits.map((h) => h.href)).toEqual(simplified.hits.map((h) => h.href));
    // The query is echoed inside bidi isolates (invisible), so a right-to-left override in it stays put.
    expect(traditional.status.replace(/[\u2066-\u2069]/g, '')).toContain('已按简体“鲁班工坊”搜索');
  });

  it('a region filter narrows the results, and back returns to the wider list', async () => {
    const all = await searchFor(page, site.url, '友好学校');
    await page.locator('#search-filters > summary').click();
    await page.locator('input[data-filter="地区"][data-value="渝中区"]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('f').includes('地区:渝中区'));
    await page.waitForFunction((n) => /共 (\d+) 条/.test(document.querySelector('#search-status')?.textContent ?? '') && Number(/共 (\d+) 条/.exec(document.querySelector('#search-status')!.textContent!)![1]) < n, all.hits.length);
    const narrowed = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.hits.length);
    expect(narrowed.every((h) => /yuzhong/.test(h))).toBe(true);
    await page.goBack();
    await page.waitForFunction((n) => Number(/共 (\d+) 条/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? -1) === n, all.hits.length);
  });

  it('the search box suggests 鲁班工坊 for lbgf and for luban', async () => {
    await page.goto(`${site.url}/`);
    for (const typed of ['lbgf', 'luban']) {
      await page.locator('#site-q').fill(typed);
      const first = page.locator('#site-suggest [role="option"]').first();
      await first.waitFor();
      expect(await first.innerText()).toContain('鲁班工坊');
    }
  });

  it.each([
    ['/search/?q=鲁班工坊', '/pagefind/pagefind.js'],
    ['/en/search/?q=Luban%20workshop', '/pagefind-en/pagefind.js'],
    ['/en/search/?q=鲁班工坊', '/pagefind/pagefind.js'],
  ])('%s asks for its search engine while the page loads, before the page’s own search code', async (path, engine) => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const asked: string[] = [];
    p.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await p.goto(`${site.url}${path}`);
    await p.locator('#search-results li').first().waitFor();
    const code = asked.findIndex((u) => /^\/_astro\/search-run\./.test(u));
    expect(code, asked.join(' ')).toBeGreaterThan(0);
    expect(asked.indexOf(engine), asked.join(' ')).toBeGreaterThan(0);
    expect(asked.indexOf(engine), asked.join(' ')).toBeLessThan(code);
    // One bundle, opened once.
    expect(asked.filter((u) => /pagefind(-en)?\/pagefind\.js$/.test(u))).toEqual([engine]);
    await context.close();
  });

  it.each([
    ['/search/', '友好学校'],
    ['/search/', '国际'],
    ['/en/search/', 'friendly schools'],
  ])('%s?q=%s sorted by date lists the same clauses, each kind newest first; by relevance it does not', async (path, query) => {
    const read = async (sort: string) => {
      await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}${sort}`);
      const { hits } = await readResults(page);
      const all = (await readAllResults(page)).hits;
      expect(all.slice(0, hits.length)).toEqual(hits);
      return all.map((h) => ({ kind: h.kind, date: dateOf(h.href) }));
    };
    const byDate = await read('&sort=date');
    const byRelevance = await read('');
    for (const h of byDate) expect(h.date, JSON.stringify(h)).toBeDefined();
    // The same clauses, of each kind.
    const tally = (hs: { kind: string; date: string | undefined }[]) => hs.map((h) => `${h.kind} ${h.date}`).sort();
    expect(tally(byDate)).toEqual(tally(byRelevance));
    const newestFirst = (hs: typeof byDate) => hs.every((h, i) => i === 0 || h.kind !== hs[i - 1]!.kind || h.date! <= hs[i - 1]!.date!);
    expect(newestFirst(byDate), JSON.stringify(byDate)).toBe(true);
    // The query reaches plans of several dates, so the order is a real one.
    expect(newestFirst(byRelevance), JSON.stringify(byRelevance)).toBe(false);
  });

  it('the search page without a query asks for no search engine', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const asked: string[] = [];
    p.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await p.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    expect(await p.locator('#search-status').innerText()).not.toBe('');
    expect(asked.filter((u) => u.startsWith('/pagefind'))).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the search page says so and points to the themes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.url}/search/?q=鲁班工坊`);
    expect(await p.locator('main').innerText()).toContain('搜索需要浏览器启用 JavaScript');
    expect(await p.locator('main a[href="/themes/"]').count()).toBe(1);
    await context.close();
  });
});

/** The clauses a query finds, with how each was found. */
const found = async (query: string) => (await searchFor(page, site.url, query)).hits.map((h) => `${h.kind} ${h.href}`);

describe('search folds the query as matching does', () => {
  it.each([
    ['国（境）外', ['国(境)外', '國(境)外', '國（境）外']],
    ['互联网＋教育', ['互联网+教育']],
    ['AI', ['ＡＩ', 'ａｉ']],
    ['“双减”', ['"双减"', '「雙減」']],
  ])('%s: every width, script and quote finds the same clauses', async (printed, variants) => {
    const expected = await found(printed);
    expect(expected.length, printed).toBeGreaterThan(0);
    console.log(`${printed}: ${expected.length} hits (${expected.filter((h) => h.startsWith('exact')).length} exact)`);
    for (const v of variants) expect(await found(v), v).toEqual(expected);
  });
});
