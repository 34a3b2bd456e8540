import { fileURLToPath } from 'node:url';
/**
 * Charts, open data and the targets page on the built site: the SVGs render with the right marks,
 * tooltips show values, the tables say what the data files say, and the files hold the targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIndicators } from '../src/lib/indicator-links.ts';
import { selectComparisonPanels } from '../src/lib/charts/target-comparison.ts';
import { selectBaselineRows } from '../src/lib/charts/baseline-target.ts';
import { targetColumns } from '../src/lib/data-export.ts';
import { formatFigure } from '../src/lib/target-format.ts';
import { collectChecks } from '../src/lib/figure-checks.ts';
import { indicatorsForTheme } from '../src/lib/theme-indicators.ts';
import { DocumentLinks } from '../src/schemas/links.ts';
import { sourceIds } from '../scripts/ingest/test-support.ts';
import { ExportedClauses, ExportedDocuments, ExportedThemes, type ExportedDocument } from '../src/schemas/data-export.ts';
import { Indicators, TargetRecords, type Indicator, type TargetRecord } from '../src/schemas/target.ts';
import { watchPage } from './support/page-checks.ts';
import { launchBrowser } from '../scripts/serve/browser.ts';
import { distDir, serveDist } from './support/site.ts';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));
let browser: Browser;
let site: { url: string; close: () => void };
let records: TargetRecord[];
let indicators: Indicator[];
let documents: ExportedDocument[];

const getText = async (path: string) => {
  const res = await fetch(`${site.url}${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
};

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  records = TargetRecords.parse(JSON.parse(await getText('/data/targets.json')));
  indicators = Indicators.parse(JSON.parse(await getText('/data/indicators.json')));
  documents = ExportedDocuments.parse(JSON.parse(await getText('/data/documents.json')));
});
afterAll(async () => {
  await browser?.close();
  site?.close();
});

/** RFC 4180 records of a CSV text (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('open data files', () => {
  it('targets.json holds the 9 Guangzhou table indicators and the Yuzhong 2021 targets with their clauses', () => {
    const gz = records.filter((r) => r.document === 'guangzhou-opening-2021-2025' && r.clause.startsWith('p3-s3-t1-r'));
    expect(gz.map((r) => `${r.clause} ${r.indicator} ${r.baseline}→${r.value}${r.unit} ${r.attribute}`)).toEqual([
      'p3-s3-t1-r1 international-students 4.3→6万人 预期性',
      'p3-s3-t1-r2 sino-foreign-programmes 8→15项 预期性',
      'p3-s3-t1-r3 window-schools 0→50所 约束性',
      'p3-s3-t1-r4 expat-children-schools 13→18所 预期性',
      'p3-s3-t1-r5 intl-private-schools 12→20所 预期性',
      'p3-s3-t1-r6 sister-schools 377→430对 约束性',
      'p3-s3-t1-r7 research-platforms 23→30个 预期性',
      'p3-s3-t1-r8 university-alliance-members 13→20个 预期性',
      'p3-s3-t1-r9 faculty-overseas-experience 19.5→25% 预期性',
    ]);
    const yz2021 = records.filter((r) => r.document === 'yuzhong-international-2019' && r.year === 2021);
    expect(yz2021.map((r) => `${r.clause} ${r.indicator} ${formatFigure(r)}`)).toEqual([
      'p2-q1 international-schools 1所',
      'p2-q1 international-departments 5个',
      'p2-q1 sister-schools 60个',
      'p2-q1 confucius-classrooms 4个',
      'p2-q1 sino-foreign-programmes 2个',
      'p2-q1 intl-curriculum-projects 2—3个',
      'p3-s1-q1 sister-schools 60所',
      'p3-s2-q1 staff-sent-abroad 60名',
      'p3-s3-q1 exchange-base-schools 5—6所',
      'p3-s4-q1 international-schools 1所',
    ]);
  });

  it('every record quotes its clause, as clauses.json publishes it', async () => {
    const clauses = ExportedClauses.parse(JSON.parse(await getText('/data/clauses.json')));
    const text = new Map(clauses.map((c) => [`${c.document}#${c.id}`, c.text]));
    for (const r of records) expect(text.get(`${r.document}#${r.clause}`), r.id).toContain(r.quote);
    expect([...new Set(clauses.map((c) => c.document))].sort()).toEqual(sourceIds());
  });

  it('targets.csv is UTF-8 with a BOM, RFC 4180, and says what targets.json says', async () => {
    const bytes = new Uint8Array(await (await fetch(`${site.url}/data/targets.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text[0]).toBe('\uFEFF');
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...targetColumns]);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      const r = records[i]!;
      expect(row[targetColumns.indexOf('id')]).toBe(r.id);
      expect(row[targetColumns.indexOf('quote')]).toBe(r.quote);
      expect(row[targetColumns.indexOf('value')]).toBe(r.value === null ? '' : String(r.value));
    });
  });

  it('themes.json, clauses.json and documents.json validate and agree with each other', async () => {
    const themes = ExportedThemes.parse(JSON.parse(await getText('/data/themes.json')));
    const clauses = ExportedClauses.parse(JSON.parse(await getText('/data/clauses.json')));
    const themesOf = new Map(clauses.map((c) => [`${c.document}#${c.id}`, c.themes]));
    const ids = new Set(documents.map((d) => d.id));
    for (const t of themes) {
      for (const [doc, list] of Object.entries(t.clauses)) {
        expect(ids.has(doc), `${t.id} → ${doc}`).toBe(true);
        for (const id of list) expect(themesOf.get(`${doc}#${id}`), `${doc}#${id}`).toContain(t.id);
      }
    }
    expect(documents.map((d) => d.id).sort()).toEqual(sourceIds());
  });

  it('the /data/ page links every file and documents its fields', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/data/`);
    const hrefs = await page.locator('ul.data-files a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/data/targets.json', '/data/targets.csv', '/data/indicators.json', '/data/clauses.json', '/data/clauses.csv', '/data/themes.json', '/data/themes.csv', '/data/documents.json', '/data/countries.json', '/data/commitments.json', '/data/dated-commitments.json']);
    const fields = await page.locator('section:has(h2 a[href="/data/targets.json"]) tbody th code').allInnerTexts();
    expect(fields).toEqual([...targetColumns]);
    await page.close();
  });
});

describe('the targets page charts', () => {
  it('draws chart 1 with one mark per plotted figure of the data file', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/targets/`);
    const docs = documents.map((d) => ({ id: d.id, region: d.region, level: d.level, shortTitle: d.shortTitle }));
    const panels = selectComparisonPanels(linkIndicators(records, indicators, docs), (id) => id);
    const expected = panels.flatMap((p) => p.points.map((x) => x.record.id));
    const chart = page.locator('#chart-targets-outcomes');
    expect(await chart.locator('svg[role="img"] > title').count()).toBe(1);
    expect(await chart.locator('svg[role="img"] > desc').count()).toBe(1);
    expect(await chart.locator('svg .panel').count()).toBe(panels.length);
    expect(await chart.locator('svg .mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-id')))).toEqual(expected);
    // The table under it lists the same figures, as the data file states them.
    const rows = await chart.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-id'), tr.querySelector('.value')?.textContent]));
    expect(rows).toEqual(expected.map((id) => [id, formatFigure(records.find((r) => r.id === id)!)]));
    expect(panels.map((p) => p.indicator)).toEqual(expect.arrayContaining(['sister-schools', 'sino-foreign-programmes', 'dual-qualified-teachers', 'public-kindergarten-share']));
    await page.close();
  });

  it('draws chart 2 with the 9 Guangzhou indicators, binding ones marked, and a matching table', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/targets/`);
    const chart = page.locator('#chart-baseline-guangzhou-opening-2021-2025');
    const rows = selectBaselineRows(records, 'guangzhou-opening-2021-2025');
    expect(rows).toHaveLength(9);
    expect(await chart.locator('svg .mark.dumbbell').count()).toBe(9);
    expect(await chart.locator('svg .mark.dumbbell.binding').count()).toBe(rows.filter((r) => r.attribute === '约束性').length);
    const table = await chart.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-id'), tr.querySelector('.baseline')?.textContent, tr.querySelector('.value')?.textContent]),
    );
    expect(table).toEqual(rows.map((r) => [r.id, String(r.baseline), String(r.value)]));
    await page.close();
  });

  it('draws chart 4 with a row per document: a bar per plan period, a mark per milestone, a dot per report, a ring per plan without a period', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/targets/`);
    const chart = page.locator('#chart-plan-timeline');
    const hasPeriod = (d: ExportedDocument) => d.period !== null;
    const dated = (d: ExportedDocument) => d.issued !== null || d.published !== null;
    const report = (d: ExportedDocument) => d.type === 'news-report';
    const rows = await chart.locator('svg .timeline-row').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-document')));
    expect(rows).toEqual(documents.map((d) => d.id));
    expect(await chart.locator('svg .mark.period').count()).toBe(documents.filter(hasPeriod).length);
    expect(await chart.locator('svg .mark.milestone').count()).toBe(documents.reduce((n, d) => n + d.milestones.length, 0));
    expect(await chart.locator('svg .mark.report').count()).toBe(documents.filter((d) => report(d) && !hasPeriod(d) && dated(d)).length);
    expect(await chart.locator('svg .mark.issued').count()).toBe(documents.filter((d) => !report(d) && !hasPeriod(d) && dated(d)).length);
    // Every plan without a period is also named under the chart, placed or not.
    const named = await chart.locator('.timeline-no-period a').evaluateAll((as) => as.map((a) => a.getAttribute('data-document')));
    expect(named).toEqual(documents.filter((d) => !report(d) && !hasPeriod(d)).map((d) => d.id));
    // The axis runs from the earliest year any document names to the latest.
    const years = documents.flatMap((d) => [
      ...(d.period ? [d.period.start, d.period.end] : []),
      ...d.milestones,
      ...[d.issued, d.published].flatMap((x) => (x ? [Number(x.date.slice(0, 4))] : [])),
    ]);
    const ticks = await chart.locator('svg .tick').allTextContents();
    expect(ticks[0]).toBe(String(Math.min(...years)));
    expect(ticks.at(-1)).toBe(String(Math.max(...years)));
    await page.close();
  });

  it('shows a tooltip with the value on hover, highlights the mark, and breaks no CSP rule', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = await watchPage(page);
    await page.goto(`${site.url}/targets/`);
    const tip = page.locator('.chart-tooltip');
    const sister = page.locator('#chart-baseline-guangzhou-opening-2021-2025 .mark[data-id$="p3-s3-t1-r6/sister-schools"] circle.target');
    await sister.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('377对 → 2025年目标 430对');
    expect(await page.locator('.mark.is-active').count()).toBe(1);
    // The mark's <title> said it until now; shown by the script, it no longer doubles as a native tooltip.
    expect(await page.locator('.mark.is-active > title').count()).toBe(0);
    expect(await page.locator('#chart-targets-outcomes .mark > title').count()).toBe(await page.locator('#chart-targets-outcomes .mark').count());
    const outcome = page.locator('#chart-targets-outcomes .mark[data-id="yuzhong-news-2024/shushuo-l21/sister-schools"] circle.dot');
    await outcome.hover();
    expect(await tip.textContent()).toContain('126所');
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isHidden()).toBe(true);
    expect(watched.violations).toEqual([]);
    await page.close();
  });

  it('reads without JavaScript: charts, native tooltips, tables', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/targets/`);
    // Chart 1, chart 2 for every plan with baselines (an indicator table), chart 4: each an SVG with its table.
    const withBaselines = [...new Set(records.filter((r) => r.baseline !== null && r.kind === 'target').map((r) => r.document))];
    const charts = await page.locator('main section.chart').evaluateAll((ss) => ss.map((s) => s.id));
    expect(charts).toEqual(['chart-targets-outcomes', ...withBaselines.map((d) => `chart-baseline-${d}`), 'chart-plan-timeline']);
    for (const id of charts) {
      expect(await page.locator(`#${id} svg[role="img"]`).count(), id).toBe(1);
      expect(await page.locator(`#${id} table tbody tr`).count(), id).toBeGreaterThan(0);
    }
    expect(await page.locator('main svg .mark > title').count()).toBe(await page.locator('main svg .mark').count());
    expect(await page.locator('main [style]').count()).toBe(0);
    await context.close();
  });

  it('sets a region’s target beside its outcome, and shows each disagreement next to its figures', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/targets/`);
    const sister = page.locator('#indicator-sister-schools');
    const pair = sister.locator('li.pair[data-target="yuzhong-international-2019/p3-s1-q1/sister-schools"][data-outcome="yuzhong-news-2024/shushuo-l21/sister-schools"]');
    expect(await pair.textContent()).toContain('2021年目标60所，2024年实际126所：达到目标');
    // Guangzhou's 2025 row (377 → 430, all levels) is not set against 在基础教育阶段新增缔结50对: the
    // text's increase covers basic education only, so the two are not one scope and no disagreement is shown.
    const basic = records.find((r) => r.id === 'guangzhou-opening-2021-2025/p3-s3-d3-q1/sister-schools')!;
    expect(basic.scope).toBe('基础教育阶段国际及港澳台');
    expect(await sister.locator('tr[data-id="guangzhou-opening-2021-2025/p3-s3-t1-r6/sister-schools"] .check-mark.disagrees').count()).toBe(0);
    // The checks section lists every check of the data file once, disagreements first.
    const listed = await page.locator('.checks-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-check')));
    expect(listed).toEqual(collectChecks(records).map((c) => c.id));
    await page.close();
  });

  it('lists every record of targets.json in the full table, as the file states it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/targets/`);
    const rows = await page.locator('table.targets-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-id'),
        value: tr.querySelector('.value')?.firstChild?.textContent,
        year: tr.querySelector('.year')?.textContent,
        quote: tr.querySelector('.quote-cell')?.textContent,
        href: tr.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(rows).toEqual(records.map((r) => ({ id: r.id, value: formatFigure(r), year: String(r.year), quote: r.quote, href: `/plans/${r.document}/#${r.clause}` })));
    await page.close();
  });
});

/** Built pages holding a chart, for components that other pages place (home, theme pages). */
function pagesWith(marker: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else if (e.name === 'index.html' && readFileSync(join(dir, e.name), 'utf8').includes(marker)) found.push(`/${rel}`);
    }
  };
  walk(distDir, '');
  // The Chinese pages; their English twins under /en/ carry the same charts.
  return found.filter((p) => !p.startsWith('/en/'));
}

