// Throwaway: how often Pagefind's quoted search misses a clause that holds the phrase.
import { chromium } from './node_modules/playwright-core/index.mjs';
import { startServer } from './scripts/serve/static-server.ts';
import { registerHooks } from 'node:module';
registerHooks({ load: (url, context, next) => next(url, url.endsWith('.json') ? { ...context, importAttributes: { type: 'json' } } : context) });
const { readSearchRecords } = await import('./src/lib/search/content-records.ts');
const dist = process.argv[2] ?? 'dist';
const content = process.argv[3] ?? 'content';
const records = readSearchRecords(content).filter((r) => r.language.startsWith('zh'));
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const phrases: string[] = [];
const lens = (process.env.LENS ?? '3,4,6,8').split(',').map(Number);
const mode = process.env.MODE ?? 'chars';
const { createSegmenter } = await import('./scripts/link/segment.ts');
const seg = createSegmenter([]);
for (const r of records) {
  if (mode === 'words') {
    const words = seg(r.content);
    for (const k of [1, 2, 3]) {
      if (rnd() > Number(process.env.RATE ?? 0.15)) continue;
      const at = Math.floor(rnd() * Math.max(1, words.length - k));
      const ph = words.slice(at, at + k).join('');
      if (/^\p{Script=Han}{2,}$/u.test(ph)) phrases.push(ph);
    }
    continue;
  }
  const runs = r.content.match(/\p{Script=Han}{3,}/gu) ?? [];
  for (const L of lens) {
    const ok = runs.filter((x) => x.length >= L);
    if (!ok.length || rnd() > Number(process.env.RATE ?? 0.15)) continue;
    const run = ok[Math.floor(rnd() * ok.length)]!;
    const at = Math.floor(rnd() * (run.length - L + 1));
    phrases.push(run.slice(at, at + L));
  }
}
const uniq = [...new Set(phrases)];
const truth = new Map(uniq.map((p) => [p, new Set(records.filter((r) => r.content.includes(p)).map((r) => r.url))]));
const { server, url } = await startServer(dist);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'] });
const p = await b.newPage();
await p.goto(`${url}/search/`);
const got = await p.evaluate(async (ps) => {
  const { pagefind } = await (window as any).duiduPagefind('中');
  const out: Record<string, { exact: string[]; loose: string[] }> = {};
  for (const ph of ps) {
    const e = await pagefind.search(`"${ph}"`);
    const l = await pagefind.search(ph);
    const urls = async (rs: any[]) => (await Promise.all(rs.map((r: any) => r.data()))).map((d: any) => d.url);
    out[ph] = { exact: await urls(e.results), loose: await urls(l.results) };
  }
  return out;
}, uniq);
await b.close(); server.close();
const byLen: Record<number, { phrases: number; pairs: number; exactMiss: number; looseMiss: number; exactFalse: number; phrasesMissed: number }> = {};
const examples: string[] = [];
for (const ph of uniq) {
  const t = truth.get(ph)!; const g = got[ph]!;
  const s = (byLen[ph.length] ??= { phrases: 0, pairs: 0, exactMiss: 0, looseMiss: 0, exactFalse: 0, phrasesMissed: 0 });
  s.phrases++; s.pairs += t.size;
  const ex = new Set(g.exact), lo = new Set(g.loose);
  let missed = false;
  for (const u of t) { if (!ex.has(u)) { s.exactMiss++; missed = true; if (examples.length < 25) examples.push(`${ph} ${u}`); } if (!lo.has(u)) s.looseMiss++; }
  if (missed) s.phrasesMissed++;
  for (const u of ex) if (!t.has(u)) s.exactFalse++;
}
console.log(JSON.stringify(byLen, null, 1));
console.log(examples.join('\n'));
const ranks: number[] = []; const sizes: number[] = [];
for (const ph of uniq) { const t = truth.get(ph)!; const g = got[ph]!; const ex = new Set(g.exact); sizes.push(g.loose.length);
  // rank among loose-only candidates (those the exact search did not return)
  const looseOnly = g.loose.filter((u) => !ex.has(u));
  for (const u of t) if (!ex.has(u)) ranks.push(looseOnly.indexOf(u)); }
ranks.sort((a,b)=>a-b); sizes.sort((a,b)=>a-b);
const q = (a: number[], f: number) => a[Math.floor((a.length-1)*f)];
console.log('missed ranks among loose-only: n', ranks.length, 'p50', q(ranks,.5), 'p90', q(ranks,.9), 'max', ranks.at(-1), '<10:', ranks.filter(r=>r>=0&&r<10).length, 'not found', ranks.filter(r=>r<0).length);
console.log('loose sizes p50', q(sizes,.5), 'p90', q(sizes,.9), 'max', sizes.at(-1));
const lm = uniq.flatMap((ph) => [...truth.get(ph)!].filter((u) => !got[ph]!.loose.includes(u)).map((u) => ph + ' ' + u)); console.log('loose misses', lm);
