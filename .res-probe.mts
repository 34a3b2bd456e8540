import { chromium } from './node_modules/playwright-core/index.mjs';
import { startServer } from './scripts/serve/static-server.ts';
const { server, url } = await startServer('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto(`${url}/search/`);
console.log(await p.evaluate(async (q) => {
  const { pagefind } = await (window as any).duiduPagefind('中');
  const l = await pagefind.search(q);
  const e = await pagefind.search(`"${q}"`);
  const out = [];
  for (const r of l.results.slice(0, 12)) { const d = await r.data(); out.push({ keys: Object.keys(r).join(','), score: r.score.toFixed(2), words: JSON.stringify(r.words), whole: d.content.includes(q), ex: e.results.some((x: any) => x.id === r.id), locs: JSON.stringify(d.locations?.slice(0, 8)) }); }
  return JSON.stringify(out, null, 0);
}, process.argv[2] ?? '教育对'));
await b.close(); server.close();
