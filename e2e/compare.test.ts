/**
 * The compare page in Chromium, for two and three plans chosen from the content (the pair with the
 * most aligned clauses, and the three plans most aligned among themselves), so the checks hold for
 * any corpus: every quoted clause reads as in its plan, every link lands, only the chosen plans'
 * data is fetched, and a bad id is named while the rest still shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentAlignments } from '../src/schemas/alignment.ts';
import { Clauses } from '../src/schemas/clause.ts';
import { readPage, useSiteAndBrowser } from './support/site.ts';
import { watchPage } from './support/page-checks.ts';

const content = fileURLToPath(new URL('../content/', import.meta.url));
const docs = readdirSync(`${content}clauses`).map((f) => f.replace(/\.json$/, ''));
const clauseText = new Map(docs.flatMap((d) => Clauses.parse(JSON.parse(readFileSync(`${content}clauses/${d}.json`, 'utf8')).clauses).map((c) => [`${d}#${c.id}`, c.text] as const)));
const alignments = docs.map((d) => DocumentAlignments.parse(JSON.parse(readFileSync(`${content}alignments/${d}.json`, 'utf8'))));
const pairCount = new Map<string, number>();
for (const a of alignments) for (const e of Object.values(a.clauses)) for (const x of e.aligned) if (a.document < x.document) pairCount.set(`${a.document},${x.document}`, (pairCount.get(`${a.document},${x.document}`) ?? 0) + 1);
const [bestTwo] = [...pairCount].sort((x, y) => y[1] - x[1])[0]!;
const two = bestTwo.split(',');
const three = [...two, docs.filter((d) => !two.includes(d)).sort((x, y) => (pairCount.get([two[0]!, y].sort().join(',')) ?? 0) - (pairCount.get([two[0]!, x].sort().join(',')) ?? 0))[0]!];
const planIds = (html: string) => new Set([...html.matchAll(/ id="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]!));

describe('the compare page', () => {
  const env = useSiteAndBrowser({ beforeAll, afterAll });

  async function open(query: string) {
    const page = await env.browser.newPage();
    const watched = await watchPage(page);
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = /\/compare\/data\/([^/]+)\.json$/.exec(r.url());
      if (m) fetched.push(decodeURIComponent(m[1]!));
    });
    await page.goto(`${env.url}/compare/?${query}`);
    // Settled: the status says something, and no longer that it is loading (a message about an
    // unknown id comes first, while the valid plans still load).
    await page.waitForFunction(() => {
      const status = document.querySelector('#compare-status')?.textContent ?? '';
      return status !== '' && !status.includes('正在载入');
    });
    return { page, watched, fetched };
  }

  it.each([
    ['two', two],
    ['three', three],
  ])('%s plans: one column a plan, quotes exactly as in the plans, every link lands, only their data fetched', async (_n, plans) => {
    const { page, watched, fetched } = await open(`plans=${plans.join(',')}`);
    expect(fetched.sort()).toEqual([...plans].sort());
    expect(await page.locator('.compare-summary tbody tr').count()).toBe(plans.length);
    const firstRow = page.locator('details.compare-theme').first();
    expect(await firstRow.locator('.compare-col').count()).toBe(plans.length);
    expect(await firstRow.getAttribute('open')).not.toBeNull();
    // Every quoted clause reads exactly as its plan's clause, and its label links to its anchor there.
    const cards = await page.$$eval('.compare-card', (els) =>
      els.map((el) => ({ href: el.querySelector('a.quote-label')!.getAttribute('href')!, text: el.querySelector('blockquote')!.textContent! })),
    );
    expect(cards.length).toBeGreaterThan(0);
    const anchors = new Map<string, Set<string>>();
    for (const c of cards) {
      const [, doc, clause] = /^\/plans\/([^/]+)\/#(.+)$/.exec(c.href)!;
      expect(plans).toContain(doc);
      expect(c.text).toBe(clauseText.get(`${doc}#${clause}`));
      if (!anchors.has(doc!)) anchors.set(doc!, planIds(readPage(`/plans/${doc}/`)));
      expect(anchors.get(doc!), c.href).toContain(clause);
    }
    // Each aligned clause link points at a card on this page, which points back.
    const links = await page.$$eval('.compare-card .aligned a', (as) => as.map((a) => ({ from: a.closest('li')!.id, to: a.getAttribute('href')!.slice(1) })));
    expect(links.length).toBeGreaterThan(0);
    const ids = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
    for (const l of links) {
      expect(ids, l.to).toContain(l.to);
      expect(links.some((m) => m.from === l.to && m.to === l.from), `${l.to} links back to ${l.from}`).toBe(true);
    }
    expect(await page.locator('.compare-card.has-aligned mark').count()).toBeGreaterThan(0);
    expect(watched.violations).toEqual([]);
    await page.close();
  });

  it('states what only some plans cover, never silently', async () => {
    const { page } = await open(`plans=${three.join(',')}`);
    const partial = page.locator('details.compare-theme .coverage.partial').first();
    expect(await partial.textContent()).toMatch(/^仅见于《.+》；《.+》未涉及。/);
    await page.close();
  });

  it('names an unknown id and still compares the rest', async () => {
    const { page, fetched } = await open(`plans=${two[0]},no-such-plan,${two[1]}`);
    expect(await page.locator('#compare-status').textContent()).toContain('no-such-plan');
    expect(fetched.sort()).toEqual([...two].sort());
    expect(await page.locator('.compare-summary tbody tr').count()).toBe(2);
    await page.close();
  });

  it('the form checks the chosen plans and submits a plain GET that opens the same comparison', async () => {
    const { page } = await open(`plans=${two.join(',')}`);
    expect(await page.$$eval('input[name="plans"]:checked', (els) => els.map((e) => (e as HTMLInputElement).value).sort())).toEqual([...two].sort());
    await page.locator('#compare-form button[type="submit"]').click();
    await page.waitForURL(/plans=/);
    expect(new URL(page.url()).searchParams.getAll('plans').sort()).toEqual([...two].sort());
    await page.waitForFunction(() => document.querySelector('#compare-status')?.textContent?.startsWith('已对读'));
    await page.close();
  });

  it('reads without JavaScript: the form lists every plan and says what needs a script', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.url}/compare/?plans=${two.join(',')}`);
    expect((await page.$$eval('input[name="plans"]', (els) => els.map((e) => (e as HTMLInputElement).value))).sort()).toEqual([...docs].sort());
    expect(await page.locator('noscript').count()).toBe(1);
    await context.close();
  });
});

describe('plan pages offer their comparisons', () => {
  it('each plan page links to comparisons of itself with other plans, at least one where the two share aligned clauses', () => {
    for (const d of docs) {
      const html = readPage(`/plans/${d}/`);
      const nav = /<nav class="plan-comparisons"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const pairs = [...nav.matchAll(/href="\/compare\/\?plans=([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!).split(','));
      expect(pairs.length, d).toBeGreaterThan(0);
      for (const p of pairs) {
        expect(p[0], d).toBe(d);
        expect(docs).toContain(p[1]);
      }
      const mostAligned = [...pairCount].filter(([k]) => k.split(',').includes(d)).sort((x, y) => y[1] - x[1])[0];
      if (mostAligned) expect(pairs.map((p) => p[1]), d).toContain(mostAligned[0].split(',').find((x) => x !== d));
    }
  });
});

describe('theme pages down the hierarchy', () => {
  it('show the lower plan’s aligned clauses under the upper plan’s', () => {
    // A theme and an upper → lower aligned pair on it, found from the content rather than assumed.
    const regions = JSON.parse(readFileSync(new URL('../sources/regions.json', import.meta.url), 'utf8')) as { id: string; parent: string | null }[];
    const meta = new Map(docs.map((d) => [d, JSON.parse(readFileSync(new URL(`../sources/${d}/meta.json`, import.meta.url), 'utf8')) as { region: string }]));
    const index = JSON.parse(readFileSync(`${content}theme-index.json`, 'utf8')) as Record<string, Record<string, string[]>>;
    const parentOf = (d: string) => regions.find((r) => r.id === meta.get(d)!.region)?.parent;
    const found: { theme: string; upper: string; lower: string }[] = [];
    for (const a of alignments) {
      for (const [id, e] of Object.entries(a.clauses)) {
        for (const x of e.aligned) {
          if (parentOf(x.document) !== meta.get(a.document)!.region) continue;
          for (const [theme, byDoc] of Object.entries(index)) {
            if (byDoc[a.document]?.includes(id) && byDoc[x.document]?.includes(x.clause)) found.push({ theme, upper: `${a.document}/#${id}`, lower: `${x.document}/#${x.clause}` });
          }
        }
      }
    }
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      const html = readPage(`/themes/${f.theme}/`);
      const section = html.slice(html.indexOf('class="vertical"'));
      // The upper clause's row in the table of its lower document lists the lower clause.
      const rows = [...section.matchAll(/<tr><th scope="row"><a href="\/plans\/([^"]+)">[\s\S]*?<\/tr>/g)].filter((m) => m[1] === f.upper);
      expect(rows.length, `${f.theme}: ${f.upper}`).toBeGreaterThan(0);
      expect(rows.some((r) => r[0].includes(`href="/plans/${f.lower}"`)), `${f.theme}: ${f.upper} → ${f.lower}`).toBe(true);
    }
  });

  it('say a lower plan issued before the upper one predates it, and call nothing "not carried" that could not carry it', () => {
    const dateOf = (d: string) => {
      const m = JSON.parse(readFileSync(new URL(`../sources/${d}/meta.json`, import.meta.url), 'utf8')) as { issued: { date: string } | string; published: { date: string } | string; type: string };
      const when = typeof m.issued === 'object' ? m.issued.date : typeof m.published === 'object' ? m.published.date : '9999';
      return { when, report: m.type === 'news-report' };
    };
    let predates = 0;
    for (const theme of readdirSync(`${content}themes`).map((f) => f.replace(/\.json$/, ''))) {
      const html = readPage(`/themes/${theme}/`);
      for (const m of html.matchAll(/<h3><a href="\/plans\/([^/]+)\/">[\s\S]*?<a href="\/plans\/([^/]+)\/">[\s\S]*?<p class="relation relation-(\w+)">([\s\S]*?)<\/p>/g)) {
        const [upper, lower, relation, text] = [m[1]!, m[2]!, m[3]!, m[4]!];
        const expected = dateOf(lower).report ? 'reports' : dateOf(lower).when < dateOf(upper).when ? 'predates' : 'follows';
        expect(relation, `${theme}: ${upper} → ${lower}`).toBe(expected);
        if (relation === 'predates') {
          predates++;
          expect(text).toContain('早于上级文件');
        }
        if (relation !== 'follows') expect(text).not.toContain('未承接');
      }
    }
    expect(predates).toBeGreaterThan(0);
  });
});
