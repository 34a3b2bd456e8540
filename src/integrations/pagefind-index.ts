import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records.ts';

/**
 * The two search indexes: the Chinese clauses in /pagefind/, and their English translations in
 * /pagefind-en/ with Pagefind's English stemmer (two bundles, so that each language keeps its own
 * word handling; the search page picks one by the query's script).
 */
const INDEXES = [
  { records: 'search/records.json', language: 'zh-cn', output: 'pagefind', what: 'clauses' },
  { records: 'search/records-en.json', language: 'en', output: 'pagefind-en', what: 'translated clauses' },
] as const;

/** Indexes the records the build wrote, once the site is built, and removes the record files. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'duidu:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const { records: file, language, output, what } of INDEXES) {
          const records = JSON.parse(await readFile(`${dist}${file}`, 'utf8')) as SearchRecord[];
          const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          for (const r of records) {
            const added = await index.addCustomRecord(r);
            if (added.errors.length) throw new Error(`pagefind: ${r.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${dist}${output}` });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          await rm(`${dist}${file}`);
          logger.info(`indexed ${records.length} ${what} (${language})`);
        }
        await pagefind.close();
      },
    },
  };
}
