import { defineMiddleware } from 'astro:middleware';
import { langOf } from './lib/i18n/lang.ts';
import { toEnglishHtml, withoutEnglish } from './lib/i18n/english-html.ts';

/**
 * Pages routed under /en/ are written in English at build time (src/lib/i18n/english-html.ts); the
 * Chinese pages drop the English their components carry for that.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const edition = langOf(context.currentLocale) === 'en' ? toEnglishHtml(html) : withoutEnglish(html);
  return new Response(edition, { status: response.status, headers: response.headers });
});
