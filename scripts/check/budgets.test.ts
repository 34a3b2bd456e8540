import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KB, overBudget, pageBudget, weighPage, budgetFor } from './budgets.ts';

const assets = new Map<string, Uint8Array>([
  ['/_astro/site.css', Buffer.from('body{margin:0}'.repeat(100))],
  ['/_astro/page.js', Buffer.from('import{a as b}from"./chunk.js";import"/_astro/side.js";b();const later=()=>import("./lazy.js");')],
  ['/_astro/chunk.js', Buffer.from('export const a=()=>1;')],
  ['/_astro/side.js', Buffer.from('console.log(1);')],
  ['/_astro/lazy.js', Buffer.from('x'.repeat(50 * KB))],
]);
const read = (p: string) => assets.get(p);
const page = (head: string, body = '<p>正文</p>') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('page weight budgets', () => {
  it('counts the HTML, linked CSS and loaded JS with its static imports, not lazy imports', () => {
    const html = page('<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><style>a{b:c}</style>');
    const w = weighPage('plans/a/index.html', '/plans/a/', html, read);
    expect(w.css.raw).toBe(1400);
    expect(w.assets.sort()).toEqual(['/_astro/chunk.js', '/_astro/page.js', '/_astro/side.js', '/_astro/site.css']);
    expect(w.inlineCss).toBe(6);
    expect(w.total.gzip).toBe(w.html.gzip + w.css.gzip + w.js.gzip);
    expect(w.total.gzip).toBeLessThan(w.total.raw);
    expect(overBudget(w)).toEqual([]);
  });

  it('fails an over-budget page: transfer, JS and CSS ceilings, and a missing asset', () => {
    // Random bytes hardly compress: base64 of 100 KB still gzips to about 100 KB, past the budget.
    const filler = randomBytes(100 * KB).toString('base64');
    const html = page(`<style>${'p{color:red}'.repeat(2000)}</style><script>${'f();'.repeat(6000)}</script><script src="/_astro/gone.js"></script>`, `<p>${filler}</p>`);
    const problems = overBudget(weighPage('plans/big/index.html', '/plans/big/', html, read));
    expect(problems).toEqual([
      expect.stringMatching(/^plans\/big\/index\.html: transfer \d+\.\d KB gzip > 72\.0 KB$/),
      'plans/big/index.html: JS 23.4 KB raw > 20.0 KB',
      'plans/big/index.html: CSS 23.4 KB raw > 20.0 KB',
      'plans/big/index.html: loads /_astro/gone.js, which is not in the build',
    ]);
  });

  it('uses the documented budgets: an English plan page, which carries the Chinese too, gets half as much again', () => {
    expect(pageBudget).toEqual({ totalGzip: 72 * 1024, jsRaw: 20 * 1024, cssRaw: 20 * 1024 });
    expect(budgetFor('en/plans/x/index.html').totalGzip).toBe(108 * 1024);
    expect(budgetFor('plans/x/index.html')).toEqual(pageBudget);
    expect(budgetFor('en/themes/x/index.html')).toEqual(pageBudget);
    expect(budgetFor('en/plans/index.html')).toEqual(pageBudget);
  });
});
