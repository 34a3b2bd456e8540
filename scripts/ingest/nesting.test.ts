/** How numbering styles nest, declared in meta.json or read from the order they first appear in. */
import { describe, expect, it } from 'vitest';
import { ingestText as ingest } from './test-support.ts';

const tree = (text: string, layout?: Record<string, unknown>) => ingest(text, layout).map((c) => [c.id, c.label, c.parent]);

describe('a declared order', () => {
  it('refuses a style the text uses but the order leaves out, naming the line and the style', () => {
    const text = '一、总则\n（一）目标。\n1.建设学校。\n';
    expect(() => ingest(text, { numbering: ['part', 'section'] })).toThrow(
      /^sources\/bad\/text\.txt:3: "1\." \(item\) is not in meta\.json layout\.numbering: add "item" at the level it nests at$/,
    );
  });

  it('places declared headings where "heading" stands: inside the part, above its sections', () => {
    const text = '一、任务\n专栏一\n（一）建设学校。\n二、保障\n';
    const blocks = [{ match: '专栏一', as: 'heading', id: 'zhuanlan', label: '专栏一' }];
    expect(tree(text, { numbering: ['part', 'heading', 'section'], blocks })).toEqual([
      ['p1', '一', null],
      ['zhuanlan', '专栏一', 'p1'],
      ['zhuanlan-s1', '专栏一（一）', 'zhuanlan'],
      ['p2', '二', null],
    ]);
  });
});

describe('an order read from the text', () => {
  it('nests a style first met after another of the same usual rank under it, as any new style', () => {
    expect(tree('1.建设学校。\n2、培育品牌。\n')).toEqual([
      ['i1', '1', null],
      ['i1-i2', '1.2', 'i1'],
    ]);
  });

  it('after an excerpt that began lower down, keeps a style new to it under the new top level', () => {
    // 1. came first, then 一、 took the top: （一）, new, ranks below 一、 and nests in it.
    expect(tree('1.建设学校。\n一、任务\n（一）培育品牌。\n')).toEqual([
      ['i1', '1', null],
      ['p1', '一', null],
      ['p1-s1', '一（一）', 'p1'],
    ]);
  });
});
