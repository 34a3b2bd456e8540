import { phraseSpans } from '../lib/search/highlight.ts';

/** The element holding a clause's text: the clause's own text, or the row an indicator anchor sits in. */
function clauseTextOf(target: HTMLElement): HTMLElement {
  return target.querySelector<HTMLElement>(':scope > .clause-text') ?? target.closest<HTMLElement>('tr') ?? target;
}

/**
 * Marks the words a search result was found by (`?hl=鲁班工坊#p3-s2`) on the clause the link lands
 * on. Drawn as a CSS highlight, so the clause's markup and copied text stay the document's own.
 */
export function markSearchTerms(): void {
  const words = [...new Set(new URLSearchParams(location.search).getAll('hl'))].filter(Boolean).slice(0, 8);
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // `#%zz` names no clause
  }
  const target = id ? document.getElementById(id) : null;
  if (!words.length || !target || !('highlights' in CSS)) return;
  const box = clauseTextOf(target);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const at = (offset: number, end: boolean): [Text, number] => {
    // A span's end at a node boundary belongs to the node before it.
    const i = nodes.findLastIndex((n) => (end ? n.start < offset : n.start <= offset));
    const { node, start } = nodes[Math.max(0, i)]!;
    return [node, offset - start];
  };
  const ranges = words.flatMap((w) =>
    phraseSpans(text, w).map(([a, b]) => {
      const r = new Range();
      r.setStart(...at(a, false));
      r.setEnd(...at(b, true));
      return r;
    }),
  );
  if (ranges.length) CSS.highlights.set('search-term', new Highlight(...ranges));
}
