/**
 * The English edition beyond plan pages: on a compare page, a region page and the targets page,
 * headings and labels are English, and every quoted clause shows Duidu's translation with the
 * Chinese one click away (or says it has none). Plans, regions and clauses are chosen from the
 * content, so the checks hold for any corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Clauses, type Clause } from '../src/schemas/clause.ts';
import { DocumentAlignments } from '../src/schemas/alignment.ts';
import { Translation } from '../src/schemas/translation.ts';
import { sourceFingerprint } from '../src/lib/translations/fingerprint.ts';
import { distDir, htmlToText, useSiteAndBrowser } from './support/site.ts';
import { readDist } from '../scripts/check/read-dist.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });
const content = fileURLToPath(new URL('../content/', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));
const docs = readdirSync(`${content}clauses`).map((f) => f.replace(/\.json$/, ''));
const clausesOf = new Map(docs.map((d) => [d, Clauses.parse(JSON.parse(readFileSync(`${content}clauses/${d}.json`, 'utf8')).clauses)]));
const translations = new Map(
  readdirSync(`${content}translations`)
    .filter((f) => f.endsWith('.json') && f !== 'glossary.json')
    .map((f) => Translation.parse(JSON.parse(readFileSync(`${content}translations/${f}`, 'utf8'))))
    .map((t) => [t.document, t]),
);
const clauseAt = (key: string): Clause => {
  const [doc, id] = key.split('#') as [string, string];
  return clausesOf.get(doc)!.find((c) => c.id === id)!;
};
/** The English the site should quote for a clause: a translation of its current text, else none. */
function currentEnglish(key: string): string | undefined {
  const [doc] = key.split('#') as [string];
  const clause = clauseAt(key);
  const t = translations.get(doc)?.clauses[clause.id];
  return t && t.source === sourceFingerprint(clause.text) ? t.en : undefined;
}

/** The two translated plans with the most aligned clauses between them. */
function bestTranslatedPair(): [string, string] {
  const count = new Map<string, number>();
  for (const d of docs.filter((x) => translations.has(x))) {
    const a = DocumentAlignments.parse(JSON.parse(readFileSync(`${content}alignments/${d}.json`, 'utf8')));
    for (const e of Object.values(a.clauses)) for (const x of e.aligned) if (d < x.document && translations.has(x.document)) count.set(`${d},${x.document}`, (count.get(`${d},${x.document}`) ?? 0) + 1);
  }
  const [best] = [...count].sort((x, y) => y[1] - x[1])[0]!;
  return best.split(',') as [string, string];
}

/** The region with the most documents of its own: its page sets each beside the next. */
function busiestRegion(): string {
  const regionOf = docs.map((d) => (JSON.parse(readFileSync(`${root}sources/${d}/meta.json`, 'utf8')) as { region: string }).region);
  return [...new Set(regionOf)].sort((a, b) => regionOf.filter((r) => r === b).length - regionOf.filter((r) => r === a).length)[0]!;
}

/**
 * Headings and labels with Chinese outside anything marked Chinese. A Chinese gloss in brackets
 * after English is the glossary's way of naming a programme (`Luban Workshop (鲁班工坊)`), so it
 * is allowed; so are elements that only a script shows in some states (hidden ones are skipped).
 */
async function chineseLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    // Everything on a Chinese page is marked Chinese: the check means something on English pages only.
    if (document.documentElement.lang !== 'en') return [`<html lang="${document.documentElement.lang}">`];
    const out: string[] = [];
    for (const el of document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6, th, dt, legend, label, caption, summary, button, .quote-label, .count)')) {
      if (el.closest('[lang^="zh"]') || !(el as HTMLElement).offsetParent && el.tagName !== 'SUMMARY') continue;
      const copy = el.cloneNode(true) as HTMLElement;
      for (const zh of copy.querySelectorAll('[lang^="zh"]')) zh.remove();
      const text = (copy.textContent ?? '').replace(/(?<=[A-Za-z”’.)]\s?)[(（][^()（）]*[)）]/g, '');
      if (han.test(text)) out.push(`${el.tagName.toLowerCase()}: ${text.trim().slice(0, 80)}`);
    }
    return out;
  });
}

