import { isolate } from '../lib/bidi.ts';
import { excerptPieces, MAX_QUERY, rankHits, stateFromParams, stateToParams, type RankedHit, type SearchState } from '../lib/search/query.ts';
import { aliasesOf, type Suggestion } from '../lib/search/suggestions.ts';
import { fold, simplifyWith } from '../lib/text/fold.ts';
import { currentLang, localHref, t } from './i18n.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 20;
const KIND_LABEL = {
  get exact() {
    return t('精确匹配', 'Exact');
  },
  get alias() {
    return t('同义词', 'Synonym');
  },
  get loose() {
    return t('部分匹配', 'Partial');
  },
};

const pagefinds = new Map<string, Promise<Pagefind>>();
/**
 * The bundles are written by the build (they are not part of the site's JS): /pagefind-en/ holds
 * the English translations, searched from English pages unless the query has Chinese characters;
 * /pagefind/ holds the Chinese.
 */
function loadPagefind(q: string): Promise<Pagefind> {
  const language = currentLang() === 'en' && !/\p{Script=Han}/u.test(q) ? 'en' : 'zh-cn';
  const url = language === 'en' ? '/pagefind-en/pagefind.js' : '/pagefind/pagefind.js';
  let pagefind = pagefinds.get(url);
  if (!pagefind) {
    pagefind = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
      await p.options({ excerptLength: 40 });
      // Pagefind takes its word handling from <html lang> when it starts (synchronously): read
      // the Chinese index as Chinese on English pages too, or phrase matches fail.
      const html = document.documentElement;
      const pageLang = html.lang;
      html.lang = language;
      const started = p.init();
      html.lang = pageLang;
      await started;
      return p;
    });
    pagefinds.set(url, pagefind);
  }
  return pagefind;
}

let suggestions: Promise<Suggestion[]> | undefined;
const loadSuggestions = () => (suggestions ??= fetch('/search/suggest.json').then((r) => r.json() as Promise<Suggestion[]>));

let t2s: Promise<Record<string, string>> | undefined;
const loadT2s = () => (t2s ??= fetch('/search/t2s.json').then((r) => r.json() as Promise<Record<string, string>>));

const quote = (q: string) => `"${q.replace(/"/g, '')}"`;

/**
 * Runs a query folded as the index is (src/lib/text/fold.ts): `ＡＩ` as `AI`, `国(境)外` as
 * `国（境）外`. `simplified` is the query in simplified characters, when it was typed otherwise.
 */
async function runQuery(state: SearchState): Promise<{ simplified?: string; hits: RankedHit<PagefindResult>[] }> {
  const pf = await loadPagefind(state.q);
  const options: Record<string, unknown> = { filters: state.filters, ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
  let query = fold(state.q.trim());
  let simplified: string | undefined;
  let exact = (await pf.search(quote(query), options)).results;
  // Traditional characters: the table is fetched only when a query finds nothing as typed.
  if (exact.length === 0 && /\p{Script=Han}/u.test(query)) {
    const folded = fold(query, simplifyWith(await loadT2s()));
    if (folded !== query) {
      query = simplified = folded;
      exact = (await pf.search(quote(query), options)).results;
    }
  }
  const aliasTerms = aliasesOf(await loadSuggestions(), query);
  const aliases = await Promise.all(aliasTerms.map(async (term) => ({ term, hits: (await pf.search(quote(term), options)).results })));
  const loose = /\s|\p{Script=Han}{2,}/u.test(query) || query.length > 1 ? (await pf.search(query, options)).results : [];
  return { ...(simplified === undefined ? {} : { simplified }), hits: rankHits(exact, aliases, loose, (r) => r.id) };
}

function renderHit(hit: RankedHit<PagefindResult>, data: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `hit hit-${hit.kind}`;
  const a = document.createElement('a');
  a.href = localHref(data.url);
  a.className = 'hit-title';
  a.textContent = data.meta['title'] ?? data.url;
  const tag = document.createElement('span');
  tag.className = 'hit-kind';
  tag.textContent = hit.kind === 'alias' ? `${KIND_LABEL.alias}: ${hit.via}` : KIND_LABEL[hit.kind];
  const p = document.createElement('p');
  p.className = 'hit-excerpt';
  for (const piece of excerptPieces(data.excerpt)) {
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

async function renderFilters(form: HTMLFormElement, state: SearchState): Promise<void> {
  const box = form.querySelector<HTMLElement>('#search-filters')!;
  const available = await (await loadPagefind(state.q)).filters();
  box.replaceChildren(
    ...Object.entries(available).map(([name, values]) => {
      const fs = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name;
      fs.append(legend);
      for (const [value, count] of Object.entries(values).sort((a, b) => a[0].localeCompare(b[0], 'zh'))) {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.name = 'f';
        input.value = `${name}:${value}`;
        input.checked = Object.hasOwn(state.filters, name) && state.filters[name]!.includes(value);
        label.append(input, ` ${value} (${count})`);
        fs.append(label);
      }
      return fs;
    }),
  );
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  let run = 0;

  const show = async (state: SearchState) => {
    const mine = ++run;
    input.value = state.q;
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name="sort"]')) r.checked = r.value === state.sort;
    await renderFilters(form, state);
    list.replaceChildren();
    more.hidden = true;
    if (!state.q.trim()) {
      status.textContent = t('输入词语后搜索。', 'Type a word to search.');
      return;
    }
    status.textContent = t('搜索中……', 'Searching…');
    const { simplified, hits } = await runQuery(state);
    if (mine !== run) return;
    const counts = (['exact', 'alias', 'loose'] as const).map((k) => `${KIND_LABEL[k]} ${hits.filter((h) => h.kind === k).length}`);
    const converted = simplified !== undefined;
    const query = simplified ?? state.q.trim();
    status.textContent = t(
      `“${isolate(query)}”：共 ${hits.length} 条（${counts.join('，')}）。${converted ? `已按简体“${isolate(query)}”搜索。` : ''}${state.cut ? `检索词过长，只用了前 ${MAX_QUERY} 个字。` : ''}`,
      `“${isolate(query)}”: ${hits.length} results (${counts.join(', ')}).${converted ? ` Searched as simplified “${isolate(query)}”.` : ''}${state.cut ? ` The query was too long; only its first ${MAX_QUERY} characters were used.` : ''}`,
    );
    let shown = 0;
    const page = async () => {
      const slice = hits.slice(shown, shown + PAGE);
      const data = await Promise.all(slice.map((h) => h.hit.data()));
      if (mine !== run) return;
      list.append(...slice.map((h, i) => renderHit(h, data[i]!)));
      shown += slice.length;
      more.hidden = shown >= hits.length;
    };
    more.onclick = () => void page();
    await page();
  };

  const current = () => stateFromParams(new URLSearchParams(location.search));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const state = stateFromParams(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));
    history.pushState(null, '', `?${stateToParams(state)}`);
    void show(state);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type=checkbox], input[type=radio]')) form.requestSubmit();
  });
  window.addEventListener('popstate', () => void show(current()));
  void show(current());
}
