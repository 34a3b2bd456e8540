import type { MatchKind } from './query.ts';

/** What the pages need of a hit: how it was found, and, once checked, how it matches its clause. */
export interface Pageable {
  kind: MatchKind;
}

/** A query's hits as pages: the next page, and how many hits are left to deal. */
export interface ResultPages<C> {
  next: () => Promise<C[]>;
  left: () => number;
}

const TIER: Record<MatchKind, number> = { exact: 0, alias: 1, loose: 2 };

/**
 * Deals the hits out a page at a time, each checked against its clause as it is dealt (`check`
 * gives the hit's true kind: the search's guess is only where checking starts). A hit the phrase
 * search found that does not hold the phrase waits behind every unchecked exact and alias hit; a
 * loose hit that holds the phrase whole is exact, and a page lists its exact hits, then its alias
 * hits, then its partial ones, each group in the order the hits came.
 *
 * Checking costs a hit its fragment, so only the hits a page shows are checked: a whole-phrase hit
 * that the loose search ranked below the first page is found, and labelled, on the page it falls on.
 */
export function resultPages<C extends Pageable>(hits: readonly C[], check: (hit: C) => Promise<C>, size: number): ResultPages<C> {
  const queue = [...hits];
  // Hits that fell out keep the order they fell in, ahead of the loose search's own.
  const fellOut = new Set<C>();
  const next = async () => {
    const page: C[] = [];
    while (page.length < size && queue.length) {
      const batch = queue.splice(0, size - page.length);
      const checked = await Promise.all(batch.map(check));
      for (const [i, c] of checked.entries()) {
        if (c.kind === 'loose' && batch[i]!.kind !== 'loose') {
          const firstLoose = queue.findIndex((q) => q.kind === 'loose' && !fellOut.has(q));
          queue.splice(firstLoose < 0 ? queue.length : firstLoose, 0, c);
          fellOut.add(c);
        } else page.push(c);
      }
    }
    // Array sort is stable, so each group keeps the order the hits were dealt in.
    return page.sort((a, b) => TIER[a.kind] - TIER[b.kind]);
  };
  return { next, left: () => queue.length };
}
