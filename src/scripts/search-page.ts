import { isolate } from '../lib/bidi.ts';
import { excerptAround, phraseSpans, pieceSpans, type Span } from '../lib/search/highlight.ts';
import { MAX_QUERY, rankHits, stateFromParams, stateToParams, type MatchKind, type SearchState } from '../lib/search/query.ts';
import { searchStrings } from '../lib/search/strings.ts';
import { aliasesOf, correctionFor, documentNamed, resolveLetters, type SearchTerm, type Suggestion } from '../lib/search/suggestions.ts';
import { fold, simplifyWith } from '../lib/text/fold.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Counts>;
}

const S = searchStrings[document.documentElement.lang.startsWith('en') ? 'en' : 'zh'];
const PAGE = 20;
const DOCUMENT_FILTER = '文件';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The bundle is written by the build into /pagefind/; it is not part of the site's JS.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    // On the page's own thread: a worker costs another download and a second start-up of the
    // index, for searches that take milliseconds.
    await p.options({ excerptLength: 0, noWorker: true });
    return p;
  });
  return pagefind;
}

const fetchJson = <T>(url: string) => fetch(url).then((r) => r.json() as Promise<T>);
let terms: Promise<SearchTerm[]> | undefined;
const loadTerms = () => (terms ??= fetchJson<SearchTerm[]>('/search/terms.json'));
// Pinyin and English keys: only for queries typed in letters.
let suggestions: Promise<Suggestion[]> | undefined;
const loadSuggestions = () => (suggestions ??= fetchJson<Suggestion[]>('/search/suggest.json'));
let t2s: Promise<Record<string, string>> | undefined;
const loadT2s = () => (t2s ??= fetchJson<Record<string, string>>('/search/t2s.json'));

const quote = (q: string) => `"${q.replace(/"/g, '')}"`;
const hasHan = (q: string) => /\p{Script=Han}/u.test(q);

