import { describe, expect, it } from 'vitest';
import { toEnglishHtml, withoutEnglish } from './english-html.ts';

describe('toEnglishHtml', () => {
  it('writes each interface string in English, so no script swaps text after load', () => {
    expect(toEnglishHtml('<th scope="col" data-en="Region">地区</th>')).toBe('<th scope="col">Region</th>');
    expect(toEnglishHtml('<p data-en="Terms &amp; names" class="x">识别词</p>')).toBe('<p class="x">Terms &amp; names</p>');
    expect(toEnglishHtml('<nav aria-label="主导航" data-en-label="Main">')).toBe('<nav aria-label="Main">');
    expect(toEnglishHtml('<input placeholder="搜索" data-en-placeholder="Search">')).toBe('<input placeholder="Search">');
  });

  it('keeps text that has no English as it is', () => {
    expect(toEnglishHtml('<p lang="zh-CN">一、总体要求</p>')).toBe('<p lang="zh-CN">一、总体要求</p>');
  });

  it('keeps links inside the English edition, but not files or the language switch', () => {
    expect(toEnglishHtml('<a href="/plans/x/#p1">x</a>')).toBe('<a href="/en/plans/x/#p1">x</a>');
    expect(toEnglishHtml('<form action="/search/" method="get">')).toBe('<form action="/en/search/" method="get">');
    expect(toEnglishHtml('<a href="/data/targets.csv">csv</a>')).toBe('<a href="/data/targets.csv">csv</a>');
    expect(toEnglishHtml('<a href="/plans/x/" hreflang="zh-CN">中文</a>')).toBe('<a href="/plans/x/" hreflang="zh-CN">中文</a>');
    expect(toEnglishHtml('<a class="k" href="https://example.org/">e</a>')).toBe('<a class="k" href="https://example.org/">e</a>');
  });

  it('rewrites tags only, however their attributes are spaced, and leaves text that looks like an attribute', () => {
    expect(toEnglishHtml('<p class="x">写作 href="/plans/x/" 的文字</p><a href="/plans/y/">y</a>')).toBe('<p class="x">写作 href="/plans/x/" 的文字</p><a href="/en/plans/y/">y</a>');
    expect(toEnglishHtml('<a\nhref="/plans/x/">x</a>')).toBe('<a href="/en/plans/x/">x</a>');
    expect(toEnglishHtml('<p>a > b <span data-en="Yes">是</span></p>')).toBe('<p>a > b <span>Yes</span></p>');
    expect(toEnglishHtml('<a title="旧" data-en-title="New" href="/search/?q=$1">x</a>')).toBe('<a title="New" href="/en/search/?q=$1">x</a>');
  });

  it('swaps a string and keeps the link of the same element in the edition', () => {
    expect(toEnglishHtml('<a href="/themes/" data-en="Themes">主题</a>')).toBe('<a href="/en/themes/">Themes</a>');
  });
});

describe('withoutEnglish', () => {
  it('drops the English the Chinese edition does not show, and nothing else', () => {
    expect(withoutEnglish('<a class="chip" href="/themes/x/" data-en="Friendly Schools">友好学校</a>')).toBe('<a class="chip" href="/themes/x/">友好学校</a>');
    expect(withoutEnglish('<nav aria-label="主导航" data-en-label="Main" id="n">')).toBe('<nav aria-label="主导航" id="n">');
    expect(withoutEnglish('<input placeholder="搜索" data-en-placeholder="Search" data-en-title="Go">')).toBe('<input placeholder="搜索">');
  });

  it('leaves text that merely looks like the attribute, and attributes that only begin alike', () => {
    expect(withoutEnglish('<p>写作 data-en="x" 的文字</p>')).toBe('<p>写作 data-en="x" 的文字</p>');
    expect(withoutEnglish('<div data-end="3" data-entry="a">')).toBe('<div data-end="3" data-entry="a">');
  });
});
