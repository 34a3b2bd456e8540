/** Benchmark results as markdown tables (pure). */

export interface StageResult {
  /** Row label, e.g. `ingest`, `astro build`. */
  stage: string;
  /** Wall time in ms; undefined when the stage did not run (see `note`). */
  ms: number | undefined;
  /** Peak resident memory of the process that ran it, KB. */
  maxRssKb: number | undefined;
  /** Whether the stage counts toward the run's total (sub-stages of another stage do not). */
  inTotal: boolean;
  note?: string;
}

export interface BenchRun {
  /** Documents asked for. */
  n: number;
  documents: number;
  clauses: number;
  stages: StageResult[];
  distBytes: number;
  /** Size of the search index, dist/pagefind/ (its code included). */
  pagefindBytes: number;
  pages: number;
  /** How pages break the weight budgets (scripts/check/budgets.ts), one message each: `<page>: …`. */
  overBudget?: string[] | undefined;
  /** A first search (鲁班工坊) in Chromium on this build: time and bytes transferred. */
  firstSearch?: { ms: number; bytes: number } | undefined;
  /** The same first search sorted by date (the date order fetched with it). */
  firstSearchByDate?: { ms: number; bytes: number } | undefined;
}

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  date: string;
}

/** The pages named in budget messages (a page can break more than one budget). */
export const pagesOverBudget = (run: BenchRun): string[] => [...new Set((run.overBudget ?? []).map((m) => m.slice(0, m.indexOf(':'))))];

export const totalMs = (run: BenchRun) => run.stages.reduce((t, s) => t + (s.inTotal ? (s.ms ?? 0) : 0), 0);

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) + ' s';
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1) + ' MB';

export function stageTable(runs: readonly BenchRun[]): string {
  const rows = runs.flatMap((r) =>
    r.stages.map((s) => {
      const wall = s.ms === undefined ? '—' : seconds(s.ms) + (s.inTotal ? '' : ' ¹');
      const perClause = s.ms === undefined ? '—' : ((s.ms * 1000) / r.clauses).toFixed(1);
      const rss = s.maxRssKb === undefined ? '—' : mb(s.maxRssKb * 1024);
      return `| ${r.n} | ${s.stage} | ${wall} | ${perClause} | ${rss} | ${s.note ?? ''} |`;
    }),
  );
  return ['| N | stage | wall time | µs / clause | peak RSS | note |', '|---:|---|---:|---:|---:|---|', ...rows].join('\n');
}

const searchCell = (s: { ms: number; bytes: number } | undefined) => (s ? `${(s.bytes / 1024).toFixed(0)} KB, ${s.ms.toFixed(0)} ms` : '—');

export function summaryTable(runs: readonly BenchRun[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.n} | ${r.documents} | ${r.clauses} | ${seconds(totalMs(r))} | ${((totalMs(r) * 1000) / r.clauses).toFixed(0)} | ${mb(r.distBytes)} | ${mb(r.pagefindBytes)} | ${r.pages} | ${r.overBudget ? pagesOverBudget(r).length : '—'} | ${searchCell(r.firstSearch)} | ${searchCell(r.firstSearchByDate)} |`,
  );
  return [
    '| N | documents | clauses | total wall time | µs / clause | dist/ size | search index | HTML pages | pages over budget | first search | first search by date |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

export function machineLine(m: Machine): string {
  return `${m.date}, ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM, Node ${m.node}`;
}

const LISTED = 12;

/** The pages over budget at each N, the first few by name. */
function overBudgetList(runs: readonly BenchRun[]): string[] {
  return runs
    .filter((r) => pagesOverBudget(r).length > 0)
    .flatMap((r) => {
      const pages = pagesOverBudget(r);
      return ['', `Pages over budget at N = ${r.n} (${pages.length}): ${pages.slice(0, LISTED).map((p) => `\`${p}\``).join(', ')}${pages.length > LISTED ? ', …' : ''}.`];
    });
}

/** The report for one `npm run bench`. */
export function benchReport(runs: readonly BenchRun[], machine: Machine): string {
  return [
    `Run: ${machineLine(machine)}.`,
    '',
    summaryTable(runs),
    '',
    stageTable(runs),
    '',
    '¹ Part of another stage, so not added to the total: `themes` is the matching half of `link`, timed',
    'again on its own in a separate process; the search index is built inside `astro build`, beside the pages or, for a large corpus, before them.',
    ...overBudgetList(runs),
  ].join('\n');
}

export interface SiteFigures {
  search: { query: string; ms: number; bytes: number; searchBytes: number; results: number }[];
  lighthouse: { path: string; performance: number; accessibility: number; bestPractices: number; seo: number }[];
}

/** The reader-side figures of the real site: search cost in Chromium and Lighthouse scores. */
export function siteReport(f: SiteFigures): string {
  const kb = (b: number) => (b / 1024).toFixed(1);
  return [
    'Search on the real site (Chromium, loopback, text gzipped as hosts send it; the second query runs on the same page, the one sorted by date in a page of its own):',
    '',
    '| query | time | KB transferred | of which search index and code | results |',
    '|---|---:|---:|---:|---:|',
    ...f.search.map((s, i) => `| ${i === 1 ? 'second' : 'first'}: ${s.query} | ${s.ms.toFixed(0)} ms | ${kb(s.bytes)} | ${kb(s.searchBytes)} | ${s.results} |`),
    '',
    'Lighthouse, mobile preset, one run (performance / accessibility / best practices / SEO; docs/quality-gates.md has repeated runs):',
    '',
    '| page | performance | accessibility | best practices | SEO |',
    '|---|---:|---:|---:|---:|',
    ...f.lighthouse.map((l) => `| \`${l.path}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`),
  ].join('\n');
}
