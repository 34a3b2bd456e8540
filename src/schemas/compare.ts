import { z } from 'astro/zod';
import { ClauseEvidenceData } from './alignment.ts';
import { ClauseId } from './clause.ts';
import { Span } from './links.ts';
import { Instrument, Strength } from './commitment.ts';

/** One clause as the compare page needs it: what to quote, what to mark, what to weigh. */
export const CompareClause = z.strictObject({
  id: ClauseId,
  label: z.string(),
  text: z.string(),
  /** Themes with the spans of their terms in `text`. */
  themes: z.array(z.tuple([z.string(), z.array(Span)])),
  /** The aligner's evidence; absent for clauses it does not align (bare headings). */
  evidence: ClauseEvidenceData.optional(),
  /** Commitment strength and main instrument (content/commitments); absent for a clause that commits nothing. */
  commitment: z.tuple([Strength, Instrument.nullable()]).optional(),
  /** Duidu's English, merged in from the English file on English pages (never in the Chinese file). */
  en: z.string().optional(),
  /** The English translates an earlier Chinese text. */
  enStale: z.literal(true).optional(),
});
export type CompareClause = z.infer<typeof CompareClause>;

/** One figure of the plan (a target, baseline or outcome) as the compare page lists it. */
export const CompareFigure = z.strictObject({
  indicator: z.string(),
  indicatorName: z.string(),
  kind: z.string(),
  /** The figure as a reader says it: `不少于50所`, `90%`, `3—5个`. */
  figure: z.string(),
  year: z.number().int().nullable(),
  clause: ClauseId,
  quote: z.string(),
});
export type CompareFigure = z.infer<typeof CompareFigure>;

/**
 * `/compare/data/<plan>.json`: one plan's clauses, evidence and figures. The compare page fetches
 * only the plans a reader picks, so each file grows with its plan, never with the corpus.
 */
export const ComparePlan = z.strictObject({
  id: z.string(),
  title: z.string(),
  region: z.string(),
  regionName: z.string(),
  /** `2021—2025年`, or the issue year of a document that is not a plan. */
  when: z.string(),
  /** Sort key in time (ISO date or year). */
  date: z.string(),
  clauses: z.array(CompareClause),
  figures: z.array(CompareFigure),
  /** Editors' judged pairs with a clause of this plan: [clause, other `document#clause`, aligned]. */
  judged: z.array(z.tuple([ClauseId, z.string(), z.boolean()])),
  /** Every clause of the plan counted by commitment strength, committing clauses by main instrument, and those that hedge. */
  commitments: z.strictObject({
    strength: z.record(Strength, z.number().int().nonnegative()),
    instrument: z.record(Instrument, z.number().int().nonnegative()),
    hedged: z.number().int().nonnegative(),
  }),
});
export type ComparePlan = z.infer<typeof ComparePlan>;

/**
 * `/compare/data/<plan>.en.json`: what the English edition shows of a plan beside its compare
 * data, fetched only there: its title, region and period in English, the English of its
 * translated clauses, and each figure's indicator and figure in English, in the order of the
 * plan's `figures`.
 */
export const ComparePlanEnglish = z.strictObject({
  id: z.string(),
  title: z.string(),
  regionName: z.string(),
  when: z.string(),
  clauses: z.record(ClauseId, z.strictObject({ en: z.string(), stale: z.literal(true).optional() })),
  figures: z.array(z.strictObject({ indicatorName: z.string(), figure: z.string() })),
});
export type ComparePlanEnglish = z.infer<typeof ComparePlanEnglish>;

/** The page's own small table of every plan and theme, embedded in `/compare/` for the form and labels. */
export const CompareCatalogue = z.strictObject({
  plans: z.array(z.strictObject({ id: z.string(), title: z.string(), regionName: z.string(), when: z.string() })),
  themes: z.record(z.string(), z.strictObject({ name: z.string(), nameEn: z.string() })),
});
export type CompareCatalogue = z.infer<typeof CompareCatalogue>;
