// Throwaway: over word phrases drawn from the clauses, do the page's labels match the text, and is exact-first kept across pages?
import { registerHooks } from 'node:module';
registerHooks({ load: (url, context, next) => next(url, url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context) });
const { readSearchRecords } = await import('./src/lib/search/content-records.ts');
const { createSegmenter } = await import('./scripts/link/segment.ts');
import { chromium } from './node_modules/playwright-core/index.mjs';
import { startServer } from './scripts/serve/static-server.ts';
import { readAllResults } from './e2e/support/search.ts';
const dist = process.argv[2] ?? 'dist';
const records = readSearchRecords(process.argv[3] ?? 'content');
const seg = createSegmenter([]);
let seed = 11; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const phrases = new Set<string>();
for (const r of records) { const w = seg(r.content); for (const k of [1, 2, 3]) { if (rnd() > Number(process.env.RATE ?? 0.12)) continue; const at = Math.floor(rnd() * Math.max(1, w.length - k)); const ph = w.slice(at, at + k).join(''); if (/^\p{Script=Han}{2,}$/u.test(ph)) phrases.add(ph); } }
const { server, url } = await startServer(dist);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'] });
const p = await b.newPage();
let wrong = 0, pairs = 0, late = 0, queries = 0, lateQ: string[] = [], wrongQ: string[] = [];
for (const ph of phrases) {
  await p.goto(`${url}/search/?q=${encodeURIComponent(ph)}`);
  const { hits } = await readAllResults(p);
  queries++;
  const truth = new Set(records.filter((r) => r.content.includes(ph)).map((r) => r.url));
  for (const h of hits) { pairs++; if ((h.kind === 'exact') !== truth.has(h.href) && h.kind !== 'alias') { wrong++; wrongQ.push(`${ph} ${h.kind} ${h.href}`); } }
  const firstLoose = hits.findIndex((h) => h.kind === 'loose');
  if (firstLoose >= 0 && hits.slice(firstLoose).some((h) => h.kind === 'exact')) { late++; lateQ.push(`${ph}: ${hits.map((h) => h.kind[0]).join('')}`); }
}
await b.close(); server.close();
console.log({ queries, pairs, wrong, late });
console.log(wrongQ.slice(0, 10).join('\n')); console.log(lateQ.join('\n'));
