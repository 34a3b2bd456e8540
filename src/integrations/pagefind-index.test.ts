import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../lib/search/records.ts';
import { fragment } from './fragment-fixture.ts';
import { addInBatches, buildIndex, INDEX_BYTES_PER_CHAR, INDEX_CHUNK_SIZE, INDEX_FIRST_ABOVE, indexSchedule, linkTree, pagefindIndexer, type Indexer } from './pagefind-index.ts';

const record = (i: number, content = `第${i}条`, date = '2020-01-01'): SearchRecord => ({ url: `/plans/p/#q${i}`, content, language: 'zh-cn', meta: {}, filters: {}, date });
const records = (n: number) => Array.from({ length: n }, (_, i) => record(i + 1));

/** Records what was added and how many adds were in flight at once; writes one fragment a record. */
function fakeIndexer(log: { opened: number; added: string[]; maxInFlight: number }, fail?: string): () => Promise<Indexer> {
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
    expect(indexSchedule(over).first).toBe(true);
    expect(indexSchedule(under).first).toBe(false);
    expect(indexSchedule(records(355)).first).toBe(false);
    expect(indexSchedule(over).estimate).toBeGreaterThan(INDEX_FIRST_ABOVE);
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

  it('reuses the index of unchanged records, rebuilds when one changes, and keeps only the newest', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'duidu-index-'));
    const log = newLog();
    const first = await buildIndex(records(3), cache, '1.0.0', fakeIndexer(log));
    const again = await buildIndex(records(3), cache, '1.0.0', fakeIndexer(log));
    expect([first.reused, again.reused, again.dir, log.opened]).toEqual([false, true, first.dir, 1]);
    const changed = await buildIndex([...records(2), record(3, '改过的第3条')], cache, '1.0.0', fakeIndexer(log));
    expect(changed.reused).toBe(false);
    expect(readdirSync(cache)).toEqual([changed.dir.slice(cache.length + 1)]);
    const upgraded = await buildIndex([...records(2), record(3, '改过的第3条')], cache, '1.1.0', fakeIndexer(log));
    expect(upgraded.reused).toBe(false);
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
