/**
 * Tooltips and highlighting for every chart on a page, as progressive enhancement: the charts,
 * their summaries and tables read without it. One delegated listener set for the whole page;
 * position is set through element.style (CSSOM), which the site's CSP allows, unlike style attributes.
 */
/**
 * What a mark's tooltip says: its <title>, taken out of the mark the first time it is shown (a
 * native tooltip beside this one would say it twice) and kept on the mark. Read on hover, not at
 * start, so a page with hundreds of marks does no work for them before the reader points at one.
 */
function tipText(m: Element): string {
  const title = m.querySelector(':scope > title');
  if (title) {
    m.setAttribute('data-tip', title.textContent ?? '');
    title.remove();
  }
  return m.getAttribute('data-tip') ?? '';
}

export function startChartTooltips(doc: Document = document): void {
  if (!doc.querySelector('.chart-svg .mark')) return;
  const tip = doc.createElement('div');
  tip.className = 'chart-tooltip';
  tip.hidden = true;
  doc.body.append(tip);
  let active: Element | null = null;

  const place = (x: number, y: number) => {
    const w = tip.offsetWidth;
    const left = x + 14 + w > doc.documentElement.clientWidth ? x - 14 - w : x + 14;
    tip.style.left = `${Math.max(4, left + window.scrollX)}px`;
    tip.style.top = `${y + window.scrollY + 14}px`;
  };
  const hide = () => {
    active?.classList.remove('is-active');
    active?.closest('svg')?.classList.remove('has-active');
    active = null;
    tip.hidden = true;
  };
  const show = (m: Element, x: number, y: number) => {
    if (m !== active) {
      hide();
      active = m;
      m.classList.add('is-active');
      m.closest('svg')?.classList.add('has-active');
      tip.textContent = tipText(m);
      tip.hidden = false;
    }
    place(x, y);
  };

  doc.addEventListener('pointerover', (e) => {
    const m = e.target instanceof Element ? e.target.closest('.chart-svg .mark') : null;
    if (m) show(m, e.clientX, e.clientY);
    else if (active) hide();
  });
  doc.addEventListener('pointermove', (e) => {
    if (active) place(e.clientX, e.clientY);
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
