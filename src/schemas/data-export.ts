/**
 * The open data files under /data/, each validated by its schema before it is written. Where a
 * file carries a content schema (themes, documents, targets), it is that schema, extended.
 */
import { DatedCommitment, Instrument, Strength } from './commitment.ts';
import { z } from 'astro/zod';
import { ClauseId, ClauseKind } from './clause.ts';
import { DocumentType, Issuer, PartialDate } from './document.ts';
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

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/**
 * `/data/documents.json`: each document's metadata as the plan pages show it. Where the sources
 * write `"unknown"`, the data file writes null, so every missing fact reads the same way: null is
 * not known, or not applicable to the document's type (a news report has no 文号 and no period).
 */
export const ExportedDocument = z.strictObject({
  id: z.string().min(1),
  ...PlanFrontmatter.shape,
  issuers: nullable(z.array(Issuer).min(1)),
  docNumber: nullable(z.string().min(1)),
  issued: nullable(PartialDate),
  published: nullable(PartialDate),
  period: nullable(z.strictObject({ start: z.number().int(), end: z.number().int() })),
  url: nullable(z.url()),
  /** Under what terms the text is shown (src/lib/rights.ts). */
  rights: z.strictObject({ status: z.enum(['official-document', 'copyrighted']), note: z.string().min(1), noteEn: z.string().min(1) }),
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

/**
 * `/plans/<id>/clauses.json`: one document's clauses as a collection shows and cites them, with
 * the redirects that lead anchors of earlier releases to their clauses now.
 */
export const PlanClausesFile = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  region: z.string().min(1),
  /** What a citation needs of the document; `url`, `accessed` and the place are null or empty, for the page to fill. */
  source: z.strictObject({
    authors: z.array(
      z.strictObject({
        name: z.string().min(1),
        institution: z.boolean(),
        nameEn: z.string().optional(),
        family: z.string().optional(),
        given: z.string().optional(),
        latin: z.strictObject({ family: z.string(), given: z.string() }).optional(),
      }),
    ),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    docNumber: z.string().nullable(),
    date: PartialDate.nullable(),
    type: DocumentType,
    url: z.null(),
    accessed: z.null(),
    locator: z.literal(''),
    label: z.literal(''),
  }),
  /** The short title in English. */
  titleEn: z.string().min(1),
  /** `en`: Duidu's unofficial English of the clause, where a translation of its current text exists. */
  clauses: z.array(z.strictObject({ id: ClauseId, label: z.string().min(1), text: z.string(), locator: z.string(), en: z.string().optional() })),
  /** Anchor of an earlier release → the clause it now leads to. */
  redirects: z.record(z.string(), z.string()),
});
export type PlanClausesFile = z.infer<typeof PlanClausesFile>;
