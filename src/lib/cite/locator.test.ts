import { describe, expect, it } from 'vitest';
import type { Clause } from '../../schemas/clause.ts';
import { clauseLocators } from './locator.ts';

const clause = (id: string, kind: Clause['kind'], parent: string | null, number = ''): Clause => ({ id, label: id, kind, parent, number, heading: '', text: `${number}正文`, line: 1 });

describe('citation locators for every numbering style', () => {
  it('follow the document’s own numbering, depth by depth', () => {
    const locators = clauseLocators([
      clause('p4', 'part', null, '四、'),
      clause('p4-s2', 'section', 'p4', '（二）'),
      clause('p4-s2-i3', 'item', 'p4-s2', '3、'),
      clause('p4-s2-i3-b1', 'subitem', 'p4-s2-i3', '(1)'),
      clause('p4-s2-i3-b1-o2', 'subitem', 'p4-s2-i3-b1', '②'),
      clause('p4-s2-i3-b1-o2-x1', 'subitem', 'p4-s2-i3-b1-o2', 'A.'),
      clause('c2', 'chapter', null, '第二章'),
      clause('a12', 'article', 'c2', '第十二条'),
      clause('a12-s1', 'section', 'a12', '（一）'),
    ]);
    expect(locators.get('p4-s2-i3-b1-o2')).toBe('第四部分（二）第3条（1）②');
    expect(locators.get('p4-s2-i3-b1-o2-x1')).toBe('第四部分（二）第3条（1）②A');
    expect(locators.get('a12')).toBe('第二章第十二条');
    expect(locators.get('a12-s1')).toBe('第二章第十二条（一）');
  });
});
