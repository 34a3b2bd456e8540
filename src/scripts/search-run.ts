import { isolate } from '../lib/bidi.ts';
import { pathIn } from '../lib/i18n/lang.ts';
import { excerptAround, phraseSpans, pieceSpans, type Span } from '../lib/search/highlight.ts';
import { MAX_QUERY, rankHits, type MatchKind, type SearchState } from '../lib/search/query.ts';
import { searchStrings } from '../lib/search/strings.ts';
import { aliasesOf, correctionFor, documentNamed, documentShard, resolveLetters, type SearchTerm, type Suggestion } from '../lib/search/suggestions.ts';
import { fold, simplifyWith } from '../lib/text/fold.ts';
import { DATE_ORDER_FILE, dateRanks, sortByDate, type DateOrder } from '../lib/search/date-rank.ts';
import { distinctHits } from '../lib/search/shards.ts';
import { RESULTS_PER_PAGE } from '../lib/search/page-size.ts';
import { resultPages, type ResultPages } from '../lib/search/result-pages.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string>;
}
export type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
type PagefindFilters = Record<string, { any: string[] }>;
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Counts>;
}

const S = searchStrings[document.documentElement.lang.startsWith('en') ? 'en' : 'zh'];
export const DOCUMENT_FILTER = '文件';

declare global {
  interface Window {
    /**
     * Set by the search page's head (src/lib/search/pagefind-start.ts): opens the bundle a query is
     * searched in, its shards merged, with the ids shards share and the bundle's folder.
     */
    duiduPagefind?: (q: string) => Promise<{ pagefind: Pagefind; shared: string[]; base: string }>;
  }
}

const NO_LOADER = 'search: the page has no Pagefind loader in its head';

/**
 * The Pagefind bundle for a query, opened once a page by the script in the search page's head;
 * its hits each have an id of their own, also where shards share one.
 */
export async function loadPagefind(q = ''): Promise<Pagefind> {
  if (!window.duiduPagefind) throw new Error(NO_LOADER);
  const { pagefind, shared } = await window.duiduPagefind(q);
  if (shared.length === 0) return pagefind;
  const ids = new Set(shared);
  return { ...pagefind, search: async (term, o) => {
    const found = await pagefind.search(term, o);
    return { ...found, results: await distinctHits(found.results, ids) };
  } };
}

const fetchJson = <T>(url: string) => fetch(url).then((r) => r.json() as Promise<T>);
let terms: Promise<SearchTerm[]> | undefined;
const loadTerms = () => (terms ??= fetchJson<SearchTerm[]>('/search/terms.json'));
const documents = new Map<string, Promise<SearchTerm[]>>();
/** The documents a query could name in full: one shard of names, fetched when the page lists it. */
function loadDocuments(phrase: string): Promise<SearchTerm[]> {
  const shard = documentShard(phrase);
  const listed = (document.querySelector<HTMLElement>('#search-form')?.dataset['documentShards'] ?? '').split(' ');
  if (!shard || !listed.includes(shard)) return Promise.resolve([]);
  let found = documents.get(shard);
  if (!found) documents.set(shard, (found = fetchJson<SearchTerm[]>(`/search/documents/${shard}.json`)));
  return found;
}
const dateOrders = new Map<string, Promise<Map<string, number>>>();
/** The bundle's result ids by date, fetched the first time a reader sorts by date. */
async function loadDateOrder(q: string): Promise<Map<string, number>> {
  if (!window.duiduPagefind) throw new Error(NO_LOADER);
  const url = `${(await window.duiduPagefind(q)).base}${DATE_ORDER_FILE}`;
  let order = dateOrders.get(url);
  if (!order) dateOrders.set(url, (order = fetchJson<DateOrder>(url).then(dateRanks)));
  return order;
}
// Pinyin and English keys: only for queries typed in letters.
let suggestions: Promise<Suggestion[]> | undefined;
const loadSuggestions = () => (suggestions ??= fetchJson<Suggestion[]>('/search/suggest.json'));
let t2s: Promise<Record<string, string>> | undefined;
const loadT2s = () => (t2s ??= fetchJson<Record<string, string>>('/search/t2s.json'));

