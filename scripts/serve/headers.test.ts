import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GZIPPED_BY_PAGEFIND } from './compression.ts';
import { cacheControlFor, IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from './headers.ts';

const hosting = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');

/** The body of the fenced block of `language` in docs/hosting.md. */
function block(language: string): string {
  const found = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(hosting);
  if (!found) throw new Error(`docs/hosting.md: no \`\`\`${language} block`);
  return found[1]!;
}

const expected = Object.entries(SECURITY_HEADERS);

describe('docs/hosting.md gives other hosts the headers the local server sends', () => {
  it('in the nginx configuration, no more and no fewer', () => {
    const nginx = block('nginx');
    const sent = [...nginx.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]);
    expect(sent).toEqual(expected);
    expect(nginx).toContain(`~^/_astro/  "${IMMUTABLE}"`);
    expect(nginx).toContain(`default     "${REVALIDATE}"`);
    expect(nginx).toContain('add_header Cache-Control $duidu_cache_control always;');
  });

  it('in the nginx configuration, labelling gzip the files Pagefind gzipped and no others', () => {
    const nginx = block('nginx');
    const rule = /map \$uri \$duidu_content_encoding \{\n\s*~\\\.\(([\w|]+)\)\$\s+gzip;\n\s*default\s+"";\n\}/.exec(nginx);
    expect(rule, 'the map of Content-Encoding').not.toBeNull();
    expect(rule![1]!.split('|').map((ext) => `.${ext}`).sort()).toEqual([...GZIPPED_BY_PAGEFIND].sort());
    expect(nginx).toContain('add_header Content-Encoding $duidu_content_encoding always;');
  });

  it('in the _headers file for Netlify and Cloudflare Pages, no more and no fewer', () => {
    const rules = block('text').split(/\n(?=\/)/).map((rule) => rule.trim().split('\n'));
    const headersOf = (path: string) => rules.find(([p]) => p === path)!.slice(1).map((line) => line.trim().split(/: (.*)/).slice(0, 2));
    expect(headersOf('/*')).toEqual(expected);
    expect(headersOf('/_astro/*')).toEqual([['Cache-Control', IMMUTABLE]]);
  });

  it('in the table', () => {
    for (const [name, value] of expected) expect(hosting).toContain(`| \`${name}\` | \`${value}\` |`);
  });
});

describe('cache policy', () => {
  it('keeps hashed bundles and revalidates pages, data and the search index', () => {
    expect(cacheControlFor('/_astro/plan.Bx1c9Qz.css')).toBe(IMMUTABLE);
    for (const path of ['/', '/plans/gz/', '/data/targets.json', '/pagefind/pagefind.js', '/x/_astro/y.js']) expect(cacheControlFor(path), path).toBe(REVALIDATE);
  });
});
