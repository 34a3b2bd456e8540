import type { Clause } from '../../schemas/clause.ts';
import type { DocumentLinks } from '../../schemas/links.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Theme } from '../../schemas/theme.ts';
import { clauseMatchText } from '../clause-view.ts';
import { levelNames, sortKey, typeNames } from '../format.ts';

/**
 * One clause as Pagefind indexes it (Pagefind's custom record shape), with the date its plan sorts
 * by: kept out of Pagefind, which would add a sort to what every search downloads first
 * (src/integrations/date-order.ts orders the results by it instead).
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  date: string;
}

/** Names of the filters, as shown to readers. */
export const FILTERS = { region: '地区', level: '层级', type: '类型', year: '年份', theme: '主题', document: '文件' } as const;

export interface RecordInput {
  id: string;
  meta: PlanFrontmatter;
  clauses: readonly Clause[];
  links: DocumentLinks['clauses'];
  regionName: string;
}

/**
 * Kinds that frame a document rather than say anything: its title, the issuing notice, page chrome,
 * bylines, and the publisher's framing (its words about the plan, not the plan's).
 */
const FURNITURE_KINDS: ReadonlySet<Clause['kind']> = new Set(['masthead', 'title', 'notice', 'byline', 'framing']);

/**
 * Page furniture: the title, the notice that issues the plan with its 文号, addressees and signature
 * lines (everything under a notice), mastheads and bylines. A search finds the document itself by
 * its title or 文号 (the search page resolves those to the plan); a clause result is always a clause.
 */
export function furnitureClauseIds(clauses: readonly Clause[]): Set<string> {
  const out = new Set<string>();
  // Parents come before their children in the clause model, so one pass sees every subtree.
  for (const c of clauses) if (FURNITURE_KINDS.has(c.kind) || (c.parent !== null && out.has(c.parent))) out.add(c.id);
  return out;
}

/** The year a document is filed under: issued, else published, else the start of its period. */
function yearOf(meta: PlanFrontmatter): string {
  return sortKey(meta).slice(0, 4);
}

/** Clause-level search records: each result links to its clause's anchor. */
export function toSearchRecords(docs: readonly RecordInput[], themes: ReadonlyMap<string, Theme>): SearchRecord[] {
  return docs.flatMap((d) => {
    const furniture = furnitureClauseIds(d.clauses);
    return d.clauses.filter((c) => !furniture.has(c.id) && c.text.trim() !== '').map((c) => {
      const clauseThemes = (d.links[c.id]?.themes ?? []).map((t) => themes.get(t.theme)?.name ?? t.theme);
      return {
        url: `/plans/${d.id}/#${c.id}`,
        content: clauseMatchText(c),
        language: 'zh-cn',
        // Pagefind indexes meta values as words: the document id here made `international` match every
        // clause of yuzhong-international-2019. The page names the plan from the URL.
        meta: { label: c.label },
        filters: {
          [FILTERS.region]: [d.regionName],
          [FILTERS.level]: [levelNames[d.meta.level].zh],
          [FILTERS.type]: [typeNames[d.meta.type].zh],
          [FILTERS.year]: [yearOf(d.meta)],
          ...(clauseThemes.length ? { [FILTERS.theme]: clauseThemes } : {}),
          [FILTERS.document]: [d.id],
        },
        date: sortKey(d.meta),
      };
    });
  });
}
