import { toGbt7714, type CitationSource } from '../lib/cite/citation.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/exports.ts';
import { collectClauses, pinsFromParams, pinsToParams, type Pin } from '../lib/collection.ts';
import type { PlanRedirects } from '../lib/anchor-redirects.ts';
import { readPins, updateCollectionLink, writePins } from './pins.ts';
import { localHref } from './i18n.ts';
import { localIsoDate as today } from '../lib/dates.ts';

interface PlanClauses {
  id: string;
  title: string;
  region: string;
  source: CitationSource;
  clauses: { id: string; label: string; text: string; locator: string }[];
  redirects: PlanRedirects;
}


function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export async function startCollectionPage(): Promise<void> {
  const fromUrl = pinsFromParams(new URLSearchParams(location.search));
  // A shared link opens that collection; an empty link opens the reader's own.
  const pins: Pin[] = fromUrl.length ? fromUrl : readPins();
  if (!fromUrl.length && pins.length) history.replaceState(null, '', `?${pinsToParams(pins)}`);
  updateCollectionLink();
  const status = document.querySelector<HTMLElement>('#collection-status')!;
  const box = document.querySelector<HTMLElement>('#collection')!;
  const tools = document.querySelector<HTMLElement>('.collection-tools')!;
  if (!pins.length) {
    status.textContent = '汇编是空的。';
    return;
  }
  const plans = [...new Set(pins.map((p) => p.plan))];
  const loaded = new Map<string, PlanClauses>();
  await Promise.all(
    plans.map(async (id) => {
      const res = await fetch(`/plans/${id}/clauses.json`);
      if (res.ok) loaded.set(id, (await res.json()) as PlanClauses);
    }),
  );
  const { items, missing } = collectClauses(pins, loaded);
  status.textContent = `共 ${items.length} 条，来自 ${new Set(items.map((i) => i.plan.id)).size} 份文件。${missing.length ? `另有 ${missing.length} 条找不到。` : ''}`;
  const cite = (i: (typeof items)[number]) => ({ ...i.plan.source, url: `${location.origin}/plans/${i.plan.id}/#${i.clause.id}`, accessed: today(), locator: i.clause.locator, label: i.clause.label });
  box.replaceChildren(
    ...plans.filter((id) => loaded.has(id)).map((id) => {
      const plan = loaded.get(id)!;
      const section = document.createElement('section');
      section.className = 'column';
      const h2 = document.createElement('h2');
      const link = document.createElement('a');
      link.href = localHref(`/plans/${id}/`);
      link.textContent = plan.title;
      h2.append(link, ' ');
      const region = document.createElement('span');
      region.className = 'level';
      region.textContent = plan.region;
      h2.append(region);
      const list = document.createElement('ol');
      list.className = 'quotes';
      for (const item of items.filter((i) => i.plan.id === id)) {
        const li = document.createElement('li');
        li.className = 'quote';
        li.dataset['clause'] = `${id}#${item.clause.id}`;
        const label = document.createElement('a');
        label.className = 'quote-label';
        label.href = localHref(`/plans/${id}/#${item.clause.id}`);
        label.textContent = item.clause.label;
        const quote = document.createElement('blockquote');
        const p = document.createElement('p');
        p.textContent = item.clause.text;
        quote.append(p);
        const c = document.createElement('p');
        c.className = 'cite-text';
        c.textContent = toGbt7714(cite(item));
        li.append(label);
        // A link made before the clause's anchor changed still finds it, and says where it is now.
        if (item.movedFrom) {
          const moved = document.createElement('p');
          moved.className = 'moved-note';
          moved.textContent = `原链接指向 #${item.movedFrom}，该条现在的位置是 #${item.clause.id}（${item.clause.label}）。`;
          li.append(moved);
        }
        li.append(quote, c);
        list.append(li);
      }
      section.append(h2, list);
      return section;
    }),
  );
  tools.hidden = false;
  tools.addEventListener('click', async (e) => {
    const action = (e.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset['action'];
    const key = (i: (typeof items)[number]) => `${i.plan.id}-${i.clause.id}`;
    if (action === 'share') await navigator.clipboard.writeText(location.href).catch(() => undefined);
    if (action === 'ris') download('duidu.ris', 'application/x-research-info-systems', items.map((i) => toRis(cite(i))).join(''));
    if (action === 'bib') download('duidu.bib', 'application/x-bibtex', items.map((i) => toBibtex(key(i), cite(i))).join('\n'));
    if (action === 'csl') download('duidu.json', 'application/json', JSON.stringify(items.map((i) => toCslJson(key(i), cite(i))), null, 2));
    if (action === 'clear') {
      writePins([]);
      location.href = localHref('/collection/');
    }
  });
}
