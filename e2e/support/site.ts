import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/serve/browser.ts';
import { startServer } from '../../scripts/serve/static-server.ts';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The built site; `npm test` builds it before the browser tests run. */
export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the browser tests');
}

export function readPage(path: string): string {
  requireDist();
  return readFileSync(join(distDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** Serves dist/ on a free loopback port. */
export async function serveDist(): Promise<{ url: string; close: () => void }> {
  requireDist();
  const { server, url } = await startServer(distDir);
  return { url, close: () => server.close() };
}

/** Visible text of an HTML document: tags out, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[code.toLowerCase()] ?? m;
    });
}

/**
 * Registers the usual hooks of a browser test file: dist/ served on loopback and one Chromium,
 * closed after the file. Read `.url` and `.browser` inside tests.
 */
export function useSiteAndBrowser(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }): { readonly url: string; readonly browser: Browser } {
  let site: { url: string; close: () => void } | undefined;
  let browser: Browser | undefined;
  hooks.beforeAll(async () => {
    site = await serveDist();
    browser = await launchBrowser();
  });
  hooks.afterAll(async () => {
    await browser?.close();
    site?.close();
  });
  return {
    get url() {
      return site!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
