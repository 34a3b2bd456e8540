import { siteSearchTerms } from '../../lib/search/site-data.ts';

/** Theme terms for queries in Chinese (aliases, corrections): a few KB, where suggest.json carries every pinyin key; document names are in /search/documents/. */
export async function GET() {
  return new Response(JSON.stringify(await siteSearchTerms()));
}
