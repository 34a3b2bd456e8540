/** What a search page shows, as held in its URL: `/search/?q=…&f=地区:渝中区&sort=date`. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
  /** The query was longer than {@link MAX_QUERY} and was cut (the page says so). */
  cut?: boolean;
}

/**
 * Longer queries are cut: no clause search needs more, and the search time grows with the query
 * (a 24,000-character query took 14 s).
 */
export const MAX_QUERY = 100;
/** A filter set larger than any page draws is not a reader's. */
const MAX_FILTERS = 64;

export function stateFromParams(params: URLSearchParams): SearchState {
  // Keyed by what the address says, so no prototype: `f=__proto__:x` is just an unknown filter.
  const filters = Object.create(null) as Record<string, string[]>;
  for (const f of params.getAll('f').slice(0, MAX_FILTERS)) {
    const at = f.indexOf(':');
    if (at <= 0) continue;
    const name = f.slice(0, at);
    const value = f.slice(at + 1);
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  const q = params.get('q') ?? '';
  const cut = [...q].length > MAX_QUERY;
  return { q: cut ? [...q].slice(0, MAX_QUERY).join('') : q, filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance', ...(cut ? { cut } : {}) };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) params.append('f', `${name}:${v}`);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export type MatchKind = 'exact' | 'alias' | 'loose';

export interface RankedHit<T> {
  hit: T;
  kind: MatchKind;
  /** For alias hits: the term that matched. */
  via?: string;
}

/**
 * Puts hits in reading order: exact matches of the whole query, then matches of a theme alias,
 * then loose matches (pieces of the query found apart). A hit appears once, in its best group,
 * so no loose hit can rank above an exact one.
 */
export function rankHits<T>(exact: readonly T[], aliases: readonly { term: string; hits: readonly T[] }[], loose: readonly T[], key: (hit: T) => string): RankedHit<T>[] {
  const seen = new Set<string>();
  const out: RankedHit<T>[] = [];
  const add = (hit: T, kind: MatchKind, via?: string) => {
    const k = key(hit);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(via === undefined ? { hit, kind } : { hit, kind, via });
  };
  for (const h of exact) add(h, 'exact');
  for (const a of aliases) for (const h of a.hits) add(h, 'alias', a.term);
  for (const h of loose) add(h, 'loose');
  return out;
}
