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
import { runMeasured } from './bench/tree-memory.ts';
import { siteOverBudget } from './check/weigh-site.ts';
import { readIndexLine } from '../src/integrations/index-log.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = 2025;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Runs one pipeline stage in its own Node process (scripts/bench/stage.ts) in the copy. */
function runStage(dir: string, stage: string): StageReport {
  const out = spawnSync(process.execPath, [join(dir, 'scripts/bench/stage.ts'), stage], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`stage ${stage} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as StageReport;
}

/**
 * `astro build` as the project runs it. Its memory is the peak of the whole process tree (Astro
 * and the Pagefind service it starts), sampled from /proc. The search index is built inside it,
 * beside the pages, or before them for a large corpus (the build log says which): its time is the
 * integration's own log line, part of the build's time.
 */
async function runBuild(dir: string): Promise<StageResult[]> {
  // Run by this Node (24): the bin's `#!/usr/bin/env node` could find an older one on PATH.
  const run = await runMeasured(process.execPath, [join(dir, 'node_modules/.bin/astro'), 'build'], dir);
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  const indexed = readIndexLine(run.stdout);
  const when = /comes before the pages/.test(run.stdout) ? 'before the pages' : 'beside the pages';
  const shards = indexed && indexed.shards > 1 ? ` in ${indexed.shards} shards` : '';
  const search: StageResult = indexed
    ? { stage: 'search index (Pagefind)', ms: indexed.seconds * 1000, maxRssKb: undefined, inTotal: false, note: `${indexed.reused === indexed.shards ? 'reused' : 'built'}${shards} ${when}, inside astro build; memory in the build row` }
    : { stage: 'search index (Pagefind)', ms: undefined, maxRssKb: undefined, inTotal: false, note: 'no index line in the build log' };
  return [{ stage: 'astro build', ms: run.ms, maxRssKb: run.peakKb, inTotal: true, note: 'peak memory: Astro and Pagefind together' }, search];
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
    const [build, search] = await runBuild(dir);
    stages.push(build!, search!);
    log(`N=${n} astro build: ${(build!.ms! / 1000).toFixed(1)} s, peak ${((build!.maxRssKb ?? 0) / 1024 ** 2).toFixed(2)} GB (process tree)`);
    if (search!.ms !== undefined) log(`N=${n} search index: ${(search!.ms / 1000).toFixed(2)} s (${search!.note})`);
    const overBudget = siteOverBudget(join(dir, 'dist'));
    log(`N=${n} pages over budget: ${overBudget.length}${overBudget.length ? `, e.g. ${overBudget.slice(0, 3).join('; ')}` : ''}`);
    const dist = distStats(dir);
    const [first, , byDate] = await measureSearch(join(dir, 'dist'));
    log(`N=${n} first search: ${first!.ms.toFixed(0)} ms, ${(first!.bytes / 1024).toFixed(0)} KB; sorted by date ${byDate!.ms.toFixed(0)} ms, ${(byDate!.bytes / 1024).toFixed(0)} KB`);
    return { n, documents, clauses, stages, distBytes: dist.bytes, pagefindBytes: dist.pagefindBytes, pages: dist.pages, overBudget, firstSearch: { ms: first!.ms, bytes: first!.bytes }, firstSearchByDate: { ms: byDate!.ms, bytes: byDate!.bytes } };
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
  // On a build of its own with an absolute site address, as published: relative hreflang fails SEO.
  const lighthouse = await runLighthouse();
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
