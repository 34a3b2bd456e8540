import { fileURLToPath } from 'node:url';
/**
 * Adding a plan is routine: a copy of the project gets a sixth plan (a made-up Chengdu plan in
 * e2e/fixtures/sixth-plan/, with its region), runs the pipeline and the build, and a reader finds
 * it everywhere a plan belongs. Then the copy's own test suite runs: it passes only if no test
 * counts today's documents. The copy is built with a small search shard
 * (`DUIDU_INDEX_SHARD_MB`), so each search bundle is in several shards as a large corpus's is,
 * and its suite's search tests run on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../scripts/serve/static-server.ts';
import { TargetRecords } from '../src/schemas/target.ts';
import { scratchProjectWith, type ScratchProject } from './support/scratch.ts';
import { searchFor } from './support/search.ts';
import { SHARD_VARIABLE } from '../src/integrations/pagefind-index.ts';
import { SHARD_MANIFEST_FILE, type ShardManifest } from '../src/lib/search/shards.ts';
import { launchBrowser } from '../scripts/serve/browser.ts';

const ID = 'chengdu-international-2023';
const fixture = fileURLToPath(new URL('./fixtures/sixth-plan/', import.meta.url));
const text = readFileSync(join(fixture, 'text.txt'), 'utf8');
const regions = [
  { id: 'sichuan', name: '四川省', nameEn: 'Sichuan', level: 'province', parent: null },
  { id: 'chengdu', name: '成都市', nameEn: 'Chengdu', level: 'city', parent: 'sichuan' },
];
/** The scratch tests build copies of the project themselves; running them inside a copy would recurse. */
const SCRATCH_TESTS = ['e2e/sixth-plan.test.ts', 'e2e/protections.test.ts'];
/** About a third of the Chinese clauses' text a shard. */
const SHARD_MB = '10';

let project: ScratchProject;
let browser: Browser;
let server: { url: string; close: () => void };
let page: Page;
const started = Date.now();

beforeAll(async () => {
  project = scratchProjectWith({ [ID]: { 'text.txt': text, 'meta.json': readFileSync(join(fixture, 'meta.json'), 'utf8') } }, regions, { [SHARD_VARIABLE]: SHARD_MB });
  await project.buildAsync();
  console.log(`sixth plan: copied, ingested, targets read and built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const s = await startServer(project.dist);
  server = { url: s.url, close: () => s.server.close() };
  browser = await launchBrowser();
  page = await browser.newPage();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  project?.remove();
  console.log(`sixth plan: whole file took ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

/** Clauses of the built plan page as a reader sees them: anchor, label, text. */
async function clausesOnPage(): Promise<{ id: string; label: string; href: string; text: string }[]> {
  await page.goto(`${server.url}/plans/${ID}/`);
  return page.locator('.clause[id]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      label: el.querySelector(':scope > .clause-link')?.textContent ?? '',
      href: el.querySelector(':scope > .clause-link')?.getAttribute('href') ?? '',
      text: el.querySelector(':scope > .clause-text')?.textContent ?? '',
    })),
  );
}

