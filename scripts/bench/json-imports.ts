import { registerHooks } from 'node:module';

/**
 * Lets plain Node load the site's modules, which import JSON without an import attribute (Astro's
 * bundler allows it; Node asks for `with { type: 'json' }`). Call it before importing them.
 */
export function allowSiteJsonImports(): void {
  registerHooks({ load: (url, context, next) => next(url, url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context) });
}
