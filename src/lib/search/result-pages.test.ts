import { describe, expect, it } from 'vitest';
import type { MatchKind } from './query.ts';
import { resultPages } from './result-pages.ts';

interface Hit {
  id: string;
  kind: MatchKind;
}

/** Hits as the searches found them, and a check that gives each the kind its clause shows. */
function setUp(found: string, truth: Record<string, MatchKind>) {
  const hits = found.split(' ').map((s) => ({ id: s.slice(2), kind: ({ e: 'exact', a: 'alias', l: 'loose' } as const)[s[0] as 'e' | 'a' | 'l'] }));
  const checked: string[] = [];
  const check = async (h: Hit): Promise<Hit> => {
    checked.push(h.id);
    return { ...h, kind: truth[h.id] ?? h.kind };
  };
  return { hits, checked, check };
}
const show = (page: Hit[]) => page.map((h) => `${h.kind[0]}:${h.id}`).join(' ');

describe('resultPages', () => {
  it('deals the hits in their order, a page at a time, checking only what it deals', async () => {
    const { hits, checked, check } = setUp('e:1 e:2 a:3 l:4 l:5', {});
    const pages = resultPages(hits, check, 2);
    expect(show(await pages.next())).toBe('e:1 e:2');
    expect(checked).toEqual(['1', '2']);
    expect(pages.left()).toBe(3);
    expect(show(await pages.next())).toBe('a:3 l:4');
    expect(show(await pages.next())).toBe('l:5');
    expect(pages.left()).toBe(0);
    expect(await pages.next()).toEqual([]);
    expect(checked).toEqual(['1', '2', '3', '4', '5']);
  });

  it('a phrase hit whose clause lacks the phrase waits behind the unchecked exact and alias hits', async () => {
    const { hits, check } = setUp('e:1 e:2 a:3 l:4 l:5', { '1': 'loose' });
    const pages = resultPages(hits, check, 2);
    expect(show(await pages.next())).toBe('e:2 a:3');
    expect(show(await pages.next())).toBe('l:1 l:4');
    expect(show(await pages.next())).toBe('l:5');
  });

  it('a loose hit whose clause holds the phrase whole is exact, and leads its page', async () => {
    const { hits, check } = setUp('e:1 a:2 l:3 l:4 l:5 l:6', { '4': 'exact', '6': 'exact' });
    const pages = resultPages(hits, check, 3);
    expect(show(await pages.next())).toBe('e:1 a:2 l:3');
    // Each page's groups in the searches' order: exact, alias, partial.
    expect(show(await pages.next())).toBe('e:4 e:6 l:5');
  });

  it('a page puts an exact hit before an alias hit dealt ahead of it, and keeps the order within each group', async () => {
    const { hits, check } = setUp('a:1 a:2 l:3 l:4 l:5', { '3': 'exact', '5': 'exact' });
    expect(show(await resultPages(hits, check, 5).next())).toBe('e:3 e:5 a:1 a:2 l:4');
  });

  it('fills a page when hits fall out of it, and a hit that fell out is checked again when dealt', async () => {
    const { hits, checked, check } = setUp('e:1 e:2 e:3 l:4', { '1': 'loose', '2': 'loose' });
    const pages = resultPages(hits, check, 2);
    // 1 and 2 go behind 3, so the page is filled from 3 and then from 1, checked a second time.
    expect(show(await pages.next())).toBe('e:3 l:1');
    expect(checked).toEqual(['1', '2', '3', '1']);
    expect(show(await pages.next())).toBe('l:2 l:4');
    expect(pages.left()).toBe(0);
  });

  it('hits that fall out on different pages keep the order they came in', async () => {
    const { hits, check } = setUp('e:1 e:2 e:3 e:4 l:5', { '1': 'loose', '3': 'loose' });
    const pages = resultPages(hits, check, 2);
    expect(show(await pages.next())).toBe('e:2 e:4');
    expect(show(await pages.next())).toBe('l:1 l:3');
    expect(show(await pages.next())).toBe('l:5');
  });

  it('a hit that falls out when only loose hits are left leads them', async () => {
    const { hits, check } = setUp('e:1 l:2 l:3', { '1': 'loose' });
    const pages = resultPages(hits, check, 1);
    expect(show(await pages.next())).toBe('l:1');
    expect(show(await pages.next())).toBe('l:2');
  });

  it('a hit that fell out goes last when no loose hit is left to wait behind', async () => {
    const { hits, check } = setUp('e:1 e:2 e:3', { '1': 'loose' });
    const pages = resultPages(hits, check, 2);
    expect(show(await pages.next())).toBe('e:2 e:3');
    expect(show(await pages.next())).toBe('l:1');
  });
});
