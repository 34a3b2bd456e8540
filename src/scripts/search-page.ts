import { stateFromParams, stateToParams, type SearchState } from '../lib/search/query.ts';
import type { Outcome } from './search-run.ts';
import { showAllValues, titleSource } from './search-values.ts';

/*
 * The search page's controls. The search itself (./search-run.ts) loads with the first query, and
 * the filter counts (./search-counts.ts) when a reader opens the filters: a page without a query
 * loads neither. Its strings are drawn into the page (data-idle, data-busy) in the page's language.
 */
const DOCUMENT_FILTER = '文件';

function documentTitles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[data-filter="${DOCUMENT_FILTER}"]`)) out.set(input.dataset['value']!, input.closest('label')?.querySelector('.search-value')?.textContent ?? '');
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
  // Values fetched on request join the drawn ones, so the boxes are looked up each time.
  const boxes = () => [...document.querySelectorAll<HTMLInputElement>('input[name="f"][data-filter]')];
  const titles = titleSource(documentTitles(), Number(form.dataset['titleShards'] ?? 1));
  /** Draws the undrawn values of the filters `state` chooses a value from that the page does not show. */
  const drawChosen = async (state: SearchState) => {
    const shown = new Set(boxes().map((b) => `${b.dataset['filter']}:${b.dataset['value']}`));
    const missing = Object.entries(state.filters).filter(([name, values]) => values.some((v) => !shown.has(`${name}:${v}`)));
    const buttons = missing.map(([name]) => document.querySelector<HTMLButtonElement>(`fieldset[data-group="${CSS.escape(name)}"] button[data-rest]`));
    await Promise.all(buttons.map((b) => b && showAllValues(b).catch(() => undefined)));
  };
  let run = 0;
  let last: { outcome: Outcome; state: SearchState } | undefined;

  const showCounts = async () => {
    if (!drawer.open || !last) return;
    const mine = run;
    const names = [...new Set(boxes().map((b) => b.dataset['filter']!))];
    countsNote.hidden = false;
    // Whether the counts shown are this query's yet (they are the whole corpus's as the page comes).
    drawer.dataset['counts'] = 'busy';
    const [{ filterCounts }, { loadPagefind }] = await Promise.all([import('./search-counts.ts'), import('./search-run.ts')]);
    const counts = await filterCounts(await loadPagefind(last.state.q), last.outcome, last.state, names);
    if (mine !== run) return;
    for (const box of boxes()) {
      const n = counts[box.dataset['filter']!]?.[box.dataset['value']!] ?? 0;
      const count = box.closest('label')!.querySelector<HTMLElement>('.search-count')!;
      count.textContent = String(n);
      count.toggleAttribute('data-zero', n === 0);
    }
    countsNote.hidden = true;
    drawer.dataset['counts'] = 'query';
  };

  const show = async (state: SearchState, literal: boolean) => {
    const mine = ++run;
    input.value = state.q;
    sort.value = state.sort;
    await drawChosen(state);
    if (mine !== run) return;
    for (const box of boxes()) box.checked = state.filters[box.dataset['filter']!]?.includes(box.dataset['value']!) ?? false;
    const chosen = boxes().filter((b) => b.checked).length;
    active.textContent = chosen ? String(chosen) : '';
    if (!state.q.trim()) {
      status.textContent = status.dataset['idle'] ?? '';
      note.replaceChildren();
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = status.dataset['busy'] ?? '';
    const { showResults } = await import('./search-run.ts');
    const outcome = await showResults(state, literal, { status, note, list, more, titles }, () => mine !== run);
    if (!outcome) return;
    last = { outcome, state };
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
  sort.addEventListener('change', submit);
  drawer.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name="f"]')) submit();
  });
  drawer.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-rest]');
    if (!button) return;
    const group = button.closest('fieldset')!;
    const before = group.querySelectorAll('input[name="f"]').length;
    void showAllValues(button).then(() => {
      // The new boxes take the address's choices and the query's counts; focus moves to the first of them.
      const inGroup = [...group.querySelectorAll<HTMLInputElement>('input[name="f"]')];
      for (const box of inGroup) box.checked = last?.state.filters[box.dataset['filter']!]?.includes(box.dataset['value']!) ?? false;
      inGroup[before]?.focus();
      void showCounts();
    });
  });
  drawer.addEventListener('toggle', () => void showCounts());
  document.querySelector('#search-done')!.addEventListener('click', () => (drawer.open = false));
  document.querySelector('#search-clear')!.addEventListener('click', () => {
    for (const b of boxes()) b.checked = false;
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
  // Fetched beside the filters the address asks for, not after them.
  if (state.q.trim()) void import('./search-run.ts');
  void show(state, literal);
}
