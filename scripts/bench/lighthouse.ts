/**
 * Lighthouse (mobile preset) on the main page types of both editions, against a publishing build
 * served on loopback by the project's own server, in Debian's Chromium (CHROMIUM_PATH).
 *
 *   node_modules/.bin/node scripts/bench/lighthouse.ts [--runs N] [--calibrate] [dist]
 *
 * Part of `npm run bench` too, not of the tests: scores vary with load. Lighthouse is not a
 * dependency (about 150 MB for this alone): the first run installs the pinned version into
 * node_modules/.cache/lighthouse and says so; `npm install --no-save lighthouse@<version>` or any
 * Lighthouse already in node_modules does as well. Without a `dist` folder it builds one of its own
 * with astro's `--site` set, as a published site is built (DUIDU_SITE_URL): the hreflang alternates
 * must be absolute, or the SEO audit fails them, as search engines ignore them.
 *
 * `--calibrate` runs each page once more with the CPU slowdown Lighthouse's calibration gives for
 * the benchmark index the previous run measured: the default 4x assumes a host of index ~1,500,
 * and on a slower or busier one blocking time is over-counted (Lighthouse warns of it).
 */
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../serve/static-server.ts';
import { isMain } from '../node-version.ts';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** One audit of one page: the four scores, the metrics behind performance, and the host's speed. */
export interface LighthouseRun extends LighthouseScores {
  /** First and largest contentful paint, total blocking time and speed index in ms; layout shift unitless. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Lighthouse's measure of the host CPU at the start of the run (its reference device is ~1,500). */
  benchmarkIndex: number;
  cpuSlowdown: number;
  /** Audits below a full score in any category, with what Lighthouse shows for them. */
  failing: string[];
}

export const PAGES = [
  '/',
  '/plans/guangzhou-opening-2021-2025/',
  '/themes/luban-workshop/',
  `/search/?q=${encodeURIComponent('鲁班工坊')}`,
  '/en/',
  '/en/plans/guangzhou-opening-2021-2025/',
  '/en/themes/luban-workshop/',
  `/en/search/?q=${encodeURIComponent('Luban workshop')}`,
];
const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;
const root = fileURLToPath(new URL('../../', import.meta.url));
/** The Lighthouse the figures in docs/quality-gates.md and docs/benchmarks.md were measured with. */
export const LIGHTHOUSE_VERSION = '13.5.0';

interface Report {
  requestedUrl: string;
  environment: { benchmarkIndex: number };
  configSettings: { throttling: { cpuSlowdownMultiplier: number } };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string; scoreDisplayMode?: string }>;
}

/** The figures of one Lighthouse JSON report, for the page at `path`. */
export function readReport(report: Report, path: string): LighthouseRun {
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.values(report.categories).flatMap((c) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}${report.audits[ref.id]?.displayValue ? ` ${report.audits[ref.id]!.displayValue}` : ''}`),
  );
  return {
    path,
    performance: score(CATEGORIES.performance),
    accessibility: score(CATEGORIES.accessibility),
    bestPractices: score(CATEGORIES.bestPractices),
    seo: score(CATEGORIES.seo),
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    benchmarkIndex: report.environment.benchmarkIndex,
    cpuSlowdown: report.configSettings.throttling.cpuSlowdownMultiplier,
    failing,
  };
}

/**
 * The CPU slowdown that makes a host of this benchmark index stand in for Lighthouse's mobile
 * reference, by Lighthouse's own calibration: 4x at ~1,533, a step for each 233 above 1,300, from 3x
 * at 1,300 down to 1x at 800; a slower host cannot be slowed to it, and runs at 1x.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  const m = benchmarkIndex >= 1300 ? 3 + (benchmarkIndex - 1300) / 233 : 1 + Math.max(0, benchmarkIndex - 800) / 250;
  return Math.round(m * 10) / 10;
}

type Key = keyof typeof CATEGORIES;
const KEYS = Object.keys(CATEGORIES) as Key[];

/** Per page, in the order first audited: each category's lowest and highest score over the runs. */
export function bestAndWorst(runs: LighthouseRun[]): { path: string; worst: Record<Key, number>; best: Record<Key, number>; runs: LighthouseRun[] }[] {
  const paths = [...new Set(runs.map((r) => r.path))];
  return paths.map((path) => {
    const mine = runs.filter((r) => r.path === path);
    const pick = (f: (...n: number[]) => number) => Object.fromEntries(KEYS.map((k) => [k, f(...mine.map((r) => r[k]))])) as Record<Key, number>;
    return { path, worst: pick(Math.min), best: pick(Math.max), runs: mine };
  });
}

/** A Markdown table: each cell "worst–best" (one figure when they agree), then the worst run's metrics. */
export function scoreTable(runs: LighthouseRun[]): string {
  const cell = (w: number, b: number) => (w === b ? `${w}` : `${w}–${b}`);
  const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
  const rows = bestAndWorst(runs).map(({ path, worst, best, runs: mine }) => {
    const slowest = mine.reduce((a, b) => (b.performance < a.performance ? b : a));
    const m = slowest.metrics;
    const why = `FCP ${ms(m.fcp)}, LCP ${ms(m.lcp)}, TBT ${ms(m.tbt)}, CLS ${m.cls.toFixed(2)}; index ${Math.round(slowest.benchmarkIndex)}`;
    return `| \`${decodeURIComponent(path)}\` | ${KEYS.map((k) => cell(worst[k], best[k])).join(' | ')} | ${why} |`;
  });
  return ['| page | performance | accessibility | best practices | SEO | worst performance run |', '|---|---:|---:|---:|---:|---|', ...rows].join('\n');
}

