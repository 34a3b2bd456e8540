/**
 * Results by date without Pagefind's own sort. Pagefind keeps a sort as an order of every record
 * inside the metadata a reader downloads before the first search (about 2.2 bytes a record: 73 KB
 * at 500 plans), so every reader paid for a choice few make. The build instead lists Pagefind's
 * result ids by date in a file of the bundle (its shape: src/lib/search/date-rank.ts), which the
 * search page fetches only when a reader sorts by date. A result's id is the name of its fragment
 * file, which Pagefind does not document: the build reads the fragments back to pair each id with
 * its record, and fails naming the record if any has none, so a Pagefind that names its results
 * otherwise stops the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DateOrder } from '../lib/search/date-rank.ts';
import { sharedId } from '../lib/search/shards.ts';

const SIGNATURE = 'pagefind_dcd';
const FRAGMENT = '.pf_fragment';

/**
 * The records' ids by date, newest date first: one group a date, its ids sorted and without the
 * prefix every id shares, so the file compresses well (a group's ids are in no reading order: the
 * page keeps hits of one date in the order the search ranked them). An id that several shards
 * use is listed by its address as well, as the page names such hits (src/lib/search/shards.ts).
 */
export function dateOrder(records: readonly { url: string; date: string }[], idOf: ReadonlyMap<string, string>, shared: ReadonlySet<string> = new Set()): DateOrder {
  const byDate = new Map<string, string[]>();
  for (const r of records) {
    const found = idOf.get(r.url);
    if (found === undefined) throw new Error(`pagefind: no fragment holds ${r.url}, so results cannot be sorted by date`);
    if (/\s/.test(r.url)) throw new Error(`pagefind: the address ${JSON.stringify(r.url)} has a space, which the date order uses to separate ids`);
    const id = shared.has(found) ? sharedId(found, r.url) : found;
    const group = byDate.get(r.date);
    if (group) group.push(id);
    else byDate.set(r.date, [id]);
  }
  const all = [...byDate.values()].flat();
  let prefix = all[0] ?? '';
  for (const id of all) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const dates = [...byDate.keys()].sort().reverse();
  return { prefix, groups: dates.map((d) => byDate.get(d)!.map((id) => id.slice(prefix.length)).sort().join(' ')) };
}

/** A fragment's page address: the file is gzip (or plain) with Pagefind's signature before the JSON. */
export function fragmentUrl(bytes: Buffer, file: string): string {
  let plain = bytes;
  try {
    plain = gunzipSync(bytes);
  } catch {
    // Not gzip: read as it is.
  }
  if (plain.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`pagefind: ${file} is not a Pagefind fragment`);
  let url: unknown;
  try {
    ({ url } = JSON.parse(plain.subarray(SIGNATURE.length).toString('utf8')) as { url?: unknown });
  } catch (e) {
    throw new Error(`pagefind: ${file} is not readable JSON after its signature: ${(e as Error).message}`);
  }
  if (typeof url !== 'string') throw new Error(`pagefind: ${file} names no page`);
  return url;
}

/** Page address → result id, for every fragment of the index in `dir` (an index of no records has no fragment folder). */
export function readFragmentIds(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const folder = join(dir, 'fragment');
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith(FRAGMENT)) continue;
    out.set(fragmentUrl(readFileSync(join(folder, name)), join(folder, name)), name.slice(0, -FRAGMENT.length));
  }
  return out;
}
