import { FILTERS, type SearchRecord } from './records.ts';

export type FilterKey = keyof typeof FILTERS;

export interface FilterGroup {
  key: FilterKey;
  /** The filter's name in the index (and in the address: `f=地区:渝中区`). */
  name: string;
  /** `label` in Chinese, `labelEn` for the English edition; the value stays the index's own. */
  values: { value: string; label: string; labelEn: string; count: number }[];
}

/** A filter value as each edition shows it. */
export type FilterLabel = (key: FilterKey, value: string) => { zh: string; en: string };

const ORDER: readonly FilterKey[] = ['document', 'region', 'level', 'type', 'year', 'theme'];

/**
 * The filters a search page draws at build time, with how many clauses each value has in the whole
 * index (the page replaces these with counts for the query once a reader opens the filters).
 * Documents are filtered by id and shown by title; years newest first; the rest by size.
 */
export function filterGroups(records: readonly SearchRecord[], labelOf: FilterLabel): FilterGroup[] {
  return ORDER.map((key) => {
    const name = FILTERS[key];
    const counts = new Map<string, number>();
    for (const r of records) for (const v of r.filters[name] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts].map(([value, count]) => {
      const label = labelOf(key, value);
      return { value, label: label.zh, labelEn: label.en, count };
    });
    values.sort(key === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'));
    return { key, name, values };
  }).filter((g) => g.values.length > 0);
}

/**
 * How many values of a filter the page draws: a filter with more (documents and regions grow with
 * the corpus) draws its largest values and fetches the rest when a reader asks for them, so the
 * page weighs the same at five plans and at five hundred.
 */
export const DRAWN_VALUES = 24;

/** A group's values split into those the page draws and those it fetches on request. */
export function splitDrawn(group: FilterGroup, limit = DRAWN_VALUES): { drawn: FilterGroup['values']; rest: FilterGroup['values'] } {
  return { drawn: group.values.slice(0, limit), rest: group.values.slice(limit) };
}

/** Where a group's undrawn values are published (one file serves both editions). */
export const restUrl = (key: FilterKey) => `/search/filters/${key}.json`;
