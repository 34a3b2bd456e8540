import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLink, linksOf, pageUrl } from './links.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title><link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;

const site = new Map([
  ['index.html', page('<a href="/plans/a/">A</a> <a href="plans/a/#p1-s2">A §</a> <a href="https://example.org/x">out</a> <a href="mailto:x@example.org">mail</a>')],
  ['plans/a/index.html', page('<a href="#p1-s2">self</a> <h2 id="p1">一</h2><p id="p1-s2">（二）</p><a name="old">old</a> <a href="/#main">home</a> <a href="../../plans/a#old">rel</a> <img src="/img/x.png" alt="">')],
]);
const files = new Set(['favicon.svg', 'img/x.png']);

describe('internal link check', () => {
  it('passes a site whose links, files and fragments all resolve; external links are ignored', () => {
    const withMain = new Map(site).set('index.html', site.get('index.html')!.replace('<body>', '<body><main id="main">'));
    expect(findBrokenLinks(withMain, files)).toEqual([]);
  });

  it('fails a link to a missing page, naming the page and the link', () => {
    const broken = new Map(site).set('plans/b/index.html', page('<main id="main"><a href="/plans/c/">C</a></main>'));
    const found = findBrokenLinks(broken, files).map(formatBrokenLink);
    expect(found).toContain('plans/b/index.html: "/plans/c/" — no file at /plans/c/');
  });

  it('fails a fragment that is not an id of the target page, and a missing fragment on the same page', () => {
    const broken = new Map([
      ['index.html', page('<main id="main"><a href="/plans/a/#p9">A §9</a></main>')],
      ['plans/a/index.html', page('<p id="p1">一</p><a href="#nowhere">x</a>')],
    ]);
    expect(findBrokenLinks(broken, files).map(formatBrokenLink)).toEqual([
      'index.html: "/plans/a/#p9" — no id "p9" in plans/a/index.html',
      'plans/a/index.html: "#nowhere" — no id "nowhere" in plans/a/index.html',
    ]);
  });

  it('fails a missing stylesheet, image or form target', () => {
    const broken = new Map([['index.html', page('<link rel="stylesheet" href="/_astro/gone.css"><img src="x.png" alt=""><form action="/search/"></form>')]]);
    expect(findBrokenLinks(broken, files).map((b) => b.link)).toEqual(['/_astro/gone.css', 'x.png', '/search/']);
  });

  it('does not read links inside comments, scripts or styles', () => {
    expect(linksOf('<!-- <a href="/x/"> --><script>const s = \'<a href="/y/">\';</script><a href="/z/">z</a>')).toEqual(['/z/']);
  });

  it('maps files to the URLs a static host serves them at', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('plans/a/index.html')).toBe('/plans/a/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
