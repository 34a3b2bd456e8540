import { toGbt7714, type CitationSource } from '../lib/cite/citation.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/exports.ts';
import { collectClauses, mergePins, movePin, pinsFromParams, pinsToParams, removePin, sameCollection, setNote, type Pin } from '../lib/collection.ts';
import type { PlanRedirects } from '../lib/anchor-redirects.ts';
import { readPins, updateCollectionLink, writePins } from './pins.ts';
import { currentLang, localHref, t } from './i18n.ts';
import { localIsoDate as today } from '../lib/dates.ts';
import { downloadFile as download } from './download.ts';
import { countEn } from '../lib/i18n/format-en.ts';

interface PlanClauses {
  id: string;
  title: string;
  titleEn: string;
  region: string;
  source: CitationSource;
  clauses: { id: string; label: string; text: string; locator: string; en?: string }[];
  redirects: PlanRedirects;
}


/** Builds an element with a class and text: the page is written with textContent only. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

function button(action: string, text: string, label: string): HTMLButtonElement {
  const b = el('button', `item-${action}`, text);
  b.type = 'button';
  b.dataset['action'] = action;
  b.setAttribute('aria-label', label);
  return b;
}

/**
 * A pinned clause's text. The English edition quotes Duidu's translation where there is one, the
 * Chinese one click away, as theme and compare pages do; citations stay to the Chinese.
 */
function quoteOf(clause: { text: string; en?: string }, en: boolean): HTMLElement[] {
  const chinese = el('blockquote', '');
  chinese.lang = 'zh-CN';
  chinese.append(el('p', '', clause.text));
  if (!en) return [chinese];
  if (clause.en === undefined) return [el('p', 'untranslated', 'Not yet translated: the Chinese text only.'), chinese];
  const english = el('blockquote', '');
  english.lang = 'en';
  english.append(el('p', '', clause.en));
  const original = el('details', 'quote-original');
  original.append(el('summary', '', 'Chinese original'), chinese);
  return [english, original];
}

/**
 * The collection page. The reader's own collection (kept in this browser) can be arranged here:
 * items removed, moved, annotated. A collection opened from someone else's link is shown as
 * theirs: arranging it changes only its address, 清空 closes it, and the reader's own pins change
 * only when they add the shared ones to theirs.
 */
