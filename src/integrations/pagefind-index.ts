import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { readSearchRecords } from '../lib/search/content-records.ts';
import type { SearchRecord } from '../lib/search/records.ts';
import { CHUNK_SIZE_VARIABLE, INDEX_CHUNK_SIZE } from './pagefind-chunks.ts';
import { dateOrder, readFragmentIds } from './date-order.ts';
import { DATE_ORDER_FILE, DATE_ORDER_FORMAT, type DateOrder } from '../lib/search/date-rank.ts';
import { SHARD_MANIFEST_FILE, type ShardManifest } from '../lib/search/shards.ts';
import { partitionShards } from './index-shards.ts';
import { indexLine } from './index-log.ts';
import { SEARCH_BUNDLES, type BundleLanguage } from '../lib/search/bundles.ts';

/**
 * Two bundles, so each language keeps its own word handling: the Chinese clauses in /pagefind/,
 * and Duidu's English translations in /pagefind-en/ with Pagefind's English stemmer (the search
 * page picks one by the query's script).
 */
export type IndexLanguage = BundleLanguage;
/** Records in flight at once: the round trips overlap, and the service is never sent the whole corpus in one go. */
const BATCH = 1000;
const DONE = '.complete';
/** Beside each index in the cache: page address → result id, read once from its fragments. */
const IDS = '.ids.json';
/** What shards beyond the first keep: what Pagefind reads of a merged index (its engine comes from the first). */
const SHARD_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;
/** The cache's layout beside Pagefind's files: part of every index's key. */
const CACHE_FORMAT = 2;

