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

/** Waits until the status names the query and the first page of results is on screen. */
function settled(page: Page, query: string) {
  return page.waitForFunction(
    ([q, perPage]) => {
      // The page echoes the query inside invisible bidi isolates.
      const status = (document.querySelector('#search-status')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
      const n = Number(/共 (\d+) 条/.exec(status)?.[1] ?? -1);
      return status.startsWith(`“${q}”`) && n >= 0 && document.querySelectorAll('#search-results li').length >= Math.min(n, perPage);
    },
    [query, RESULTS_PER_PAGE] as const,
    { timeout: 60_000 },
  );
}

const resultCount = (page: Page) => page.evaluate(() => Number(/共 (\d+) 条/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? 0));

export async function measureSearch(dist: string, first = '鲁班工坊', second = '友好学校'): Promise<QueryCost[]> {
  const { server, url } = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transferred = meter(page);
    const t0 = performance.now();
    await page.goto(`${url}/search/?q=${encodeURIComponent(first)}`);
    await settled(page, first);
    const firstMs = performance.now() - t0;
    const afterFirst = await transferred();
    const costs: QueryCost[] = [{ query: first, ms: firstMs, bytes: afterFirst.all, searchBytes: afterFirst.search, results: await resultCount(page), responses: afterFirst.responses }];
    await page.locator('#search-q').fill(second);
    const t1 = performance.now();
    await page.locator('#search-form button[type=submit]').click();
    await settled(page, second);
    const secondMs = performance.now() - t1;
    const afterSecond = await transferred();
    costs.push({ query: second, ms: secondMs, bytes: afterSecond.all - afterFirst.all, searchBytes: afterSecond.search - afterFirst.search, results: await resultCount(page), responses: afterSecond.responses.slice(afterFirst.responses.length) });
    // A first search sorted by date, in a page of its own (nothing cached): what 按日期 adds.
    const dated = await browser.newPage();
    const datedBytes = meter(dated);
    const t2 = performance.now();
    await dated.goto(`${url}/search/?q=${encodeURIComponent(first)}&sort=date`);
    await settled(dated, first);
    const datedMs = performance.now() - t2;
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
