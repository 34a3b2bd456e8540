import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clauses } from '../src/schemas/clause.ts';
import { startServer } from '../scripts/serve/static-server.ts';
import { cspOf, renderedClauseProblems, watchPage } from './support/page-checks.ts';
import { scratchProject, type ScratchProject } from './support/scratch.ts';
import { launchBrowser } from '../scripts/serve/browser.ts';

// The hostile fixture is built in a scratch copy of the project, never on the site. Each
// protection is then removed in the copy to show that its check notices.
const fixture = fileURLToPath(new URL('./fixtures/hostile/', import.meta.url));
const sources = { hostile: { 'text.txt': readFileSync(join(fixture, 'text.txt'), 'utf8'), 'meta.json': readFileSync(join(fixture, 'meta.json'), 'utf8') } };
const regions = [{ id: 'testland', name: '测试市', nameEn: 'Testland', level: 'city', parent: null }];

let browser: Browser;
let project: ScratchProject;

async function inspect(p: ScratchProject) {
  const clauses = Clauses.parse(JSON.parse(readFileSync(join(p.dir, 'content', 'clauses', 'hostile.json'), 'utf8')).clauses);
  const { server, url } = await startServer(p.dist);
  const page = await browser.newPage();
  const watched = await watchPage(page);
  await page.goto(`${url}/plans/hostile/`);
  await page.waitForLoadState('load');
  const problems = await renderedClauseProblems(page, clauses);
  const csp = await cspOf(page);
  await page.close();
  server.close();
  return { clauses, problems, csp, ...watched };
}

beforeAll(async () => {
  browser = await launchBrowser();
  project = scratchProject(sources, regions);
  project.build();
});
afterAll(async () => {
  await browser?.close();
  project?.remove();
});

describe('hostile text', () => {
  it('every clause renders character for character, with no markup or script produced', async () => {
    const r = await inspect(project);
    expect(r.clauses.length).toBeGreaterThanOrEqual(6);
    expect(r.clauses.map((c) => c.text).join('')).toContain('{/* 注释 */}');
    expect(r.problems).toEqual([]);
    expect(r.dialogs).toEqual([]);
    expect(r.violations).toEqual([]);
  });

  it('the page carries the security policy', async () => {
    const { csp } = await inspect(project);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
  });

  it('without the escaping (text as raw HTML), the check fails', async () => {
    const unsafe = scratchProject(sources, regions);
    try {
      unsafe.patch('src/components/Clause.astro', (t) => t.replace('{parts.body}</H>', '<Fragment set:html={parts.body} /></H>'));
      unsafe.build();
      const r = await inspect(unsafe);
      expect(r.problems.length).toBeGreaterThan(0);
    } finally {
      unsafe.remove();
    }
  }, 180_000);

  it('without the policy, the policy check fails', async () => {
    const open = scratchProject(sources, regions);
    try {
      open.patch('astro.config.mjs', (t) => t.replace(/security: \{[\s\S]*?\n  \},\n/, ''));
      open.build();
      const { csp } = await inspect(open);
      expect(csp.get('default-src')).toBeUndefined();
    } finally {
      open.remove();
    }
  }, 180_000);

  it('an anchor that disappears fails the check until a redirect is recorded; the old anchor then lands in its new clause, on the plan page and in a collection', async () => {
    const p = scratchProject(sources, regions);
    try {
      p.build();
      expect(p.run('scripts/ingest.ts', '--release-anchors').status).toBe(0);
      p.patch('sources/hostile/text.txt', (t) => t.replace(/^2\.链接.*\n/m, ''));
      const lost = p.run('scripts/ingest.ts', '--check');
      expect(lost.status).toBe(1);
      expect(lost.output).toContain('hostile#p1-s1-i2: anchor of the last release is gone');
      const release = p.run('scripts/ingest.ts', '--release-anchors');
      expect(release.status, 'a release may not drop an anchor without a redirect').toBe(1);
      expect(release.output).toContain('hostile#p1-s1-i2: anchor of the last release is gone');
      p.patch('content/anchors/redirects.json', () => JSON.stringify([{ document: 'hostile', from: 'p1-s1-i2', to: 'p1-s1-i3', reason: 'item removed' }]));
      expect(p.run('scripts/ingest.ts').status).toBe(0);
      p.build();
      const html = readFileSync(join(p.dist, 'plans', 'hostile', 'index.html'), 'utf8');
      expect(html).toMatch(/id="p1-s1-i3"[^>]*>\s*<span class="alias-anchor" id="p1-s1-i2">/);
      const { server, url } = await startServer(p.dist);
      const page = await browser.newPage();
      try {
        await page.goto(`${url}/collection/?c=hostile:p1-s1-i2`);
        const quote = page.locator('#collection .quote');
        await quote.waitFor();
        expect(await quote.getAttribute('data-clause')).toBe('hostile#p1-s1-i3');
        expect(await quote.locator('.moved-note').innerText()).toContain('#p1-s1-i2');
        expect(await quote.locator('blockquote').innerText()).toContain('3.方向');
      } finally {
        await page.close();
        server.close();
      }
    } finally {
      p.remove();
    }
  }, 180_000);
});