describe('a sixth plan, added as an editor would add it', () => {
  it('its page lists its clauses under the plan’s own numbering, each with an anchor that links to itself', async () => {
    const clauses = await clausesOnPage();
    expect(await page.locator('h1').innerText()).toBe('成都市教育局关于印发《成都市推进教育国际化三年行动计划（2023—2025年）》的通知');
    const byId = new Map(clauses.map((c) => [c.id, c]));
    for (const [id, label, opening] of [
      ['notice', '通知', '成都市教育局关于印发'],
      ['notice-no1', '通知·文号1', '成教发〔2023〕12号'],
      ['p1', '一', '一、总体要求'],
      ['p1-s2', '一（二）', '（二）主要目标'],
      ['p1-s2-q1', '一（二）·第1段', '到2025年，全市中小学与境外学校缔结友好学校达到50所'],
      ['p2-s1-i2', '二（一）2', '2、办好天府国际教育交流周。'],
      ['p2-s2-i4', '二（二）4', '4、建设鲁班工坊。'],
      ['p2-s5-i10', '二（五）10', '10、实施骨干教师海外研修计划。'],
      ['p2-s5-i10-b1', '二（五）10（1）', '（1）遴选骨干教师赴友好学校跟岗研修'],
      ['p3-s4', '三（四）', '（四）做好宣传评估'],
      ['p4-q1', '四·第1段', '本行动计划自印发之日起施行'],
    ] as const) {
      expect(byId.get(id), id).toMatchObject({ label, href: `#${id}` });
      expect(byId.get(id)!.text.startsWith(opening), `${id}: ${byId.get(id)!.text}`).toBe(true);
    }
    expect(clauses.every((c) => c.href === `#${c.id}`)).toBe(true);
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    // Every numbered line of the source is a clause, in source order, labelled with its own number.
    const numbered = text.split('\n').filter((l) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+、|（\d+）)/.test(l));
    let at = 0;
    for (const line of numbered) {
      const i = clauses.findIndex((c, k) => k >= at && c.text === line.replace(/\s/g, ''));
      expect(i, line).toBeGreaterThanOrEqual(at);
      const number = /^(?:([一二三四五六七八九十]+)、|(（[一二三四五六七八九十]+）)|(\d+)、|(（\d+）))/.exec(line)!.slice(1).find(Boolean)!;
      expect(clauses[i]!.label.endsWith(number), `${clauses[i]!.label} for ${line}`).toBe(true);
      at = i + 1;
    }
  });

  it('the theme pages for its themes quote it', async () => {
    for (const [theme, clause] of [
      ['sister-schools', 'p2-s1-i1'],
      ['luban-workshop', 'p2-s2-i4'],
    ] as const) {
      await page.goto(`${server.url}/themes/${theme}/`);
      const quoted = await page.locator('a.quote-label').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(quoted, theme).toContain(`/plans/${ID}/#${clause}`);
      expect(await page.locator(`#doc-${ID}`).count(), theme).toBe(1);
    }
  });

  it('its numeric target is in /data/targets.json, quoted from its clause', async () => {
    const records = TargetRecords.parse(await (await fetch(`${server.url}/data/targets.json`)).json());
    const own = records.filter((r) => r.document === ID);
    expect(own).toEqual(
      expect.arrayContaining([expect.objectContaining({ clause: 'p1-s2-q1', indicator: 'sister-schools', value: 50, unit: '所', year: 2025, kind: 'target', region: 'chengdu' })]),
    );
    for (const r of own) expect(text).toContain(r.quote);
  });

  it('its English page shows the Chinese under the same anchors and says it has no translation yet; the translation report lists it', async () => {
    const chinese = await clausesOnPage();
    await page.goto(`${server.url}/en/plans/${ID}/`);
    expect(await page.locator('.translation-notice').innerText()).toContain('No English translation yet');
    expect(await page.locator('.clause[id]').evaluateAll((els) => els.map((el) => el.id))).toEqual(chinese.map((c) => c.id));
    expect(await page.locator(`#${chinese.at(-1)!.id} .bi-zh`).innerText()).toBe(chinese.at(-1)!.text);
    const report = await project.runAsync('scripts/translations.ts', '--check');
    expect(report.status).toBe(0);
    expect(report.output).toContain(`${ID}: no translation; its ${chinese.length} clauses show in Chinese only`);
  });

  it('a search for a phrase only it contains lands on its clause', async () => {
    const others = readdirSync(join(project.dir, 'sources'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== ID);
    for (const d of others) expect(readFileSync(join(project.dir, 'sources', d.name, 'text.txt'), 'utf8'), d.name).not.toContain('天府国际教育交流周');
    const { hits } = await searchFor(page, server.url, '天府国际教育交流周');
    expect(hits[0]?.href).toBe(`/plans/${ID}/#p2-s1-i2`);
    // The clause holds the phrase whole, however the index cut it into words.
    expect(hits[0]?.kind).toBe('exact');
    expect(hits[0]?.marks).toEqual(['天府国际教育交流周']);
  });

  it('its search bundles are in shards, searched as one: a phrase in every plan finds each plan, newest first by date', async () => {
    for (const bundle of ['pagefind', 'pagefind-en']) {
      const { shards } = JSON.parse(readFileSync(join(project.dist, bundle, SHARD_MANIFEST_FILE), 'utf8')) as ShardManifest;
      expect(shards.length, bundle).toBeGreaterThanOrEqual(2);
    }
    // 友好学校 is in the 2019, 2021, 2023 (this plan) and 2024 documents, which the shards split by date.
    const { hits } = await searchFor(page, server.url, '友好学校', '&sort=date');
    const plans = [...new Set(hits.filter((h) => h.kind === 'exact').map((h) => h.href.replace(/#.*/, '')))];
    expect(plans).toEqual(['/plans/yuzhong-news-2024/', `/plans/${ID}/`, '/plans/guangzhou-opening-2021-2025/', '/plans/yuzhong-international-2019/']);
  });

  it(
    'the copy’s whole test suite passes with it, so no test counts the documents',
    async () => {
      const t0 = Date.now();
      const r = await project.runAsync('node_modules/vitest/vitest.mjs', 'run', ...SCRATCH_TESTS.flatMap((f) => ['--exclude', f]));
      const summary = r.output.split('\n').filter((l) => /Test Files|Tests {2}|passed|failed|FAIL|not judged/.test(l.replace(/\x1b\[[0-9;]*m/g, '')));
      console.log(`sixth plan: the copy's suite ran in ${((Date.now() - t0) / 1000).toFixed(0)} s\n${summary.join('\n')}`);
      expect(r.status, r.output.slice(-6000)).toBe(0);
      // Passing means running: tests ran, none failed, none skipped.
      expect(r.output).toMatch(/\b[1-9]\d* passed, 0 failed, 0 skipped/);
      expect(r.output).toContain(`not judged: ${ID}`);
    },
    900_000,
  );
});