/** Names an index by everything that decides its files: the records, Pagefind's version and its options, the date order's shape. */
export function indexKey(records: readonly SearchRecord[], pagefindVersion: string, language: IndexLanguage = 'zh-cn'): string {
  const hash = createHash('sha256').update(JSON.stringify([pagefindVersion, { forceLanguage: language, indexChunkSize: INDEX_CHUNK_SIZE, dateOrder: DATE_ORDER_FORMAT, cache: CACHE_FORMAT }]));
  for (const r of records) hash.update(JSON.stringify(r)).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/** What indexing needs of Pagefind; the tests give a stand-in. */
export interface Indexer {
  add(record: SearchRecord): Promise<string[]>;
  write(outputPath: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function pagefindIndexer(language: IndexLanguage = 'zh-cn'): Promise<Indexer> {
  // The service starts with the first call and takes this process's environment then.
  process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return {
    add: async ({ date: _, ...record }) => (await index.addCustomRecord(record)).errors,
    write: async (outputPath) => (await index.writeFiles({ outputPath })).errors,
    close: async () => {
      await pagefind.close();
    },
  };
}

/** Adds records a batch at a time, each batch's round trips in flight together. */
export async function addInBatches(indexer: Indexer, records: readonly SearchRecord[], size = BATCH): Promise<void> {
  for (let at = 0; at < records.length; at += size) {
    const batch = records.slice(at, at + size);
    const errors = await Promise.all(batch.map((r) => indexer.add(r)));
    const failed = errors.findIndex((e) => e.length > 0);
    if (failed >= 0) throw new Error(`pagefind: ${batch[failed]!.url}: ${errors[failed]!.join('; ')}`);
  }
}

export interface IndexResult {
  /** The folder holding the index files. */
  dir: string;
  records: number;
  reused: boolean;
}

/**
 * Builds the index of `records` into `cacheDir/<key>/`, or finds it there from an earlier build
 * of the same records; other folders of the cache are the caller's to keep or clear.
 */
export function buildIndex(records: readonly SearchRecord[], cacheDir: string, version: string, open: () => Promise<Indexer> = pagefindIndexer, language: IndexLanguage = 'zh-cn'): Promise<IndexResult> {
  return buildIndexAt(join(cacheDir, indexKey(records, version, language)), records, open);
}

/** The same, into the folder its key names. */
async function buildIndexAt(dir: string, records: readonly SearchRecord[], open: () => Promise<Indexer>): Promise<IndexResult> {
  if (existsSync(join(dir, DONE))) return { dir, records: records.length, reused: true };
  rmSync(dir, { recursive: true, force: true });
  const indexer = await open();
  try {
    await addInBatches(indexer, records);
    const errors = await indexer.write(dir);
    if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  } finally {
    await indexer.close();
  }
  writeFileSync(join(dir, IDS), JSON.stringify(Object.fromEntries(readFragmentIds(dir))));
  writeFileSync(join(dir, DONE), `${records.length} records\n`);
  return { dir, records: records.length, reused: false };
}

export interface Bundle {
  /** The shards' indexes, the first one the page opens. */
  shards: IndexResult[];
  /** Pages whose text alone is over a shard's size, each indexed in a shard of its own. */
  oversized: string[];
  /** The shard list the page reads, with the ids more than one shard uses. */
  manifest: ShardManifest;
  /** The date order of every record, as the page reads it. */
  dateOrder: DateOrder;
}

/** The folder a shard after the first takes in the bundle. */
const shardFolder = (i: number) => `shard-${i}/`;

/**
 * Indexes the records in shards of at most `maxChars` characters of text (src/integrations/index-shards.ts),
 * one after another so Pagefind holds one shard at a time; each shard is reused while its records
 * are unchanged, and the cache keeps the current shards only. What the page needs beside the
 * indexes is worked out here, so the records need not be kept until the pages are built.
 */
export async function buildBundle(records: readonly SearchRecord[], cacheDir: string, version: string, maxChars: number, open: () => Promise<Indexer> = pagefindIndexer, language: IndexLanguage = 'zh-cn'): Promise<Bundle> {
  const { shards, oversized } = partitionShards(records, maxChars);
  const keys = shards.map((s) => indexKey(s, version, language));
  if (existsSync(cacheDir)) for (const old of readdirSync(cacheDir)) if (!keys.includes(old)) rmSync(join(cacheDir, old), { recursive: true, force: true });
  const built: IndexResult[] = [];
  for (const [i, of] of shards.entries()) built.push(await buildIndexAt(join(cacheDir, keys[i]!), of, open));
  const idOf = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const shard of built) {
    const ids = JSON.parse(readFileSync(join(shard.dir, IDS), 'utf8')) as Record<string, string>;
    for (const [url, id] of Object.entries(ids)) {
      idOf.set(url, id);
      uses.set(id, (uses.get(id) ?? 0) + 1);
    }
  }
  const shared = [...uses].filter(([, n]) => n > 1).map(([id]) => id).sort();
  return { shards: built, oversized, manifest: { shards: built.slice(1).map((_, i) => shardFolder(i + 1)), shared }, dateOrder: dateOrder(records, idOf, new Set(shared)) };
}

/**
 * Puts a bundle into the site at `out`: the first shard at the root with Pagefind's engine, the
 * others' index files in folders of their own, the shard list and the date order.
 */
export function writeBundle(bundle: Bundle, out: string): void {
  rmSync(out, { recursive: true, force: true });
  bundle.shards.forEach((shard, i) => {
    if (i === 0) linkTree(shard.dir, out);
    else linkTree(shard.dir, join(out, shardFolder(i)), (name) => SHARD_FILES.test(name));
  });
  writeFileSync(join(out, SHARD_MANIFEST_FILE), JSON.stringify(bundle.manifest));
  writeFileSync(join(out, DATE_ORDER_FILE), JSON.stringify(bundle.dateOrder));
}

/** Puts the files of `from` into `to` (those at its top level that `take` accepts): hard links where the file system allows, copies elsewhere. */
export function linkTree(from: string, to: string, take: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.name === DONE || e.name === IDS || !take(e.name)) continue;
    const [src, dest] = [join(from, e.name), join(to, e.name)];
    if (e.isDirectory()) linkTree(src, dest);
    else {
      try {
        linkSync(src, dest);
      } catch {
        copyFileSync(src, dest);
      }
    }
  }
}

/**
 * Pagefind's service needs about this much memory a character of clause text while it builds
 * the index (measured with Pagefind 1.6 on synthetic corpora: 1.35 GB for 16,500 clauses of
 * 2.3 million characters, 4.95 GB for 66,000 of 9.1 million, peaking as it writes the files).
 */
export const INDEX_BYTES_PER_CHAR = 560;
/** Above this estimate the index is built before the pages, so the two peaks do not add up. */
export const INDEX_FIRST_ABOVE = 1024 ** 3;

export const SCHEDULE_VARIABLE = 'DUIDU_INDEX_SCHEDULE';

/**
 * Whether to index before Astro loads the content and renders, or beside it (two cores, less wall
 * time). The environment may choose: beside the pages with smaller shards a large build takes a
 * fifth to a third less time in the same memory, but each extra shard adds to every first search
 * (docs/benchmarks.md), so by default a large index comes first.
 */
