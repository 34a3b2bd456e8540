import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });
const plan = '/plans/guangzhou-opening-2021-2025/';
const clause = 'p4-s2-i9';

/** Where a clause stands on screen, and the lowest edge of anything fixed or sticky over the top of the page. */
function placeOf(page: Page, id: string): Promise<{ top: number; bottom: number; covered: number; height: number }> {
  return page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!;
    const h = header.getBoundingClientRect();
    const stuck = ['fixed', 'sticky'].includes(getComputedStyle(header).position) && h.top <= 0;
    return { top: r.top, bottom: r.bottom, covered: stuck ? h.bottom : 0, height: innerHeight };
  }, id);
}

describe.each([360, 768, 1024, 1280])('a plan page at %i px', (width) => {
  it('scrolls forward with the wheel, every step', async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 740 } });
    await page.goto(`${env.url}${plan}`);
    await page.mouse.move(width / 2, 500);
    const seen: number[] = [await page.evaluate(() => scrollY)];
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, 600);
      // Two frames: the wheel scroll lands, then the contents follow it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      seen.push(await page.evaluate(() => scrollY));
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i], `scroll positions ${seen.join(' → ')}`).toBeGreaterThan(seen[i - 1]!);
    await page.close();
  });

  it('opens a permalink on its clause, below the header, and stays there', async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 740 } });
    await page.goto(`${env.url}${plan}#${clause}`);
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe('#p4-s2');
    await page.waitForTimeout(300);
    const at = await placeOf(page, clause);
    expect(at.top, 'clause top below the header').toBeGreaterThanOrEqual(at.covered);
    expect(at.top, 'clause top on screen').toBeLessThan(at.height / 2);
    // Narrower screens fold the contents above the text; opened, they show where the reader is,
    // inside their own box, without moving the page.
    const fold = page.locator('.toc details');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const folded = await page.locator('.toc ol').isVisible();
    expect(folded, 'contents list beside the text').toBe(width >= 1024);
    if (!folded) {
      // Opening the contents brings them on screen; back at the clause, they follow it.
      await page.locator('.toc summary').click();
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), clause);
      await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe('#p4-s2');
    }
    const inBox = await page.evaluate(() => {
      const link = document.querySelector('.toc a[aria-current="location"]')!.getBoundingClientRect();
      return ['.toc', '.toc ol'].every((box) => {
        const r = document.querySelector(box)!.getBoundingClientRect();
        return link.top >= r.top - 1 && link.bottom <= r.bottom + 1;
      });
    });
    expect(inBox).toBe(true);
    await page.close();
  });
});
