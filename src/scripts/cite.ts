import { apaDate, toApa, type CitationSource } from '../lib/cite/citation.ts';
import { toBibtex, toCslJson, toRis } from '../lib/cite/exports.ts';
import { DATE_SLOT, URL_SLOT, splitSlots } from '../lib/cite/slots.ts';
import { downloadFile } from './download.ts';
import { t } from './i18n.ts';
import { localIsoDate as today } from '../lib/dates.ts';


/** Completes citations with this site's address and today's date; a built URL slot holds its path. */
function fillSlots(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('.cite-url')) if (!/^https?:/.test(el.textContent ?? '')) el.textContent = location.origin + (el.dataset['path'] ?? el.textContent);
  for (const el of root.querySelectorAll<HTMLElement>('.cite-date')) el.textContent = el.dataset['format'] === 'apa' ? apaDate(today()) : today();
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function downloadButton(label: string, save: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = label;
  button.addEventListener('click', save);
  return button;
}

function copyButton(label: string, text: () => string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = label;
  button.addEventListener('click', async () => {
    const ok = await copy(text());
    button.textContent = ok ? t('已复制', 'Copied') : t('请手动选择复制', 'Select the text to copy');
    setTimeout(() => (button.textContent = label), 2000);
  });
  return button;
}

/** The APA text of a clause, from the document's citation and the clause's label. */
function apaFor(source: CitationSource, label: string, path: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'cite-text cite-apa';
  span.lang = 'en';
  for (const p of splitSlots(toApa({ ...source, label, url: URL_SLOT, accessed: DATE_SLOT }))) {
    if (p.kind === 'text') span.append(p.text);
    else if (p.kind === 'italic') span.append(Object.assign(document.createElement('i'), { textContent: p.text }));
    else {
      const slot = document.createElement('span');
      slot.className = p.kind === 'url' ? 'cite-url' : 'cite-date';
      if (p.kind === 'url') slot.dataset['path'] = path;
      else slot.dataset['format'] = 'apa';
      span.append(slot);
    }
  }
  fillSlots(span);
  return span;
}

/**
 * The clause a cite control belongs to, read from the clause itself (its anchor and the label its
 * link shows) rather than from attributes repeating them on every clause of the page.
 */
function clauseOf(details: HTMLElement): { clause: string; label: string } {
  const clause = details.closest<HTMLElement>('.clause[id]')!;
  return { clause: clause.id, label: clause.querySelector(':scope > .clause-link')?.textContent ?? '' };
}

export function startCiteControls(): void {
  fillSlots(document);
  const block = document.querySelector<HTMLElement>('#cite');
  if (!block) return;
  const source = JSON.parse(block.dataset['citeSource'] ?? '{}') as CitationSource;
  const planId = block.dataset['id'] ?? 'duidu';
  for (const dd of block.querySelectorAll<HTMLElement>('dd')) {
    const text = dd.querySelector<HTMLElement>('.cite-text')!;
    dd.append(' ', copyButton(t('复制', 'Copy'), () => text.textContent ?? ''));
  }
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.cite')) {
    details.addEventListener(
      'toggle',
      () => {
        const { clause, label } = clauseOf(details);
        const path = `${location.pathname}#${clause}`;
        const gbt = details.querySelector<HTMLElement>('.cite-gbt')!;
        const apa = apaFor(source, label, path);
        const apaLine = document.createElement('p');
        apaLine.append(apa);
        const tools = document.createElement('p');
        tools.className = 'cite-tools';
        tools.append(
          copyButton(t('复制 GB/T 7714', 'Copy GB/T 7714'), () => gbt.textContent ?? ''),
          ' ',
          copyButton(t('复制 APA', 'Copy APA'), () => apa.textContent ?? ''),
          ' ',
          copyButton(t('复制链接', 'Copy link'), () => location.origin + path),
        );
        // The clause as a reference-manager item: its permalink, its place in a note, read today.
        const cited = (): CitationSource => ({ ...source, url: location.origin + path, accessed: today(), locator: details.querySelector('.cite-loc')?.textContent ?? '', label });
        const key = `${planId}-${clause}`;
        const exports = document.createElement('p');
        exports.className = 'cite-exports';
        exports.append(
          t('导出本条：', 'Export this clause: '),
          downloadButton('RIS', () => downloadFile(`${key}.ris`, 'application/x-research-info-systems', toRis(cited()))),
          ' ',
          downloadButton('BibTeX', () => downloadFile(`${key}.bib`, 'application/x-bibtex', toBibtex(key, cited()))),
          ' ',
          downloadButton('CSL-JSON', () => downloadFile(`${key}.json`, 'application/json', JSON.stringify([toCslJson(key, cited())], null, 2))),
        );
        details.append(apaLine, tools, exports);
      },
      { once: true },
    );
  }
}
