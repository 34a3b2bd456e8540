import { describe, expect, it } from 'vitest';
import { h, mark, render, svgRoot } from './svg.ts';

describe('svg markup', () => {
  it('escapes text and attributes', () => {
    expect(render(h('text', { 'data-tip': 'a "b" <c> & d' }, '<script>&'))).toBe('<text data-tip="a &quot;b&quot; &lt;c&gt; &amp; d">&lt;script&gt;&amp;</text>');
  });

  it('drops empty attributes and rounds numbers', () => {
    expect(render(h('circle', { cx: 1.23456, cy: null, r: undefined, hidden: false }))).toBe('<circle cx="1.23"/>');
  });

  it('refuses style attributes, which the CSP would block', () => {
    expect(() => h('rect', { style: 'fill:red' })).toThrow(/CSP/);
  });

  it('makes an accessible image root and tooltip marks', () => {
    const svg = render(svgRoot({ id: 'c', width: 10, height: 10, title: 'T', desc: 'D', className: 'x' }, mark('m', 'tip', {})));
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<title id="c-title">T</title>');
    // The tip is said once, as the title (the tooltip script reads it there).
    expect(svg.replace(/\n/g, '')).toContain('<g class="mark m"><title>tip</title></g>');
  });
});

describe('svg markup of optional parts', () => {
  it('leaves out children that are false, null or undefined, so a chart can write `cond && node`', () => {
    expect(render(h('g', {}, false, null, undefined, 'a', h('title', {}, 'b')))).toBe('<g>\na\n<title>b</title>\n</g>');
  });

  it('writes a true attribute as a bare name, and an empty string the same way', () => {
    expect(render(h('path', { hidden: true, d: 'M0,0' }))).toBe('<path hidden d="M0,0"/>');
    expect(render(h('path', { 'data-x': '' }))).toBe('<path data-x/>');
  });

  it('keeps a text element of words alone on one line, and puts one element a line in a group', () => {
    expect(render(h('g', {}, h('text', {}, 'a', 'b'), h('rect', {})))).toBe('<g>\n<text>ab</text>\n<rect/>\n</g>');
  });
});
