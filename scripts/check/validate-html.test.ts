import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtmlValidateConfig, validatePages } from './validate-html.ts';

const config = readHtmlValidateConfig(fileURLToPath(new URL('../..', import.meta.url)));
const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>对读</title></head><body><main>${body}</main></body></html>`;

describe('HTML validation gate', () => {
  it('passes a valid page, including the scrollable table region and the search combobox the site uses', async () => {
    const good = page(
      '<h1 id="title">标题</h1><div class="table-scroll" tabindex="0" role="region" aria-label="表"><table><tbody><tr><th scope="col">序号</th></tr></tbody></table></div>' +
        '<form action="/search/" role="search"><label for="q">搜索</label><input id="q" name="q" type="search" role="combobox" aria-expanded="false" aria-controls="s"><ul id="s" role="listbox" aria-label="建议" hidden></ul><button type="submit">搜索</button></form>',
    );
    expect(await validatePages(new Map([['good.html', good]]), config)).toEqual([]);
  });

  it('fails a page with a duplicate id and an unclosed element, naming page, line and rule', async () => {
    const bad = page('<p id="p1">一</p>\n<p id="p1">二</p>\n<section><div>未闭合</section>');
    const problems = await validatePages(new Map([['bad.html', bad]]), config);
    const rules = problems.map((p) => p.rule);
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('close-order');
    expect(problems.every((p) => p.page === 'bad.html' && p.line > 0)).toBe(true);
  });

  it('keeps the recommended rules on: a button without a type fails', async () => {
    const problems = await validatePages(new Map([['b.html', page('<button>按钮</button>')]]), config);
    expect(problems.map((p) => p.rule)).toEqual(['no-implicit-button-type']);
  });
});
