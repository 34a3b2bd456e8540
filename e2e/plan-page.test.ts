import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceIds } from '../scripts/ingest/test-support.ts';
import { ExportedClauses, ExportedDocuments } from '../src/schemas/data-export.ts';
import { useSiteAndBrowser } from './support/site.ts';

const env = useSiteAndBrowser({ beforeAll, afterAll });

describe('plan pages', () => {
  it('the home page lists every document with region, level, type and period', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/`);
    const rows = page.locator('table.doc-list tbody tr');
    const listed = await rows.locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...listed].sort()).toEqual(sourceIds().map((id) => `/plans/${id}/`));
    const gz = await rows.filter({ hasText: '广州市教育对外开放' }).innerText();
    expect(gz).toContain('广东省 › 广州市');
    expect(gz).toContain('五年规划');
    expect(gz).toContain('2021—2025年');
    await page.close();
  });

  it('every source is published: its page, /data/documents.json, /data/clauses.json and the search suggestions', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${env.url}${path}`);
      expect(res.status, path).toBe(200);
      return res.json() as Promise<unknown>;
    };
    const ids = sourceIds();
    expect(ExportedDocuments.parse(await get('/data/documents.json')).map((d) => d.id).sort()).toEqual(ids);
    expect([...new Set(ExportedClauses.parse(await get('/data/clauses.json')).map((c) => c.document))].sort()).toEqual(ids);
    const suggested = ((await get('/search/suggest.json')) as { url: string }[]).map((s) => s.url);
    for (const id of ids) {
      expect(suggested, id).toContain(`/plans/${id}/`);
      expect((await fetch(`${env.url}/plans/${id}/`)).status, id).toBe(200);
    }
  });

  it('a deep link highlights its clause and scrolls it below the sticky header', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/#p4-s2-i9`);
    const clause = page.locator('#p4-s2-i9');
    expect(await clause.innerText()).toContain('9.扩大广州教育国际公共产品供给。');
    const highlighted = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('#p4-s2-i8').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe(plain);
    const header = await page.locator('.site-header').boundingBox();
    const box = await clause.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    expect(box!.y).toBeLessThan(800);
    await page.close();
  });

  it('reads fully without JavaScript: clauses, labels, the indicator table', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.url}/plans/guangzhou-opening-2021-2025/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').innerText()).toBe('广州市教育对外开放“十四五”规划');
    const row = page.locator('tr:has(#p3-s3-t1-r6)');
    expect(await row.locator('td').allInnerTexts()).toEqual(['6', '国际及港澳台姊妹学校(对)', '377', '430', '约束性']);
    expect(await page.locator('#p4-s2-i9 .clause-link').innerText()).toBe('四（二）9');
    await context.close();
  });

  it('shows the recorded corrections to readers, linked to the clauses they touch', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/plans/yuzhong-news-2024/`);
    const notes = page.locator('#editorial-notes li.note-correction');
    const recorded = JSON.parse(readFileSync(new URL('../sources/yuzhong-news-2024/corrections.json', import.meta.url), 'utf8')) as { reason: string }[];
    expect(await notes.count()).toBe(recorded.length);
    const join = notes.filter({ hasText: '选优配强' });
    await join.locator('a[href="#rencai-q3"]').click();
    expect(new URL(page.url()).hash).toBe('#rencai-q3');
    // Three bullets read as one item: the note links to it, and the two bullets' old anchors land on it.
    await notes.filter({ hasText: '列表项合为一项' }).locator('a[href="#shushuo-l14"]').click();
    await page.goto(`${env.url}/plans/yuzhong-news-2024/#shushuo-l16`);
    const item = page.locator('#shushuo-l14');
    await expect.poll(() => item.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    expect(await item.innerText()).toContain('教育部人工智能教育基地 市级智慧校园建设示范校等市级以上试点单位24个');
    await page.close();
  });

  it('every clause anchor on every plan page is unique and every label links to itself', async () => {
    const page = await env.browser.newPage();
    for (const id of sourceIds()) {
      await page.goto(`${env.url}/plans/${id}/`);
      const ids = await page.locator('.clause[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length, id).toBeGreaterThan(0);
      expect(new Set(ids).size, id).toBe(ids.length);
      // Each clause's own label (a table's is in its caption) points at the clause.
      const labels = await page.locator('.clause[id]').evaluateAll((els) => els.map((e) => [e.id, e.querySelector(':scope > .clause-link, :scope > figcaption > .clause-link')?.getAttribute('href')]));
      for (const [clause, href] of labels) expect(href, `${id}#${clause}`).toBe(`#${clause}`);
    }
    await page.close();
  });
});
