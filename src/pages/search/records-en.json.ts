import { siteEnglishSearchRecords } from '../../lib/search/site-data.ts';

/** Build-time only: the Pagefind integration indexes this file into /pagefind-en/, then removes it from dist/. */
export async function GET() {
  return new Response(JSON.stringify(await siteEnglishSearchRecords()));
}
