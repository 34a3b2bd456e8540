import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutFaults } from './support/layout.ts';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });

/** One page of each kind. */
const pages = [
  '/',
  '/plans/',
  '/plans/yuzhong-international-2019/',
  '/themes/',
  '/themes/sister-schools/',
  '/targets/',
  '/data/',
  '/search/?q=鲁班工坊',
  '/collection/?c=guangzhou-opening-2021-2025:p4-s2-i9&c=yuzhong-international-2019:p3-s5-q1',
  '/compare/',
  '/compare/?plans=chongqing-modernisation-2020-2022,chongqing-education-power-2024-2035,guangzhou-opening-2021-2025',
  '/regions/chongqing/',
  '/names/',
];
/** Screenshots of each page's first screen, for a person to look through after a run (not committed). */
const shots = fileURLToPath(new URL('./.screens/', import.meta.url));

describe.each([
  [360, 'zh'],
  [360, 'en'],
  [768, 'zh'],
  [1280, 'zh'],
  [1280, 'en'],
] as const)('every kind of page at %i px (%s)', (width, lang) => {
  it('scrolls only down, with no text drawn over other text, squeezed a character a line, or too small to read', async () => {
    mkdirSync(shots, { recursive: true });
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const faults: string[] = [];
    // The English edition is its own pages under /en/.
    for (const [n, path] of pages.map((p) => (lang === 'en' ? `/en${p}` : p)).entries()) {
      await page.goto(`${env.url}${path}`);
      await page.waitForLoadState('networkidle');
      const name = path.split('?')[0]!.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `${shots}${width}-${lang}-${String(n).padStart(2, '0')}-${name}.png` });
      const f = await layoutFaults(page);
      if (f.sideways) faults.push(`${path}: scrolls ${f.sideways} px sideways`);
      for (const o of f.overlaps.slice(0, 3)) faults.push(`${path}: overlapping text ${o}`);
      for (const c of f.cramped.slice(0, 3)) faults.push(`${path}: squeezed ${c}`);
      for (const t of f.tiny.slice(0, 3)) faults.push(`${path}: too small ${t}`);
    }
    expect(faults).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('the previous/next box', () => {
  it('stands clear of the text on a desktop, and leaves room below the last line on a phone', async () => {
    const wide = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wide.goto(`${env.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9`);
    await wide.locator('.clause-nav').waitFor();
    const [nav, text] = await Promise.all([wide.locator('.clause-nav').boundingBox(), wide.locator('.plan-text').boundingBox()]);
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(text!.x);
    await wide.close();

    const phone = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${env.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9`);
    await phone.locator('.clause-nav').waitFor();
    await phone.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const [bar, footer] = await Promise.all([phone.locator('.clause-nav').boundingBox(), phone.locator('.site-footer').boundingBox()]);
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(bar!.y + 1);
    await phone.close();
  });

  it('headings show cite and collect only when pointed at', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/`);
    const heading = page.locator('#p4-s3');
    const pin = heading.locator('button.pin');
    await pin.waitFor({ state: 'attached' });
    expect(await pin.evaluate((b) => getComputedStyle(b).opacity)).toBe('0');
    await heading.hover();
    expect(await pin.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    // A clause with body text keeps them in view.
    expect(await page.locator('#p4-s3-i10 button.pin').evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    await page.close();
  });
});
