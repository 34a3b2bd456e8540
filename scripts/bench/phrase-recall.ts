/**
 * How often Pagefind's own searches miss a clause that holds the phrase searched: phrases drawn
 * from the clauses (whole words, or characters cut anywhere), each searched quoted and loose in
 * the built site's engine, and compared with the clauses whose text holds it (docs/search.md,
 * "Why Pagefind's phrase search misses Chinese phrases").
 */
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve/static-server.ts';
import { launchBrowser } from '../serve/browser.ts';
import { isMain } from '../node-version.ts';
import { seeded, type Random } from './random.ts';
import { allowSiteJsonImports } from './json-imports.ts';
import type { SearchRecord } from '../../src/lib/search/records.ts';

export type DrawMode = 'words' | 'chars';

/**
 * About `rate` phrases a record: in `words`, one to three consecutive words of its segmentation;
 * in `chars`, three to eight Chinese characters from anywhere in a run of them, cut mid-word as a
 * reader typing a fragment would.
 */
export function drawPhrases(records: readonly SearchRecord[], mode: DrawMode, random: Random, segment: (text: string) => string[], rate = 0.15): string[] {
  const out = new Set<string>();
  for (const r of records) {
    if (mode === 'words') {
      const words = segment(r.content);
      for (const n of [1, 2, 3]) {
        if (random.next() >= rate || words.length < n) continue;
        const at = random.int(0, words.length - n);
        const phrase = words.slice(at, at + n).join('');
        if (/^\p{Script=Han}{2,}$/u.test(phrase)) out.add(phrase);
      }
      continue;
    }
    const runs = r.content.match(/\p{Script=Han}{3,}/gu) ?? [];
    for (const n of [3, 4, 6, 8]) {
      const long = runs.filter((run) => run.length >= n);
      if (random.next() >= rate || !long.length) continue;
      const run = random.pick(long);
      const at = random.int(0, run.length - n);
      out.add(run.slice(at, at + n));
    }
  }
  return [...out];
}

export interface Recall {
  phrases: number;
  /** Clause–phrase pairs: a clause whose text holds a phrase. */
  pairs: number;
  /** Pairs whose clause the quoted search did not return. */
  quotedMissed: number;
  /** Phrases with at least one such pair. */
  phrasesMissed: string[];
  /** Pairs whose clause the loose search did not return. */
  looseMissed: number;
  /** Clauses the quoted search returned that do not hold the phrase. */
  quotedWrong: number;
}

/** Compares what each search returned (clause addresses) with the clauses that hold the phrase. */
export function tallyRecall(records: readonly SearchRecord[], found: ReadonlyMap<string, { quoted: readonly string[]; loose: readonly string[] }>): Recall {
  const tally: Recall = { phrases: 0, pairs: 0, quotedMissed: 0, phrasesMissed: [], looseMissed: 0, quotedWrong: 0 };
  for (const [phrase, { quoted, loose }] of found) {
    const holding = new Set(records.filter((r) => r.content.includes(phrase)).map((r) => r.url));
    const [q, l] = [new Set(quoted), new Set(loose)];
    tally.phrases++;
    tally.pairs += holding.size;
    const missed = [...holding].filter((url) => !q.has(url)).length;
    tally.quotedMissed += missed;
    if (missed) tally.phrasesMissed.push(phrase);
    tally.looseMissed += [...holding].filter((url) => !l.has(url)).length;
    tally.quotedWrong += [...q].filter((url) => !holding.has(url)).length;
  }
  return tally;
}

/** Searches each phrase quoted and loose in the site's Chinese bundle, through the search page's loader. */
export async function searchAll(dist: string, phrases: readonly string[]): Promise<Map<string, { quoted: string[]; loose: string[] }>> {
  const { server, url } = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search/`);
    const found = await page.evaluate(async (all) => {
      interface Hit { data: () => Promise<{ url: string }> }
      type Engine = { search: (q: string) => Promise<{ results: Hit[] }> };
      const { pagefind } = (await (window as unknown as { duiduPagefind: (q: string) => Promise<{ pagefind: Engine }> }).duiduPagefind('中'));
      const urls = async (hits: Hit[]) => (await Promise.all(hits.map((h) => h.data()))).map((d) => d.url);
      const out: [string, { quoted: string[]; loose: string[] }][] = [];
      for (const phrase of all) out.push([phrase, { quoted: await urls((await pagefind.search(`"${phrase}"`)).results), loose: await urls((await pagefind.search(phrase)).results) }]);
      return out;
    }, phrases);
    return new Map(found);
  } finally {
    await browser.close();
    server.close();
  }
}

/** `node scripts/bench/phrase-recall.ts [dist] [words|chars]`, on the project's content. */
if (isMain(import.meta)) {
  const [dist = fileURLToPath(new URL('../../dist/', import.meta.url)), mode = 'words'] = process.argv.slice(2);
  if (mode !== 'words' && mode !== 'chars') throw new Error(`phrase-recall: ${mode}: the phrases are drawn as "words" or "chars"`);
  allowSiteJsonImports();
  const { readSearchRecords } = await import('../../src/lib/search/content-records.ts');
  const { createSegmenter } = await import('../link/segment.ts');
  const records = readSearchRecords(fileURLToPath(new URL('../../content/', import.meta.url)));
  const phrases = drawPhrases(records, mode, seeded(7), createSegmenter([]));
  console.log(`${mode}:`, tallyRecall(records, await searchAll(dist, phrases)));
}
