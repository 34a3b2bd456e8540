import { pinsToParams, togglePin, type Pin } from '../lib/collection.ts';
import { t } from './i18n.ts';

const KEY = 'duidu-pins';

export function readPins(): Pin[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Pin[];
  } catch {
    return [];
  }
}

export function writePins(pins: readonly Pin[]): void {
  localStorage.setItem(KEY, JSON.stringify(pins));
  updateCollectionLink(pins);
}

/** The header link to the reader's collection, with its count. */
export function updateCollectionLink(pins: readonly Pin[] = readPins()): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-collection-link]')) {
    a.href = `/collection/?${pinsToParams(pins)}`;
    a.querySelector('.count')!.textContent = String(pins.length);
  }
}

/** A 收藏 button on every clause of a plan page. */
export function startPinButtons(plan: string): void {
  updateCollectionLink();
  for (const row of document.querySelectorAll<HTMLElement>('.plan-text .clause[id] > .clause-links')) {
    const clause = row.parentElement!.id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pin';
    const paint = () => {
      const on = readPins().some((p) => p.plan === plan && p.clause === clause);
      button.textContent = on ? t('已收藏', 'Pinned') : t('收藏', 'Pin');
      button.setAttribute('aria-pressed', String(on));
    };
    button.addEventListener('click', () => {
      writePins(togglePin(readPins(), { plan, clause }));
      paint();
    });
    paint();
    row.append(button);
  }
}
