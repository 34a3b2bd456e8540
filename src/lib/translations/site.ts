import { getCollection } from 'astro:content';
import type { Clause } from '../../schemas/clause.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Translation } from '../../schemas/translation.ts';
import { langOf } from '../i18n/lang.ts';
import { formatWhen, typeNames } from '../format.ts';
import { regionById } from '../regions.ts';
import { bilingualClauses, englishHeadings, summarise, translatedField } from './view.ts';

let translations: Promise<Map<string, Translation>> | undefined;

/** Translations by document id, read once a build (every English page asks). */
export function getTranslations(): Promise<Map<string, Translation>> {
  translations ??= getCollection('translations').then((entries) => new Map(entries.map((e) => [e.data.document, e.data])));
  return translations;
}

/**
 * A plan's short title in English, for <title> and lists: the translated short title, else
 * region, type and period (`Yuzhong: Notice issuing a work plan (30 May 2019)`).
 */
export function shortTitleEn(meta: PlanFrontmatter, translation: Translation | undefined): string {
  return translatedField(translation, 'shortTitle', meta.shortTitle) ?? `${regionById(meta.region).nameEn}: ${typeNames[meta.type].en} (${formatWhen(meta, 'en')})`;
}

const shortTitles = new WeakMap<readonly object[], Promise<Map<string, string>>>();

/** Every plan's short title in English, by plan id; worked out once for a given list of plans. */
export function getShortTitlesEn(plans: readonly { id: string; data: PlanFrontmatter }[]): Promise<Map<string, string>> {
  let titles = shortTitles.get(plans);
  if (!titles) {
    titles = getTranslations().then((all) => new Map(plans.map((p) => [p.id, shortTitleEn(p.data, all.get(p.id))])));
    shortTitles.set(plans, titles);
  }
  return titles;
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
    shortTitle: shortTitleEn(meta, translation),
    note: translatedField(translation, 'note', meta.note),
    ...(translation ? { by: translation.translatedBy, on: translation.translatedOn } : {}),
  };
}
