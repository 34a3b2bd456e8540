import { describe, expect, it } from 'vitest';
import type { Clause } from '../../schemas/clause.ts';
import { clauseLocator, clauseLocators } from './locator.ts';

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
  it('name every other kind of clause as a reader would cite it', () => {
    const clauses = [
      clause('title', 'title', null),
      { ...clause('notice', 'notice', null), label: '通知' },
      { ...clause('notice-q2', 'paragraph', 'notice'), label: '通知·第2段' },
      clause('h1', 'heading', null),
      clause('h1-l3', 'list-item', 'h1'),
      clause('p1', 'part', null, '一、'),
      clause('p1-q2', 'paragraph', 'p1'),
      clause('p1-d2', 'lead', 'p1', '——'),
      clause('p1-t1', 'table', 'p1'),
      clause('p1-t1-r6', 'row', 'p1-t1'),
      clause('p1-s1', 'section', 'p1', '(1)'),
      clause('p1-s1-b1', 'subitem', 'p1-s1', '(a)．'),
      { ...clause('c1', 'caption', null), label: '图·说明1' },
    ];
    expect(Object.fromEntries(clauseLocators(clauses))).toEqual({
      title: '标题',
      notice: '印发通知',
      'notice-q2': '印发通知第2段',
      h1: '“h1”部分',
      'h1-l3': '“h1”部分第3项',
      p1: '第一部分',
      'p1-q2': '第一部分第2段',
      'p1-d2': '第一部分第2项',
      'p1-t1': '第一部分表1',
      'p1-t1-r6': '第一部分表1第6行',
      'p1-s1': '第一部分（一）',
      'p1-s1-b1': '第一部分（一）（a）',
      c1: '说明1',
    });
  });
  it('number a paragraph that stands alone as the first, and refuse an unknown clause', () => {
    const clauses = [clause('p1', 'part', null, '一、'), clause('p1-x', 'paragraph', 'p1')];
    expect(clauseLocator(clauses, 'p1-x')).toBe('第一部分第1段');
    expect(() => clauseLocator(clauses, 'p9')).toThrow('no clause "p9"');
  });
});

describe('locators of lines the ingest files by label', () => {
  it('the covering notice’s 文号 and signature lines are cited by what they are, not as numbered paragraphs', () => {
    const clauses = [
      { ...clause('notice', 'notice', null), label: '通知' },
      { ...clause('notice-q1', 'paragraph', 'notice'), label: '通知·第1段' },
      { ...clause('notice-no1', 'paragraph', 'notice'), label: '通知·文号1' },
      { ...clause('notice-sig2', 'paragraph', null), label: '通知·落款2' },
    ];
    expect(Object.fromEntries(clauseLocators(clauses))).toEqual({
      notice: '印发通知',
      'notice-q1': '印发通知第1段',
      'notice-no1': '印发通知文号1',
      'notice-sig2': '落款2',
    });
  });
  it('page furniture under a part keeps only its own name after the part, however long the part’s label', () => {
    const clauses = [clause('p2', 'part', null, '二、'), { ...clause('p2-fig1', 'caption', 'p2'), label: '第二部分·图片说明1' }];
    expect(clauseLocator(clauses, 'p2-fig1')).toBe('第二部分图片说明1');
  });
  it('a clause whose parent is not in the list is placed by its own step alone', () => {
    expect(clauseLocator([clause('p3-s2', 'section', 'p3', '（二）')], 'p3-s2')).toBe('（二）');
  });
});