const quote = (q: string) => `"${q.replace(/"/g, '')}"`;
const hasHan = (q: string) => /\p{Script=Han}/u.test(q);

/** Filters as Pagefind reads them: any value within a filter, every filter. */
export function pagefindFilters(filters: SearchState['filters'], without?: string): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [name, values] of Object.entries(filters)) if (name !== without && values.length) out[name] = { any: values };
  return out;
}

interface Candidate {
  hit: PagefindResult;
  kind: MatchKind;
  via?: string;
  data?: PagefindData;
  spans?: Span[];
}

/** What a query came to: the phrase searched, how it was read, and the hits in reading order. */
export interface Outcome {
  phrase: string;
  simplified?: string;
  resolved?: { label: string; url: string; kind: SearchTerm['kind'] };
  correction?: string;
  named?: SearchTerm;
  candidates: Candidate[];
  /** The searches whose union is the result (a null search lists a filter's records). */
  components: (string | null)[];
  /** Filters the result is limited to beyond the reader's own (a document the query named). */
  scope: SearchState['filters'];
}

async function searchPhrase(pf: Pagefind, phrase: string, state: SearchState, all: SearchTerm[]): Promise<Pick<Outcome, 'candidates' | 'components'>> {
  const options = { filters: pagefindFilters(state.filters) };
  const aliasTerms = aliasesOf(all, phrase);
  const loose = hasHan(phrase) || phrase.length > 1;
  const [exact, aliases, partial, order] = await Promise.all([
    pf.search(quote(phrase), options),
    Promise.all(aliasTerms.map(async (term) => ({ term, hits: (await pf.search(quote(term), options)).results }))),
    loose ? pf.search(phrase, options) : Promise.resolve({ results: [] as PagefindResult[] }),
    state.sort === 'date' ? loadDateOrder(state.q) : undefined,
  ]);
  // Each search's hits newest first, as Pagefind's own sort gave them.
  const dated = (hits: PagefindResult[]) => (order ? sortByDate(hits, order, (r) => r.id) : hits);
  const candidates = rankHits(dated(exact.results), aliases.map((a) => ({ term: a.term, hits: dated(a.hits) })), dated(partial.results), (r) => r.id).map((h) => ({ hit: h.hit, kind: h.kind, ...(h.via === undefined ? {} : { via: h.via }) }));
  return { candidates, components: [...(loose ? [phrase] : [quote(phrase)]), ...aliasTerms.map(quote)] };
}

/** A query's hits, a page at a time, each checked against its clause as its page is drawn. */
type Pages = ResultPages<Candidate>;
/** A query run: what it came to, its pages, and the first page where deciding how to read it drew it already. */
interface Run {
  outcome: Outcome;
  pages: Pages;
  first?: Candidate[];
}
const pagesOf = (outcome: Outcome): Pages => resultPages(outcome.candidates, (c) => verify(c, outcome.phrase, outcome.components[0] === null), RESULTS_PER_PAGE);

/**
 * Runs a query folded as the index is (src/lib/text/fold.ts): `ＡＩ` as `AI`, `國際學校` as
 * `国际学校`. A query in letters that finds nothing as typed is read as the pinyin, initials or
 * English of a theme or document (`lbgf` → 鲁班工坊); a Chinese near miss is offered its correction.
 */
