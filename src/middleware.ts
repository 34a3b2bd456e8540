import { defineMiddleware } from 'astro:middleware';
import { langOf } from './lib/i18n/lang.ts';
import { toEnglishHtml } from './lib/i18n/english-html.ts';

/** Pages routed under /en/ are written in English at build time (src/lib/i18n/english-html.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (langOf(context.currentLocale) !== 'en' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(toEnglishHtml(await response.text()), { status: response.status, headers: response.headers });
});
