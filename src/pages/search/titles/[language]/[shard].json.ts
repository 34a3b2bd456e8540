import type { GetStaticPaths } from 'astro';
import { siteDocumentTitles } from '../../../../lib/search/site-data.ts';
import { titleLanguages, titleShards } from '../../../../lib/search/title-shards.ts';

/** Document titles for search results, by language and shard (src/lib/search/title-shards.ts). */
export const getStaticPaths = (async () => {
  const titles = await siteDocumentTitles();
  return titleLanguages.flatMap((language) => titleShards(titles, language).map((shard, n) => ({ params: { language, shard: String(n) }, props: { titles: shard } })));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { titles: Record<string, string> } }) {
  return new Response(JSON.stringify(props.titles));
}