/** Every quoted clause of the page: its key, its English quote if any, the Chinese quote and whether it says it has no English. */
async function quotes(page: Page, selector: string, keyOf: string) {
  return page.$$eval(
    selector,
    (els, attr) =>
      els.map((el) => ({
        key: attr === 'href' ? decodeURIComponent(el.querySelector('a.quote-label')!.getAttribute('href')!).replace(/^\/en\/plans\/([^/]+)\/#/, '$1#') : el.getAttribute(attr)!,
        en: el.querySelector(':scope > blockquote[lang="en"]')?.textContent ?? null,
        zh: el.querySelector('blockquote[lang="zh-CN"]')?.textContent ?? null,
        zhBehindClick: el.querySelector(':scope > details.quote-original > blockquote[lang="zh-CN"]') !== null,
        zhLink: el.querySelector(':scope > p.quote-original > a[hreflang="zh-CN"]')?.getAttribute('href') ?? null,
        saysUntranslated: el.querySelector(':scope > .untranslated') !== null,
      })),
    keyOf,
  );
}

function expectQuotedLikeContent(found: Awaited<ReturnType<typeof quotes>>) {
  expect(found.length).toBeGreaterThan(0);
  for (const q of found) {
    const english = currentEnglish(q.key);
    if (english) {
      expect(q.en?.startsWith(english), q.key).toBe(true);
      // One click away: behind a disclosure on the page, or a link to the clause in the Chinese edition.
      if (q.zhLink === null) {
        expect(q.zhBehindClick, `${q.key}: the Chinese one click away`).toBe(true);
        expect(q.zh, q.key).toBe(clauseAt(q.key).text);
      } else expect(q.zhLink, q.key).toBe(`/plans/${q.key.replace('#', '/#')}`);
    } else {
      expect(q.zh, q.key).toBe(clauseAt(q.key).text);
      expect(q.en, q.key).toBeNull();
      expect(q.saysUntranslated, `${q.key}: says it has no English`).toBe(true);
    }
  }
  // The content has translations, so the page must quote some of them.
  expect(found.some((q) => q.en !== null)).toBe(true);
}

describe('English pages that quote clauses', () => {
  it('a compare page: English headings and labels, each clause in English with its Chinese one click away', async () => {
    const plans = bestTranslatedPair();
    const page = await env.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = /\/compare\/data\/([^/]+)$/.exec(r.url());
      if (m) fetched.push(m[1]!);
    });
    await page.goto(`${env.url}/en/compare/?plans=${plans.join(',')}`);
    await page.waitForFunction(() => document.querySelector('#compare-status')?.textContent?.startsWith('Comparing'));
    expect(fetched.sort()).toEqual(plans.flatMap((p) => [`${p}.en.json`, `${p}.json`]).sort());
    expect(await chineseLabels(page)).toEqual([]);
    expectQuotedLikeContent(await quotes(page, '.compare-card', 'href'));
    // The Chinese is one click away: opening it shows the marked original.
    const original = page.locator('.compare-card details.quote-original').first();
    await original.locator('summary').click();
    expect(await original.locator('blockquote').isVisible()).toBe(true);
    await page.close();
  });

  it('a region page: English headings and labels, aligned clauses quoted in English, the Chinese a link away', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/en/regions/${busiestRegion()}/`);
    expect(await chineseLabels(page)).toEqual([]);
    expectQuotedLikeContent(await quotes(page, '.pair-clause', 'data-clause'));
    await page.close();
  });

  it('the targets page: English headings, labels and table headers; quotes of figures marked as Chinese', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/en/targets/`);
    expect(await chineseLabels(page)).toEqual([]);
    const cells = await page.$$eval('td.quote-cell', (els) => els.map((e) => e.getAttribute('lang')));
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells)).toEqual(new Set(['zh-CN']));
    await page.close();
  });

  it('the search page: every filter value in English, each translated plan by its English short title', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/en/search/`);
    await page.locator('#search-filters > summary').click();
    for (const group of await page.locator('.search-group').all()) await group.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await chineseLabels(page)).toEqual([]);
    const shown = new Map(await page.$$eval('input[data-filter="文件"]', (els) => els.map((e) => [e.getAttribute('data-value')!, e.closest('label')!.querySelector('.search-value')!.textContent!] as [string, string])));
    expect(shown.size).toBe(docs.length);
    for (const [doc, t] of translations) expect(shown.get(doc), doc).toBe(t.metadata.shortTitle?.en);
    await page.close();
  });
});

describe('English counts', () => {
  // A count of one with a plural noun ("1 clauses", "at least 1 hours"), in any English page's text.
  const ONE_PLURAL = /(?<![\d.,\u2013-])\b1 (clauses|documents|results|themes|regions|targets|plans|countries|years|hours|pairs|people|courses|lessons|editions|rounds|batches)\b/g;

  it('no English page puts a plural noun after the number one', () => {
    const english = [...readDist(distDir).pages].filter(([path]) => path.startsWith('en/'));
    expect(english.length).toBeGreaterThan(0);
    const wrong = english.flatMap(([path, html]) => [...htmlToText(html).matchAll(ONE_PLURAL)].map((m) => `${path}: ${m[0]}`));
    expect(wrong).toEqual([]);
  });
});
