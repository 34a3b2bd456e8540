/**
 * Commitment strength and policy instruments on the built site: every committing clause of every
 * plan is marked with what content/commitments says, each plan has its chart with a text and a
 * table that agree with the data, the open data file holds every clause, and the compare page sets
 * the plans' counts side by side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentLabel, summariseCommitments } from '../src/lib/commitment-names.ts';
import { summariseCommitmentMix } from '../src/lib/charts/commitment-mix.ts';
import { DocumentCommitments } from '../src/schemas/commitment.ts';
import { ExportedCommitments } from '../src/schemas/data-export.ts';
import { Clauses } from '../src/schemas/clause.ts';
import { htmlToText, readPage, useSiteAndBrowser } from './support/site.ts';

const dir = fileURLToPath(new URL('../content/commitments/', import.meta.url));
const clausesOf = (id: string) => Clauses.parse(JSON.parse(readFileSync(fileURLToPath(new URL(`../content/clauses/${id}.json`, import.meta.url)), 'utf8')).clauses);
const coded = readdirSync(dir).map((f) => DocumentCommitments.parse(JSON.parse(readFileSync(`${dir}${f}`, 'utf8'))));
describe('commitments on plan pages, in the data and on the compare page', () => {
  const env = useSiteAndBrowser({ beforeAll, afterAll });

  it.each(coded.map((d) => [d.document, d] as const))('%s: each committing clause is marked as coded, and the chart says what the data says', async (id, d) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/plans/${id}/`);
    const shown = await page.$$eval('details.commitment', (els) =>
      els.map((el) => [el.closest('.clause')!.id, /\bs-([a-z]+)/.exec(el.className)![1]!, el.querySelector('summary')!.textContent!.replace('承诺力度与政策工具：', '')]),
    );
    await page.close();
    // Table rows carry their own 预期性/约束性 cell, which is what decided them.
    const byId = new Map(clausesOf(id).map((c) => [c.id, c]));
    const expected = Object.entries(d.clauses)
      .filter(([clause, c]) => c.strength !== 'none' && byId.get(clause)?.kind !== 'row')
      .map(([clause, c]) => [clause, c.strength, commitmentLabel(c)]);
    expect(shown.sort()).toEqual(expected.sort());
    const html = readPage(`plans/${id}/index.html`);
    expect(htmlToText(html)).toContain(summariseCommitmentMix(summariseCommitments(d.clauses)));
    expect(html).toContain('id="commitments"');
  });

  it('/data/commitments.json holds every clause of every plan, coded as in the content', () => {
    const rows = ExportedCommitments.parse(JSON.parse(readPage('data/commitments.json')));
    for (const d of coded) {
      const mine = rows.filter((r) => r.document === d.document);
      expect(mine.map((r) => [r.clause, r.strength, r.instrument]).sort()).toEqual(Object.entries(d.clauses).map(([c, k]) => [c, k.strength, k.instrument]).sort());
    }
  });

  it('the compare page sets each chosen plan’s counts side by side', async () => {
    const plans = coded.filter((d) => Object.values(d.clauses).some((c) => c.strength !== 'none')).slice(0, 2);
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/compare/?plans=${plans.map((p) => p.document).join(',')}`);
    await page.waitForSelector('.compare-commitments');
    const rows = await page.$$eval('.compare-commitments tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
    expect(rows).toEqual(
      plans.map((p) => {
        const s = summariseCommitments(p.clauses);
        const byInstrument = (i: 'supply' | 'environment' | 'demand') => (['binding', 'directive', 'encouraging', 'aspirational'] as const).reduce((n, k) => n + s.matrix[k][i], 0);
        return [s.strength.binding, s.strength.directive, s.strength.encouraging, s.strength.aspirational, s.hedged, byInstrument('supply'), byInstrument('environment'), byInstrument('demand')];
      }),
    );
    await page.close();
  });
});
