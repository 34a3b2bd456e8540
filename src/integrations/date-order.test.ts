import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../lib/search/records.ts';
import { DATE_ORDER_FILE, dateRanks, type DateOrder } from '../lib/search/date-rank.ts';
import { dateOrder, fragmentUrl, readFragmentIds } from './date-order.ts';
import { buildBundle, pagefindIndexer, writeBundle } from './pagefind-index.ts';
import { SHARD_MANIFEST_FILE, sharedId } from '../lib/search/shards.ts';
import { fragment } from './fragment-fixture.ts';

const rec = (url: string, date: string) => ({ url, date });

describe('the date order of search results', () => {
  it('groups result ids by date, newest first, each group sorted and without the prefix all ids share', () => {
    const records = [rec('/a#1', '2019-05-01'), rec('/a#2', '2019-05-01'), rec('/b#1', '2024-01-01'), rec('/c#1', '2020-12-31'), rec('/b#2', '2024-01-01')];
    const ids = new Map([['/a#1', 'zh-cn_f1'], ['/a#2', 'zh-cn_a2'], ['/b#1', 'zh-cn_c3'], ['/c#1', 'zh-cn_d4'], ['/b#2', 'zh-cn_b5']]);
    expect(dateOrder(records, ids)).toEqual({ prefix: 'zh-cn_', groups: ['b5 c3', 'd4', 'a2 f1'] });
  });

  it('keeps an id that is the shared prefix itself, and a corpus of one record', () => {
    expect(dateOrder([rec('/a', '2020'), rec('/b', '2020')], new Map([['/a', 'x_ab'], ['/b', 'x_abc']]))).toEqual({ prefix: 'x_ab', groups: [' c'] });
    expect(dateOrder([rec('/a', '2020')], new Map([['/a', 'x_ab']]))).toEqual({ prefix: 'x_ab', groups: [''] });
  });

  it('lists an id two shards share under each record’s address, and refuses an address with a space', () => {
    const ids = new Map([['/a#1', 'x_a1'], ['/b#1', 'x_a1'], ['/b#2', 'x_b2']]);
    expect(dateOrder([rec('/a#1', '2019'), rec('/b#1', '2024'), rec('/b#2', '2024')], ids, new Set(['x_a1']))).toEqual({ prefix: 'x_', groups: [`${sharedId('a1', '/b#1')} b2`, sharedId('a1', '/a#1')] });
    expect(() => dateOrder([rec('/a #1', '2019')], new Map([['/a #1', 'x']]))).toThrow('"/a #1" has a space');
  });

  it('names the record no fragment holds', () => {
    expect(() => dateOrder([rec('/a#1', '2019'), rec('/a#2', '2019')], new Map([['/a#1', 'x']]))).toThrow('no fragment holds /a#2');
  });

  it('reads the page address of a fragment, gzipped or not, and names a file that is not one', () => {
    expect(fragmentUrl(fragment('/plans/p/#q1', '文'), 'f')).toBe('/plans/p/#q1');
    expect(fragmentUrl(Buffer.from('pagefind_dcd{"url":"/x#y","content":""}'), 'f')).toBe('/x#y');
    expect(() => fragmentUrl(Buffer.from('{"url":"/x#y"}'), 'fragment/bad.pf_fragment')).toThrow('fragment/bad.pf_fragment is not a Pagefind fragment');
    expect(() => fragmentUrl(Buffer.from('pagefind_dcd{"content":""}'), 'fragment/no-url.pf_fragment')).toThrow('fragment/no-url.pf_fragment names no page');
    expect(() => fragmentUrl(Buffer.from('pagefind_dcd{"url":'), 'fragment/cut.pf_fragment')).toThrow('fragment/cut.pf_fragment is not readable JSON');
  });

  it('pairs every fragment file with its page, by the file name without its extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidu-fragments-'));
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'fragment', 'zh-cn_abc1234.pf_fragment'), fragment('/plans/a/#p1', '甲'));
    writeFileSync(join(dir, 'fragment', 'zh-cn_def5678.pf_fragment'), fragment('/plans/b/#p2', '乙'));
    // Anything else in the folder is not a fragment, and not read as one.
    writeFileSync(join(dir, 'fragment', 'notes.txt'), 'not a fragment');
    expect(readFragmentIds(dir)).toEqual(new Map([['/plans/a/#p1', 'zh-cn_abc1234'], ['/plans/b/#p2', 'zh-cn_def5678']]));
  });

  it('is empty for an index of no records, which has no fragment folder, and names a record its index lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidu-fragments-'));
    expect(readFragmentIds(dir)).toEqual(new Map());
    expect(dateOrder([], readFragmentIds(dir))).toEqual({ prefix: '', groups: [] });
    expect(() => dateOrder([rec('/plans/a/#p1', '2020')], readFragmentIds(dir))).toThrow('no fragment holds /plans/a/#p1');
  });

  it('is written with a real Pagefind index in shards: every record once, under the id of its own fragment, at its date’s place', async () => {
    const dates = ['2019-01-01', '2024-06-30', '2020-03-15', '2024-06-30', '2021-11-11', '2019-01-01'];
    const records: SearchRecord[] = dates.map((date, i) => ({ url: `/plans/p${i}/#c${i}`, content: `第${i}条 国际交流 ${date}`, language: 'zh-cn', meta: { label: `${i}` }, filters: {}, date }));
    // About two records a shard.
    const bundle = await buildBundle(records, mkdtempSync(join(tmpdir(), 'duidu-index-')), 'test', 40, () => pagefindIndexer());
    expect(bundle.shards.length).toBeGreaterThan(1);
    const dir = mkdtempSync(join(tmpdir(), 'duidu-site-'));
    writeBundle(bundle, dir);
    const { shards, shared } = bundle.manifest;
    const rank = dateRanks(JSON.parse(readFileSync(join(dir, DATE_ORDER_FILE), 'utf8')) as DateOrder);
    const fragments = new Map([dir, ...shards.map((s) => join(dir, s))].flatMap((d) => [...readFragmentIds(d)].map(([url, id]) => [url, shared.includes(id) ? sharedId(id, url) : id] as const)));
    // Every record, under the id of its own fragment, at its date's place.
    const places = [...new Set(dates)].sort().reverse();
    expect(new Map(records.map((r) => [r.url, rank.get(fragments.get(r.url)!)]))).toEqual(new Map(records.map((r) => [r.url, places.indexOf(r.date)])));
    expect(rank.size).toBe(records.length);
  }, 60_000);

  it('is written, empty, for a real Pagefind index of no records (an edition with no translations yet)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidu-site-'));
    writeBundle(await buildBundle([], mkdtempSync(join(tmpdir(), 'duidu-index-')), 'test', 1000, () => pagefindIndexer('en'), 'en'), dir);
    expect(JSON.parse(readFileSync(join(dir, DATE_ORDER_FILE), 'utf8'))).toEqual({ prefix: '', groups: [] });
    expect(JSON.parse(readFileSync(join(dir, SHARD_MANIFEST_FILE), 'utf8'))).toEqual({ shards: [], shared: [] });
  }, 60_000);
});
