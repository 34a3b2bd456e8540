import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bestAndWorst, calibratedSlowdown, LIGHTHOUSE_VERSION, lighthouseCli, PAGES, readReport, scoreTable, type LighthouseRun } from './lighthouse.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const project = () => {
  const d = mkdtempSync(join(tmpdir(), 'duidu-lh-test-'));
  dirs.push(d);
  return d;
};
const touch = (file: string) => (mkdirSync(dirname(file), { recursive: true }), writeFileSync(file, ''));

describe('Lighthouse for the benchmark, on demand', () => {
  it('with none installed, installs the pinned version into the cache once and says so', () => {
    const root = project();
    const said: string[] = [];
    const installs: string[] = [];
    const install = (folder: string, spec: string) => (installs.push(spec), touch(join(folder, 'node_modules/lighthouse/cli/index.js')), true);
    const cli = lighthouseCli(root, (m) => said.push(m), install);
    expect(cli).toBe(join(root, 'node_modules/.cache/lighthouse/node_modules/lighthouse/cli/index.js'));
    expect(installs).toEqual([`lighthouse@${LIGHTHOUSE_VERSION}`]);
    expect(said.join('\n')).toMatch(/not installed with the project; installing lighthouse@/);
    expect(lighthouseCli(root, (m) => said.push(m), install)).toBe(cli);
    expect(installs).toHaveLength(1);
  });

  it('uses a Lighthouse installed in node_modules as it is', () => {
    const root = project();
    touch(join(root, 'node_modules/lighthouse/cli/index.js'));
    expect(lighthouseCli(root, () => undefined, () => false)).toBe(join(root, 'node_modules/lighthouse/cli/index.js'));
  });

  it('a failed install stops the benchmark with the command to run by hand', () => {
    expect(() => lighthouseCli(project(), () => undefined, () => false)).toThrow(/npm install --no-save lighthouse@/);
  });
});

/** A Lighthouse JSON report cut down to what the figures are read from. */
function report({ performance = 1, seo = 1, tbt = 0, benchmarkIndex = 1500 } = {}) {
  return {
    requestedUrl: 'http://127.0.0.1:1/',
    environment: { benchmarkIndex },
    configSettings: { throttling: { cpuSlowdownMultiplier: 4 } },
    categories: {
      performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }, { id: 'mainthread-work-breakdown', weight: 0 }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: seo, auditRefs: [{ id: 'hreflang', weight: 1 }] },
    },
    audits: {
      'first-contentful-paint': { score: 1, numericValue: 1100 },
      'largest-contentful-paint': { score: 1, numericValue: 1400 },
      'total-blocking-time': { score: tbt > 200 ? 0.5 : 1, numericValue: tbt, displayValue: `${tbt} ms` },
      'cumulative-layout-shift': { score: 1, numericValue: 0 },
      'speed-index': { score: 1, numericValue: 1200 },
      'mainthread-work-breakdown': { score: 0, displayValue: '3.8 s' },
      'color-contrast': { score: 1 },
      hreflang: { score: seo < 1 ? 0 : 1 },
    },
  };
}
const run = (path: string, o: Parameters<typeof report>[0] = {}): LighthouseRun => readReport(report(o), path);

describe('reading Lighthouse reports', () => {
  it('gives the four scores out of 100, the metrics, and the weighted audits that cost points', () => {
    const r = run('/en/', { performance: 0.74, seo: 0.9, tbt: 1160, benchmarkIndex: 814.5 });
    expect([r.performance, r.accessibility, r.bestPractices, r.seo]).toEqual([74, 100, 100, 90]);
    expect(r.metrics).toEqual({ fcp: 1100, lcp: 1400, tbt: 1160, cls: 0, si: 1200 });
    expect([r.benchmarkIndex, r.cpuSlowdown]).toEqual([814.5, 4]);
    // An unweighted diagnostic (main-thread work) costs nothing and is not named.
    expect(r.failing).toEqual(['total-blocking-time 1160 ms', 'hreflang']);
  });

  it('tabulates each page once, worst–best per category, with the metrics of its slowest run', () => {
    const runs = [run('/', { performance: 0.75, tbt: 1020, benchmarkIndex: 440 }), run(PAGES[3]!), run('/', { performance: 0.97, tbt: 90 })];
    expect(bestAndWorst(runs).map((p) => [p.path, p.worst.performance, p.best.performance])).toEqual([
      ['/', 75, 97],
      [PAGES[3], 100, 100],
    ]);
    const table = scoreTable(runs).split('\n');
    expect(table[2]).toBe('| `/` | 75–97 | 100 | 100 | 100 | FCP 1.1 s, LCP 1.4 s, TBT 1.0 s, CLS 0.00; index 440 |');
    expect(table[3]).toMatch(/^\| `\/search\/\?q=鲁班工坊` \| 100 \|/);
  });

  it('audits every page in both editions, and the search page with a query', () => {
    const bare = (p: string) => p.replace(/\?.*/, '');
    const en = PAGES.filter((p) => p.startsWith('/en/'));
    expect(en.map((p) => bare(p).slice(3))).toEqual(PAGES.filter((p) => !en.includes(p)).map(bare));
    expect(PAGES.filter((p) => p.includes('/search/')).map((p) => new URL(p, 'http://x').searchParams.get('q'))).toEqual(['鲁班工坊', 'Luban workshop']);
  });
});

describe('CPU slowdown calibrated to the host', () => {
  it('follows Lighthouse’s calibration: 4x near its reference host, 1x for one too slow to slow down', () => {
    expect(calibratedSlowdown(1533)).toBe(4);
    expect(calibratedSlowdown(1300)).toBe(3);
    expect(calibratedSlowdown(2000)).toBe(6);
    expect(calibratedSlowdown(1050)).toBe(2);
    expect(calibratedSlowdown(800)).toBe(1);
    expect(calibratedSlowdown(365)).toBe(1);
  });
});
