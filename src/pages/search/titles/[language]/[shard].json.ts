import type { GetStaticPaths } from 'astro';
import { siteDocumentTitles } from '../../../lib/search/site-data.ts';
import { titleShards } from '../../../lib/search/title-shards.ts';

/** Document titles for search results, by shard (src/lib/search/title-shards.ts). */
export const getStaticPaths = (async () => titleShards(await siteDocumentTitles()).map((titles, shard) => ({ params: { shard: String(shard) }, props: { titles } }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { titles: Record<string, { zh: string; en: string }> } }) {
  return new Response(JSON.stringify(props.titles));
}
