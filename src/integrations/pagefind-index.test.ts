import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../lib/search/records.ts';
import { fragment } from './fragment-fixture.ts';
import { INDEX_CHUNK_SIZE } from './pagefind-chunks.ts';
import { DATE_ORDER_FILE, dateRanks, type DateOrder } from '../lib/search/date-rank.ts';
import { SHARD_MANIFEST_FILE, sharedId, type ShardManifest } from '../lib/search/shards.ts';
import { addInBatches, buildBundle, buildIndex, INDEX_BYTES_PER_CHAR, INDEX_FIRST_ABOVE, indexSchedule, linkTree, pagefindIndexer, SCHEDULE_VARIABLE, SHARD_BYTES, SHARD_VARIABLE, shardChars, writeBundle, type Indexer } from './pagefind-index.ts';

const record = (i: number, content = `第${i}条`, date = '2020-01-01', page = 'p'): SearchRecord => ({ url: `/plans/${page}/#q${i}`, content, language: 'zh-cn', meta: {}, filters: {}, date });
const records = (n: number) => Array.from({ length: n }, (_, i) => record(i + 1));

/** Records what was added and how many adds were in flight at once; writes one fragment a record. */
function fakeIndexer(log: { opened: number; added: string[]; maxInFlight: number }, fail?: string, engine = false): () => Promise<Indexer> {
  return async () => {
    log.opened++;
    let inFlight = 0;
    const added: SearchRecord[] = [];
    return {
      add: async (r) => {
        inFlight++;
        log.maxInFlight = Math.max(log.maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 0));
        inFlight--;
        added.push(r);
        log.added.push(r.url);
        return r.url === fail ? ['bad record'] : [];
      },
      write: async (dir) => {
        mkdirSync(join(dir, 'fragment'), { recursive: true });
        added.forEach((r, i) => writeFileSync(join(dir, 'fragment', `f${i}.pf_fragment`), fragment(r.url, r.content)));
        // What a shard after the first leaves out and keeps of Pagefind's own files.
        if (engine) for (const name of ['pagefind.js', 'pagefind-entry.json']) writeFileSync(join(dir, name), name);
        return [];
      },
      close: async () => {},
    };
  };
}

const newLog = () => ({ opened: 0, added: [] as string[], maxInFlight: 0 });

