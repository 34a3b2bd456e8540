import type { Page } from 'playwright-core';
import { RESULTS_PER_PAGE } from '../../src/lib/search/page-size.ts';

export interface Hit {
  /** Where the result lands: the plan and clause anchor (`/plans/<id>/#<clause>`). */
  href: string;
  /** The link as written, with the words the plan page marks (`?hl=…`). */
  link: string;
  title: string;
  kind: string;
  /** The marked pieces of the excerpt. */
  marks: string[];
}

/** Opens the search page for a query and waits for its results. */
export async function searchFor(page: Page, base: string, query: string, extra = ''): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}${extra}`);
  return readResults(page);
}

/** The number of results the status gives, in either edition (`共 4 条`, `4 results`). */
const COUNT = '共 (\\d+) 条|: (\\d+) results?\\.';

/** Results the tests read: the first page, and more pages until this many are shown. */
const READ = 20;

/** The results on the search page once its status gives their number (the first `READ` of them). */
export async function readResults(page: Page): Promise<{ status: string; hits: Hit[] }> {
  await page.waitForFunction((count) => new RegExp(count).test(document.querySelector('#search-status')?.textContent ?? ''), COUNT, { timeout: 20_000 });
  const found = new RegExp(COUNT).exec((await page.locator('#search-status').textContent()) ?? '');
  const expected = Number(found?.[1] ?? found?.[2] ?? 0);
  const wanted = Math.min(expected, READ);
  await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length >= n, Math.min(wanted, RESULTS_PER_PAGE), { timeout: 20_000 });
  for (let shown = await page.locator('#search-results li').count(); shown < wanted && (await page.locator('#search-more').isVisible()); shown = await page.locator('#search-results li').count()) {
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown, { timeout: 20_000 });
  }
  // Back to the top, as the page opened: pressing 显示更多结果 scrolled it down.
  if (wanted > RESULTS_PER_PAGE) await page.evaluate(() => window.scrollTo(0, 0));
  const hits = await page.locator('#search-results li').evaluateAll((lis) =>
    lis.map((li) => {
      const link = li.querySelector('a')!.getAttribute('href')!;
      return {
        href: link.replace(/\?[^#]*/, ''),
        link,
        title: li.querySelector('a')!.textContent ?? '',
        kind: li.className.replace(/.*hit-/, ''),
        marks: [...li.querySelectorAll('.hit-excerpt mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
  return { status: (await page.locator('#search-status').textContent()) ?? '', hits };
}

/** Every result of the search the page shows, pressing 显示更多结果 until it is gone. */
export async function readAllResults(page: Page): Promise<{ status: string; hits: Hit[] }> {
  await readResults(page);
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown, { timeout: 20_000 });
  }
  return readResults(page);
}
