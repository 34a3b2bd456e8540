import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Clauses } from './schemas/clause.ts';
import { PlanFrontmatter } from './schemas/plan.ts';
import { ClauseId } from './schemas/clause.ts';
import { DocumentLinks } from './schemas/links.ts';
import { DocumentAlignments } from './schemas/alignment.ts';
import { Theme } from './schemas/theme.ts';
import { DocumentCommitments } from './schemas/commitment.ts';
import { Translation } from './schemas/translation.ts';

/** The plans' metadata as MDX frontmatter, written by `npm run ingest` from sources/ (their text is in `clauses`). */
const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: PlanFrontmatter,
});

/** The clause model of each plan: the plan page renders its text from it, other pages quote it. */
const clauses = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/clauses' }),
  schema: z.strictObject({ document: z.string(), clauses: Clauses }),
});

/** The theme taxonomy, edited by hand. */
const themes = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/themes' }),
  schema: Theme,
});

/** Per plan: clause → themes with spans (written by the link stage). */
const links = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/links' }),
  schema: DocumentLinks,
});

/** Theme → document → clause ids. */
const themeIndex = defineCollection({
  loader: file('./content/theme-index.json'),
  schema: z.record(z.string(), z.array(ClauseId)),
});

/** Per plan: each alignable clause's evidence and the clauses of other plans aligned with it (written by `npm run align`). */
const alignments = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/alignments' }),
  schema: DocumentAlignments,
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

export const collections = { plans, clauses, themes, links, themeIndex, alignments, commitments, translations };
