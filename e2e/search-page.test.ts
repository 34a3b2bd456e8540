import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceIds } from '../scripts/ingest/test-support.ts';
import { furnitureClauseIds } from '../src/lib/search/records.ts';
import type { Clause } from '../src/schemas/clause.ts';
import { readResults, searchFor } from './support/search.ts';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });
const clausesDir = fileURLToPath(new URL('../content/clauses/', import.meta.url));
const corpus = sourceIds().map((id) => JSON.parse(readFileSync(join(clausesDir, `${id}.json`), 'utf8')) as { document: string; clauses: Clause[] });
const clauseAt = (href: string) => {
  const [, doc, id] = /^\/plans\/([^/]+)\/#(.+)$/.exec(href) ?? [];
  return corpus.find((d) => d.document === doc)?.clauses.find((c) => c.id === id);
};
const furniture = new Set(corpus.flatMap((d) => [...furnitureClauseIds(d.clauses)].map((id) => `/plans/${d.document}/#${id}`)));
const theme = (id: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../content/themes/${id}.json`, import.meta.url)), 'utf8')) as { name: string; terms: string[] };

/** The text of the search page's note (how the query was read, corrections). */
const noteOf = (page: Page) => page.locator('#search-note').innerText();

describe.each([360, 768, 1280])('search at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await env.browser.newPage({ viewport: { width, height: 800 } });
  });
  afterAll(async () => page?.close());

  it.each([
    ['Luban workshop', 'luban-workshop'],
    ['lbgf', 'luban-workshop'],
    ['guojixuexiao', 'international-schools'],
    ['international students', 'study-in-china'],
  ])('%s resolves to the theme, says so, and lists its clauses', async (typed, id) => {
    const { name, terms } = theme(id);
    const { hits } = await searchFor(page, env.url, typed);
    expect(await noteOf(page)).toContain(`以下为主题 ${name}的结果`);
    expect(await page.locator(`#search-note a[href="/themes/${id}/"]`).count()).toBe(1);
    expect(hits.length).toBeGreaterThan(0);
    // Exact and synonym hits are clauses that hold one of the theme's terms.
    for (const h of hits.filter((x) => x.kind !== 'loose')) expect(terms.some((t) => clauseAt(h.href)?.text.includes(t)), h.href).toBe(true);
  });

  it('guojixuexiao puts the clauses that say 国际学校 first', async () => {
    const { hits } = await searchFor(page, env.url, 'guojixuexiao');
    expect(hits[0]?.kind).toBe('exact');
    expect(clauseAt(hits[0]!.href)?.text).toContain('国际学校');
  });

  it('鲁斑工坊 offers 鲁班工坊, and the offer searches it', async () => {
    await searchFor(page, env.url, '鲁斑工坊');
    const offer = page.locator('#search-note a', { hasText: '鲁班工坊' });
    expect(await noteOf(page)).toContain('您要找的是不是');
    await offer.click();
    const { hits } = await readResults(page);
    expect(hits.filter((h) => h.kind === 'exact').length).toBeGreaterThan(0);
  });

  it.each(['international students', '渝中区推进教育国际化的工作方案', '渝中府办〔2019〕34号', '2019年5月30日', '通知'])(
    '%s never lands on page furniture (title, notice, 文号, signature lines)',
    async (q) => {
      const { hits } = await searchFor(page, env.url, q);
      expect(hits.filter((h) => furniture.has(h.href)).map((h) => h.href)).toEqual([]);
    },
  );

  it('a document named by its title or 文号 is offered as the document', async () => {
    await searchFor(page, env.url, '渝中府办〔2019〕34号');
    expect(await page.locator('#search-note a[href="/plans/yuzhong-international-2019/"]').count()).toBe(1);
  });

  it('国际学校: exact means the whole phrase; marks are whole phrases', async () => {
    const { hits } = await searchFor(page, env.url, '国际学校');
    const exact = hits.filter((h) => h.kind === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    for (const h of exact) {
      expect(clauseAt(h.href)?.text, h.href).toContain('国际学校');
      expect(h.marks.every((m) => m === '国际学校'), `${h.href}: ${h.marks.join('|')}`).toBe(true);
    }
    // A clause that only says 国际化学校 is never exact, and 化学 is never marked.
    const onlyLonger = hits.filter((h) => /国际化学校/.test(clauseAt(h.href)?.text ?? '') && !/国际学校/.test(clauseAt(h.href)!.text.replaceAll('国际化学校', '')));
    expect(onlyLonger.length).toBeGreaterThan(0);
    for (const h of onlyLonger) expect(h.kind).not.toBe('exact');
    expect(hits.flatMap((h) => h.marks)).not.toContain('化学');
  });

  it('鲁班工坊 is marked whole, in the excerpt and on the clause the result lands on', async () => {
    const { hits } = await searchFor(page, env.url, '鲁班工坊');
    for (const h of hits) expect(h.marks).toEqual(expect.arrayContaining(['鲁班工坊']));
    expect(hits.flatMap((h) => h.marks).every((m) => m === '鲁班工坊')).toBe(true);
    await page.locator('#search-results li a').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/plans/') && u.hash === new URL(hits[0]!.link, env.url).hash);
    const marked = await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('search-term');
      return h ? [...h].map((r) => ({ text: r.toString(), inTarget: document.getElementById(location.hash.slice(1))!.contains(r.commonAncestorContainer) })) : undefined;
    });
    expect(await marked.jsonValue()).toEqual([{ text: '鲁班工坊', inTarget: true }]);
  });

  it('results come first: no filter is shown before the first result, which is on the first screen', async () => {
    await searchFor(page, env.url, '教育');
    expect(await page.locator('#search-filters input[type=checkbox]').first().isVisible()).toBe(false);
    const top = await page.locator('#search-results li').first().evaluate((li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it(`filters open ${width <= 640 ? 'as a drawer over the results' : 'without covering the page'}, with counts that follow the query and the other filters`, async () => {
    const { hits } = await searchFor(page, env.url, '友好学校');
    const firstTop = () => page.locator('#search-results li').first().evaluate((li) => li.getBoundingClientRect().top);
    const before = await firstTop();
    await page.locator('#search-filters > summary').click();
    const panel = page.locator('.search-drawer-panel');
    await page.locator('#search-filters[data-counts="query"]').waitFor({ state: 'attached' });
    const box = (await panel.boundingBox())!;
    if (width <= 640) {
      expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
      expect(await firstTop()).toBe(before);
    }
    const count = async (filter: string, value: string) => Number(await page.locator(`input[data-filter="${filter}"][data-value="${value}"] ~ .search-count`).textContent());
    // Each document's count is its share of the results; together they are all of them.
    const docs = corpus.map((d) => d.document);
    const perDoc = await Promise.all(docs.map((d) => count('文件', d)));
    expect(perDoc.reduce((a, b) => a + b, 0)).toBe(hits.length);
    for (const [i, d] of docs.entries()) expect(perDoc[i], d).toBe(hits.filter((h) => h.href.startsWith(`/plans/${d}/`)).length);
    // With a region chosen, the document counts follow it: documents elsewhere count 0.
    const yuzhong = await count('地区', '渝中区');
    await page.locator('input[data-filter="地区"][data-value="渝中区"]').check();
    const narrowed = await readResults(page);
    expect(narrowed.hits.length).toBe(yuzhong);
    await page.locator('#search-counts-note').waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.querySelector('input[data-value="guangzhou-opening-2021-2025"] ~ .search-count')?.textContent === '0');
    if (width <= 640) await page.locator('#search-done').click();
    expect(await page.locator('#search-active').textContent()).toBe('1');
  });

  it('a long filter draws its largest values and the rest on request; a value the address chooses is drawn and ticked', async () => {
    await page.goto(`${env.url}/search/`);
    const more = page.locator('button[data-rest]').first();
    const group = (await more.evaluate((b) => b.closest('fieldset')!.dataset['group']))!;
    const drawn = await page.locator(`input[data-filter="${group}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value')!));
    const rest = (await (await page.request.get(`${env.url}${await more.getAttribute('data-rest')}`)).json()) as { value: string }[];
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.filter((v) => drawn.includes(v.value))).toEqual([]);
    expect(await more.textContent()).toContain(String(drawn.length + rest.length));
    // Chosen in the address though not drawn: the page draws it, ticks it and filters by it.
    const chosen = rest[rest.length - 1]!.value;
    const total = (status: string) => Number(/共 (\d+) 条/.exec(status)?.[1]);
    const filtered = await searchFor(page, env.url, '教育', `&f=${encodeURIComponent(`${group}:${chosen}`)}`);
    expect(total(filtered.status)).toBeGreaterThan(0);
    expect(await page.locator(`input[data-filter="${group}"][data-value="${chosen}"]`).isChecked()).toBe(true);
    expect(await page.locator('#search-active').textContent()).toBe('1');
    expect(total(filtered.status)).toBeLessThan(total((await searchFor(page, env.url, '教育')).status));
    // Asked for, every value is there once, and the focus moves to the first new one.
    await page.locator('#search-filters > summary').click();
    await page.locator(`fieldset[data-group="${group}"]`).evaluate((f) => ((f.closest('details') as HTMLDetailsElement).open = true));
    const button = page.locator(`fieldset[data-group="${group}"] button[data-rest]`);
    await button.click();
    await button.waitFor({ state: 'detached' });
    const all = await page.locator(`input[data-filter="${group}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value')!));
    expect(all).toEqual([...drawn, ...rest.map((v) => v.value)]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-value'))).toBe(rest[0]!.value);
    await page.locator('#search-counts-note').waitFor({ state: 'hidden' });
    if (width <= 640) await page.locator('#search-done').click();
  });

  it('a document filter keeps one plan; its page searches within it', async () => {
    const doc = 'guangzhou-opening-2021-2025';
    const { hits } = await searchFor(page, env.url, '教育', `&f=${encodeURIComponent(`文件:${doc}`)}`);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.href.startsWith(`/plans/${doc}/`))).toBe(true);
    await page.goto(`${env.url}/plans/${doc}/`);
    await page.locator('.plan-search input[name=q]').fill('友好学校');
    await page.locator('.plan-search button').click();
    const within = await readResults(page);
    expect(new URL(page.url()).searchParams.getAll('f')).toEqual([`文件:${doc}`]);
    expect(within.hits.length).toBeGreaterThan(0);
    expect(within.hits.every((h) => h.href.startsWith(`/plans/${doc}/`))).toBe(true);
  });

  it('the page does not shift as results arrive (CLS < 0.02)', async () => {
    const fresh = await env.browser.newPage({ viewport: { width, height: 800 } });
    await fresh.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await searchFor(fresh, env.url, '鲁班工坊');
    await fresh.waitForTimeout(300);
    const cls = await fresh.evaluate(() => (window as unknown as { cls: number }).cls);
    console.log(`search page CLS at ${width} px: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.02);
    await fresh.close();
  });
});
