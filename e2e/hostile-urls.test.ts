/**
 * Addresses and storage a reader did not write: a malformed hash, corrupted pins, blocked storage,
 * prototype names as search filters. Each page must still start its scripts and show its content.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './support/site.ts';

const plan = readdirSync(fileURLToPath(new URL('../content/clauses/', import.meta.url)))[0]!.replace(/\.json$/, '');

describe('hostile addresses and storage', () => {
  const env = useSiteAndBrowser({ beforeAll, afterAll });

  async function open(path: string, storage?: string) {
    const context = await env.browser.newContext();
    if (storage !== undefined) await context.addInitScript((v) => localStorage.setItem('duidu-pins', v), storage);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.url}${path}`);
    await page.waitForLoadState('load');
    return { page, errors, close: () => context.close() };
  }

  it.each(['#%', '#%E0%A4%A', '#%zz'])('a plan page with the hash %s starts its pin buttons and throws nothing', async (hash) => {
    const { page, errors, close } = await open(`/plans/${plan}/${hash}`);
    await page.waitForSelector('button.pin');
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['null', '{}', '"abc"', '[{"plan":"x"}]', '[[['])('stored pins %s: pages start, the count reads 0, pinning works', async (stored) => {
    const { page, errors, close } = await open(`/plans/${plan}/`, stored);
    await page.waitForSelector('button.pin');
    expect(await page.locator('a[data-collection-link] .count').first().textContent()).toBe('0');
    await page.locator('button.pin').first().click();
    expect(await page.locator('a[data-collection-link] .count').first().textContent()).toBe('1');
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['__proto__', 'constructor'])('a search with the filter %s:x shows results, not a blank page', async (name) => {
    const { page, errors, close } = await open(`/search/?q=${encodeURIComponent('教育')}&f=${name}:x`);
    await page.waitForFunction(() => /共 \d+ 条|\d+ results/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
    await close();
  });
});
