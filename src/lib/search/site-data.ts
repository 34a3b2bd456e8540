import { Converter } from 'opencc-js';
import { getClauseMap, getPlans, planUrl } from '../plans.ts';
import { regionById, regions } from '../regions.ts';
import { levelNames, typeNames } from '../format.ts';
import { getLinks, getThemes, themeUrl } from '../themes.ts';
import { filterGroups, type FilterGroup, type FilterKey } from './filter-options.ts';
import { toPinyin } from './pinyin.ts';
import { toSearchRecords, type SearchRecord } from './records.ts';
import { documentShards, toSearchTerm, toSuggestion, type SearchTerm, type Suggestion } from './suggestions.ts';
import { buildT2sTable } from './t2s.ts';
import type { DocumentTitle } from './title-shards.ts';
import { toEnglishSearchRecords } from './records-en.ts';
import { getShortTitlesEn, getTranslations } from '../translations/site.ts';
import { bilingualClauses, translatedField } from '../translations/view.ts';

/** Every clause as a search record, as the index holds them: the filter lists count from these. */
export async function siteSearchRecords(): Promise<SearchRecord[]> {
  const [plans, clauses, links, themes] = await Promise.all([getPlans(), getClauseMap(), getLinks(), getThemes()]);
  return toSearchRecords(
    plans.map((p) => ({ id: p.id, meta: p.data, clauses: clauses.get(p.id) ?? [], links: links.get(p.id) ?? {}, regionName: regionById(p.data.region).name })),
    new Map(themes.map((t) => [t.id, t])),
  );
}

/** Every translated clause as an English search record (indexed apart, with the English stemmer). */
export async function siteEnglishSearchRecords(): Promise<SearchRecord[]> {
  const [plans, clauses, links, themes, translations] = await Promise.all([getPlans(), getClauseMap(), getLinks(), getThemes(), getTranslations()]);
  return toEnglishSearchRecords(
    plans.map((p) => {
      const translation = translations.get(p.id);
      return {
        id: p.id,
        meta: p.data,
        title: translatedField(translation, 'title', p.data.title) ?? p.data.titleEn,
        clauses: bilingualClauses(clauses.get(p.id) ?? [], translation),
        links: links.get(p.id) ?? {},
        regionName: regionById(p.data.region).nameEn,
      };
    }),
    new Map(themes.map((t) => [t.id, t])),
  );
}

let suggestions: Promise<Suggestion[]> | undefined;
/** Themes and documents for the search box, computed once a build: three files and both editions use them. */
export function siteSuggestions(): Promise<Suggestion[]> {
  return (suggestions ??= buildSuggestions());
}

async function buildSuggestions(): Promise<Suggestion[]> {
  const [plans, themes, clauses] = await Promise.all([getPlans(), getThemes(), getClauseMap()]);
  // Alias search runs one query per term: only terms the plans use are searched for.
  const corpus = [...clauses.values()].flat().map((c) => c.text).join('\n');
  return [
    ...themes.map((t) => {
      const terms = t.terms.includes(t.name) ? t.terms : [t.name, ...t.terms];
      return toSuggestion('theme', t.name, t.nameEn, themeUrl(t.id), toPinyin, terms, terms.filter((term) => corpus.includes(term)));
    }),
    ...plans.map((p) => {
      const names = [p.data.title, ...(p.data.docNumber && p.data.docNumber !== 'unknown' ? [p.data.docNumber] : [])];
      return { ...toSuggestion('document', p.data.shortTitle, p.data.titleEn, planUrl(p.id), toPinyin, undefined, undefined, names), document: p.id, names };
    }),
  ];
}

/** The search page's table of theme terms for queries in Chinese: suggestions without their pinyin keys. */
export async function siteSearchTerms(): Promise<SearchTerm[]> {
  return (await siteSuggestions()).filter((s) => s.kind === 'theme').map(toSearchTerm);
}

/** Document names for queries in Chinese, in shards by first character (see `documentShard`). */
let shards: Promise<Map<string, SearchTerm[]>> | undefined;
export function siteDocumentShards(): Promise<Map<string, SearchTerm[]>> {
  // Once a build: both search pages list the shards and the endpoint writes them.
  return (shards ??= siteSuggestions().then((all) => documentShards(all.filter((s) => s.kind === 'document').map(toSearchTerm))));
}

/** Traditional forms of every Han character in the corpus and theme terms → simplified. */
export async function siteT2sTable(): Promise<Record<string, string>> {
  const [clauses, themes] = await Promise.all([getClauseMap(), getThemes()]);
  const text = [...[...clauses.values()].flat().map((c) => c.text), ...themes.flatMap((t) => t.terms)].join('');
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  return buildT2sTable(text, (ch) => toTraditional(ch));
}

/** The search page's filters, drawn at build time from the records the index holds. */
let groups: Promise<FilterGroup[]> | undefined;
/** The search filters, counted over every record once a build: both editions' search pages draw them. */
export function siteFilterGroups(): Promise<FilterGroup[]> {
  return (groups ??= (async () => {
    const [records, plans, themes] = await Promise.all([siteSearchRecords(), getPlans(), getThemes()]);
    const titlesEn = await getShortTitlesEn(plans);
    // The index keeps Chinese values (地区:渝中区); the English edition shows each in English.
    const english: Record<FilterKey, Map<string, string>> = {
      document: titlesEn,
      region: new Map(regions.map((r) => [r.name, r.nameEn])),
      level: new Map(Object.values(levelNames).map((n) => [n.zh, n.en])),
      type: new Map(Object.values(typeNames).map((n) => [n.zh, n.en])),
      theme: new Map(themes.map((t) => [t.name, t.nameEn])),
      year: new Map(),
    };
    const titles = new Map(plans.map((p) => [p.id, p.data.shortTitle]));
    return filterGroups(records, (key, value) => {
      const zh = key === 'document' ? (titles.get(value) ?? value) : value;
      return { zh, en: english[key].get(value) ?? zh };
    });
  })());
}

/** Every document's title as search results name it (its short title), in both editions. */
export async function siteDocumentTitles(): Promise<DocumentTitle[]> {
  const plans = await getPlans();
  const titlesEn = await getShortTitlesEn(plans);
  return plans.map((p) => ({ id: p.id, zh: p.data.shortTitle, en: titlesEn.get(p.id) ?? p.data.shortTitle }));
}