async function runQuery(state: SearchState): Promise<Run> {
  const allTerms = loadTerms();
  let phrase = fold(state.q.trim());
  void loadDocuments(phrase); // fetched beside the index, read once the search is done
  const pf = await loadPagefind(state.q);
  let outcome: Outcome = { phrase, scope: {}, ...(await searchPhrase(pf, phrase, state, await allTerms)) };
  let pages = pagesOf(outcome);
  let first: Candidate[] | undefined;
  const read = (next: Outcome) => {
    outcome = next;
    pages = pagesOf(next);
    first = undefined;
  };
  // Found as typed: the phrase search's hits, or else (as Pagefind's phrase search cuts the query
  // into words otherwise than it cut the clauses) a first-page hit whose clause holds it whole.
  // That page is the one the reader would be shown, so checking it costs nothing more.
  const foundAsTyped = async () => {
    if (outcome.candidates.some((c) => c.kind !== 'loose')) return true;
    first ??= await pages.next();
    return first.some((c) => c.kind !== 'loose');
  };
  // Traditional characters: the table is fetched only when a query finds nothing as typed.
  if (hasHan(phrase) && !(await foundAsTyped())) {
    const simplified = fold(phrase, simplifyWith(await loadT2s()));
    if (simplified !== phrase) read({ ...outcome, phrase: (phrase = simplified), simplified, ...(await searchPhrase(pf, simplified, state, await allTerms)) });
  }
  if (!hasHan(phrase) && !(await foundAsTyped())) {
    const resolution = resolveLetters(await loadSuggestions(), phrase);
    const s = resolution?.suggestion;
    if (s?.kind === 'theme') {
      read({ ...outcome, phrase: resolution!.term, resolved: { label: s.label, url: s.url, kind: s.kind }, ...(await searchPhrase(pf, resolution!.term, state, await allTerms)) });
    } else if (s?.document) {
      const scope = { [DOCUMENT_FILTER]: [s.document] };
      const listed = await pf.search(null, { filters: pagefindFilters({ ...state.filters, ...scope }) });
      read({ ...outcome, resolved: { label: s.label, url: s.url, kind: s.kind }, scope, components: [null], candidates: listed.results.map((hit) => ({ hit, kind: 'exact' })) });
    }
  }
  if (!outcome.resolved) {
    const all = [...(await allTerms), ...(await loadDocuments(phrase))];
    const named = documentNamed(all, phrase) ?? all.find((t) => t.kind === 'theme' && [t.label, ...(t.terms ?? [])].some((n) => fold(n) === phrase));
    if (named) outcome.named = named;
    if (!(await foundAsTyped())) {
      const correction = correctionFor(all, phrase);
      if (correction) outcome.correction = correction;
    }
  }
  return { outcome, pages, ...(first ? { first } : {}) };
}

/** The query searched as typed and read no other way (the link a resolved query offers). */
async function literalQuery(state: SearchState): Promise<Run> {
  const phrase = fold(state.q.trim());
  const outcome: Outcome = { phrase, scope: {}, ...(await searchPhrase(await loadPagefind(state.q), phrase, state, await loadTerms())) };
  return { outcome, pages: pagesOf(outcome) };
}

/**
 * Loads a candidate's clause and checks how it matches, whichever search found it: a hit whose
 * clause holds the whole phrase is exact, one that holds the theme term it was found by is an
 * alias hit, any other is partial.
 */
async function verify(c: Candidate, phrase: string, resolvedDocument: boolean): Promise<Candidate> {
  const data = (c.data ??= await c.hit.data());
  if (resolvedDocument) return { ...c, data, spans: [] };
  const whole = phraseSpans(data.content, phrase);
  if (whole.length) return { hit: c.hit, kind: 'exact', data, spans: whole };
  if (c.kind === 'alias') {
    const spans = phraseSpans(data.content, c.via!);
    if (spans.length) return { ...c, data, spans };
  }
  return { hit: c.hit, kind: 'loose', data, spans: pieceSpans(data.content, phrase) };
}

/** The plan a result lands in, from its address in either edition (read as the Chinese edition's). */
const planOf = (url: string) => /^\/plans\/([^/]+)\//.exec(pathIn('zh', url))?.[1] ?? '';

