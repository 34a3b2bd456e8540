/**
 * A search bundle in shards (src/integrations/index-shards.ts): the first index at the bundle's
 * root, each further one in a folder of its own that the page merges into the first
 * (Pagefind's `mergeIndex`), all searched as one. Pagefind names a result by a short hash unique
 * within its index, not across indexes, so the build lists every id found in more than one shard,
 * and the page tells those hits apart by their address (`distinctHits`): each result keeps an id
 * of its own, as the ranking, the counts and the date order need.
 */

/** The shard list's file, at each bundle's root. */
export const SHARD_MANIFEST_FILE = 'shards.json';

export interface ShardManifest {
  /** Folders of the shards after the first, relative to the bundle. */
  shards: string[];
  /** Result ids that more than one shard uses. */
  shared: string[];
}

/** The id a hit of a shared id goes by: the id and its page address, which no two records share. */
export const sharedId = (id: string, url: string): string => `${id}@${url}`;

interface Hit<D> {
  id: string;
  data: () => Promise<D>;
}

/** The hits, those of a shared id renamed by their address (their data is loaded to learn it: the list is short). */
export async function distinctHits<D extends { url: string; raw_url?: string }, H extends Hit<D>>(hits: readonly H[], shared: ReadonlySet<string>): Promise<H[]> {
  return Promise.all(
    hits.map(async (hit) => {
      if (!shared.has(hit.id)) return hit;
      const data = await hit.data();
      return { ...hit, id: sharedId(hit.id, data.raw_url ?? data.url) };
    }),
  );
}
