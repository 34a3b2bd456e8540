import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchFor } from './support/search.ts';
import { launchBrowser, serveDist } from './support/site.ts';

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
