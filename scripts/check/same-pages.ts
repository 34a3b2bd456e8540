/**
 * `node scripts/check/same-pages.ts <before> <after> [prefix]`: compares the HTML pages of two
 * builds (under `prefix`, e.g. `plans/`) and names each page that differs with the first place it
 * does. For changes to how pages are rendered that must not change what they show.
 */
import { readDist, type BuiltSite } from './read-dist.ts';

export interface PageDifference {
  page: string;
  /** What the first differing stretch reads in each build; undefined where the page is missing. */
  before: string | undefined;
  after: string | undefined;
}

const CONTEXT = 60;

function firstDifference(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - CONTEXT);
  return [a.slice(from, i + CONTEXT), b.slice(from, i + CONTEXT)];
}

/** Pages under `prefix` that are missing from one build or differ in any byte. */
export function differingPages(before: BuiltSite, after: BuiltSite, prefix = ''): PageDifference[] {
  const paths = new Set([...before.pages.keys(), ...after.pages.keys()].filter((p) => p.startsWith(prefix)));
  const out: PageDifference[] = [];
  for (const page of [...paths].sort()) {
    const a = before.pages.get(page);
    const b = after.pages.get(page);
    if (a === b) continue;
    if (a === undefined || b === undefined) out.push({ page, before: a && a.slice(0, CONTEXT), after: b && b.slice(0, CONTEXT) });
    else {
      const [x, y] = firstDifference(a, b);
      out.push({ page, before: x, after: y });
    }
  }
  return out;
}

if (import.meta.main) {
  const [before, after, prefix = ''] = process.argv.slice(2);
  if (!before || !after) throw new Error('usage: node scripts/check/same-pages.ts <before-dist> <after-dist> [prefix]');
  const a = readDist(before);
  const b = readDist(after);
  const compared = [...new Set([...a.pages.keys(), ...b.pages.keys()])].filter((p) => p.startsWith(prefix)).length;
  const diffs = differingPages(a, b, prefix);
  for (const d of diffs) console.log(`${d.page}:\n  before: ${JSON.stringify(d.before)}\n  after:  ${JSON.stringify(d.after)}`);
  console.log(`${compared - diffs.length} of ${compared} pages under "${prefix}" identical`);
  if (diffs.length) process.exitCode = 1;
}
