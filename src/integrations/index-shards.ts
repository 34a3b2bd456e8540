import type { SearchRecord } from '../lib/search/records.ts';

/**
 * Splits the records into indexes Pagefind builds one after another, so its memory is bounded by
 * a shard's text and not by the corpus's (its service peaks at about 560 bytes a character). A
 * page's records stay together, and pages go in date order (oldest first), filling a shard up to
 * `maxChars` before the next one starts: a new plan, usually the newest, changes only the last
 * shard, and the others are reused from the cache. A single page longer than `maxChars` still
 * gets a shard of its own, and the caller is told (`oversized`) so it can say so.
 */
export interface Shards {
  shards: SearchRecord[][];
  /** Pages whose text alone is over `maxChars`. */
  oversized: string[];
}

/** The page a record belongs to: its address without the clause's anchor. */
export const pageOf = (url: string): string => url.replace(/#.*/, '');

// Code-unit order, the same on every machine (localeCompare would follow the build's locale).
const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function partitionShards(records: readonly SearchRecord[], maxChars: number): Shards {
  if (!(maxChars > 0)) throw new Error(`search index: a shard must hold some text (got ${maxChars} characters)`);
  const pages = new Map<string, { date: string; chars: number; records: SearchRecord[] }>();
  for (const r of records) {
    const key = pageOf(r.url);
    const page = pages.get(key);
    if (page && page.date !== r.date) throw new Error(`search index: ${r.url} is dated ${r.date} but its page's other records ${page.date}`);
    if (page) {
      page.records.push(r);
      page.chars += r.content.length;
    } else pages.set(key, { date: r.date, chars: r.content.length, records: [r] });
  }
  const ordered = [...pages.entries()].sort(([a, p], [b, q]) => order(p.date, q.date) || order(a, b));
  const shards: SearchRecord[][] = [];
  const oversized: string[] = [];
  let chars = 0;
  for (const [key, page] of ordered) {
    if (page.chars > maxChars) oversized.push(key);
    if (shards.length === 0 || chars + page.chars > maxChars) {
      shards.push([]);
      chars = 0;
    }
    shards.at(-1)!.push(...page.records);
    chars += page.chars;
  }
  // A bundle always has its first index, even of no records: the page opens it before it knows.
  return { shards: shards.length ? shards : [[]], oversized };
}
