import type { Clause } from '../../schemas/clause.ts';
import type { DocumentLinks } from '../../schemas/links.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Theme } from '../../schemas/theme.ts';
import { clauseMatchText } from '../clause-view.ts';
import { levelNames, sortKey, typeNames } from '../format.ts';

/** One clause as Pagefind indexes it (Pagefind's custom record shape). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Names of the filters, as shown to readers. */
export const FILTERS = { region: '地区', level: '层级', type: '类型', year: '年份', theme: '主题' } as const;

export interface RecordInput {
  id: string;
  meta: PlanFrontmatter;
  clauses: readonly Clause[];
  links: DocumentLinks['clauses'];
  regionName: string;
}

/** Clauses worth a search result: everything with text, except page chrome and the publisher's framing (not plan text). */
export function indexable(c: Clause): boolean {
  return c.kind !== 'masthead' && c.kind !== 'framing' && c.text.trim() !== '';
}

/** The year a document is filed under: issued, else published, else the start of its period. */
function yearOf(meta: PlanFrontmatter): string {
  return sortKey(meta).slice(0, 4);
}

/** Clause-level search records: each result links to its clause's anchor. */
export function toSearchRecords(docs: readonly RecordInput[], themes: ReadonlyMap<string, Theme>): SearchRecord[] {
  return docs.flatMap((d) =>
    d.clauses.filter(indexable).map((c) => {
      const clauseThemes = (d.links[c.id]?.themes ?? []).map((t) => themes.get(t.theme)?.name ?? t.theme);
      return {
        url: `/plans/${d.id}/#${c.id}`,
        content: clauseMatchText(c),
        language: 'zh-cn',
        meta: { title: `${d.meta.shortTitle} ${c.label}`, plan: d.meta.shortTitle, label: c.label, document: d.id, clause: c.id },
        filters: {
          [FILTERS.region]: [d.regionName],
          [FILTERS.level]: [levelNames[d.meta.level].zh],
          [FILTERS.type]: [typeNames[d.meta.type].zh],
          [FILTERS.year]: [yearOf(d.meta)],
          ...(clauseThemes.length ? { [FILTERS.theme]: clauseThemes } : {}),
        },
        sort: { date: sortKey(d.meta) },
      };
    }),
  );
}