describe('charts placed on other pages', () => {
  it('the home page’s theme × document heatmap has a linked cell per theme and document', async () => {
    expect(pagesWith('chart-heatmap')).toContain('/');
    const themes = ExportedThemes.parse(JSON.parse(await getText('/data/themes.json')));
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    const cells = page.locator('svg.chart-heatmap a');
    expect(await cells.count()).toBe(themes.length * documents.length);
    const first = themes.find((t) => Object.keys(t.clauses).length > 0)!;
    const doc = Object.keys(first.clauses)[0]!;
    const cell = page.locator(`svg.chart-heatmap .mark[data-theme="${first.id}"][data-document="${doc}"]`);
    expect(await cell.getAttribute('data-count')).toBe(String(first.clauses[doc]!.length));
    expect(await cell.locator('xpath=..').getAttribute('href')).toBe(`/themes/${first.id}/#doc-${doc}`);
    await page.close();
  });

  it('every theme whose terms name a target figure has its indicator chart, with a mark per figure in its table', async () => {
    const themes = ExportedThemes.parse(JSON.parse(await getText('/data/themes.json')));
    const clauses = ExportedClauses.parse(JSON.parse(await getText('/data/clauses.json')));
    const texts = new Map<string, Map<string, string>>();
    for (const c of clauses) texts.set(c.document, (texts.get(c.document) ?? new Map()).set(c.id, c.text));
    const links = new Map(sourceIds().map((id) => [id, DocumentLinks.parse(JSON.parse(readFileSync(join(contentDir, 'links', `${id}.json`), 'utf8'))).clauses]));
    const expected = themes.filter((t) => indicatorsForTheme(t.id, records, texts, links).length > 0).map((t) => `/themes/${t.id}/`);
    // A fact about the corpus, so the list above can never be empty by accident.
    expect(expected).toContain('/themes/sister-schools/');
    expect(pagesWith('chart-theme-indicators-').sort()).toEqual(expected.sort());
    const page = await browser.newPage();
    for (const path of expected) {
      await page.goto(`${site.url}${path}`);
      const chart = page.locator('section[id^="chart-theme-indicators-"]');
      const marks = await chart.locator('svg .mark').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-id')));
      const rows = await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
      expect(marks.length, path).toBeGreaterThan(0);
      expect(marks, path).toEqual(rows);
    }
    await page.close();
  });
});
