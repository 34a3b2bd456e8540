import { describe, expect, it } from 'vitest';
import { benchReport, pagesOverBudget, siteReport, type BenchRun } from './report.ts';

const run = (n: number, overBudget?: string[]): BenchRun => ({ n, documents: n, clauses: n * 70, stages: [{ stage: 'astro build', ms: 1000, maxRssKb: 1024 * 1024, inTotal: true }], distBytes: 0, pagefindBytes: 0, pages: 10, overBudget });
const machine = { cores: 2, cpu: 'cpu', memoryGb: 24, node: '24', date: '2026-12-01' };

describe('benchmark report', () => {
  it('counts a page over two budgets once and names the pages over budget', () => {
    const r = run(500, ['index.html: transfer 1437.9 KB gzip > 72.0 KB', 'index.html: JS 19.5 KB raw > 15.0 KB', 'themes/x/index.html: transfer 80.0 KB gzip > 72.0 KB']);
    expect(pagesOverBudget(r)).toEqual(['index.html', 'themes/x/index.html']);
    const report = benchReport([run(5, []), r], machine);
    expect(report).toMatch(/\| 500 \| 500 \| 35000 \|.*\| 10 \| 2 \|/);
    expect(report).toContain('Pages over budget at N = 500 (2): `index.html`, `themes/x/index.html`.');
    expect(report).not.toContain('Pages over budget at N = 5 ');
  });

  it('shows no count where the pages were not weighed', () => {
    expect(benchReport([run(5)], machine)).toMatch(/\| 10 \| — \|/);
  });

  it('gives the first search and the first search sorted by date of each corpus, or a dash where not measured', () => {
    const measured = { ...run(500, []), firstSearch: { ms: 612.4, bytes: 387.4 * 1024 }, firstSearchByDate: { ms: 580, bytes: 523.7 * 1024 } };
    const report = benchReport([measured, run(5, [])], machine);
    expect(report).toContain('| first search | first search by date |');
    expect(report).toMatch(/\| 500 \|.*\| 387 KB, 612 ms \| 524 KB, 580 ms \|/);
    expect(report).toMatch(/\| 5 \|.*\| 0 \| — \| — \|/);
  });

  it('names the searches of the real site first, second, then first again for the one in a page of its own', () => {
    const q = (query: string) => ({ query, ms: 1, bytes: 1024, searchBytes: 512, results: 4 });
    const rows = siteReport({ search: [q('鲁班工坊'), q('友好学校'), q('鲁班工坊 (sorted by date)')], lighthouse: [] }).split('\n').filter((l) => l.startsWith('| first') || l.startsWith('| second'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| first: 鲁班工坊', '| second: 友好学校', '| first: 鲁班工坊 (sorted by date)']);
  });
});