function renderHit(c: Candidate, titles: Map<string, string>): HTMLLIElement {
  const data = c.data!;
  const li = document.createElement('li');
  li.className = `hit hit-${c.kind}`;
  const text = data.content;
  const marked = [...new Set((c.spans ?? []).map(([a, b]) => text.slice(a, b)))].slice(0, 8);
  const [path, hash] = data.url.split('#');
  const a = document.createElement('a');
  // The plan page marks these words on the clause the link lands on.
  a.href = `${path}${marked.length ? `?${new URLSearchParams(marked.map((m) => ['hl', m]))}` : ''}${hash ? `#${hash}` : ''}`;
  a.className = 'hit-title';
  a.textContent = `${titles.get(planOf(data.url)) ?? ''} ${data.meta['label'] ?? ''}`.trim();
  const tag = document.createElement('span');
  tag.className = 'hit-kind';
  tag.textContent = c.kind === 'alias' ? `${S.kind.alias}: ${c.via}` : S.kind[c.kind];
  const p = document.createElement('p');
  p.className = 'hit-excerpt';
  for (const piece of excerptAround(text, c.spans ?? [])) {
    if (piece.mark) {
      const m = document.createElement('mark');
      m.textContent = piece.text;
      p.append(m);
    } else p.append(piece.text);
  }
  li.append(a, ' ', tag, p);
  // An English result shows the Chinese it translates, which stays the authority.
  const zh = data.meta['zh'];
  if (zh) {
    const original = document.createElement('p');
    original.className = 'hit-zh';
    original.lang = 'zh-CN';
    original.textContent = zh.length > 160 ? `${zh.slice(0, 160)}…` : zh;
    li.append(original);
  }
  return li;
}

function renderNote(outcome: Outcome, state: SearchState): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const line = (...parts: (string | Node)[]) => {
    const p = document.createElement('p');
    p.append(...parts);
    lines.push(p);
  };
  const link = (label: string, url: string) => Object.assign(document.createElement('a'), { href: url, textContent: label });
  if (outcome.resolved) {
    const { label, url, kind } = outcome.resolved;
    const title = link(label, url);
    const [before, after] = (kind === 'theme' ? S.resolvedTheme('\u0000') : S.resolvedDocument('\u0000')).split('\u0000');
    line(before!, title, after!);
    line(link(S.searchLiterally(state.q), `?${new URLSearchParams({ q: state.q, literal: '1' })}`));
  } else if (outcome.named) {
    line(outcome.named.kind === 'theme' ? S.bestTheme : S.bestDocument, link(outcome.named.label, outcome.named.url));
  }
  if (outcome.correction) line(S.didYouMean, link(outcome.correction, `?${new URLSearchParams({ q: outcome.correction })}`));
  return lines;
}

export interface ResultsView {
  status: HTMLElement;
  note: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** The titles of the given documents (and any known before), fetched where the page does not hold them. */
  titles: (ids: readonly string[]) => Promise<Map<string, string>>;
}

/**
 * Runs a query and draws its first page of results (more on request), each hit checked against its
 * clause as it is shown (src/lib/search/result-pages.ts). `stale` says when a newer query has started.
 */
export async function showResults(state: SearchState, literal: boolean, view: ResultsView, stale: () => boolean): Promise<Outcome | undefined> {
  const run = literal ? await literalQuery(state) : await runQuery(state);
  if (stale()) return undefined;
  const { outcome, pages } = run;
  const first = run.first ?? (await pages.next());
  if (stale()) return undefined;
  const total = outcome.candidates.length;
  const query = outcome.simplified ?? state.q.trim();
  view.status.textContent = S.status(isolate(query), total) + (outcome.simplified !== undefined ? S.simplified(isolate(query)) : '') + (state.cut ? S.cut(MAX_QUERY) : '');
  view.note.replaceChildren(...renderNote(outcome, state), ...(total === 0 ? [Object.assign(document.createElement('p'), { textContent: S.nothing })] : []));
  const named = (page: Candidate[]) => view.titles(page.map((c) => planOf(c.data!.url)));
  const titles = await named(first);
  if (stale()) return undefined;
  view.list.replaceChildren(...first.map((c) => renderHit(c, titles)));
  view.more.hidden = pages.left() === 0;
  view.more.onclick = async () => {
    const page = await pages.next();
    const titles = await named(page);
    if (stale()) return;
    view.list.append(...page.map((c) => renderHit(c, titles)));
    view.more.hidden = pages.left() === 0;
  };
  return outcome;
}
