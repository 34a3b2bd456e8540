/**
 * The English edition: pages under /en/ written in English before any script runs, alternates
 * both ways, and plan texts in English beside the Chinese wherever a translation exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Translation } from '../src/schemas/translation.ts';
import { Clauses } from '../src/schemas/clause.ts';
import { distDir, readPage, useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });
const root = new URL('../', import.meta.url);
/** Each plan's English title, from the built title files the search page names results with. */
const planTitles = () => {
  const dir = join(distDir, 'search', 'titles', 'en');
  return new Map(readdirSync(dir).flatMap((f) => Object.entries(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>)));
};

function englishPages(dir = join(distDir, 'en')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? englishPages(join(dir, e.name)) : e.name === 'index.html' ? [`/${relative(distDir, dir)}/`] : [],
  );
}

const translations = () =>
  readdirSync(new URL('content/translations/', root))
    .filter((f) => f.endsWith('.json') && f !== 'glossary.json')
    .map((f) => Translation.parse(JSON.parse(readFileSync(new URL(`content/translations/${f}`, root), 'utf8'))));
const clausesOf = (id: string) => Clauses.parse(JSON.parse(readFileSync(new URL(`content/clauses/${id}.json`, root), 'utf8')).clauses);
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

describe('English edition', () => {
  it('every page has a Chinese twin; each names the other as its alternate, and the switch links to it', () => {
    const pages = englishPages();
    expect(pages).toContain('/en/plans/');
    for (const en of pages) {
      const zh = en.slice(3);
      const [enHtml, zhHtml] = [readPage(en), readPage(zh)];
      expect(attr(enHtml, /<html lang="([^"]+)"/), en).toBe('en');
      expect(attr(zhHtml, /<html lang="([^"]+)"/), zh).toBe('zh-CN');
      // Alternates are absolute in a build for publishing (DUIDU_SITE_URL set), root-relative otherwise.
      const path = (href: string | undefined) => href && new URL(href, 'http://unset.invalid').pathname;
      for (const html of [enHtml, zhHtml]) {
        expect(path(attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/))).toBe(en);
        expect(path(attr(html, /<link rel="alternate" hreflang="zh-CN" href="([^"]+)"/))).toBe(zh);
      }
      expect(attr(enHtml, /<a class="lang-toggle" href="([^"]+)"/)).toBe(zh);
      expect(attr(zhHtml, /<a class="lang-toggle" href="([^"]+)"/)).toBe(en);
      // The <title> is English, and links to pages stay in the edition.
      expect(attr(enHtml, /<title>([^<]*)<\/title>/), en).not.toMatch(/\p{Script=Han}/u);
      expect(enHtml.match(/<a [^>]*href="\/(?!en\/)[^"]*\/(?:[?#][^"]*)?"[^>]*>/g)?.filter((a) => !a.includes('hreflang')) ?? [], en).toEqual([]);
    }
  });

  it('reads in English without JavaScript and keeps nothing in storage', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.url}/en/`);
    expect(await page.locator('h1').innerText()).not.toMatch(/\p{Script=Han}/u);
    expect(await page.locator('.site-header nav').innerText()).toContain('Themes');
    await context.close();
    const scripted = await env.browser.newPage();
    await scripted.goto(`${env.url}/en/themes/`);
    expect(await scripted.evaluate(() => localStorage.length)).toBe(0);
    await scripted.context().close();
  });

  it('shows each translated clause in English beside its Chinese, under the same anchor, labelled as Duidu’s translation', () => {
    const all = translations();
    expect(all.length).toBeGreaterThan(0);
    for (const t of all) {
      const html = readPage(`/en/plans/${t.document}/`);
      const zhHtml = readPage(`/plans/${t.document}/`);
      expect(html).toContain('Duidu’s unofficial translation');
      for (const c of clausesOf(t.document)) {
        expect(zhHtml, c.id).toContain(`id="${c.id}"`);
        const block = new RegExp(`<div class="clause bilingual[^"]*" id="${c.id}"[\\s\\S]*?<p class="bi-zh[^>]*>([^<]*)</p>`).exec(html);
        expect(block, `${t.document}#${c.id}`).not.toBeNull();
        expect(block![1]).toBe(c.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        const en = t.clauses[c.id];
        if (en) expect(block![0], `${t.document}#${c.id}`).toContain(en.en.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      }
    }
  });

  it('theme pages name each plan by its short English title, as the Chinese pages use the short Chinese one', () => {
    const themes = readdirSync(join(distDir, 'en', 'themes'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    let seen = 0;
    for (const t of translations()) {
      const short = t.metadata['shortTitle']?.en;
      if (!short) continue;
      const heading = new RegExp(`<h3 id="h-${t.document}"><a href="/en/plans/${t.document}/">([^<]*)</a>`);
      for (const theme of themes) {
        const named = heading.exec(readPage(`/en/themes/${theme}/`))?.[1];
        if (named === undefined) continue;
        expect(named, `/en/themes/${theme}/`).toBe(short.replace(/&/g, '&amp;'));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('puts English and Chinese side by side on wide screens, one after the other on phones; links show one language', async () => {
    const doc = translations()[0]!.document;
    const id = clausesOf(doc).find((c) => c.kind === 'paragraph' && translations()[0]!.clauses[c.id])!.id;
    const page = await env.browser.newPage();
    const boxes = async (width: number, query = '') => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${env.url}/en/plans/${doc}/${query}#${id}`);
      const box = async (sel: string) => (await page.locator(`#${id} ${sel}`).isVisible() ? await page.locator(`#${id} ${sel}`).boundingBox() : null);
      return { en: await box('.bi-en'), zh: await box('.bi-zh'), wide: await page.evaluate(() => document.documentElement.scrollWidth > innerWidth) };
    };
    const wide = await boxes(1280);
    expect(wide.zh!.x).toBeGreaterThan(wide.en!.x + wide.en!.width - 1);
    expect(Math.abs(wide.zh!.y - wide.en!.y)).toBeLessThan(5);
    for (const width of [360, 768]) {
      const narrow = await boxes(width);
      if (width === 360) expect(narrow.zh!.y).toBeGreaterThan(narrow.en!.y + narrow.en!.height - 1);
      expect(narrow.wide, `sideways scroll at ${width}px`).toBe(false);
    }
    const english = await boxes(1280, '?text=en');
    expect(english.zh).toBeNull();
    expect(english.en).not.toBeNull();
    const chinese = await boxes(360, '?text=zh');
    expect(chinese.en).toBeNull();
    expect(chinese.zh).not.toBeNull();
    await page.close();
  }, 90_000);

  it('English search lands on translated clauses by their English names, and shows the Chinese with the English', async () => {
    const named: Record<string, string[]> = {
      'Luban Workshop': ['鲁班工坊'],
      'international students': ['来华留学', '留学生', '外籍学生'],
      'sister schools': ['友好学校', '姊妹学校'],
      'recruiting overseas talent': ['海外引智'],
      'Sino-foreign cooperative education': ['中外合作办学'],
    };
    const targets = Object.entries(named)
      .map(([query, zh]) => ({
        query,
        hrefs: translations().flatMap((t) => clausesOf(t.document).filter((c) => t.clauses[c.id] && zh.some((z) => c.text.includes(z))).map((c) => `/en/plans/${t.document}/#${c.id}`)),
      }))
      .filter((q) => q.hrefs.length > 0);
    expect(targets.length).toBeGreaterThanOrEqual(2);
    const page = await env.browser.newPage();
    for (const { query, hrefs } of targets) {
      await page.goto(`${env.url}/en/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /\d+ results/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 20_000 });
      const first = page.locator('#search-results li').first();
      // A result link carries the words to mark on the clause (?hl=…): the clause is what matters here.
      const href = (await first.locator('a').first().getAttribute('href'))?.replace(/\?[^#]*/, '');
      expect(hrefs, query).toContain(href);
      // The result names its plan, in English, before the clause's label.
      const plan = /^\/en\/plans\/([^/]+)\//.exec(href ?? '')![1]!;
      const title = planTitles().get(plan);
      expect(title, plan).toBeTruthy();
      const named = await first.locator('a').first().innerText();
      expect(named.startsWith(`${title} `), named).toBe(true);
      expect(await first.locator('.hit-zh').getAttribute('lang')).toBe('zh-CN');
      expect(await first.locator('.hit-zh').innerText()).toMatch(/\p{Script=Han}/u);
    }
    await page.close();
  });
});
