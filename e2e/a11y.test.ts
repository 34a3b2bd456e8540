import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './support/axe.ts';
import { watchPage } from './support/page-checks.ts';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });

const pages = ['/', '/plans/', '/regions/', '/regions/chongqing/', '/regions/yuzhong/', '/plans/guangzhou-opening-2021-2025/', '/plans/yuzhong-news-2024/', '/themes/', '/themes/sister-schools/', '/search/?q=友好学校', '/targets/', '/data/', '/collection/'];

describe('accessibility and policy, page by page', () => {
  it.each(pages)('%s: axe finds nothing serious or critical, and the CSP is never violated', async (path) => {
    const page = await env.browser.newPage();
    const watched = await watchPage(page);
    await page.goto(`${env.url}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(watched.violations).toEqual([]);
    await page.close();
  });

  it('every page has landmarks and a skip link that works', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/`);
    expect(await page.locator('header, main, footer, nav').count()).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.close();
  });
});
