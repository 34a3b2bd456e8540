import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget, slashRedirect } from './request-target.ts';

// Characters that make paths interesting: separators, dots, escapes, backslashes, query and
// fragment marks, controls, non-ASCII.
const pieces = fc.constantFrom('/', '//', '.', '..', '%2e', '%2E%2e', '%2f', '%5c', '\\', '%', '%E0%A4%A', '%00', '?', '#', 'evil.com', 'plans', 'a', '编辑', ' ', '%20', '@', ':', '\t', 'http://x');
const rawTarget = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

describe('parseTarget and slashRedirect', () => {
  it('never yield a redirect that leaves the site, whatever the request', () => {
    fc.assert(
      fc.property(rawTarget, (raw) => {
        const target = parseTarget('/' + raw);
        if (!target) return;
        expect(target.path.startsWith('/')).toBe(true);
        const location = slashRedirect(target);
        expect(location).toMatch(/^\/(?![/\\])/);
        expect(new URL(location, 'http://site.test/').host).toBe('site.test');
        expect(location).not.toMatch(/[^\x21-\x7e]/);
      }),
      { numRuns: 5000 },
    );
  });

  it('resolve dot segments and never climb above the root', () => {
    fc.assert(
      fc.property(rawTarget, (raw) => {
        const path = parseTarget('/' + raw)?.path;
        if (path === undefined) return;
        expect(path.split('/')).not.toContain('..');
        expect(path.split('/').slice(1, -1)).not.toContain('');
      }),
      { numRuns: 5000 },
    );
  });

  it('keep the query as sent and take the path of an absolute-form target', () => {
    expect(parseTarget('/search?q=%E6%95%99&f=a:b')).toEqual({ path: '/search', query: '?q=%E6%95%99&f=a:b' });
    expect(parseTarget('http://evil.com//plans/a?x')).toEqual({ path: '/plans/a', query: '?x' });
    expect(parseTarget('*')).toBeUndefined();
    expect(parseTarget('/%E0%A4%A')).toBeUndefined();
  });
});
