import { z } from 'astro/zod';
import { AdminLevel } from './regions.ts';

/** Marks a fact that is not known. Never replace it by a guess. */
export const UNKNOWN = 'unknown' as const;
const Unknown = z.literal(UNKNOWN);

/** A date with the precision it is known to: `2019-05-30` (day) or `2024-12` (month). */
export const PartialDate = z
  .strictObject({
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'use YYYY-MM-DD or YYYY-MM'),
    precision: z.enum(['day', 'month']),
  })
  .refine((d) => (d.precision === 'day') === (d.date.length === 10), {
    message: 'precision does not match the date (day needs YYYY-MM-DD, month needs YYYY-MM)',
  });
export type PartialDate = z.infer<typeof PartialDate>;

/** What kind of document this is; it decides citation types and how the text is read. */
export const documentTypes = [
  'notice-with-plan',
  'five-year-plan',
  'implementation-plan',
  'plan-summary',
  'news-report',
] as const;
export const DocumentType = z.enum(documentTypes);
export type DocumentType = z.infer<typeof DocumentType>;

/** How the text was extracted, which decides how lines become blocks. */
export const SourceFormat = z.enum([
  /** PDF text: every line hard-wrapped, blank lines between lines, page starts marked by a space. */
  'hard-wrapped',
  /** Word or web text: one paragraph a line; tables one tab-prefixed cell a line. */
  'line-paragraphs',
  /** Newspaper layout: blank-line paragraphs, `#`/`##` headings, `- ◆` lists. */
  'news-markdown',
]);
export type SourceFormat = z.infer<typeof SourceFormat>;

/**
 * What spaces inside Chinese text mean in this source. `extraction`: they are artefacts of
 * extraction (`幼儿 园`, `60 个`) and are removed next to CJK characters. `typographic`: they
 * separate phrases on purpose (`人文渝中 尚品教育`, two names in a byline) and are kept, collapsed.
 */
export const Spacing = z.enum(['extraction', 'typographic']);

const LineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([a, b]) => a <= b, { message: 'line range must run forwards' });

/**
 * A block whose role cannot be read from the text itself, declared by an editor over a range
 * of source lines (lines of the file as received, counting from 1).
 */
export const DeclaredBlock = z.strictObject({
  lines: LineRange,
  as: z.enum([
    /** The document's own title as printed. */
    'title',
    /** Text of the web page or layout around the document, kept but set apart. */
    'masthead',
    /** An unnumbered heading; needs `id` and `label`. */
    'heading',
    /** The title of a covering notice. */
    'notice-title',
    /** A document number line (文号). */
    'docno',
    /** A signature or date line. */
    'signature',
    /** A paragraph the layout would otherwise split or join wrongly. */
    'paragraph',
    /** A photo caption printed without its photo. */
    'caption',
    /** Author or credit line. */
    'byline',
  ]),
  /** ASCII id for an unnumbered heading, e.g. `tongchou`. */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  /** Short label in the document's terms, e.g. `统筹联动`. */
  label: z.string().min(1).optional(),
});
export type DeclaredBlock = z.infer<typeof DeclaredBlock>;

export const Layout = z.strictObject({
  format: SourceFormat,
  spacing: Spacing,
  /** Source lines of a covering notice (印发通知) that wraps the document. */
  notice: LineRange.optional(),
  /** Section numbers run on across parts (（一）…（四十三）), so a section needs no part prefix. */
  continuousSections: z.boolean().default(false),
  blocks: z.array(DeclaredBlock).default([]),
});
export type Layout = z.infer<typeof Layout>;

export const Issuer = z.strictObject({
  /** As printed, e.g. `重庆市渝中区人民政府办公室`. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
});

/** The metadata of one document: `sources/<id>/meta.json`. */
export const DocumentMeta = z.strictObject({
  /** Official full title without book-title marks. */
  title: z.string().min(1),
  /** Short title used in lists and labels. */
  shortTitle: z.string().min(1),
  /** An English gloss of the title (a translation, not an official title). */
  titleEn: z.string().min(1),
  /** Issuing bodies as printed; `unknown` when the text does not say and no record was found. */
  issuers: z.union([z.array(Issuer).min(1), Unknown]),
  /** Personal authors (a news report's byline); empty for government documents. */
  authors: z.array(z.string().min(1)).default([]),
  /** 文号; `null` when the document has none, `unknown` when it may have one we do not know. */
  docNumber: z.union([z.string().min(1), z.null(), Unknown]),
  issued: z.union([PartialDate, Unknown]),
  published: z.union([PartialDate, Unknown]),
  /** Region id from `sources/regions.json`. */
  region: z.string().min(1),
  /** Administrative level of the issuing government; must match the region's. */
  level: AdminLevel,
  type: DocumentType,
  /** Years the plan covers; null for a document that is not a plan. */
  period: z.union([z.strictObject({ start: z.number().int(), end: z.number().int() }), z.null(), Unknown]),
  /** Target years the text names (到2021年, 到2027年 …). */
  milestones: z.array(z.number().int()),
  /** What the text is, for readers: e.g. a published summary, not the full plan. */
  note: z.string().min(1),
  /** Where the text was published; `unknown` when it is not known. */
  url: z.union([z.url(), Unknown]),
  /** The file name the text arrived under. */
  receivedAs: z.string().min(1),
  layout: Layout,
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
