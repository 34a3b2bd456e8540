import { localHref } from './i18n.ts';
import { matchSuggestions, type Suggestion } from '../lib/search/suggestions.ts';

/** The header search box: suggests themes and documents as the reader types (pinyin too). */
export function startSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  let all: Promise<Suggestion[]> | undefined;
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const move = (to: number) => {
    const opts = options();
    if (!opts.length) return;
    active = (to + opts.length) % opts.length;
    opts.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', opts[active]!.id);
  };

  input.addEventListener('input', async () => {
    all ??= fetch('/search/suggest.json').then((r) => r.json() as Promise<Suggestion[]>);
    const typed = input.value;
    const found = matchSuggestions(await all, typed);
    if (typed !== input.value) return;
    list.replaceChildren(
      ...found.map((s, i) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.id = `suggest-${i}`;
        a.href = localHref(s.url);
        a.setAttribute('role', 'option');
        a.setAttribute('aria-selected', 'false');
        a.textContent = s.label;
        const kind = document.createElement('span');
        kind.className = 'suggest-kind';
        kind.textContent = s.kind === 'theme' ? '主题' : '文件';
        a.append(' ', kind);
        li.append(a);
        return li;
      }),
    );
    active = -1;
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && active >= 0) options()[active]!.click();
    else return;
    e.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
