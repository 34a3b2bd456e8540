import { describe, expect, it } from 'vitest';
import { readNames } from './names.ts';

describe('readNames', () => {
  it('reads cited titles, named programmes and document numbers, with their spans', () => {
    const text = '依据《某市教育国际化三年行动计划》（某教发〔2021〕15号），实施“丝路学堂”工程。';
    const names = readNames(text);
    expect(names.map((n) => [n.kind, n.name])).toEqual([
      ['document', '某市教育国际化三年行动计划'],
      ['docno', '某教发〔2021〕15号'],
      ['programme', '丝路学堂'],
    ]);
    for (const n of names) expect(text.slice(...n.span)).toBe(n.name);
  });
  it('does not take a quoted number, a long quotation or a quoted sentence for a name', () => {
    expect(readNames('比例达到“100%”')).toEqual([]);
    expect(readNames('提出“要把学校办成让人民满意的学校，让每个孩子都能享有公平而有质量的教育”')).toEqual([]);
    expect(readNames('即“开放，合作”')).toEqual([]);
  });
  it('reads ASCII quotes and brackets in a document number as web text prints them', () => {
    expect(readNames('开展"国际理解教育"活动（某府办[2020]3号）').map((n) => n.name)).toEqual(['国际理解教育', '某府办[2020]3号']);
  });
});
