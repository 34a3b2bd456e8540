/**
 * `npm run bench [-- 5 50 500] [--keep]`: times the pipeline and the build on corpora of N
 * documents (the real ones plus synthetic ones, scripts/bench/synthetic.ts), each in a throwaway
 * copy of the project, and writes the tables to docs/benchmarks.md. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject, removeProject } from './copy-project.ts';
import { benchReport, siteReport, totalMs, type BenchRun, type Machine, type StageResult } from './bench/report.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { measureSearch } from './bench/search-query.ts';
import { readCorpus, writeCorpus } from './bench/source-files.ts';
import type { StageReport } from './bench/stage.ts';
import { synthesize } from './bench/synthetic.ts';
import { isMain } from './node-version.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = 2025;
const GNU_TIME = '/usr/bin/time';

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Runs one pipeline stage in its own Node process (scripts/bench/stage.ts) in the copy. */
function runStage(dir: string, stage: string): StageReport {
  const out = spawnSync(process.execPath, [join(dir, 'scripts/bench/stage.ts'), stage], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`stage ${stage} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as StageReport;
}

/** `astro build` as the project runs it; peak memory from GNU time where it is installed. */
function runBuild(dir: string): StageResult {
  const rssFile = join(dir, '.bench', 'build-rss');
  // Run by this Node (24): the bin's `#!/usr/bin/env node` could find an older one on PATH.
  const astro = [process.execPath, join(dir, 'node_modules/.bin/astro'), 'build'];
  const command = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...astro] : astro;
  const t0 = performance.now();
  const out = spawnSync(command[0]!, command.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (out.status !== 0) throw new Error(`astro build failed:\n${out.stdout.slice(-4000)}\n${out.stderr.slice(-4000)}`);
  const maxRssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : undefined;
  return { stage: 'astro build', ms, maxRssKb, inTotal: true };
}

/**
 * HOOK for the search index. Pagefind runs inside `astro build` (src/integrations/pagefind-index.ts,
 * on astro:build:done), so it cannot be timed as a process of its own without changing the
 * project. Its time is read from what it leaves: from the last file the build wrote before it
 * (pages, records) to the last file it wrote under dist/pagefind/. Already part of the build's
 * time and memory, so not added to the total. If the project stops writing dist/pagefind/,
 * the row says so instead of showing a number.
 */
function runSearchIndex(dir: string): StageResult {
  const stage = 'search index (Pagefind)';
  const files = readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const mtime = (e: (typeof files)[number]) => statSync(join(e.parentPath, e.name), { bigint: true }).mtimeNs;
  const inIndex = (e: (typeof files)[number]) => join(e.parentPath, e.name).startsWith(join(dir, 'dist', 'pagefind') + '/');
  const index = files.filter(inIndex).map(mtime);
  const site = files.filter((e) => !inIndex(e)).map(mtime);
  if (!index.length || !site.length) return { stage, ms: undefined, maxRssKb: undefined, inTotal: false, note: 'no dist/pagefind/: not integrated' };
  const max = (xs: bigint[]) => xs.reduce((a, b) => (b > a ? b : a));
  const ms = Number(max(index) - max(site)) / 1e6;
  return { stage, ms, maxRssKb: undefined, inTotal: false, note: 'inside astro build; from dist/ file times; memory in the build row' };
}

function distStats(dir: string): { bytes: number; pagefindBytes: number; pages: number } {
  const files = readdirSync(join(dir, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const size = (e: (typeof files)[number]) => statSync(join(e.parentPath, e.name)).size;
  return {
    bytes: files.reduce((n, e) => n + size(e), 0),
    pagefindBytes: files.filter((e) => join(e.parentPath, e.name).startsWith(join(dir, 'dist', 'pagefind') + '/')).reduce((n, e) => n + size(e), 0),
    pages: files.filter((e) => e.name.endsWith('.html')).length,
  };
}

async function benchmark(n: number, keep: boolean): Promise<BenchRun> {
  const real = readCorpus(join(root, 'sources'));
  if (n < real.sources.length) throw new Error(`N must be at least ${real.sources.length}, the real corpus`);
  const dir = copyProject(root, `bench-n${n}`);
  log(`N=${n} in ${dir}`);
  try {
    writeCorpus(join(dir, 'sources'), synthesize(real, n - real.sources.length, SEED));
    const stages: StageResult[] = [];
    let documents = 0;
    let clauses = 0;
    for (const name of ['ingest', 'themes', 'link', 'align']) {
      const report = runStage(dir, name);
      if (name === 'ingest') ({ documents = 0, clauses = 0 } = report.counts);
      for (const t of report.timings) {
        const sub = name === 'themes';
        stages.push({ stage: t.name, ms: t.ms, maxRssKb: report.maxRssKb, inTotal: !sub });
        log(`N=${n} ${t.name}: ${(t.ms / 1000).toFixed(2)} s ${JSON.stringify(report.counts)}`);
      }
    }
    const build = runBuild(dir);
    stages.push(build);
    log(`N=${n} astro build: ${(build.ms! / 1000).toFixed(1)} s`);
    const search = runSearchIndex(dir);
    stages.push(search);
    if (search.ms !== undefined) log(`N=${n} search index (in the build): ${(search.ms / 1000).toFixed(2)} s`);
    const dist = distStats(dir);
    const [first] = await measureSearch(join(dir, 'dist'));
    log(`N=${n} first search: ${first!.ms.toFixed(0)} ms, ${(first!.bytes / 1024).toFixed(0)} KB`);
    return { n, documents, clauses, stages, distBytes: dist.bytes, pagefindBytes: dist.pagefindBytes, pages: dist.pages, firstSearch: { ms: first!.ms, bytes: first!.bytes } };
  } finally {
    if (keep) log(`kept ${dir}`);
    else removeProject(dir);
  }
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of docs/benchmarks.md, keeping the prose around it. */
function writeDoc(report: string): void {
  const file = join(root, 'docs', 'benchmarks.md');
  const block = `${START}\n${report}\n${END}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  writeFileSync(file, at >= 0 && end > at ? text.slice(0, at) + block + text.slice(end + END.length) : `${text}\n${block}\n`);
}

/** Search cost and Lighthouse on the real site, built into dist/ first. */
async function measureSite(): Promise<string> {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/.bin/astro'), 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr.slice(-4000)}`);
  const dist = join(root, 'dist');
  const search = await measureSearch(dist);
  log(`search: ${search.map((s) => `${s.query} ${s.ms.toFixed(0)} ms ${(s.bytes / 1024).toFixed(1)} KB`).join('; ')}`);
  const lighthouse = await runLighthouse(dist);
  log(`lighthouse: ${lighthouse.map((l) => `${l.path} ${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}`).join('; ')}`);
  return siteReport({ search, lighthouse });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const keep = args.includes('--keep');
  const runs: BenchRun[] = [];
  for (const n of sizes.length ? sizes : [5, 50, 500]) {
    runs.push(await benchmark(n, keep));
    log(`N=${n} total ${(totalMs(runs.at(-1)!) / 1000).toFixed(1)} s`);
  }
  const cpu = cpus();
  const machine: Machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.versions.node,
    date: new Date().toISOString().slice(0, 10),
  };
  const report = `${benchReport(runs, machine)}\n\n${args.includes('--no-site') ? '' : await measureSite()}`.trimEnd();
  console.log(report);
  writeDoc(report);
  log('tables written to docs/benchmarks.md');
}

if (isMain(import.meta)) await main();
