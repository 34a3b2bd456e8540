/** Marks, in the table of contents, the part or section the reader is in, and keeps it in view. */
export function startTocFollow(): void {
  const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
  const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (!targets.length) return;
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
      link.scrollIntoView({ block: 'nearest' });
    }
  };
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
