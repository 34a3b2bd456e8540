import { getCollection } from 'astro:content';
import type { Clause } from '../../schemas/clause.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Translation } from '../../schemas/translation.ts';
import { langOf } from '../i18n/lang.ts';
import { formatWhen, typeNames } from '../format.ts';
import { regionById } from '../regions.ts';
import { bilingualClauses, englishHeadings, summarise, translatedField } from './view.ts';

/** Translations by document id. */
export async function getTranslations(): Promise<Map<string, Translation>> {
  const entries = await getCollection('translations');
  return new Map(entries.map((e) => [e.data.document, e.data]));
}

/** What the English edition of a plan page shows; undefined in the Chinese edition. */
export async function englishPlan(locale: string | undefined, id: string, meta: PlanFrontmatter, clauses: readonly Clause[]) {
  if (langOf(locale) !== 'en') return undefined;
  const translation = (await getTranslations()).get(id);
  const view = bilingualClauses(clauses, translation);
  return {
    clauses: view,
    headings: englishHeadings(view),
    summary: summarise(view),
    title: translatedField(translation, 'title', meta.title) ?? meta.titleEn,
    // For <title> and lists: the translated short title, else region, type and period (`Yuzhong: Notice issuing a work plan (30 May 2019)`).
    shortTitle: translatedField(translation, 'shortTitle', meta.shortTitle) ?? `${regionById(meta.region).nameEn}: ${typeNames[meta.type].en} (${formatWhen(meta, 'en')})`,
    note: translatedField(translation, 'note', meta.note),
    ...(translation ? { by: translation.translatedBy, on: translation.translatedOn } : {}),
  };
}
