/** A filter value's text in an edition (a module of its own: the search page's script imports it). */
import type { FilterGroup } from './filter-options.ts';

/**
 * How a filter value reads in an edition: its English where it has one; a Chinese name the English
 * edition keeps (a region with no English name) is marked Chinese for screen readers. The page
 * draws values with it at build time and the script the rest, so both read alike.
 */
export function valueText(v: FilterGroup['values'][number], english: boolean): { text: string; lang?: 'zh-CN' } {
  const text = english ? v.labelEn : v.label;
  return english && v.labelEn === v.label && /\p{Script=Han}/u.test(v.label) ? { text, lang: 'zh-CN' } : { text };
}
