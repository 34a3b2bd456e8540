/**
 * Marks, in the table of contents, the part or section the reader is in, and keeps it in view
 * inside the contents' own scroll box. Only that box ever scrolls: moving the page from here would
 * fight the reader's own scrolling (and pull a permalinked clause away to the contents).
 */
export function startTocFollow(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
  const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (!toc || !targets.length) return;
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const line = window.innerHeight / 3;
    let at: HTMLElement | undefined;
    for (const t of targets) {
      if (t.getBoundingClientRect().top <= line) at = t;
      else break;
    }
    const link = at ? links.get(at.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (link) {
      link.setAttribute('aria-current', 'location');
      reveal(toc, link);
    }
  };
  // Folded contents (narrow screens) open on the entry the reader is at.
  toc.querySelector('details')?.addEventListener('toggle', () => current && reveal(toc, current));
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
}

/** Scrolls the scroll box between `item` and `outer` (inclusive) so that `item` shows inside it; never the page. */
function reveal(outer: HTMLElement, item: HTMLElement): void {
  for (let box = item.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return revealInBox(box, item);
    if (box === outer) return;
  }
}

function revealInBox(box: HTMLElement, item: HTMLElement): void {
  const outer = box.getBoundingClientRect();
  const inner = item.getBoundingClientRect();
  const room = Math.min(48, box.clientHeight / 4);
  if (inner.top < outer.top + room) box.scrollTop -= outer.top + room - inner.top;
  else if (inner.bottom > outer.bottom - room) box.scrollTop += inner.bottom - (outer.bottom - room);
}
