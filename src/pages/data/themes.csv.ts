/** `/data/themes.csv`: themes.json for spreadsheets (UTF-8 with BOM, RFC 4180). */
import type { APIRoute } from 'astro';
import { exportThemes, themesCsv } from '../../lib/data-export.ts';
import { getThemeIndex, getThemes } from '../../lib/themes.ts';

export const GET: APIRoute = async () => {
  const [themes, index] = await Promise.all([getThemes(), getThemeIndex()]);
  return new Response(themesCsv(exportThemes(themes, index)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
