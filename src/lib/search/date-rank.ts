/**
 * 按日期 on the search page: hits ordered by the date of their plan, read from the bundle's date
 * order (written by the build: src/integrations/date-order.ts), fetched when a reader sorts by
 * date. Hits of one date keep the order the search ranked them in; a hit the order does not list
 * (an index and an order from different builds) goes after every listed one, in the order it came.
 */

/** The date order's file, in each bundle's folder. */
export const DATE_ORDER_FILE = 'date-order.json';

/** The shape of the file below: raise it when the shape changes, since the build reuses an index (and the order written with it) by a key that holds it. */
export const DATE_ORDER_FORMAT = 1;

/** Result ids by date, newest first: a group a date, of space-separated ids without their shared prefix. */
export interface DateOrder {
  prefix: string;
  groups: string[];
}

/** Result id → its date's place, newest first. */
export function dateRanks(order: DateOrder): Map<string, number> {
  const out = new Map<string, number>();
  // Every group holds at least one id, and an id may be the prefix itself (an empty suffix).
  order.groups.forEach((group, rank) => {
    for (const id of group.split(' ')) out.set(order.prefix + id, rank);
  });
  return out;
}

export function sortByDate<T>(hits: readonly T[], rank: ReadonlyMap<string, number>, id: (hit: T) => string): T[] {
  // After every listed place; the sort is stable, so ties keep the order the hits came in.
  const place = (h: T) => rank.get(id(h)) ?? rank.size;
  return hits
    .map((hit) => ({ hit, place: place(hit) }))
    .sort((a, b) => a.place - b.place)
    .map(({ hit }) => hit);
}
