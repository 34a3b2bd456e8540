import type { GetStaticPaths } from 'astro';
import { siteFilterGroups } from '../../../lib/search/site-data.ts';
import { splitDrawn, type FilterGroup } from '../../../lib/search/filter-options.ts';

/** The values of a filter the search page does not draw, fetched when a reader asks for them. */
export const getStaticPaths = (async () =>
  (await siteFilterGroups()).flatMap((g) => {
    const { rest } = splitDrawn(g);
    return rest.length ? [{ params: { key: g.key }, props: { values: rest } }] : [];
  })) satisfies GetStaticPaths;

export function GET({ props }: { props: { values: FilterGroup['values'] } }) {
  return new Response(JSON.stringify(props.values));
}
