import { siteSearchTerms } from '../../lib/search/site-data.ts';

/** Theme terms and document names for queries in Chinese: a few KB, where suggest.json carries every pinyin key. */
export async function GET() {
  return new Response(JSON.stringify(await siteSearchTerms()));
}
