import { idFromHash } from '../lib/hash.ts';
/**
 * Reading aids that need to know where the reader is: the clause in the breadcrumbs, previous and
 * next clause, and a way back to the theme page they came from.
 */
export function startClauseNav(): void {
  const nav = document.querySelector<HTMLElement>('.clause-nav');
  const crumb = document.querySelector<HTMLElement>('.crumb-clause');
  if (!nav || !crumb) return;
  const clauses = [...document.querySelectorAll<HTMLElement>('.plan-text .clause[id]')];
  const back = nav.querySelector<HTMLAnchorElement>('.back-theme')!;
  const from = document.referrer ? new URL(document.referrer) : undefined;
  if (from && from.origin === location.origin && /^\/themes\/[^/]+\/$/.test(from.pathname)) {
    back.href = from.pathname;
    back.hidden = false;
  }
  const show = () => {
    const id = idFromHash(location.hash);
    const el = id ? document.getElementById(id)?.closest<HTMLElement>('.clause[id]') : null;
    const at = el ? clauses.indexOf(el) : -1;
    nav.hidden = at < 0;
    crumb.hidden = at < 0;
    if (at < 0) return;
    const link = crumb.querySelector('a')!;
    link.href = `#${el!.id}`;
    // A clause's label is its anchor link's text (a table's is in its caption).
    const label = el!.querySelector(':scope > .clause-link, :scope > figcaption > .clause-link')?.textContent ?? el!.id;
    link.textContent = label;
    nav.querySelector('.current')!.textContent = label;
    const prev = nav.querySelector<HTMLAnchorElement>('.prev')!;
    const next = nav.querySelector<HTMLAnchorElement>('.next')!;
    prev.hidden = at === 0;
    next.hidden = at === clauses.length - 1;
    if (at > 0) prev.href = `#${clauses[at - 1]!.id}`;
    if (at < clauses.length - 1) next.href = `#${clauses[at + 1]!.id}`;
  };
  window.addEventListener('hashchange', show);
  show();
}
