import type { Page } from 'playwright-core';

export interface Hit {
  href: string;
  title: string;
  kind: string;
}

/** Opens the search page for a query and waits for its results. */
export async function searchFor(page: Page, base: string, query: string, extra = ''): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /共 \d+ 条/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 20_000 });
  const expected = Number(/共 (\d+) 条/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
  await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length >= Math.min(n, 20), expected, { timeout: 20_000 });
  const hits = await page.locator('#search-results li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('a')!.textContent ?? '',
      kind: li.className.replace(/.*hit-/, ''),
    })),
  );
  return { status: (await page.locator('#search-status').textContent()) ?? '', hits };
}
