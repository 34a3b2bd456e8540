import { MAX_PINS, pinsFromStored, pinsToParams, togglePin, type Pin } from '../lib/collection.ts';
import { localHref, t } from './i18n.ts';

const KEY = 'duidu-pins';

export function readPins(): Pin[] {
  try {
    return pinsFromStored(localStorage.getItem(KEY));
  } catch {
    // Storage blocked (private mode, a policy): no pins, and writing says so.
    return [];
  }
}

/** Stores the pins; false when the browser refuses storage. */
export function writePins(pins: readonly Pin[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(pins));
  } catch {
    return false;
  }
  updateCollectionLink(pins);
  return true;
}

/** The header link to the reader's collection, with its count. */
export function updateCollectionLink(pins: readonly Pin[] = readPins()): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-collection-link]')) {
    a.href = localHref(`/collection/?${pinsToParams(pins)}`);
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
      const before = readPins();
      const after = togglePin(before, { plan, clause });
      paint();
      if (after.length === before.length && before.length >= MAX_PINS) button.textContent = t(`汇编已满（${MAX_PINS} 条）`, `Collection full (${MAX_PINS})`);
      else if (!writePins(after)) button.textContent = t('浏览器不允许保存', 'This browser does not allow saving');
      else paint();
    });
    paint();
    row.append(button);
  }
}
