import { describe, expect, it } from 'vitest';
import { isEditionPage, langOf, langOfPath, pathIn } from './lang.ts';

describe('editions', () => {
  it('reads the edition from Astro’s locale and from a path', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf(undefined)).toBe('zh');
    expect(langOfPath('/en/plans/x/')).toBe('en');
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/entries/')).toBe('zh');
  });

  it('maps a page to the same page in the other edition, keeping the clause anchor and query', () => {
    expect(pathIn('en', '/plans/x/#p4-s2')).toBe('/en/plans/x/#p4-s2');
    expect(pathIn('zh', '/en/plans/x/#p4-s2')).toBe('/plans/x/#p4-s2');
    expect(pathIn('en', '/')).toBe('/en/');
    expect(pathIn('zh', '/en/')).toBe('/');
    expect(pathIn('en', '/search/?q=%E9%B2%81')).toBe('/en/search/?q=%E9%B2%81');
    expect(pathIn('en', '/en/themes/')).toBe('/en/themes/');
  });

  it('leaves files, the search bundle and other sites alone', () => {
    for (const href of ['/data/targets.csv', '/plans/x/cite.bib', '/favicon.svg', '/pagefind/pagefind.js', '//example.org/', 'https://example.org/', '#top']) {
      expect(isEditionPage(href)).toBe(false);
      expect(pathIn('en', href)).toBe(href);
    }
  });
});
