import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/serve/browser.ts';
import { serveDist } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;
let site: { url: string; close: () => void };

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});
afterAll(async () => {
  await browser?.close();
  site?.close();
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function copyCitation(path: string, clause: string, button: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${site.url}${path}#${clause}`);
  await page.locator(`details.cite[data-clause="${clause}"] > summary`).click();
  await page.locator(`details.cite[data-clause="${clause}"]`).getByRole('button', { name: button }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

describe('citing a clause', () => {
  it('copies the GB/T 7714 citation of a Guangzhou clause', async () => {
    expect(await copyCitation('/plans/guangzhou-opening-2021-2025/', 'p4-s2-i9', '复制 GB/T 7714')).toBe(
      `佚名. 广州市教育对外开放“十四五”规划[EB/OL]. 第四部分（二）第9条[${today()}]. ${site.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9.`,
    );
  });

  it('copies the GB/T 7714 citation of the Yuzhong notice with its 文号 and date', async () => {
    expect(await copyCitation('/plans/yuzhong-international-2019/', 'notice', '复制 GB/T 7714')).toBe(
      `重庆市渝中区人民政府办公室. 重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知: 渝中府办〔2019〕34号[EB/OL]. (2019-05-30): 印发通知[${today()}]. ${site.url}/plans/yuzhong-international-2019/#notice.`,
    );
  });

  it('copies the permalink and an APA citation', async () => {
    expect(await copyCitation('/plans/yuzhong-international-2019/', 'p3-s5', '复制链接')).toBe(`${site.url}/plans/yuzhong-international-2019/#p3-s5`);
    expect(await copyCitation('/plans/yuzhong-international-2019/', 'p3-s5', '复制 APA')).toMatch(/^General Office of the People's Government of Yuzhong District, Chongqing\. \(2019, May 30\)\. .* Clause 三（五）\. Duidu\. Retrieved /);
  });

  it('without JavaScript the citation text is on the page to select', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}/plans/guangzhou-opening-2021-2025/`);
    expect(await page.locator('#cite .cite-gbt').innerText()).toContain('佚名. 广州市教育对外开放“十四五”规划[EB/OL].');
    await page.locator('details.cite[data-clause="p4-s2-i9"] > summary').click();
    expect(await page.locator('details.cite[data-clause="p4-s2-i9"] .cite-gbt').innerText()).toContain('第四部分（二）第9条');
    await noJs.close();
  });

  it('the exports download with the right item type', async () => {
    const ris = await (await fetch(`${site.url}/plans/yuzhong-international-2019/cite.ris`)).text();
    expect(ris).toContain('TY  - GOVDOC');
    const csl = (await (await fetch(`${site.url}/plans/yuzhong-news-2024/cite.json`)).json()) as { type: string }[];
    expect(csl[0]?.type).toBe('article-newspaper');
    expect(await (await fetch(`${site.url}/plans/guangzhou-opening-2021-2025/cite.bib`)).text()).toMatch(/^@misc\{guangzhou-opening-2021-2025,/);
  });
});
