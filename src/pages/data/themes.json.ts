/** `/data/themes.json`: the themes and, per document, the clauses on each. */
import type { APIRoute } from 'astro';
import { dataJson, exportThemes } from '../../lib/data-export.ts';
import { getThemeIndex, getThemes } from '../../lib/themes.ts';
import { ExportedThemes } from '../../schemas/data-export.ts';

export const GET: APIRoute = async () => {
  const [themes, index] = await Promise.all([getThemes(), getThemeIndex()]);
  return new Response(dataJson(ExportedThemes, exportThemes(themes, index)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
