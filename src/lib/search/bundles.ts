/**
 * The search bundles, each a folder at the site's root: the Chinese clauses, and Duidu's English
 * translations with Pagefind's English stemmer. The build writes them, the search page opens
 * them, and the benchmark weighs them, all by these names.
 */
export const SEARCH_BUNDLES = { 'zh-cn': 'pagefind', en: 'pagefind-en' } as const;
export type BundleLanguage = keyof typeof SEARCH_BUNDLES;

/** A bundle's address on the site, `/pagefind/` or `/pagefind-en/`. */
export const bundlePath = (language: BundleLanguage): string => `/${SEARCH_BUNDLES[language]}/`;
