/**
 * The edition a page belongs to, for text the scripts write: the page says it in `<html lang>`
 * (English under /en/, Chinese elsewhere). Nothing is remembered: a link opens in its own edition.
 */
import { pathIn, type Lang } from '../lib/i18n/lang.ts';

export type { Lang };

export function currentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'zh';
}

/** Picks the interface string for the current edition. */
export function t(zh: string, en: string): string {
  return currentLang() === 'en' ? en : zh;
}

/** A page address in the current edition (`/plans/x/` → `/en/plans/x/` on English pages). */
export function localHref(href: string): string {
  return pathIn(currentLang(), href);
}
