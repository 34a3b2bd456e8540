/**
 * Quality gates over the built site (docs/quality-gates.md): links resolve, pages validate,
 * pages keep to their weight budgets. `npm test` builds dist/ first.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetFor, formatWeight, overBudget } from '../scripts/check/budgets.ts';
import { weighSite } from '../scripts/check/weigh-site.ts';
import { findBrokenLinks, formatBrokenLink } from '../scripts/check/links.ts';
import { readDist, type BuiltSite } from '../scripts/check/read-dist.ts';
import { formatHtmlProblem, readHtmlValidateConfig, validatePages } from '../scripts/check/validate-html.ts';
import { distDir, requireDist } from './support/site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let site: BuiltSite;

beforeAll(() => {
  requireDist();
  site = readDist(distDir);
});

describe('quality gates on dist/', () => {
  it('every internal link and fragment resolves', () => {
    expect(site.pages.size).toBeGreaterThan(1);
    expect(findBrokenLinks(site.pages, site.files).map(formatBrokenLink)).toEqual([]);
  });

  it('every page validates under .htmlvalidate.json', async () => {
    const problems = await validatePages(site.pages, readHtmlValidateConfig(root));
    expect(problems.map(formatHtmlProblem)).toEqual([]);
  }, 180_000); // both editions: every page twice

  it('no page carries a markup comment: a component writes its comment out every time it renders, on a plan page once a clause', () => {
    expect([...site.pages].filter(([, html]) => html.includes('<!--')).map(([page]) => page)).toEqual([]);
  });

  it('no element carries a style scope attribute: a component’s scoped style marks every element it renders, thousands on a long table', () => {
    expect([...site.pages].filter(([, html]) => html.includes('data-astro-cid-')).map(([page]) => page)).toEqual([]);
  });

  it('every inline script is allowed by its own page’s policy: its hash is in the page’s script-src', () => {
    const blocked: string[] = [];
    let scripts = 0;
    for (const [page, html] of site.pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        const type = /\btype="([^"]*)"/.exec(m[1]!)?.[1];
        if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue; // data, not run
        scripts++;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!policy.includes(hash)) blocked.push(`${page}: ${m[2]!.slice(0, 60)}`);
      }
    }
    expect(scripts).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
  });

  it('every page keeps to the weight budgets', () => {
    const weights = weighSite(distDir, site);
    console.log(formatWeight(weights.get('plans/guangzhou-opening-2021-2025/index.html')!));
    expect([...weights.values()].flatMap((w) => overBudget(w, budgetFor(w.page)))).toEqual([]);
  });
});
