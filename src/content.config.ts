import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Clauses } from './schemas/clause.ts';
import { PlanFrontmatter } from './schemas/plan.ts';

/** The plans as MDX, written by `npm run ingest` from sources/. */
const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: PlanFrontmatter,
});

/** The clause model of each plan, for pages that quote clauses outside their plan. */
const clauses = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/clauses' }),
  schema: z.strictObject({ document: z.string(), clauses: Clauses }),
});

export const collections = { plans, clauses };
