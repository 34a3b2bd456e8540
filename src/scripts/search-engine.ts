/*
 * Pagefind, the search engine: its types and its loading, with nothing else, so that the search
 * page can start it from its first script before the rest of the search code has loaded.
 */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
export type Counts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
export type PagefindFilters = Record<string, { any: string[] }>;
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Counts>;
}

const pagefinds = new Map<string, Promise<Pagefind>>();
/**
 * The bundles are written by the build (they are not part of the site's JS): /pagefind-en/ holds
 * Duidu's English translations, searched from English pages unless the query has Chinese
 * characters; /pagefind/ holds the Chinese.
 */
export function loadPagefind(q = ''): Promise<Pagefind> {
  const language = document.documentElement.lang.startsWith('en') && !/\p{Script=Han}/u.test(q) ? 'en' : 'zh-cn';
  const url = language === 'en' ? '/pagefind-en/pagefind.js' : '/pagefind/pagefind.js';
  let pagefind = pagefinds.get(url);
  if (!pagefind) {
    pagefind = (import(/* @vite-ignore */ url) as Promise<Pagefind & { init?: () => Promise<void> }>).then(async (p) => {
      // Pagefind's worker stays: on the page's own thread, unpacking the engine and the index chunks
      // blocked the page for seconds on a throttled phone (Lighthouse TBT), for 12 KB saved.
      await p.options({ excerptLength: 0 });
      // Pagefind takes its word handling from <html lang> when it starts: read the Chinese index
      // as Chinese on English pages too, or phrase matches fail.
      const html = document.documentElement;
      const pageLang = html.lang;
      html.lang = language;
      const started = p.init?.();
      html.lang = pageLang;
      await started;
      return p;
    });
    pagefinds.set(url, pagefind);
  }
  return pagefind;
}
