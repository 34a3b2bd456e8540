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
import { writeDateOrder } from './date-order.ts';
import { DATE_ORDER_FORMAT } from '../lib/search/date-rank.ts';

export { INDEX_CHUNK_SIZE };

/**
 * Two bundles, so each language keeps its own word handling: the Chinese clauses in /pagefind/,
 * and Duidu's English translations in /pagefind-en/ with Pagefind's English stemmer (the search
 * page picks one by the query's script).
 */
export type IndexLanguage = 'zh-cn' | 'en';
/** Records in flight at once: the round trips overlap, and the service is never sent the whole corpus in one go. */
const BATCH = 1000;
const DONE = '.complete';


/** Names an index by everything that decides its files: the records, Pagefind's version and its options, the date order's shape. */
export function indexKey(records: readonly SearchRecord[], pagefindVersion: string, language: IndexLanguage = 'zh-cn'): string {
  const hash = createHash('sha256').update(JSON.stringify([pagefindVersion, { forceLanguage: language, indexChunkSize: INDEX_CHUNK_SIZE, dateOrder: DATE_ORDER_FORMAT }]));
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
 * of the same records. Only the newest index is kept.
 */
export async function buildIndex(records: readonly SearchRecord[], cacheDir: string, version: string, open: () => Promise<Indexer> = pagefindIndexer, language: IndexLanguage = 'zh-cn'): Promise<IndexResult> {
  const key = indexKey(records, version, language);
  const dir = join(cacheDir, key);
  if (existsSync(join(dir, DONE))) return { dir, records: records.length, reused: true };
  if (existsSync(cacheDir)) for (const old of readdirSync(cacheDir)) rmSync(join(cacheDir, old), { recursive: true, force: true });
  const indexer = await open();
  try {
    await addInBatches(indexer, records);
    const errors = await indexer.write(dir);
    if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
    writeDateOrder(dir, records);
  } finally {
    await indexer.close();
  }
  writeFileSync(join(dir, DONE), `${records.length} records\n`);
  return { dir, records: records.length, reused: false };
}

/** Puts the files of `from` into `to`: hard links where the file system allows, copies elsewhere. */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.name === DONE) continue;
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

/** Whether to index before Astro loads the content and renders, or beside it (two cores, less wall time). */
export function indexSchedule(records: readonly SearchRecord[]): { first: boolean; estimate: number } {
  const estimate = records.reduce((n, r) => n + r.content.length, 0) * INDEX_BYTES_PER_CHAR;
  return { first: estimate > INDEX_FIRST_ABOVE, estimate };
}

// The package exports no package.json; it is read from where npm installed it.
const pagefindVersion = (root: string) => (JSON.parse(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Indexes every clause with Pagefind. The records come from the content files, not the built
 * pages, so indexing starts with the build and Pagefind's own process works on the second core
 * while Astro renders; the index lands in dist/pagefind/ when the pages are done. An index of
 * unchanged records is reused from Astro's cache folder.
 */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let job: Promise<IndexResult> | undefined;
  const start = (logger: AstroIntegrationLogger, records: readonly SearchRecord[]) => {
    const t0 = performance.now();
    const run = buildIndex(records, cacheDir, pagefindVersion(root));
    // Awaited at build:done; until then a failure must not surface as an unhandled rejection.
    run.then((r) => logger.info(`${r.reused ? 'reused the index of' : 'indexed'} ${r.records} clauses in ${((performance.now() - t0) / 1000).toFixed(1)} s`), () => {});
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
        cacheDir = fileURLToPath(new URL('pagefind/', config.cacheDir));
        const all = records();
        const { first, estimate } = indexSchedule(all);
        if (!first) return;
        logger.info(`the index of ${all.length} clauses comes before the pages: building it needs about ${(estimate / 1024 ** 3).toFixed(1)} GB, which would add to the pages' own`);
        job = start(logger, all);
        read = undefined;
        await job;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(new URL('pagefind/', config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        job ??= start(logger, records());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { dir: index } = await (job ?? start(logger, records()));
        const out = join(dist, 'pagefind');
        rmSync(out, { recursive: true, force: true });
        linkTree(index, out);
        // The English records are the translations as the build wrote them (search/records-en.json).
        const file = join(dist, 'search', 'records-en.json');
        const english = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
        await rm(file);
        const t0 = performance.now();
        const en = await buildIndex(english, join(cacheDir, '..', 'pagefind-en'), pagefindVersion(root), () => pagefindIndexer('en'), 'en');
        logger.info(`${en.reused ? 'reused the index of' : 'indexed'} ${en.records} translated clauses (en) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        const outEn = join(dist, 'pagefind-en');
        rmSync(outEn, { recursive: true, force: true });
        linkTree(en.dir, outEn);
      },
    },
  };
}
