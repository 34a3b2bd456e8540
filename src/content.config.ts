import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PlanFrontmatter } from './schemas/plan.ts';
import { ClauseId } from './schemas/clause.ts';
import { Theme } from './schemas/theme.ts';
import { DocumentCommitments } from './schemas/commitment.ts';
import { Translation } from './schemas/translation.ts';

/** The plans' metadata as MDX frontmatter, written by `npm run ingest` from sources/ (their text is in content/clauses). */
const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: PlanFrontmatter,
});

/** The theme taxonomy, edited by hand. */
const themes = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/themes' }),
  schema: Theme,
});

/** Theme → document → clause ids. */
const themeIndex = defineCollection({
  loader: file('./content/theme-index.json'),
  schema: z.record(z.string(), z.array(ClauseId)),
});

/** Per plan: every clause's commitment strength and policy instrument (`npm run commitments`). */
const commitments = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/commitments' }),
  schema: DocumentCommitments,
});

/** Duidu's unofficial English of each plan, clause by clause (checked by `npm run translations -- --check`). */
const translations = defineCollection({
  loader: glob({ pattern: ['*.json', '!glossary.json'], base: './content/translations' }),
  schema: Translation,
});

// The clause models, theme links and alignments (content/clauses, links, alignments) are no
// collections: the build reads them from disk (src/lib/content-files.ts), as the store would hold
// them several times over.
export const collections = { plans, themes, themeIndex, commitments, translations };