/** Installs a package into a folder of its own with npm; true when npm succeeded. */
function npmInstall(folder: string, spec: string): boolean {
  mkdirSync(folder, { recursive: true });
  return spawnSync('npm', ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', spec], { stdio: 'inherit' }).status === 0;
}

/**
 * Lighthouse's command-line entry: one installed in node_modules if any, else one fetched into
 * node_modules/.cache/lighthouse on first use, saying so.
 */
export function lighthouseCli(project = root, log: (message: string) => void = (m) => process.stderr.write(`${m}\n`), install = npmInstall): string {
  const installed = join(project, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(installed)) return installed;
  const cache = join(project, 'node_modules/.cache/lighthouse');
  const cli = join(cache, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(cli)) return cli;
  log(`bench: Lighthouse is not installed with the project; installing lighthouse@${LIGHTHOUSE_VERSION} into ${cache} (once, about 150 MB)`);
  if (!install(cache, `lighthouse@${LIGHTHOUSE_VERSION}`) || !existsSync(cli))
    throw new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION} into ${cache}; install it with: npm install --no-save lighthouse@${LIGHTHOUSE_VERSION}`);
  return cli;
}

/** Builds the site as it is published, with an absolute address, into a folder of its own. */
function publishingBuild(site: string): string {
  const out = mkdtempSync(join(tmpdir(), 'duidu-lh-site-'));
  const build = spawnSync(process.execPath, [join(root, 'node_modules/.bin/astro'), 'build', '--site', site, '--outDir', out], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr.slice(-4000)}`);
  return out;
}

export interface AuditOptions {
  pages?: string[];
  /** Audits of each page with the default mobile settings. */
  runs?: number;
  /** One more audit of each page with the CPU slowdown calibrated to the host (calibratedSlowdown). */
  calibrate?: boolean;
  log?: (message: string) => void;
}

/** Audits each page `runs` times (and once calibrated); the site is served from `dist`, or from a publishing build made for the purpose. */
export async function auditPages(dist: string | undefined, { pages = PAGES, runs = 1, calibrate = false, log = () => undefined }: AuditOptions = {}): Promise<{ runs: LighthouseRun[]; calibrated: LighthouseRun[] }> {
  const cli = lighthouseCli();
  const built = dist ? undefined : publishingBuild('http://127.0.0.1/');
  const { server, url } = await startServer(dist ?? built!);
  const out = mkdtempSync(join(tmpdir(), 'duidu-lh-'));
  let n = 0;
  // One audit at a time, asynchronously: the server answering Lighthouse runs in this process.
  const audit = async (path: string, cpuSlowdown?: number): Promise<LighthouseRun> => {
    const report = join(out, `${n++}.json`);
    await promisify(execFile)(
      process.execPath,
      [
        cli,
        `${url}${path}`,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        ...(cpuSlowdown === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`]),
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' }, timeout: 180_000 },
    );
    const run = readReport(JSON.parse(readFileSync(report, 'utf8')) as Report, path);
    log(`${decodeURIComponent(path)} ${KEYS.map((k) => run[k]).join('/')} (cpu ${run.cpuSlowdown}x, index ${Math.round(run.benchmarkIndex)})${run.failing.length ? `: ${run.failing.join('; ')}` : ''}`);
    return run;
  };
  try {
    const all: LighthouseRun[] = [];
    const calibrated: LighthouseRun[] = [];
    for (let round = 0; round < runs; round++) for (const path of pages) all.push(await audit(path));
    if (calibrate) for (const path of pages) calibrated.push(await audit(path, calibratedSlowdown(all.findLast((r) => r.path === path)!.benchmarkIndex)));
    return { runs: all, calibrated };
  } finally {
    server.close();
    rmSync(out, { recursive: true, force: true });
    if (built) rmSync(built, { recursive: true, force: true });
  }
}

/** One default audit of each page, for `npm run bench`. */
export async function runLighthouse(dist?: string, pages = PAGES): Promise<LighthouseScores[]> {
  return (await auditPages(dist, { pages })).runs.map(({ path, performance, accessibility, bestPractices, seo }) => ({ path, performance, accessibility, bestPractices, seo }));
}

if (isMain(import.meta)) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 1);
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const result = await auditPages(dist, { runs: args.includes('--runs') ? runs : 2, calibrate: args.includes('--calibrate'), log: say });
  console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile preset, ${result.runs.length / PAGES.length} run(s) a page:\n\n${scoreTable(result.runs)}`);
  if (result.calibrated.length) console.log(`\nCPU slowdown calibrated to the host:\n\n${scoreTable(result.calibrated)}`);
}
