import { describe, expect, it } from 'vitest';
import { differingPages } from './same-pages.ts';

const site = (pages: Record<string, string>) => ({ pages: new Map(Object.entries(pages)), files: new Set<string>() });

describe('comparing two builds page by page', () => {
  it('names pages that differ, with the stretch where they part, and pages only one build has', () => {
    const before = site({ 'plans/a/index.html': '<p>同一段文字</p>', 'plans/b/index.html': '<p>甲</p>', 'plans/c/index.html': 'x', 'themes/t/index.html': '1' });
    const after = site({ 'plans/a/index.html': '<p>同一段文字</p>', 'plans/b/index.html': '<p>乙</p>', 'themes/t/index.html': '2' });
    expect(differingPages(before, after, 'plans/')).toEqual([
      { page: 'plans/b/index.html', before: '<p>甲</p>', after: '<p>乙</p>' },
      { page: 'plans/c/index.html', before: 'x', after: undefined },
    ]);
  });

  it('finds nothing between identical builds', () => {
    const pages = { 'index.html': '<html></html>' };
    expect(differingPages(site(pages), site(pages))).toEqual([]);
  });
});
