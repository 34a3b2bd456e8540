import type { Page } from 'playwright-core';

/** What a reader would see as broken layout on the current screen of a page. */
export interface LayoutFaults {
  /** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
  sideways: number;
  /** Pairs of text runs drawn over each other, by their opening characters. */
  overlaps: string[];
  /** Text drawn smaller than a reader can read (chart labels scaled down with their chart). */
  tiny: string[];
  /** Text squeezed into a column a few characters wide (达/到 stacked one character a line). */
  cramped: string[];
}

/**
 * Measures the page as laid out: sideways scrolling of the document, and every run of text
 * (each text node's line boxes, HTML and SVG alike) that overlaps another, or that is drawn under
 * `minText` pixels tall. Fixed and sticky boxes (header, floating navigation) stand over the text
 * by design and are left out; text inside an element that clips or scrolls is compared only where
 * it shows.
 */
export async function layoutFaults(page: Page, minText = 9): Promise<LayoutFaults> {
  return page.evaluate((minText) => {
    const doc = document.documentElement;
    const sideways = Math.max(0, doc.scrollWidth - doc.clientWidth);
    const floats = new Map<Element, boolean>();
    const floating = (el: Element | null): boolean => {
      if (!el) return false;
      let known = floats.get(el);
      if (known === undefined) {
        const p = getComputedStyle(el).position;
        known = p === 'fixed' || p === 'sticky' || floating(el.parentElement);
        floats.set(el, known);
      }
      return known;
    };
    /** The part of `r` that shows through every clipping ancestor. */
    const visiblePart = (node: Element, r: DOMRect): DOMRect | null => {
      let { left, top, right, bottom } = r;
      for (let e = node.parentElement; e && e !== doc; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = e.getBoundingClientRect();
        left = Math.max(left, c.left);
        top = Math.max(top, c.top);
        right = Math.min(right, c.right);
        bottom = Math.min(bottom, c.bottom);
      }
      return right - left > 0.5 && bottom - top > 0.5 ? new DOMRect(left, top, right - left, bottom - top) : null;
    };
    type Run = { r: DOMRect; text: string; owner: Element };
    const runs: Run[] = [];
    const tiny: string[] = [];
    const cramped: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const owner = n.parentElement;
      if (!text || !owner || owner.closest('script, style, [hidden], .visually-hidden, .skip-link, template')) continue;
      // Closed <details>, display: none, visibility: hidden: not drawn, whatever their boxes say.
      if (!owner.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) continue;
      if (floating(owner)) continue;
      range.selectNodeContents(n);
      const lines = [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
      // Four or more characters in a box (cell, block, flex item) under three characters wide.
      if ([...text].length >= 4 && lines.length >= 2) {
        let box: Element = owner;
        while (box.parentElement && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
        const s = getComputedStyle(box);
        const inside = box.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        if (inside < 3 * parseFloat(s.fontSize)) cramped.push(`${text.slice(0, 12)} (${Math.round(inside)} px wide)`);
      }
      for (const rect of lines) {
        const shown = visiblePart(owner, rect);
        if (!shown) continue;
        runs.push({ r: shown, text, owner });
        // Glyph boxes run about 1.2 times the font size; SVG text reports its drawn size.
        if (shown.height === rect.height && rect.height < minText) tiny.push(`${text.slice(0, 12)} (${rect.height.toFixed(1)} px)`);
      }
    }
    runs.sort((a, b) => a.r.top - b.r.top);
    const overlaps: string[] = [];
    const slack = 2;
    for (let i = 0; i < runs.length; i++) {
      const a = runs[i]!;
      for (let j = i + 1; j < runs.length && runs[j]!.r.top < a.r.bottom - slack; j++) {
        const b = runs[j]!;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > slack && y > slack) overlaps.push(`"${a.text.slice(0, 12)}" × "${b.text.slice(0, 12)}" at ${Math.round(a.r.left)},${Math.round(a.r.top + scrollY)}`);
      }
    }
    return { sideways, overlaps: [...new Set(overlaps)], tiny: [...new Set(tiny)], cramped: [...new Set(cramped)] };
  }, minText);
}
