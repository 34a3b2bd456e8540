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
  context = await browser.newContext({ acceptDownloads: true });
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

/** A clause's 引用 control, found from the clause it belongs to. */
const citeOf = (clause: string) => `[id="${clause}"] > .clause-links > details.cite`;

async function copyCitation(path: string, clause: string, button: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${site.url}${path}#${clause}`);
  await page.locator(`${citeOf(clause)} > summary`).click();
  await page.locator(citeOf(clause)).getByRole('button', { name: button }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

describe('citing a clause', () => {
  it('copies the GB/T 7714 citation of a Guangzhou clause', async () => {
    expect(await copyCitation('/plans/guangzhou-opening-2021-2025/', 'p4-s2-i9', '复制 GB/T 7714')).toBe(
      `佚名. 广州市教育对外开放“十四五”规划[R/OL]. 第四部分（二）第9条[${today()}]. ${site.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9.`,
    );
  });

  it('copies the GB/T 7714 citation of the Yuzhong notice with its 文号 and date', async () => {
    expect(await copyCitation('/plans/yuzhong-international-2019/', 'notice', '复制 GB/T 7714')).toBe(
      `重庆市渝中区人民政府办公室. 重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知: 渝中府办〔2019〕34号[R/OL]. 印发通知(2019-05-30)[${today()}]. ${site.url}/plans/yuzhong-international-2019/#notice.`,
    );
  });

  it('copies the permalink and an APA citation', async () => {
    expect(await copyCitation('/plans/yuzhong-international-2019/', 'p3-s5', '复制链接')).toBe(`${site.url}/plans/yuzhong-international-2019/#p3-s5`);
    expect(await copyCitation('/plans/yuzhong-international-2019/', 'p3-s5', '复制 APA')).toBe(
      `General Office of the People's Government of Yuzhong District, Chongqing. (2019). 重庆市渝中区人民政府办公室关于印发《渝中区推进教育国际化的工作方案》的通知 [Notice of the General Office of the Yuzhong District People's Government on issuing the Work Plan for Advancing the Internationalisation of Education in Yuzhong District] (No. 渝中府办〔2019〕34号). ${site.url}/plans/yuzhong-international-2019/#p3-s5`,
    );
  });

  it('an undated document’s APA citation spells out the retrieval date', async () => {
    const d = new Date();
    const spelt = `${d.toLocaleString('en-US', { month: 'long' })} ${d.getDate()}, ${d.getFullYear()}`;
    expect(await copyCitation('/plans/guangzhou-opening-2021-2025/', 'p4-s2-i9', '复制 APA')).toBe(
      `广州市教育对外开放“十四五”规划 [Guangzhou 14th Five-Year Plan for Opening Up Education to the World]. (n.d.). Retrieved ${spelt}, from ${site.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9`,
    );
  });

  it('without JavaScript the citation text is on the page to select', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}/plans/guangzhou-opening-2021-2025/`);
    expect(await page.locator('#cite .cite-gbt').innerText()).toContain('佚名. 广州市教育对外开放“十四五”规划[R/OL].');
    expect(await page.locator('#cite .cite-apa i').innerText()).toMatch(/^广州市教育对外开放“十四五”规划 \[Guangzhou /);
    await page.locator(`${citeOf('p4-s2-i9')} > summary`).click();
    expect(await page.locator(`${citeOf('p4-s2-i9')} .cite-gbt`).innerText()).toContain('第四部分（二）第9条');
    await noJs.close();
  });

  it('the exports download with the right item type, and a build that does not know its address writes no path and no access date', async () => {
    const ris = await (await fetch(`${site.url}/plans/yuzhong-international-2019/cite.ris`)).text();
    expect(ris).toContain('TY  - RPRT');
    expect(ris).not.toMatch(/^(Y2|UR {2}- \/)/m);
    const csl = (await (await fetch(`${site.url}/plans/yuzhong-news-2024/cite.json`)).json()) as Record<string, unknown>[];
    expect(csl[0]?.['type']).toBe('article-newspaper');
    expect(csl[0]).not.toHaveProperty('accessed');
    expect(String(csl[0]?.['URL'] ?? 'https:')).toMatch(/^https?:/);
    const bib = await (await fetch(`${site.url}/plans/guangzhou-opening-2021-2025/cite.bib`)).text();
    expect(bib).toMatch(/^@report\{guangzhou-opening-2021-2025,/);
    expect(bib).not.toMatch(/urldate|url = \{\//);
  });

  it('a clause exports as RIS, BibTeX and CSL-JSON from its 引用 control, pointing at the clause', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9`);
    const control = page.locator(citeOf('p4-s2-i9'));
    await control.locator('> summary').click();
    const files: Record<string, string> = {};
    for (const label of ['RIS', 'BibTeX', 'CSL-JSON']) {
      const [download] = await Promise.all([page.waitForEvent('download'), control.getByRole('button', { name: label, exact: true }).click()]);
      files[label] = await streamText(await download.createReadStream());
    }
    await page.close();
    expect(files['RIS']).toContain(`UR  - ${site.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9\r\n`);
    expect(files['RIS']).toContain('N1  - 引文位置：第四部分（二）第9条');
    expect(files['BibTeX']).toMatch(/^@report\{guangzhou-opening-2021-2025-p4-s2-i9,/);
    expect(JSON.parse(files['CSL-JSON']!)[0]).toMatchObject({ type: 'report', URL: `${site.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9` });
  });

  it('the news page names its reporters as authors and no issuing body', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/plans/yuzhong-news-2024/`);
    const facts = page.locator('dl.facts');
    expect(await facts.locator('dt', { hasText: '作者' }).locator('xpath=following-sibling::dd').innerText()).toBe('李佳佳、陈锐（记者）');
    expect(await facts.locator('dt', { hasText: '发布机关' }).count()).toBe(0);
    await page.close();
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
