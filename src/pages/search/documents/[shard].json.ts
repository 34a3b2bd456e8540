import type { GetStaticPaths } from 'astro';
import { siteDocumentShards } from '../../../lib/search/site-data.ts';
import type { SearchTerm } from '../../../lib/search/suggestions.ts';

/** The names of the documents whose names start with one character: what a query in Chinese may name in full. */
export const getStaticPaths = (async () => [...(await siteDocumentShards())].map(([shard, documents]) => ({ params: { shard }, props: { documents } }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { documents: SearchTerm[] } }) {
  return new Response(JSON.stringify(props.documents));
}
