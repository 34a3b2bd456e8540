/**
 * Tooltips and highlighting for every chart on a page, as progressive enhancement: the charts,
 * their summaries and tables read without it. One delegated listener set for the whole page;
 * position is set through element.style (CSSOM), which the site's CSP allows, unlike style attributes.
 */
export function startChartTooltips(doc: Document = document): void {
  const marks = doc.querySelectorAll('.chart-svg .mark');
  if (!marks.length) return;
  // The <title> of each mark is the tooltip when scripts are off; with this script it would double up.
  for (const t of doc.querySelectorAll('.chart-svg .mark > title')) t.remove();
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
      tip.textContent = m.getAttribute('data-tip');
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
