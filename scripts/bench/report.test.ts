import { describe, expect, it } from 'vitest';
import { benchReport, pagesOverBudget, type BenchRun } from './report.ts';

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
});
