/**
 * What in the search records drives Pagefind's memory and the size of its files: feeds variants of
 * a corpus's records to Pagefind one after another, each in a fresh Pagefind service, and reports
 * the service's peak resident memory (the kernel's high-water mark, read after the files are
 * written) and the sizes of what it writes. Every variant is written in chunks of the build's size
 * (INDEX_CHUNK_SIZE) unless it sets its own.
 *
 *   node scripts/bench/pagefind-variants.ts <project> [--limit N] [--variants a,b] [--out dir]
 *
 * `<project>` is a project folder with content/ (a benchmark copy kept with `npm run bench -- N --keep`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { FILTERS, type SearchRecord } from '../../src/lib/search/records.ts';
import { CHUNK_SIZE_VARIABLE, INDEX_CHUNK_SIZE } from '../../src/integrations/pagefind-chunks.ts';
import { allowSiteJsonImports } from './json-imports.ts';

/** A record as Pagefind takes it: the build's record without its date, or with Pagefind's own sort. */
type PagefindRecord = Omit<SearchRecord, 'date'> & { sort?: Record<string, string> };
type Variant = { records: (rs: SearchRecord[]) => PagefindRecord[]; options?: Record<string, unknown>; env?: Record<string, string> };

const each = (f: (r: SearchRecord) => PagefindRecord) => (rs: SearchRecord[]) => rs.map(f);
const withoutKey = (o: Record<string, string[]>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const variants: Record<string, Variant> = {
  base: { records: (rs) => rs },
  // Results sorted by Pagefind itself, as the build did before the date order (src/integrations/date-order.ts).
  pagefindsort: { records: each((r) => ({ ...r, sort: { date: r.date } })) },
  nofilters: { records: each((r) => ({ ...r, filters: {} })) },
  nothemefilter: { records: each((r) => ({ ...r, filters: withoutKey(r.filters, FILTERS.theme) })) },
  nodocfilter: { records: each((r) => ({ ...r, filters: withoutKey(r.filters, FILTERS.document) })) },
  nometa: { records: each((r) => ({ ...r, meta: {} })) },
  contentonly: { records: each((r) => ({ ...r, meta: {}, filters: {} })) },
  // Same records, each clause's text cut to 8 characters: what the records cost apart from their text.
  short8: { records: each((r) => ({ ...r, content: r.content.slice(0, 8) })) },
  // The records in a shuffled order (page numbers no longer follow the date).
  shuffled: { records: (rs) => [...rs].sort((a, b) => hash(a.url) - hash(b.url)) },
  // One record a plan: the clauses' texts joined (what coarser records would save; loses clause links).
  perplan: {
    records: (rs) => {
      const by = new Map<string, SearchRecord>();
      for (const r of rs) {
        const url = r.url.split('#')[0]!;
        const got = by.get(url);
        if (got) got.content += `\n${r.content}`;
        else by.set(url, { ...r, url, meta: { label: '' }, filters: withoutKey(r.filters, FILTERS.theme) });
      }
      return [...by.values()];
    },
  },
  maxfrag: { records: (rs) => rs, options: { maxFragments: 2000 } },
  // Two indexes of half the plans each (older, newer), built one after the other: each one's peak.
  shard1: { records: (rs) => rs.slice(0, halfAt(rs)) },
  shard2: { records: (rs) => rs.slice(halfAt(rs)) },
  rayon1: { records: (rs) => rs, env: { RAYON_NUM_THREADS: '1' } },
  // Pagefind's own default is 20,000.
  ...Object.fromEntries([2000, 5000, 10000, 20000].map((n) => [`chunk${n / 1000}k`, { records: (rs: SearchRecord[]) => rs, env: { [CHUNK_SIZE_VARIABLE]: String(n) } }])),
};

/** The first record of the plan that starts the second half of the records. */
function halfAt(rs: readonly SearchRecord[]): number {
  let at = Math.floor(rs.length / 2);
  const plan = (r: SearchRecord) => r.url.split('#')[0];
  while (at < rs.length && plan(rs[at]!) === plan(rs[at - 1]!)) at++;
  return at;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The Pagefind service this process started (its one child running the binary). */
function servicePid(): number {
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    for (const child of readFileSync(`/proc/${process.pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) {
      if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('pagefind')) return Number(child);
    }
  }
  throw new Error('no Pagefind service found');
}

const hwmKb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

interface Sizes {
  files: number;
  bytes: number;
  gunzipped: number;
  largest: number;
}
function sizesIn(dir: string, suffix: string): Sizes {
  const out: Sizes = { files: 0, bytes: 0, gunzipped: 0, largest: 0 };
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).filter((f) => f.endsWith(suffix));
  } catch {
    return out;
  }
  for (const f of entries) {
    const b = readFileSync(join(dir, f));
    out.files++;
    out.bytes += b.length;
    out.largest = Math.max(out.largest, b.length);
    out.gunzipped += gunzipSync(b).length;
  }
  return out;
}

async function run(name: string, v: Variant, records: SearchRecord[], outRoot: string) {
  // The date is the build's, not Pagefind's (the pagefindsort variant hands it over as a sort).
  const rs = v.records(records).map((r) => {
    const { date: _, ...rest } = r as PagefindRecord & { date?: string };
    return rest;
  });
  const chars = rs.reduce((n, r) => n + r.content.length, 0);
  const saved: Record<string, string | undefined> = {};
  for (const [k, val] of Object.entries({ [CHUNK_SIZE_VARIABLE]: String(INDEX_CHUNK_SIZE), ...v.env })) {
    saved[k] = process.env[k];
    process.env[k] = val;
  }
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', ...v.options });
  if (!index) throw new Error(errors.join('; '));
  const pid = servicePid();
  for (const [k, val] of Object.entries(saved)) if (val === undefined) delete process.env[k];
  else process.env[k] = val;
  for (let at = 0; at < rs.length; at += 1000) {
    const res = await Promise.all(rs.slice(at, at + 1000).map((r) => index.addCustomRecord(r)));
    const bad = res.find((e) => e.errors.length);
    if (bad) throw new Error(bad.errors.join('; '));
  }
  const afterAdd = hwmKb(pid);
  const out = join(outRoot, name);
  const w = await index.writeFiles({ outputPath: out });
  if (w.errors.length) throw new Error(w.errors.join('; '));
  const peak = hwmKb(pid);
  await pagefind.close();
  const ms = performance.now() - t0;
  const meta = sizesIn(out, '.pf_meta');
  const chunks = sizesIn(join(out, 'index'), '.pf_index');
  const frags = sizesIn(join(out, 'fragment'), '.pf_fragment');
  const filters = sizesIn(join(out, 'filter'), '.pf_filter');
  const row = {
    variant: name,
    records: rs.length,
    chars,
    s: +(ms / 1000).toFixed(1),
    addMB: +(afterAdd / 1024).toFixed(0),
    peakMB: +(peak / 1024).toFixed(0),
    bytesPerChar: +((peak * 1024) / chars).toFixed(0),
    metaKB: +(meta.bytes / 1024).toFixed(1),
    metaRawKB: +(meta.gunzipped / 1024).toFixed(1),
    metaBperRec: +(meta.bytes / rs.length).toFixed(2),
    chunks: chunks.files,
    chunkMeanKB: +(chunks.bytes / Math.max(1, chunks.files) / 1024).toFixed(1),
    chunkMaxKB: +(chunks.largest / 1024).toFixed(1),
    frags: frags.files,
    fragMeanB: Math.round(frags.bytes / Math.max(1, frags.files)),
    filterKB: +(filters.bytes / 1024).toFixed(1),
    totalMB: +((meta.bytes + chunks.bytes + frags.bytes + filters.bytes) / 1024 ** 2).toFixed(1),
  };
  console.log(JSON.stringify(row));
  return row;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const project = args[0];
if (!project) throw new Error('usage: pagefind-variants.ts <project> [--limit N] [--variants a,b] [--out dir] [--keep]');
// The project's own reader (its regions file lists the synthetic regions).
allowSiteJsonImports();
const { readSearchRecords } = (await import(pathToFileURL(resolve(project, 'src/lib/search/content-records.ts')).href)) as typeof import('../../src/lib/search/content-records.ts');
let records = readSearchRecords(join(project, 'content'));
const limit = Number(opt('--limit') ?? 0);
// A subsample keeps every k-th plan whole, so the mix of plans and clause lengths stays the corpus's.
if (limit && limit < records.length) {
  const plans = [...new Set(records.map((r) => r.url.split('#')[0]))];
  const step = records.length / limit;
  const keep = new Set(plans.filter((_, i) => Number.isInteger(i / Math.round(step))));
  records = records.filter((r) => keep.has(r.url.split('#')[0]!));
}
const names = (opt('--variants') ?? Object.keys(variants).join(',')).split(',');
const outRoot = opt('--out') ?? mkdtempSync(join(tmpdir(), 'pf-variants-'));
console.error(`${records.length} records, ${records.reduce((n, r) => n + r.content.length, 0)} characters; output in ${outRoot}`);
for (const name of names) {
  const v = variants[name];
  if (!v) throw new Error(`unknown variant ${name}: ${Object.keys(variants).join(', ')}`);
  await run(name, v, records, outRoot);
}
if (!args.includes('--keep')) rmSync(outRoot, { recursive: true, force: true });
