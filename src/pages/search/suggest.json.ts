import { siteSuggestions } from '../../lib/search/site-data.ts';

export async function GET() {
  return new Response(JSON.stringify(await siteSuggestions()));
}
