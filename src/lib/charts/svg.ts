/**
 * A minimal element tree for SVG markup, rendered to a string. Charts are drawn at build time,
 * so markup is produced without a DOM; escaping lives here, once. No `style` attributes are ever
 * produced (the site's CSP hashes <style> blocks, not attributes): use presentation attributes
 * and classes.
 */

export type AttrValue = string | number | boolean | null | undefined;
export interface SvgNode {
  tag: string;
  attrs: Record<string, AttrValue>;
  children: (SvgNode | string)[];
}

export function h(tag: string, attrs: Record<string, AttrValue> = {}, ...children: (SvgNode | string | false | null | undefined | (SvgNode | string)[])[]): SvgNode {
  if ('style' in attrs) throw new Error('charts never use style attributes (strict CSP); use a class or a presentation attribute');
  return { tag, attrs, children: children.flat().filter((c): c is SvgNode | string => c !== false && c !== null && c !== undefined) };
}

/** Coordinates rounded to 0.01 px, so snapshots are stable and markup stays small. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function attrText(v: AttrValue): string | undefined {
  if (v === null || v === undefined || v === false) return undefined;
  if (v === true) return '';
  return typeof v === 'number' ? num(v) : v;
}

/** Markup of a node; one element a line at the top levels keeps snapshot diffs readable. */
export function render(node: SvgNode | string, depth = 0): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => [k, attrText(v)] as const)
    .filter((a): a is readonly [string, string] => a[1] !== undefined)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  if (!node.children.length) return `<${node.tag}${attrs}/>`;
  const breakLines = depth < 2 && node.children.some((c) => typeof c !== 'string');
  const inner = node.children.map((c) => render(c, depth + 1)).join(breakLines ? '\n' : '');
  return breakLines ? `<${node.tag}${attrs}>\n${inner}\n</${node.tag}>` : `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

export interface SvgFrame {
  /** Unique on the page: ids of <title> and <desc> derive from it. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  className: string;
  /** The chart holds links (heatmap cells): a group of controls, not a single image. */
  interactive?: boolean;
}

/** The root <svg>: an image with a title and a description, scaled by CSS to its container. */
export function svgRoot(frame: SvgFrame, ...children: (SvgNode | string | false | null | undefined | (SvgNode | string)[])[]): SvgNode {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg ${frame.className}`,
      viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
      width: frame.width,
      height: frame.height,
      'font-size': 12,
      'font-family': 'system-ui, sans-serif',
      // An image may not contain links, so a chart with links is a labelled group instead.
      role: frame.interactive ? 'group' : 'img',
      'aria-labelledby': `${frame.id}-title ${frame.id}-desc`,
    },
    h('title', { id: `${frame.id}-title` }, frame.title),
    h('desc', { id: `${frame.id}-desc` }, frame.desc),
    ...children,
  );
}

/**
 * A mark the tooltip script knows. What it says is written once, as its <title>: a native
 * tooltip when scripts are off, and the text the tooltip script shows (src/components/charts/chart-tooltip.ts).
 */
export function mark(className: string, tip: string, attrs: Record<string, AttrValue>, ...children: (SvgNode | false | null | undefined)[]): SvgNode {
  return h('g', { class: `mark ${className}`, ...attrs }, h('title', {}, tip), ...children);
}

/** Width of one CJK character at the charts' 12 px, and about that of a Latin letter or space. */
const CHAR_W = 12.5;
const LATIN_W = 6.8;
/** About how wide `text` is drawn at the charts' 12 px: enough to keep labels apart. */
export const textWidth = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? LATIN_W : CHAR_W), 0);
