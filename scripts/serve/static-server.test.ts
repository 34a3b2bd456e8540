import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'duidu-serve-'));
mkdirSync(join(root, 'plans', 'a'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(root, 'plans', 'a', 'index.html'), '<p>plan a</p>');
writeFileSync(join(root, '404.html'), '<p>not here</p>');
const site = await startServer(root);
afterAll(() => site.server.close());

describe('static server', () => {
  it('serves directory indexes with a content type', async () => {
    const res = await fetch(`${site.url}/plans/a/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<p>plan a</p>');
  });

  it('redirects a directory without its slash', async () => {
    const res = await fetch(`${site.url}/plans/a`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/plans/a/');
  });

  it('answers 404 with the site’s 404 page, and never leaves the root', async () => {
    const missing = await fetch(`${site.url}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<p>not here</p>');
    const escape = await fetch(`${site.url}/..%2f..%2fetc/passwd`);
    expect(escape.status).toBe(404);
  });
});
