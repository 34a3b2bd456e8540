import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records.ts';

/**
 * Indexes every clause with Pagefind once the site is built. Records come from
 * `/search/records.json`, which the build writes and this step removes.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'duidu:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const recordsFile = `${dist}search/records.json`;
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        for (const r of records) {
          const added = await index.addCustomRecord(r);
          if (added.errors.length) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${dist}pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        await rm(recordsFile);
        logger.info(`indexed ${records.length} clauses`);
      },
    },
  };
}
