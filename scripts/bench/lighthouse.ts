/**
 * Lighthouse scores for the main page types, against the built site on loopback, in Debian's
 * Chromium (CHROME_PATH). Part of `npm run bench`, not of the tests: scores vary with load.
 * Lighthouse is not a dependency (it is about 150 MB for the benchmark alone): the first run
 * installs it into node_modules/.cache/lighthouse and says so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../serve/static-server.ts';
import { isMain } from '../node-version.ts';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const PAGES = ['/', '/plans/guangzhou-opening-2021-2025/', '/themes/sister-schools/', '/search/?q=友好学校'];
const root = fileURLToPath(new URL('../../', import.meta.url));
/** The Lighthouse the figures in docs/benchmarks.md were measured with. */
export const LIGHTHOUSE_VERSION = '13.5.0';

/** Installs a package into a folder of its own with npm; true when npm succeeded. */
function npmInstall(folder: string, spec: string): boolean {
  mkdirSync(folder, { recursive: true });
  return spawnSync('npm', ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', spec], { stdio: 'inherit' }).status === 0;
}

/**
 * Lighthouse's command-line entry: one installed in node_modules if any, else one fetched into
 * node_modules/.cache/lighthouse on first use, saying so.
 */
export function lighthouseCli(project = root, log: (message: string) => void = (m) => process.stderr.write(`${m}\n`), install = npmInstall): string {
  const installed = join(project, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(installed)) return installed;
  const cache = join(project, 'node_modules/.cache/lighthouse');
  const cli = join(cache, 'node_modules/lighthouse/cli/index.js');
  if (existsSync(cli)) return cli;
  log(`bench: Lighthouse is not installed with the project; installing lighthouse@${LIGHTHOUSE_VERSION} into ${cache} (once, about 150 MB)`);
  if (!install(cache, `lighthouse@${LIGHTHOUSE_VERSION}`) || !existsSync(cli))
    throw new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION} into ${cache}; install it with: npm install --no-save lighthouse@${LIGHTHOUSE_VERSION}`);
  return cli;
}

export async function runLighthouse(dist: string, pages = PAGES): Promise<LighthouseScores[]> {
  const cli = lighthouseCli();
  const { server, url } = await startServer(dist);
  const out = mkdtempSync(join(tmpdir(), 'duidu-lh-'));
  try {
    const scores: LighthouseScores[] = [];
    // One page at a time, asynchronously: the server answering Lighthouse runs in this process.
    for (const [i, path] of pages.entries()) {
      const report = join(out, `${i}.json`);
      await promisify(execFile)(
        process.execPath,
        [
          cli,
          `${url}${path}`,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
        ],
        { encoding: 'utf8', env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' }, timeout: 180_000 },
      );
      const c = (JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> }).categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      scores.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
    }
    return scores;
  } finally {
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (isMain(import.meta)) {
  for (const s of await runLighthouse(process.argv[2] ?? join(root, 'dist'))) console.log(JSON.stringify(s));
}