/** Filters as Pagefind reads them: any value within a filter, every filter. */
function pagefindFilters(filters: SearchState['filters'], without?: string): PagefindFilters {
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
interface Outcome {
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
  const options = { filters: pagefindFilters(state.filters), ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
  const aliasTerms = aliasesOf(all, phrase);
  const loose = hasHan(phrase) || phrase.length > 1;
  const [exact, aliases, partial] = await Promise.all([
    pf.search(quote(phrase), options),
    Promise.all(aliasTerms.map(async (term) => ({ term, hits: (await pf.search(quote(term), options)).results }))),
    loose ? pf.search(phrase, options) : Promise.resolve({ results: [] as PagefindResult[] }),
  ]);
  const candidates = rankHits(exact.results, aliases, partial.results, (r) => r.id).map((h) => ({ hit: h.hit, kind: h.kind, ...(h.via === undefined ? {} : { via: h.via }) }));
  return { candidates, components: [...(loose ? [phrase] : [quote(phrase)]), ...aliasTerms.map(quote)] };
}

/**
 * Runs a query folded as the index is (src/lib/text/fold.ts): `ＡＩ` as `AI`, `國際學校` as
 * `国际学校`. A query in letters that finds nothing as typed is read as the pinyin, initials or
 * English of a theme or document (`lbgf` → 鲁班工坊); a Chinese near miss is offered its correction.
 */
async function runQuery(state: SearchState): Promise<Outcome> {
  const pf = await loadPagefind();
  let phrase = fold(state.q.trim());
  const allTerms = loadTerms();
  let outcome: Outcome = { phrase, scope: {}, ...(await searchPhrase(pf, phrase, state, await allTerms)) };
  const exactCount = () => outcome.candidates.filter((c) => c.kind !== 'loose').length;
  // Traditional characters: the table is fetched only when a query finds nothing as typed.
  if (exactCount() === 0 && hasHan(phrase)) {
    const simplified = fold(phrase, simplifyWith(await loadT2s()));
    if (simplified !== phrase) outcome = { ...outcome, phrase: (phrase = simplified), simplified, ...(await searchPhrase(pf, simplified, state, await allTerms)) };
  }
  if (exactCount() === 0 && !hasHan(phrase)) {
    const resolution = resolveLetters(await loadSuggestions(), phrase);
    const s = resolution?.suggestion;
    if (s?.kind === 'theme') {
      outcome = { ...outcome, phrase: resolution!.term, resolved: { label: s.label, url: s.url, kind: s.kind }, ...(await searchPhrase(pf, resolution!.term, state, await allTerms)) };
    } else if (s?.document) {
      const scope = { [DOCUMENT_FILTER]: [s.document] };
      const listed = await pf.search(null, { filters: pagefindFilters({ ...state.filters, ...scope }) });
      outcome = { ...outcome, resolved: { label: s.label, url: s.url, kind: s.kind }, scope, components: [null], candidates: listed.results.map((hit) => ({ hit, kind: 'exact' })) };
    }
  }
  if (!outcome.resolved) {
    const all = await allTerms;
    const named = documentNamed(all, phrase) ?? all.find((t) => t.kind === 'theme' && [t.label, ...(t.terms ?? [])].some((n) => fold(n) === phrase));
    if (named) outcome.named = named;
    if (exactCount() === 0) {
      const correction = correctionFor(all, phrase);
      if (correction) outcome.correction = correction;
    }
  }
  return outcome;
}

/** Loads a candidate's clause and checks how it matches: an "exact" hit holds the whole phrase, or it is partial. */
async function verify(c: Candidate, phrase: string, resolvedDocument: boolean): Promise<Candidate> {
  const data = (c.data ??= await c.hit.data());
  if (resolvedDocument) return { ...c, data, spans: [] };
  if (c.kind !== 'loose') {
    const spans = phraseSpans(data.content, c.kind === 'alias' ? c.via! : phrase);
    if (spans.length) return { ...c, data, spans };
  }
  return { hit: c.hit, kind: 'loose', data, spans: pieceSpans(data.content, phrase) };
}

const planOf = (url: string) => /^\/plans\/([^/]+)\//.exec(url)?.[1] ?? '';

function documentTitles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[data-filter="${DOCUMENT_FILTER}"]`)) out.set(input.dataset['value']!, input.closest('label')?.querySelector('.search-value')?.textContent ?? '');
  return out;
}

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

/**
 * Counts for every filter value that follow the query and the other filters: a value's count is
 * how many results the query would have with that value chosen and the other filters as they are.
 * When the result is the union of several searches (a phrase and its aliases), the union is counted
 * hit by hit, so the counts add up to what the list shows.
 */
async function filterCounts(pf: Pagefind, outcome: Outcome, state: SearchState, names: string[]): Promise<Counts> {
  await pf.filters();
  const out: Counts = {};
  for (const name of names) {
    const base = { ...state.filters, ...outcome.scope };
    const others = pagefindFilters(base, name);
    const per = await Promise.all(outcome.components.map((q) => pf.search(q, { filters: others })));
    const counts: Record<string, number> = {};
    if (per.length === 1) Object.assign(counts, per[0]!.filters[name] ?? {});
    else {
      const values = new Set(per.flatMap((r) => Object.entries(r.filters[name] ?? {}).filter(([, n]) => n > 0).map(([v]) => v)));
      for (const v of values) {
        const ids = new Set<string>();
        for (const q of outcome.components) for (const r of (await pf.search(q, { filters: { ...others, [name]: { any: [v] } } })).results) ids.add(r.id);
        counts[v] = ids.size;
      }
    }
    out[name] = counts;
  }
  return out;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
  const drawer = document.querySelector<HTMLDetailsElement>('#search-filters')!;
  const active = document.querySelector<HTMLElement>('#search-active')!;
  const countsNote = document.querySelector<HTMLElement>('#search-counts-note')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const note = document.querySelector<HTMLElement>('#search-note')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name="f"][data-filter]')];
  const titles = documentTitles();
  let run = 0;
  let last: { outcome: Outcome; state: SearchState } | undefined;

  const showCounts = async () => {
    if (!drawer.open || !last) return;
    const mine = run;
    const names = [...new Set(boxes.map((b) => b.dataset['filter']!))];
    countsNote.hidden = false;
    const counts = await filterCounts(await loadPagefind(), last.outcome, last.state, names);
    if (mine !== run) return;
    for (const box of boxes) {
      const n = counts[box.dataset['filter']!]?.[box.dataset['value']!] ?? 0;
      const count = box.closest('label')!.querySelector<HTMLElement>('.search-count')!;
      count.textContent = String(n);
      count.toggleAttribute('data-zero', n === 0);
    }
    countsNote.hidden = true;
  };

  const show = async (state: SearchState, literal: boolean) => {
    const mine = ++run;
    input.value = state.q;
    sort.value = state.sort;
    for (const box of boxes) box.checked = state.filters[box.dataset['filter']!]?.includes(box.dataset['value']!) ?? false;
    const chosen = boxes.filter((b) => b.checked).length;
    active.textContent = chosen ? String(chosen) : '';
    if (!state.q.trim()) {
      status.textContent = S.typeSomething;
      note.replaceChildren();
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = S.searching;
    const outcome: Outcome = literal ? { phrase: fold(state.q.trim()), scope: {}, ...(await searchPhrase(await loadPagefind(), fold(state.q.trim()), state, await loadTerms())) } : await runQuery(state);
    if (mine !== run) return;
    last = { outcome, state };
    // Exact and alias hits are checked against the clause as they are shown; one that does not
    // hold the whole phrase joins the partial hits, after every checked one.
    const queue = [...outcome.candidates];
    const shown: Candidate[] = [];
    const nextPage = async () => {
      const page: Candidate[] = [];
      while (page.length < PAGE && queue.length) {
        const batch = queue.splice(0, PAGE - page.length);
        const checked = await Promise.all(batch.map((c) => verify(c, outcome.phrase, outcome.components[0] === null)));
        for (const [i, c] of checked.entries()) {
          if (c.kind === 'loose' && batch[i]!.kind !== 'loose') {
            const firstLoose = queue.findIndex((q) => q.kind === 'loose');
            queue.splice(firstLoose < 0 ? queue.length : firstLoose, 0, c);
          } else page.push(c);
        }
      }
      return page;
    };
    const first = await nextPage();
    if (mine !== run) return;
    const total = outcome.candidates.length;
    const query = outcome.simplified ?? state.q.trim();
    status.textContent = S.status(isolate(query), total) + (outcome.simplified !== undefined ? S.simplified(isolate(query)) : '') + (state.cut ? S.cut(MAX_QUERY) : '');
    note.replaceChildren(...renderNote(outcome, state), ...(total === 0 ? [Object.assign(document.createElement('p'), { textContent: S.nothing })] : []));
    list.replaceChildren(...first.map((c) => renderHit(c, titles)));
    shown.push(...first);
    more.hidden = queue.length === 0;
    more.onclick = async () => {
      const page = await nextPage();
      if (mine !== run) return;
      list.append(...page.map((c) => renderHit(c, titles)));
      more.hidden = queue.length === 0;
    };
    void showCounts();
  };

  const current = () => {
    const params = new URLSearchParams(location.search);
    return { state: stateFromParams(params), literal: params.get('literal') === '1' };
  };
  const submit = () => {
    const state = stateFromParams(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));
    history.pushState(null, '', `?${stateToParams(state)}`);
    void show(state, false);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  for (const el of [sort, ...boxes]) el.addEventListener('change', submit);
  drawer.addEventListener('toggle', () => void showCounts());
  document.querySelector('#search-done')!.addEventListener('click', () => (drawer.open = false));
  document.querySelector('#search-clear')!.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    submit();
  });
  drawer.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && drawer.open) {
      drawer.open = false;
      drawer.querySelector('summary')!.focus();
    }
  });
  window.addEventListener('popstate', () => {
    const { state, literal } = current();
    void show(state, literal);
  });
  const { state, literal } = current();
  void show(state, literal);
}
