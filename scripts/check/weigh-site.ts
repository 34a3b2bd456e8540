/**
 * Weighs every page of a built site against the budgets (budgets.ts): the gate of `npm test` on
 * dist/, and of the benchmark on its large builds. `node scripts/check/weigh-site.ts [dist]`
 * lists the pages over budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetFor, overBudget, weighPage, type PageWeight } from './budgets.ts';
import { pageUrl } from './links.ts';
import { readDist, type BuiltSite } from './read-dist.ts';

export function weighSite(dir: string, site: BuiltSite = readDist(dir)): Map<string, PageWeight> {
  const read = (path: string) => {
    const rel = decodeURIComponent(path).replace(/^\//, '');
    return site.files.has(rel) ? readFileSync(join(dir, rel)) : undefined;
  };
  return new Map([...site.pages].map(([page, html]) => [page, weighPage(page, pageUrl(page), html, read)]));
}

/** Every way every page breaks its budget, one message each. */
export function siteOverBudget(dir: string): string[] {
  return [...weighSite(dir).values()].flatMap((w) => overBudget(w, budgetFor(w.page)));
}

if (import.meta.main) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
  const problems = siteOverBudget(dir);
  for (const p of problems) console.log(p);
  console.log(`${problems.length} budget breaches`);
  if (problems.length) process.exitCode = 1;
}