describe('the search index', () => {
  it('is built before the pages once its own memory would pass a gigabyte, beside them below that', () => {
    const chars = Math.ceil(INDEX_FIRST_ABOVE / INDEX_BYTES_PER_CHAR);
    // Half the text in each of two records: the estimate is over all the text, not one record.
    const over = [record(1, '字'.repeat(Math.ceil(chars / 2) + 1)), record(2, '字'.repeat(Math.ceil(chars / 2)))];
    const under = [record(1, '字'.repeat(Math.floor(chars / 2) - 1)), record(2, '字'.repeat(Math.floor(chars / 2) - 1))];
    expect(indexSchedule(over, {}).first).toBe(true);
    expect(indexSchedule(under, {}).first).toBe(false);
    expect(indexSchedule(records(355), {}).first).toBe(false);
    expect(indexSchedule(over, {}).estimate).toBeGreaterThan(INDEX_FIRST_ABOVE);
  });

  it('is built where the environment says, whatever its size, and refuses a schedule it does not know', () => {
    const chars = Math.ceil(INDEX_FIRST_ABOVE / INDEX_BYTES_PER_CHAR);
    const large = [record(1, '字'.repeat(chars + 1))];
    const small = records(355);
    expect(indexSchedule(large, { [SCHEDULE_VARIABLE]: 'beside' })).toMatchObject({ first: false, chosen: true });
    expect(indexSchedule(small, { [SCHEDULE_VARIABLE]: 'before' })).toMatchObject({ first: true, chosen: true });
    for (const auto of ['auto', '', undefined]) {
      expect(indexSchedule(large, { [SCHEDULE_VARIABLE]: auto })).toMatchObject({ first: true, chosen: false });
      expect(indexSchedule(small, { [SCHEDULE_VARIABLE]: auto })).toMatchObject({ first: false, chosen: false });
    }
    expect(indexSchedule(large, { [SCHEDULE_VARIABLE]: 'beside' }).estimate).toBe(indexSchedule(large, {}).estimate);
    expect(() => indexSchedule(small, { [SCHEDULE_VARIABLE]: 'first' })).toThrow(`${SCHEDULE_VARIABLE}=first`);
  });

  it('adds every record, many in flight at once but never more than a batch', async () => {
    const log = newLog();
    await addInBatches(await fakeIndexer(log)(), records(25), 10);
    expect(log.added).toHaveLength(25);
    expect(new Set(log.added).size).toBe(25);
    expect(log.maxInFlight).toBe(10);
  });

  it('names the record Pagefind refused', async () => {
    await expect(addInBatches(await fakeIndexer(newLog(), '/plans/p/#q7')(), records(12), 5)).rejects.toThrow('pagefind: /plans/p/#q7: bad record');
  });

  it('reuses the index of unchanged records, rebuilds when one changes, and keeps only the current shards', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'duidu-index-'));
    const log = newLog();
    const first = await buildBundle(records(3), cache, '1.0.0', 1000, fakeIndexer(log));
    const again = await buildBundle(records(3), cache, '1.0.0', 1000, fakeIndexer(log));
    expect([first.shards[0]!.reused, again.shards[0]!.reused, again.shards[0]!.dir, log.opened]).toEqual([false, true, first.shards[0]!.dir, 1]);
    const changed = await buildBundle([...records(2), record(3, '改过的第3条')], cache, '1.0.0', 1000, fakeIndexer(log));
    expect(changed.shards[0]!.reused).toBe(false);
    expect(readdirSync(cache)).toEqual([changed.shards[0]!.dir.slice(cache.length + 1)]);
    const upgraded = await buildBundle([...records(2), record(3, '改过的第3条')], cache, '1.1.0', 1000, fakeIndexer(log));
    expect(upgraded.shards[0]!.reused).toBe(false);
  });

  /** Three plans of two records each, a plan a shard at 8 characters a shard; the 2024 plan is the last. */
  const plans = (newest = '第5条') => [record(1, '第1条', '2019-01-01', 'a'), record(2, '第2条', '2019-01-01', 'a'), record(3, '第3条', '2021-01-01', 'b'), record(4, '第4条', '2021-01-01', 'b'), record(5, newest, '2024-01-01', 'c'), record(6, '第6条', '2024-01-01', 'c')];

  it('builds a large index in shards, one Pagefind at a time, and rebuilds only the shard whose records changed', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'duidu-index-'));
    const log = newLog();
    const first = await buildBundle(plans(), cache, '1.0.0', 8, fakeIndexer(log));
    expect(first.shards).toHaveLength(3);
    expect(log.added).toEqual(['/plans/a/#q1', '/plans/a/#q2', '/plans/b/#q3', '/plans/b/#q4', '/plans/c/#q5', '/plans/c/#q6']);
    expect(log.opened).toBe(3);
    const next = await buildBundle(plans('第5条改'), cache, '1.0.0', 8, fakeIndexer(log));
    expect(next.shards.map((s) => s.reused)).toEqual([true, true, false]);
    expect(log.opened).toBe(4);
    expect(readdirSync(cache).sort()).toEqual(next.shards.map((s) => s.dir.slice(cache.length + 1)).sort());
  });

  it('puts the shards into the site: the first whole at the root, the others’ index files in folders the list names, ids two shards share listed, every record in the date order', async () => {
    const bundle = await buildBundle(plans(), mkdtempSync(join(tmpdir(), 'duidu-index-')), '1.0.0', 8, fakeIndexer(newLog(), undefined, true));
    const site = join(mkdtempSync(join(tmpdir(), 'duidu-site-')), 'pagefind');
    writeBundle(bundle, site);
    // The stand-in names each shard's fragments f0, f1 …: every id is used by all three shards.
    expect(JSON.parse(readFileSync(join(site, SHARD_MANIFEST_FILE), 'utf8')) as ShardManifest).toEqual({ shards: ['shard-1/', 'shard-2/'], shared: ['f0', 'f1'] });
    expect(readdirSync(site).sort()).toEqual([DATE_ORDER_FILE, 'fragment', 'pagefind-entry.json', 'pagefind.js', 'shard-1', 'shard-2', SHARD_MANIFEST_FILE]);
    expect(readdirSync(join(site, 'shard-2')).sort()).toEqual(['fragment', 'pagefind-entry.json']);
    expect(readFileSync(join(site, 'shard-2', 'fragment', 'f1.pf_fragment'))).toEqual(fragment('/plans/c/#q6', '第6条'));
    const rank = dateRanks(JSON.parse(readFileSync(join(site, DATE_ORDER_FILE), 'utf8')) as DateOrder);
    expect(rank.get(sharedId('f0', '/plans/c/#q5'))).toBe(0);
    expect(rank.get(sharedId('f1', '/plans/a/#q2'))).toBe(2);
    expect(rank.size).toBe(6);
    // Written again, the site holds the new bundle only.
    writeBundle(await buildBundle(records(2), mkdtempSync(join(tmpdir(), 'duidu-index-')), '1.0.0', 1000, fakeIndexer(newLog())), site);
    expect(JSON.parse(readFileSync(join(site, SHARD_MANIFEST_FILE), 'utf8'))).toEqual({ shards: [], shared: [] });
    expect(existsSync(join(site, 'shard-1'))).toBe(false);
  });

  it('sizes a shard by the memory Pagefind may use, from the environment when set', () => {
    expect(shardChars({})).toBe(Math.floor(SHARD_BYTES / INDEX_BYTES_PER_CHAR));
    expect(shardChars({ [SHARD_VARIABLE]: '' })).toBe(Math.floor(SHARD_BYTES / INDEX_BYTES_PER_CHAR));
    expect(shardChars({ [SHARD_VARIABLE]: '560' })).toBe(1024 ** 2);
    for (const bad of ['0', '-1', 'lots']) expect(() => shardChars({ [SHARD_VARIABLE]: bad })).toThrow(`${SHARD_VARIABLE}=${bad}`);
  });

  it('an index that failed half way is not reused', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'duidu-index-'));
    await expect(buildIndex(records(3), cache, '1.0.0', fakeIndexer(newLog(), '/plans/p/#q2'))).rejects.toThrow();
    const log = newLog();
    expect((await buildIndex(records(3), cache, '1.0.0', fakeIndexer(log))).reused).toBe(false);
    expect(log.opened).toBe(1);
  });

  it('puts the index files into the site, every file with its content', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'duidu-index-'));
    const { dir } = await buildIndex(records(3), cache, '1.0.0', fakeIndexer(newLog()));
    const site = join(mkdtempSync(join(tmpdir(), 'duidu-site-')), 'pagefind');
    linkTree(dir, site);
    expect(readdirSync(join(site, 'fragment')).sort()).toEqual(['f0.pf_fragment', 'f1.pf_fragment', 'f2.pf_fragment']);
    expect(readFileSync(join(site, 'fragment', 'f2.pf_fragment'))).toEqual(fragment('/plans/p/#q3', '第3条'));
    expect(existsSync(join(site, '.complete'))).toBe(false);
  });

  it('writes the word index in chunks of the set size, so a query fetches small files', async () => {
    // 40 records of 500 words found nowhere else: a word counts at least its position and its page.
    const units = 40 * 500 * 2;
    const many = Array.from({ length: 40 }, (_, i) => record(i, Array.from({ length: 500 }, (_, j) => `w${i}x${j}`).join(' ')));
    const { dir } = await buildIndex(many, mkdtempSync(join(tmpdir(), 'duidu-index-')), 'test', () => pagefindIndexer());
    // At Pagefind's default of 20,000 this index is three chunks; at 5,000, twelve.
    expect(readdirSync(join(dir, 'index')).length).toBeGreaterThanOrEqual(units / INDEX_CHUNK_SIZE);
  }, 60_000);
});
