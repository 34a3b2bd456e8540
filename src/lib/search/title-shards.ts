/**
 * Document titles for search results, in shards by a hash of the document id and by language. A
 * result names its plan by title; the page knows the titles it draws in its 文件 filter, and
 * fetches the shard of any other, so neither the page nor a search grows with the number of
 * documents.
 */

/**
 * Titles a shard holds, about. A first page of results from many plans fetches one shard for
 * nearly each: small shards keep that near the titles it needs (at 500 plans, 32 a shard made a
 * tenth of the first search).
 */
export const TITLES_PER_SHARD = 8;

export type TitleLanguage = 'zh' | 'en';
export const titleLanguages: readonly TitleLanguage[] = ['zh', 'en'];

export function titleShardCount(documents: number): number {
  return Math.max(1, Math.ceil(documents / TITLES_PER_SHARD));
}

/** FNV-1a over the id's UTF-16 units: the same on the build machine and in every browser. */
export function titleShardOf(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

export interface DocumentTitle {
  id: string;
  zh: string;
  en: string;
}

/** Every shard of one language, numbered 0…count−1 (an empty one too, so no fetch the page can make is a 404). */
export function titleShards(titles: readonly DocumentTitle[], language: TitleLanguage, count = titleShardCount(titles.length)): Record<string, string>[] {
  const out = Array.from({ length: count }, () => ({}) as Record<string, string>);
  for (const t of titles) out[titleShardOf(t.id, count)]![t.id] = t[language];
  return out;
}

export const titleShardUrl = (language: TitleLanguage, shard: number) => `/search/titles/${language}/${shard}.json`;