export function indexSchedule(records: readonly SearchRecord[], env: Record<string, string | undefined> = process.env): { first: boolean; estimate: number; chosen: boolean } {
  const estimate = records.reduce((n, r) => n + r.content.length, 0) * INDEX_BYTES_PER_CHAR;
  const set = env[SCHEDULE_VARIABLE];
  if (set === undefined || set === '' || set === 'auto') return { first: estimate > INDEX_FIRST_ABOVE, estimate, chosen: false };
  if (set === 'before' || set === 'beside') return { first: set === 'before', estimate, chosen: true };
  throw new Error(`${SCHEDULE_VARIABLE}=${set}: the index is built "before" the pages, "beside" them, or as its size decides ("auto")`);
}

/** Pagefind's memory a shard may need by that estimate, unless the build's environment sets another (in MB). */
export const SHARD_BYTES = 2 * 1024 ** 3;
export const SHARD_VARIABLE = 'DUIDU_INDEX_SHARD_MB';

/** The characters of text a shard holds: from the environment's budget when it sets a valid one. */
export function shardChars(env: Record<string, string | undefined> = process.env): number {
  const set = env[SHARD_VARIABLE];
  if (set === undefined || set === '') return Math.floor(SHARD_BYTES / INDEX_BYTES_PER_CHAR);
  const mb = Number(set);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`${SHARD_VARIABLE}=${set}: a shard's memory must be a positive number of megabytes`);
  return Math.max(1, Math.floor((mb * 1024 ** 2) / INDEX_BYTES_PER_CHAR));
}

// The package exports no package.json; it is read from where npm installed it.
const pagefindVersion = (root: string) => (JSON.parse(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Indexes every clause with Pagefind. The records come from the content files, not the built
 * pages, so indexing starts with the build and Pagefind's own process works on the second core
 * while Astro renders (or, for a large corpus, before Astro loads the content); the index lands in
 * dist/pagefind/ when the pages are done. A large index is built in shards, one at a time, and
 * each shard of unchanged records is reused from Astro's cache folder.
 */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let job: Promise<Bundle> | undefined;
  const bundle = async (logger: AstroIntegrationLogger, records: readonly SearchRecord[], language: IndexLanguage, dir: string, what: string) => {
    const t0 = performance.now();
    const b = await buildBundle(records, dir, pagefindVersion(root), shardChars(), () => pagefindIndexer(language), language);
    logger.info(indexLine({ records: records.length, shards: b.shards.length, reused: b.shards.filter((s) => s.reused).length, seconds: (performance.now() - t0) / 1000 }, what));
    for (const page of b.oversized) logger.warn(`${page}: its text alone is more than a shard of the index holds (${SHARD_VARIABLE}); indexed in a shard of its own`);
    return b;
  };
  const start = (logger: AstroIntegrationLogger, records: readonly SearchRecord[]) => {
    const run = bundle(logger, records, 'zh-cn', cacheDir, 'clauses');
    // Awaited at build:done; until then a failure must not surface as an unhandled rejection.
    run.catch(() => {});
    return run;
  };
  // Read once: at setup when the build may index first, else when the pages start.
  let read: SearchRecord[] | undefined;
  const records = () => (read ??= readSearchRecords(join(root, 'content')));
  return {
    name: 'duidu:pagefind-index',
    hooks: {
      // Before Astro syncs the content: a large index is built here, while the build holds little.
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL(`${SEARCH_BUNDLES['zh-cn']}/`, config.cacheDir));
        const all = records();
        const { first, estimate, chosen } = indexSchedule(all);
        const gb = (estimate / 1024 ** 3).toFixed(1);
        const where = `the index of ${all.length} clauses comes ${first ? 'before' : 'beside'} the pages`;
        // Said when it is not the usual way: chosen, or a large index first.
        if (chosen) logger.info(`${where}, as ${SCHEDULE_VARIABLE} says (about ${gb} GB to build)`);
        else if (first) logger.info(`${where}: building it needs about ${gb} GB, which would add to the pages' own`);
        if (!first) return;
        job = start(logger, all);
        read = undefined;
        await job;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL(`${SEARCH_BUNDLES['zh-cn']}/`, config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        job ??= start(logger, records());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeBundle(await (job ?? start(logger, records())), join(dist, SEARCH_BUNDLES['zh-cn']));
        // The English records are the translations as the build wrote them (search/records-en.json).
        const file = join(dist, 'search', 'records-en.json');
        const english = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
        await rm(file);
        writeBundle(await bundle(logger, english, 'en', join(cacheDir, '..', SEARCH_BUNDLES.en), 'translated clauses (en)'), join(dist, SEARCH_BUNDLES.en));
      },
    },
  };
}
