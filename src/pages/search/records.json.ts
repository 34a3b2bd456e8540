import { siteSearchRecords } from '../../lib/search/site-data.ts';

/** Build-time only: the Pagefind integration indexes this file, then removes it from dist/. */
export async function GET() {
  return new Response(JSON.stringify(await siteSearchRecords()));
}
