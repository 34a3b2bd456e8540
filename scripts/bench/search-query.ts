/**
 * Search cost as a reader meets it: bytes transferred and time for a first query (nothing cached)
 * and a second one on the same page, in Chromium against the built site.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startServer } from '../serve/static-server.ts';
import { launchBrowser } from '../serve/browser.ts';
import { isMain } from '../node-version.ts';
import { byPart, type Response } from './search-parts.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search/page-size.ts';

export interface QueryCost {
  query: string;
  ms: number;
  /** Bytes of every response the query caused, as sent (the server gzips text; the index comes gzipped). */
  bytes: number;
  /** Of those, the search index and its code under /pagefind/ and /search/. */
  searchBytes: number;
  results: number;
  /** Every response, with its bytes as sent. */
  responses: Response[];
}

/** Counts the bytes of every response a page receives, the search worker's included. */
function meter(page: Page): () => Promise<{ all: number; search: number; responses: Response[] }> {
  const pending: Promise<Response>[] = [];
  page.on('requestfinished', (request) => {
    // A request still in flight when the browser closes (a fragment fetched ahead) is not part of
    // the measured query: its sizes are lost with the browser, and count as nothing.
    pending.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }), () => ({ url: request.url(), bytes: 0 })));
  });
  return async () => {
    const all = await Promise.all(pending);
    return {
      all: all.reduce((n, r) => n + r.bytes, 0),
      search: all.filter((r) => /\/(pagefind|search)\//.test(new URL(r.url).pathname)).reduce((n, r) => n + r.bytes, 0),
      responses: all,
    };
  };
}

/**
 * The page's own clock (milliseconds since its navigation began) at the moment the status names
 * the query and the first page of results is on screen. Read in the page by watching its changes,
 * so the measuring neither polls on the page's thread nor adds the driver's round trips.
 */
function settledAt(page: Page, query: string): Promise<number> {
  const watch = ([q, perPage]: readonly [string, number]) =>
    new Promise<number>((resolve, reject) => {
      const done = () => {
        // The page echoes the query inside invisible bidi isolates.
        const status = (document.querySelector('#search-status')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
        const n = Number(/共 (\d+) 条/.exec(status)?.[1] ?? -1);
        return status.startsWith(`“${q}”`) && n >= 0 && document.querySelectorAll('#search-results li').length >= Math.min(n, perPage);
      };
      if (done()) return resolve(performance.now());
      const timer = setTimeout(() => reject(new Error(`search for ${q}: no results drawn within 60 s`)), 60_000);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
  return page.evaluate(watch, [query, RESULTS_PER_PAGE] as const);
}

/** Time from navigation to the first page of results, by the page's clock. */
async function openSearch(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return settledAt(page, new URL(url).searchParams.get('q')!);
}

const resultCount = (page: Page) => page.evaluate(() => Number(/共 (\d+) 条/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? 0));

export async function measureSearch(dist: string, first = '鲁班工坊', second = '友好学校'): Promise<QueryCost[]> {
  const { server, url } = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transferred = meter(page);
    const firstMs = await openSearch(page, `${url}/search/?q=${encodeURIComponent(first)}`);
    const afterFirst = await transferred();
    const costs: QueryCost[] = [{ query: first, ms: firstMs, bytes: afterFirst.all, searchBytes: afterFirst.search, results: await resultCount(page), responses: afterFirst.responses }];
    await page.locator('#search-q').fill(second);
    const t1 = await page.evaluate(() => performance.now());
    await page.locator('#search-form button[type=submit]').click();
    const secondMs = (await settledAt(page, second)) - t1;
    const afterSecond = await transferred();
    costs.push({ query: second, ms: secondMs, bytes: afterSecond.all - afterFirst.all, searchBytes: afterSecond.search - afterFirst.search, results: await resultCount(page), responses: afterSecond.responses.slice(afterFirst.responses.length) });
    // A first search sorted by date, in a page of its own (nothing cached): what 按日期 adds.
    const dated = await browser.newPage();
    const datedBytes = meter(dated);
    const datedMs = await openSearch(dated, `${url}/search/?q=${encodeURIComponent(first)}&sort=date`);
    const byDate = await datedBytes();
    costs.push({ query: `${first} (sorted by date)`, ms: datedMs, bytes: byDate.all, searchBytes: byDate.search, results: await resultCount(dated), responses: byDate.responses });
    return costs;
  } finally {
    await browser.close();
    server.close();
  }
}

/** `node scripts/bench/search-query.ts [dist] [first query] [second query]`: each query's cost, part by part. */
if (isMain(import.meta)) {
  const [dist = fileURLToPath(new URL('../../dist/', import.meta.url)), ...queries] = process.argv.slice(2);
  for (const c of await measureSearch(dist, ...queries)) {
    console.log(`${c.query}: ${c.ms.toFixed(0)} ms, ${(c.bytes / 1024).toFixed(1)} KB transferred (${(c.searchBytes / 1024).toFixed(1)} KB search), ${c.results} results`);
    for (const [part, { requests, bytes }] of Object.entries(byPart(c.responses))) console.log(`  ${part}: ${requests} requests, ${(bytes / 1024).toFixed(1)} KB`);
  }
}
