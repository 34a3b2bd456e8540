import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { DocumentLinks } from '../../schemas/links.ts';
import type { Theme } from '../../schemas/theme.ts';
import type { BilingualClause } from '../translations/view.ts';
import { levelNames, sortKey, typeNames } from '../format.ts';
import { pathIn } from '../i18n/lang.ts';
import { planUrl } from '../urls.ts';
import type { SearchRecord } from './records.ts';

/** Names of the English index's filters. */
export const FILTERS_EN = { region: 'Region', level: 'Level', type: 'Type', year: 'Year', theme: 'Theme' } as const;

export interface EnglishRecordInput {
  id: string;
  meta: PlanFrontmatter;
  /** The plan's title in English. */
  title: string;
  clauses: readonly BilingualClause[];
  links: DocumentLinks['clauses'];
  regionName: string;
}

/**
 * One record a translated clause, for the English index (English stemming): the English, then
 * the English names of the clause's themes, so a reader's name for a theme (`sister schools`)
 * finds clauses the translation words another way (`friendly schools`). Each result carries the
 * Chinese it translates and links to the clause in the English edition.
 */
export function toEnglishSearchRecords(docs: readonly EnglishRecordInput[], themes: ReadonlyMap<string, Theme>): SearchRecord[] {
  return docs.flatMap((d) =>
    d.clauses.flatMap((c) => {
      if (c.status === 'missing' || c.kind === 'masthead') return [];
      const clauseThemes = (d.links[c.id]?.themes ?? []).map((t) => themes.get(t.theme)?.nameEn ?? t.theme);
      return [
        {
          url: pathIn('en', planUrl(d.id, c.id)),
          content: [c.en, ...(c.enCells ?? []), ...clauseThemes].join('\n'),
          language: 'en',
          meta: { title: `${d.title} ${c.label}`, plan: d.title, label: c.label, document: d.id, clause: c.id, zh: c.text, ...(c.status === 'stale' ? { stale: 'true' } : {}) },
          filters: {
            [FILTERS_EN.region]: [d.regionName],
            [FILTERS_EN.level]: [levelNames[d.meta.level].en],
            [FILTERS_EN.type]: [typeNames[d.meta.type].en],
            [FILTERS_EN.year]: [sortKey(d.meta).slice(0, 4)],
            ...(clauseThemes.length ? { [FILTERS_EN.theme]: clauseThemes } : {}),
          },
          date: sortKey(d.meta),
        },
      ];
    }),
  );
}
