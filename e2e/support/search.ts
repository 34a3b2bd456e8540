import type { Page } from 'playwright-core';

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

/** The results on the search page once its status gives their number. */
export async function readResults(page: Page): Promise<{ status: string; hits: Hit[] }> {
  await page.waitForFunction((count) => new RegExp(count).test(document.querySelector('#search-status')?.textContent ?? ''), COUNT, { timeout: 20_000 });
  const found = new RegExp(COUNT).exec((await page.locator('#search-status').textContent()) ?? '');
  const expected = Number(found?.[1] ?? found?.[2] ?? 0);
  await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length >= Math.min(n, 20), expected, { timeout: 20_000 });
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
