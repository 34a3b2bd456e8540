import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });

describe('collections', () => {
  it('pins clauses from two plans; the collection link reopens the same clauses elsewhere', async () => {
    const reader = await env.browser.newContext();
    const page = await reader.newPage();
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/`);
    await page.locator('#p4-s2-i9 button.pin').click();
    await page.goto(`${env.url}/plans/yuzhong-international-2019/`);
    await page.locator('#p3-s5-q1 button.pin').click();
    expect(await page.locator('a[data-collection-link] .count').innerText()).toBe('2');
    const link = await page.locator('a[data-collection-link]').getAttribute('href');
    await reader.close();

    // Someone else, with nothing stored, opens the shared link.
    const other = await env.browser.newContext();
    const shared = await other.newPage();
    await shared.goto(`${env.url}${link}`);
    await shared.locator('#collection .quote').first().waitFor();
    expect(await shared.locator('#collection .quote').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['clause']))).toEqual([
      'guangzhou-opening-2021-2025#p4-s2-i9',
      'yuzhong-international-2019#p3-s5-q1',
    ]);
    expect(await shared.locator('#collection .quote').first().innerText()).toContain('扩大广州教育国际公共产品供给');
    expect(await shared.locator('#collection .cite-text').first().innerText()).toContain('第四部分（二）第9条');
    await other.close();
  });
});

describe('reading aids', () => {
  it('breadcrumbs run home → region → plan → clause, with previous and next clause', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/plans/yuzhong-international-2019/#p3-s5`);
    const crumbs = await page.locator('.breadcrumbs li').allInnerTexts();
    expect(crumbs).toEqual(['首页', '重庆市', '渝中区', '渝中区推进教育国际化的工作方案', '三（五）']);
    expect(await page.locator('.clause-nav .prev').getAttribute('href')).toBe('#p3-s4-q1');
    expect(await page.locator('.clause-nav .next').getAttribute('href')).toBe('#p3-s5-q1');
    await page.locator('.clause-nav .next').click();
    expect(new URL(page.url()).hash).toBe('#p3-s5-q1');
    await expect.poll(() => page.locator('.breadcrumbs li').last().innerText()).toBe('三（五）·第1段');
    // A table's label is in its caption.
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/#p3-s3-t1`);
    await expect.poll(() => page.locator('.breadcrumbs li').last().innerText()).toBe('三（三）·表1');
    expect(await page.locator('.clause-nav .current').innerText()).toBe('三（三）·表1');
    await page.close();
  });

  it('arriving from a theme page offers the way back', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/themes/sister-schools/`);
    await page.locator('a[href="/plans/yuzhong-international-2019/#p3-s1"]').first().click();
    await page.waitForURL(/#p3-s1$/);
    const back = page.locator('.clause-nav .back-theme');
    expect(await back.isVisible()).toBe(true);
    expect(await back.getAttribute('href')).toBe('/themes/sister-schools/');
    await page.close();
  });

  it('reads at 360 px without horizontal scrolling outside tables', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/plans/guangzhou-opening-2021-2025/', '/themes/sister-schools/', '/search/']) {
      await page.goto(`${env.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('a printed plan shows clause labels, the citation and permalinks', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/plans/yuzhong-international-2019/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#p3-s5 > .clause-link').isVisible()).toBe(true);
    expect(await page.locator('#cite').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const after = await page.locator('#p3-s5 > .clause-link').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('#p3-s5');
    await page.close();
  });
});

describe('interface language', () => {
  it('the switch is a link to the same page in English, written in English before any script runs; the plan text stays Chinese', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/`);
    await page.locator('a.lang-toggle').click();
    expect(new URL(page.url()).pathname).toBe('/en/plans/guangzhou-opening-2021-2025/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.site-header nav a[href="/en/themes/"]').innerText()).toBe('Themes');
    expect(await page.locator('.toc h2').innerText()).toBe('Contents');
    expect(await page.locator('.facts dt').first().innerText()).toBe('Region');
    expect(await page.locator('#p4-s2-i9').innerText()).toContain('扩大广州教育国际公共产品供给');
    await page.locator('.site-header nav a[href="/en/themes/"]').click();
    expect(await page.locator('h1').innerText()).toBe('Themes');
    await page.locator('a.lang-toggle').click();
    expect(new URL(page.url()).pathname).toBe('/themes/');
    expect(await page.locator('h1').innerText()).toBe('主题');
    await context.close();
  });
});

describe('table of contents', () => {
  it('follows the reader: the part or section in view is marked current', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/#p4-s6`);
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe('#p4-s6');
    await page.evaluate(() => document.getElementById('p5')!.scrollIntoView());
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toMatch(/^#p5(-s1)?$/);
    await page.close();
  });
});
