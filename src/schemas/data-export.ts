/**
 * The open data files under /data/, each validated by its schema before it is written. Where a
 * file carries a content schema (themes, documents, targets), it is that schema, extended.
 */
import { DatedCommitment, Instrument, Strength } from './commitment.ts';
import { z } from 'astro/zod';
import { ClauseId, ClauseKind } from './clause.ts';
import { PlanFrontmatter } from './plan.ts';
import { Theme } from './theme.ts';

/** `/data/clauses.json`: one entry a clause of every document, with the themes linked to it. */
export const ExportedClause = z.strictObject({
  document: z.string().min(1),
  id: ClauseId,
  label: z.string().min(1),
  kind: ClauseKind,
  parent: ClauseId.nullable(),
  text: z.string(),
  /** Theme ids whose terms occur in the clause (content/links/<document>.json). */
  themes: z.array(z.string()),
  /** Those of `themes` the clause only mentions (a term inside a cited title, an example in a list), not its subject. */
  mentions: z.array(z.string()),
});
export type ExportedClause = z.infer<typeof ExportedClause>;
export const ExportedClauses = z.array(ExportedClause);

/** `/data/themes.json`: the theme taxonomy with the clauses of each document on each theme. */
export const ExportedTheme = z.strictObject({
  ...Theme.shape,
  /** document id → clause ids on the theme, in document order. */
  clauses: z.record(z.string(), z.array(ClauseId)),
});
export type ExportedTheme = z.infer<typeof ExportedTheme>;
export const ExportedThemes = z.array(ExportedTheme);

/** `/data/documents.json`: each document's metadata as the plan pages show it. */
export const ExportedDocument = z.strictObject({
  id: z.string().min(1),
  ...PlanFrontmatter.shape,
});
export type ExportedDocument = z.infer<typeof ExportedDocument>;
export const ExportedDocuments = z.array(ExportedDocument);

/** `/data/countries.json`: partner countries the plans name, with the clauses naming each. */
export const ExportedCountry = z.strictObject({
  /** ISO 3166-1 alpha-2. */
  code: z.string().regex(/^[A-Z]{2}$/),
  /** ISO 3166-1 numeric, as map data (Natural Earth, world-atlas) keys countries. */
  numeric: z.string().regex(/^\d{3}$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** document id → ids of the clauses naming the country. */
  clauses: z.record(z.string(), z.array(ClauseId).min(1)),
});
export type ExportedCountry = z.infer<typeof ExportedCountry>;
export const ExportedCountries = z.array(ExportedCountry);

/** `/data/commitments.json`: one entry a clause, its commitment strength and main instrument with the deciding words. */
export const ExportedCommitment = z.strictObject({
  document: z.string().min(1),
  clause: ClauseId,
  label: z.string().min(1),
  strength: Strength,
  /** The words that decided the strength, as printed. */
  strengthWords: z.array(z.string()),
  /** Softer words the clause also uses. */
  hedges: z.array(z.string()),
  noneReason: z.string().nullable(),
  instrument: Instrument.nullable(),
  /** The instrument is environment because the clause sets goals, targets or principles. */
  goal: z.boolean(),
  supplyWords: z.array(z.string()),
  environmentWords: z.array(z.string()),
  demandWords: z.array(z.string()),
});
export type ExportedCommitment = z.infer<typeof ExportedCommitment>;
export const ExportedCommitments = z.array(ExportedCommitment);

/** `/data/dated-commitments.json`: end states promised by a year with no number (全覆盖, 零突破). */
export const ExportedDatedCommitment = z.strictObject({ document: z.string().min(1), ...DatedCommitment.shape });
export type ExportedDatedCommitment = z.infer<typeof ExportedDatedCommitment>;
export const ExportedDatedCommitments = z.array(ExportedDatedCommitment);