export async function startCollectionPage(): Promise<void> {
  const fromUrl = pinsFromParams(new URLSearchParams(location.search));
  const own = readPins();
  const shared = fromUrl.length > 0 && !sameCollection(fromUrl, own);
  let pins: Pin[] = fromUrl.length ? fromUrl : own;
  if (!fromUrl.length && pins.length) history.replaceState(null, '', `?${pinsToParams(pins)}`);
  updateCollectionLink();
  const status = document.querySelector<HTMLElement>('#collection-status')!;
  const box = document.querySelector<HTMLElement>('#collection')!;
  const tools = document.querySelector<HTMLElement>('.collection-tools')!;
  const said = document.querySelector<HTMLElement>('#collection-said')!;
  const sharedNote = document.querySelector<HTMLElement>('#collection-shared')!;
  const printedFrom = document.querySelector<HTMLElement>('#collection-printed-from')!;
  if (!pins.length) {
    status.textContent = t('汇编是空的。', 'The collection is empty.');
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
  type Item = ReturnType<typeof collectClauses<PlanClauses>>['items'][number];
  const en = currentLang() === 'en';
  const cite = (i: Item) => ({ ...i.plan.source, url: `${location.origin}/plans/${i.plan.id}/#${i.clause.id}`, accessed: today(), locator: i.clause.locator, label: i.clause.label });
  let items: Item[] = [];

  const render = () => {
    const found = collectClauses(pins, loaded);
    items = found.items;
    const missing = found.missing.length ? t(`另有 ${found.missing.length} 条找不到。`, ` ${found.missing.length} more could not be found.`) : '';
    status.textContent = t(`共 ${items.length} 条，来自 ${new Set(items.map((i) => i.plan.id)).size} 份文件。`, `${countEn(items.length, 'clause')} from ${countEn(new Set(items.map((i) => i.plan.id)).size, 'document')}.`) + missing;
    printedFrom.textContent = location.href;
    box.replaceChildren(
      ...items.map((item, n) => {
        const li = el('li', 'quote');
        li.dataset['clause'] = `${item.plan.id}#${item.clause.id}`;
        const head = el('p', 'quote-head');
        const title = el('a', 'quote-plan', en ? item.plan.titleEn : item.plan.title);
        title.href = localHref(`/plans/${item.plan.id}/`);
        const label = el('a', 'quote-label', item.clause.label);
        label.href = localHref(`/plans/${item.plan.id}/#${item.clause.id}`);
        label.lang = 'zh-CN';
        head.append(title, ' ', label);
        li.append(head);
        // A link made before the clause's anchor changed still finds it, and says where it is now.
        if (item.movedFrom) li.append(el('p', 'moved-note', t(`原链接指向 #${item.movedFrom}，该条现在的位置是 #${item.clause.id}（${item.clause.label}）。`, `The link pointed to #${item.movedFrom}; the clause is now at #${item.clause.id} (${item.clause.label}).`)));
        li.append(...quoteOf(item.clause, en));
        if (item.pin.note) li.append(el('p', 'pin-note', item.pin.note));
        // The citation is to the Chinese original in both editions (GB/T 7714 writes it in Chinese).
        const citation = el('p', 'cite-text', toGbt7714(cite(item)));
        citation.lang = 'zh-CN';
        li.append(citation);
        const arrange = el('div', 'item-tools');
        const up = button('up', '↑', t(`上移：${item.clause.label}`, `Move up: ${item.clause.label}`));
        up.disabled = n === 0;
        const down = button('down', '↓', t(`下移：${item.clause.label}`, `Move down: ${item.clause.label}`));
        down.disabled = n === items.length - 1;
        const note = el('details', 'item-note');
        const summary = el('summary', '', item.pin.note ? t('改批注', 'Edit note') : t('加批注', 'Add a note'));
        const field = el('textarea', '');
        field.rows = 2;
        field.maxLength = 280;
        field.value = item.pin.note ?? '';
        field.setAttribute('aria-label', t(`批注：${item.clause.label}`, `Note: ${item.clause.label}`));
        field.addEventListener('change', () => commit(setNote(pins, item.pin, field.value), t('批注已保存。', 'Note saved.')));
        note.append(summary, field);
        arrange.append(up, down, button('remove', t('移除', 'Remove'), t(`移除：${item.clause.label}`, `Remove: ${item.clause.label}`)), note);
        arrange.addEventListener('click', (e) => {
          const action = (e.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset['action'];
          if (action === 'up' || action === 'down') commit(movePin(pins, item.pin, action === 'up' ? -1 : 1), t(`已移动 ${item.clause.label}。`, `Moved ${item.clause.label}.`), `${item.plan.id}#${item.clause.id}`, action);
          if (action === 'remove') commit(removePin(pins, item.pin), t(`已移除 ${item.clause.label}。`, `Removed ${item.clause.label}.`));
        });
        li.append(arrange);
        return li;
      }),
    );
  };

  /** A new arrangement: kept in the address, and in this browser when it is the reader's own collection. */
  const commit = (next: Pin[], message: string, focus?: string, action?: string) => {
    pins = next;
    history.replaceState(null, '', next.length ? `?${pinsToParams(next)}` : location.pathname);
    if (!shared && !writePins(next)) message = t('浏览器不允许保存，改动只在网址里。', 'This browser does not allow saving; the change is only in the address.');
    render();
    said.textContent = message;
    // Keyboard readers stay on the button they pressed, now on its new row.
    if (focus && action) box.querySelector<HTMLButtonElement>(`[data-clause="${CSS.escape(focus)}"] button[data-action="${action}"]:not(:disabled)`)?.focus();
  };

  render();
  if (shared) {
    sharedNote.hidden = false;
    sharedNote.querySelector('.own-count')!.textContent = String(own.length);
  }
  tools.hidden = false;
  const clear = tools.querySelector<HTMLButtonElement>('[data-action="clear"]')!;
  if (shared) clear.textContent = t('关闭，回到我的汇编', 'Close, back to my collection');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = t('已复制分享链接。', 'Share link copied.');
    } catch {
      // No clipboard (an insecure address, a refusal): the link, selected, to copy by hand.
      const field = document.querySelector<HTMLInputElement>('#collection-link')!;
      field.value = text;
      field.hidden = false;
      field.select();
      said.textContent = t('无法自动复制：链接已选中，请手动复制。', 'Could not copy: the link is selected, copy it by hand.');
    }
  };
  document.addEventListener('click', async (e) => {
    const action = (e.target as HTMLElement).closest<HTMLButtonElement>('.collection-tools button, #collection-shared button')?.dataset['action'];
    const key = (i: Item) => `${i.plan.id}-${i.clause.id}`;
    if (action === 'share') await copy(location.href);
    if (action === 'print') print();
    if (action === 'ris') download('duidu.ris', 'application/x-research-info-systems', items.map((i) => toRis(cite(i))).join(''));
    if (action === 'bib') download('duidu.bib', 'application/x-bibtex', items.map((i) => toBibtex(key(i), cite(i))).join('\n'));
    if (action === 'csl') download('duidu.json', 'application/json', JSON.stringify(items.map((i) => toCslJson(key(i), cite(i))), null, 2));
    if (action === 'save') {
      const merged = mergePins(readPins(), pins);
      if (!writePins(merged)) said.textContent = t('浏览器不允许保存。', 'This browser does not allow saving.');
      else location.href = `/collection/?${pinsToParams(merged)}`;
    }
    if (action === 'clear') {
      // Someone else's collection closes; only the reader's own is ever emptied.
      if (!shared) writePins([]);
      location.href = localHref('/collection/');
    }
  });
}
