/**
 * Page weight budgets. A plan page is read on phones over slow links, often in one sitting, so
 * what it costs to load is a property worth failing the build over. Figures are per page: the
 * HTML, plus the stylesheets and scripts it loads from the site, raw and gzip-compressed.
 */
import { gzipSync } from 'node:zlib';
import { scanElements } from './html-scan.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  /** The HTML file (inline <style> and <script> included). */
  html: Size;
  /** Linked stylesheets, summed. */
  css: Size;
  /** Scripts the page loads (`<script src>`, module preloads, their static imports), summed. */
  js: Size;
  /** Raw bytes of CSS and JS written inline in the HTML; part of `html`, counted again in the ceilings. */
  inlineCss: number;
  inlineJs: number;
  /** What travels: HTML + CSS + JS. */
  total: Size;
  /** The assets counted, as URL paths. */
  assets: string[];
  /** Assets the page names that are not in the build (the link gate reports them too). */
  missing: string[];
}

/** Budgets in bytes (1 KB = 1024 bytes). */
export interface Budget {
  /** Ceiling on `total.gzip`: the transfer of a first visit. */
  totalGzip: number;
  /** Ceiling on raw JS, linked + inline: what the browser parses and runs. */
  jsRaw: number;
  /** Ceiling on raw CSS, linked + inline: what the browser parses before it can render. */
  cssRaw: number;
}

export const KB = 1024;
/**
 * 20 KB of raw JS: a plan page's scripts (contents that follow the reader, clause navigation, pins,
 * each clause's citation with its RIS, BibTeX and CSL-JSON exports, the search terms marked on the
 * clause a result lands on) come to about 19 KB raw, under 7 KB gzip; everything else loads on use.
 */
export const pageBudget: Budget = { totalGzip: 72 * KB, jsRaw: 20 * KB, cssRaw: 20 * KB };

/**
 * An English plan page carries the plan twice, Duidu's English beside the Chinese it translates
 * (the Chinese is the authority, so it is never left out): its transfer budget is the page budget
 * and a half. The longest plan (Chongqing 2020–2022, about 16,800 characters) is 88 KB gzip.
 */
export const bilingualBudget: Budget = { ...pageBudget, totalGzip: 108 * KB };

/** The budget a built page is held to, by its path under dist/. */
export function budgetFor(page: string): Budget {
  return /^en\/plans\/[^/]+\/index\.html$/.test(page) ? bilingualBudget : pageBudget;
}

/** gzip at zlib's default level 6, what most servers and CDNs use for text; brotli would be smaller. */
export function sizeOf(bytes: Uint8Array): Size {
  return { raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

// Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`.
// Dynamic import() loads on demand (a search index, say) and is not part of the first view.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** Site-relative URL path of a reference made from `from` (a page or asset URL path), or undefined if external. */
function sitePath(ref: string, from: string): string | undefined {
  const url = new URL(ref, new URL(from, 'https://site.invalid'));
  return url.origin === 'https://site.invalid' ? url.pathname : undefined;
}

/**
 * Weighs one built page.
 * @param url the page's URL path (`/plans/x/`), to resolve relative asset links.
 * @param read an asset's bytes by URL path, or undefined when the build has no such file.
 */
export function weighPage(page: string, url: string, html: string, read: (path: string) => Uint8Array | undefined): PageWeight {
  const css: string[] = [];
  const js: string[] = [];
  let inlineCss = 0;
  let inlineJs = 0;
  for (const el of scanElements(html)) {
    const rel = (el.attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    const href = el.attrs['href'];
    const src = el.attrs['src'];
    if (el.name === 'link' && href && rel.includes('stylesheet')) css.push(href);
    else if (el.name === 'link' && href && rel.includes('modulepreload')) js.push(href);
    else if (el.name === 'script' && src !== undefined) js.push(src);
    else if (el.name === 'script' && !/json|importmap/i.test(el.attrs['type'] ?? '')) inlineJs += utf8(el.text ?? '');
    else if (el.name === 'style') inlineCss += utf8(el.text ?? '');
  }

  const counted = new Set<string>();
  const missing: string[] = [];
  const weigh = (refs: string[], from: string, followImports: boolean): Size => {
    let sum = ZERO;
    for (const ref of refs) {
      const path = sitePath(ref, from);
      if (path === undefined || counted.has(path)) continue;
      counted.add(path);
      const bytes = read(path);
      if (!bytes) {
        missing.push(path);
        continue;
      }
      sum = add(sum, sizeOf(bytes));
      if (followImports) {
        const imports = [...Buffer.from(bytes).toString('utf8').matchAll(STATIC_IMPORT)].map((m) => m[1]!);
        sum = add(sum, weigh(imports, path, true));
      }
    }
    return sum;
  };

  const htmlSize = sizeOf(Buffer.from(html, 'utf8'));
  const cssSize = weigh(css, url, false);
  const jsSize = weigh(js, url, true);
  return {
    page,
    html: htmlSize,
    css: cssSize,
    js: jsSize,
    inlineCss,
    inlineJs,
    total: add(add(htmlSize, cssSize), jsSize),
    assets: [...counted],
    missing,
  };
}

/** The ways a page breaks its budget, one message each; empty when it keeps to it. */
export function overBudget(w: PageWeight, budget: Budget = pageBudget): string[] {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const out: string[] = [];
  if (w.total.gzip > budget.totalGzip) out.push(`${w.page}: transfer ${kb(w.total.gzip)} gzip > ${kb(budget.totalGzip)}`);
  if (w.js.raw + w.inlineJs > budget.jsRaw) out.push(`${w.page}: JS ${kb(w.js.raw + w.inlineJs)} raw > ${kb(budget.jsRaw)}`);
  if (w.css.raw + w.inlineCss > budget.cssRaw) out.push(`${w.page}: CSS ${kb(w.css.raw + w.inlineCss)} raw > ${kb(budget.cssRaw)}`);
  for (const m of w.missing) out.push(`${w.page}: loads ${m}, which is not in the build`);
  return out;
}

/** A small markdown table of one page's figures. */
export function formatWeight(w: PageWeight, budget: Budget = pageBudget): string {
  const kb = (n: number) => (n / KB).toFixed(1);
  return [
    `${w.page}`,
    '| | raw KB | gzip KB | budget |',
    '|---|---:|---:|---|',
    `| HTML | ${kb(w.html.raw)} | ${kb(w.html.gzip)} | |`,
    `| CSS (linked + ${kb(w.inlineCss)} inline) | ${kb(w.css.raw + w.inlineCss)} | ${kb(w.css.gzip)} | ≤ ${kb(budget.cssRaw)} raw |`,
    `| JS (loaded + ${kb(w.inlineJs)} inline) | ${kb(w.js.raw + w.inlineJs)} | ${kb(w.js.gzip)} | ≤ ${kb(budget.jsRaw)} raw |`,
    `| total transfer | ${kb(w.total.raw)} | ${kb(w.total.gzip)} | ≤ ${kb(budget.totalGzip)} gzip |`,
  ].join('\n');
}
