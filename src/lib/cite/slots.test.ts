import { describe, expect, it } from 'vitest';
import { toGbt7714 } from './citation.ts';
import { clauseLocators } from './locator.ts';
import { citationTemplate } from './site.ts';
import { markLocator, splitSlots, type CitePart } from './slots.ts';
import { clausesOf, documentIds, frontmatterOf } from './test-documents.ts';

const textOf = (parts: readonly CitePart[]) => parts.map((p) => (p.kind === 'url' || p.kind === 'date' ? `<${p.kind}>` : p.text)).join('');
const marked = (parts: readonly CitePart[]) => parts.filter((p) => p.kind === 'locator').map((p) => p.text);

describe('the cited place marked in a clause citation', () => {
  it('is the place before the access date, not the same words earlier in the title', () => {
    const parts = markLocator(splitSlots(toGbt7714({ ...citationTemplate(frontmatterOf('guangzhou-opening-2021-2025'), '标题', '标题'), title: '标题' })), '标题');
    expect(textOf(parts)).toBe('佚名. 标题[R/OL]. 标题[<date>]. <url>.');
    expect(parts.slice(0, 3)).toEqual([
      { kind: 'text', text: '佚名. 标题[R/OL]. ' },
      { kind: 'locator', text: '标题' },
      { kind: 'text', text: '[' },
    ]);
  });

  it('is found in every clause of every document, once, and the text reads as before', () => {
    for (const id of documentIds) {
      const clauses = clausesOf(id);
      const locators = clauseLocators(clauses);
      for (const c of clauses) {
        const locator = locators.get(c.id)!;
        const parts = splitSlots(toGbt7714(citationTemplate(frontmatterOf(id), locator, c.label)));
        const withMark = markLocator(parts, locator);
        expect(textOf(withMark), `${id}#${c.id}`).toBe(textOf(parts));
        expect(marked(withMark), `${id}#${c.id}`).toEqual([locator]);
      }
    }
  });

  it('marks nothing when there is no place to cite or it is not in the text', () => {
    const parts = splitSlots(toGbt7714(citationTemplate(frontmatterOf('yuzhong-international-2019'))));
    expect(markLocator(parts, '')).toEqual(parts);
    expect(markLocator(parts, '第九部分')).toEqual(parts);
  });
});
