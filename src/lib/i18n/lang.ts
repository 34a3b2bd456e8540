/**
 * The two editions: Chinese at the site's root, English under `/en/`. Free of the content layer,
 * so that browser scripts can use it too.
 */
export type Lang = 'zh' | 'en';

/** The `lang` attribute of each edition. */
export const htmlLang = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

/** The edition Astro routed a page to (`Astro.currentLocale`): English for `en`, Chinese otherwise. */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

/** The edition a path belongs to. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

const FILE = /\.[a-z0-9]+$/i;

/**
 * Whether a root-relative address is a page that exists in both editions: a directory page
 * (`/plans/x/`, `/search/?q=…`, `/#top`), not a file (`/data/targets.csv`) or the search bundle.
 */
export function isEditionPage(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.replace(/[?#].*$/, '');
  return !FILE.test(path) && !/^\/(?:pagefind(?:-en)?|_astro)\//.test(path);
}

/** The same page in the given edition: `/plans/x/#p1` ⇄ `/en/plans/x/#p1`; files and other addresses as they are. */
export function pathIn(lang: Lang, href: string): string {
  if (!isEditionPage(href)) return href;
  const bare = langOfPath(href) === 'en' ? href.slice(3) || '/' : href;
  return lang === 'en' ? `/en${bare}` : bare;
}

/** Picks the string of an edition. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}
