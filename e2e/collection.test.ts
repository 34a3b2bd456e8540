import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });
const gz = 'guangzhou-opening-2021-2025';
const yz = 'yuzhong-international-2019';

async function pin(page: Page, plan: string, clauses: string[]): Promise<void> {
  await page.goto(`${env.url}/plans/${plan}/`);
  for (const c of clauses) await page.locator(`#${c} button.pin`).click();
}
const shown = (page: Page) => page.locator('#collection .quote').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['clause']));
const headerCount = (page: Page) => page.locator('a[data-collection-link] .count').innerText();

async function reader(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  return { context, page: await context.newPage() };
}

describe("arranging one's own collection", () => {
  it('removes, moves and annotates items; the arrangement stays in this browser and in the link', async () => {
    const { context, page } = await reader();
    await pin(page, gz, ['p4-s2-i9', 'p4-s3-i10']);
    await pin(page, yz, ['p3-s5-q1']);
    await page.goto(`${env.url}/collection/`);
    await page.locator('#collection .quote').first().waitFor();
    expect(await shown(page)).toEqual([`${gz}#p4-s2-i9`, `${gz}#p4-s3-i10`, `${yz}#p3-s5-q1`]);

    await page.locator(`[data-clause="${yz}#p3-s5-q1"] button[data-action="up"]`).click();
    expect(await shown(page)).toEqual([`${gz}#p4-s2-i9`, `${yz}#p3-s5-q1`, `${gz}#p4-s3-i10`]);
    // The moved item keeps keyboard focus on its button.
    expect(await page.evaluate(() => document.activeElement?.closest('.quote')?.getAttribute('data-clause'))).toBe(`${yz}#p3-s5-q1`);

    await page.locator(`[data-clause="${gz}#p4-s2-i9"] button[data-action="remove"]`).click();
    expect(await shown(page)).toEqual([`${yz}#p3-s5-q1`, `${gz}#p4-s3-i10`]);
    expect(await headerCount(page)).toBe('2');
    expect(await page.locator('#collection-said').innerText()).toContain('已移除');

    const item = page.locator(`[data-clause="${gz}#p4-s3-i10"]`);
    await item.locator('.item-note summary').click();
    await item.locator('textarea').fill('与渝中区的做法对照');
    await item.locator('textarea').blur();
    await expect.poll(() => item.locator('.pin-note').innerText()).toBe('与渝中区的做法对照');

    // Reopened from the header link, in a fresh page: the same order, the note kept.
    await page.goto(`${env.url}/`);
    await page.locator('a[data-collection-link]').click();
    await page.locator('#collection .quote').first().waitFor();
    expect(await shown(page)).toEqual([`${yz}#p3-s5-q1`, `${gz}#p4-s3-i10`]);
    expect(await page.locator('.pin-note').innerText()).toBe('与渝中区的做法对照');
    expect(new URL(page.url()).searchParams.getAll('c')).toEqual([`${yz}:p3-s5-q1`, `${gz}:p4-s3-i10|与渝中区的做法对照`]);

    await page.locator('button[data-action="share"]').click();
    await expect.poll(() => page.locator('#collection-said').innerText()).toBe('已复制分享链接。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await context.close();
  }, 90_000);
});

describe('a collection shared by someone else', () => {
  it("says whose it is, can be added to the visitor's own, and 清空 never touches the visitor's pins", async () => {
    const { context: sharer, page: theirs } = await reader();
    await pin(theirs, gz, ['p4-s2-i9']);
    const link = await theirs.locator('a[data-collection-link]').getAttribute('href');
    await sharer.close();

    const { context, page } = await reader();
    await pin(page, yz, ['p3-s5-q1', 'p3-s5']);
    await page.goto(`${env.url}${link}`);
    await page.locator('#collection .quote').first().waitFor();
    expect(await shown(page)).toEqual([`${gz}#p4-s2-i9`]);
    expect(await page.locator('#collection-shared').isVisible()).toBe(true);
    expect(await page.locator('#collection-shared .own-count').innerText()).toBe('2');

    await page.locator('button[data-action="clear"]').click();
    await page.waitForURL(/\/collection\/(\?|$)/);
    await page.locator('#collection .quote').first().waitFor();
    expect(await shown(page)).toEqual([`${yz}#p3-s5-q1`, `${yz}#p3-s5`]);

    await page.goto(`${env.url}${link}`);
    await page.locator('#collection-shared button[data-action="save"]').click();
    await page.waitForURL(/c=/);
    await page.locator('#collection .quote').nth(2).waitFor();
    expect(await shown(page)).toEqual([`${yz}#p3-s5-q1`, `${yz}#p3-s5`, `${gz}#p4-s2-i9`]);
    expect(await headerCount(page)).toBe('3');
    expect(await page.locator('#collection-shared').isVisible()).toBe(false);
    await context.close();
  }, 90_000);

  it("prints as the clauses with their citations and the collection's address, without the controls", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/collection/?c=${gz}:p4-s2-i9|${encodeURIComponent('备注')}`);
    await page.locator('#collection .quote').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.collection-tools', '.item-tools', '.site-header', '#collection-shared']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('#collection .cite-text').innerText()).toContain('第四部分（二）第9条');
    expect(await page.locator('.pin-note').innerText()).toBe('备注');
    expect(await page.locator('.print-only').innerText()).toContain('/collection/?c=');
    await page.close();
  });
});
