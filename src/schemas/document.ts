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
    /**
     * Where no date is printed and the date is read from the text (今年, events it dates), how it was
     * inferred, in Chinese; pages show the date as inferred with this reason. Absent: the date is printed or on record.
     */
    inferredFrom: z.string().min(1).optional(),
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

/**
 * A numbering style, as printed at the start of a paragraph. Each becomes a numbered clause;
 * how styles nest is read from the order they first appear in (or `layout.numbering`).
 */
export const NumberingStyle = z.enum([
  /** `第三章`: a chapter of a regulation-style text. Id `c3`, label `第三章`. */
  'chapter',
  /** `第十二条`: an article, numbered on across chapters. Id `a12` (no chapter prefix), label `第十二条`. */
  'article',
  /** `一、`: Chinese numeral and 顿号. Id `p4`, label `四`. */
  'part',
  /** `（一）` or `(一)`. Id `s2`, label `（二）`. */
  'section',
  /** `1.`, `１．`, `⒈`: Arabic numeral and full stop. Id `i9`, label `9`. */
  'item',
  /** `1、`: Arabic numeral and 顿号. Id `i9` (like `item`), label `9`. */
  'item-comma',
  /** `（1）`, `(1)`, `⑴`. Id `b1`, label `（1）`. */
  'subitem',
  /** `①`…`㊿`, `❶`…: circled numbers. Id `o1`, label `①`. */
  'circled',
  /** `A.`, `a、`: a Latin letter and a stop. Id `x1` (A = 1), label `A`. */
  'letter',
  /** `（a）`, `(A)`: a Latin letter in brackets. Id `y1`, label `（a）`. */
  'letter-paren',
]);
export type NumberingStyle = z.infer<typeof NumberingStyle>;

/** One level of `layout.numbering`: a style, several styles printed interchangeably, or declared headings. */
export const NumberingLevel = z.union([NumberingStyle, z.literal('heading'), z.array(NumberingStyle).min(1)]);
export type NumberingLevel = z.infer<typeof NumberingLevel>;

const quoted = z.string().trim().min(1, 'quote at least one character of the text');

/**
 * Where a hint applies, named by the text itself so that editing elsewhere never moves it.
 * Spaces are ignored on both sides, and `[bookmark: …]` and `#` markers are not part of a line.
 * Give exactly one of `match`, `from` + `to`, or `pattern`.
 */
export const TextAnchor = {
  /**
   * The opening of the text, as printed: it must start a line and occur exactly once at a line
   * start; the hint covers every line the quoted text runs over (`"match": "统筹联动"`).
   */
  match: quoted.optional(),
  /** With `to`: the hint covers the lines from the line this text opens … */
  from: quoted.optional(),
  /** … to the line this text ends, the first such line from `from` on (`"to": "2019年5月30日"`). */
  to: quoted.optional(),
  /**
   * A regular expression tested against each line (spaces removed), e.g. `"^第\\d+页$"`: the
   * hint covers the one matching line, or every matching line with `every`.
   */
  pattern: z.string().min(1).optional(),
  /** With `pattern`: apply to every line it matches (repeated page headers), each a block of its own. */
  every: z.boolean().optional(),
  /**
   * Where the same text opens several lines (a signature that repeats the notice's first line):
   * which of them, counting from 1.
   */
  occurrence: z.number().int().positive().optional(),
  /** @deprecated Line numbers shift when a line is added; name the text with `match` or `from`/`to`. */
  lines: z.never({ error: 'line ranges are no longer read: name the text with "match", "from"/"to" or "pattern"' }).optional(),
};

/** Checks that a hint names its text in exactly one way. */
function anchoredOnce(h: { match?: string | undefined; from?: string | undefined; to?: string | undefined; pattern?: string | undefined; every?: boolean | undefined; occurrence?: number | undefined }): boolean {
  const ways = [h.match !== undefined, h.from !== undefined || h.to !== undefined, h.pattern !== undefined].filter(Boolean).length;
  return ways === 1 && (h.from === undefined) === (h.to === undefined) && (h.every === undefined || h.pattern !== undefined) && !(h.every && h.occurrence);
}
const ANCHOR_MESSAGE = 'name the text in exactly one way: "match", "from" with "to", or "pattern" ("every" only with "pattern", and not with "occurrence")';

/**
 * A block whose role cannot be read from the text itself, declared by an editor by naming its
 * text (see {@link TextAnchor}).
 */
export const DeclaredBlock = z
  .strictObject({
    ...TextAnchor,
    as: z.enum([
      /** The document's own title as printed. */
      'title',
      /** Text of the web page or layout around the document (page headers), kept but set apart. */
      'masthead',
      /** An unnumbered heading; needs `id` and `label`. */
      'heading',
      /** The title of a covering notice. */
      'notice-title',
      /** A document number line (文号). */
      'docno',
      /** A signature or date line. */
      'signature',
      /**
       * A paragraph the layout would otherwise split or join wrongly, or one that opens with what
       * looks like numbering but is not (`一、二年级…` would otherwise open a part).
       */
      'paragraph',
      /** A photo caption printed without its photo. */
      'caption',
      /** Author or credit line. */
      'byline',
      /** The publisher's framing around the document (`…印发了《…》…主要内容如下`), when no rule reads it. */
      'framing',
      /** A paragraph that closes the whole document (a news feature's closing words), when no rule reads it. */
      'closing',
    ]),
    /**
     * ASCII id for an unnumbered heading, e.g. `tongchou`; or for a paragraph added after a
     * release, which then takes no number, so the paragraphs after it keep their anchors.
     */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
    /** Short label in the document's terms, e.g. `统筹联动`. */
    label: z.string().min(1).optional(),
    /**
     * For a heading: the level it sits at, counted like `layout.numbering`. 0 puts it above every
     * numbering style (一、 and the rest nest inside it); 1 is the top level, beside the first
     * numbering style (a 附件 after the parts); 2 sits inside the open top-level unit, and so on.
     * Default: the position of `"heading"` in `layout.numbering`, else 1. For a paragraph: the
     * unit it belongs to, counted the same way (2: the open top-level unit, so a paragraph that
     * sums up all of 二、 is not filed under its last （三）).
     */
    level: z.number().int().nonnegative().optional(),
  })
  .refine(anchoredOnce, { message: ANCHOR_MESSAGE });
export type DeclaredBlock = z.infer<typeof DeclaredBlock>;

/** A covering notice (印发通知) that wraps the document, named by its first and last text. */
export const NoticeHint = z
  .strictObject({
    ...TextAnchor,
    /**
     * False when the notice has no printed title of its own: its paragraphs still sit under
     * `notice-…` ids and the label 通知. When true (the default) a `notice-title` block must
     * be declared inside it.
     */
    printedTitle: z.boolean().default(true),
  })
  .refine(anchoredOnce, { message: ANCHOR_MESSAGE });
export type NoticeHint = z.infer<typeof NoticeHint>;

export const Layout = z.strictObject({
  format: SourceFormat,
  spacing: Spacing,
  /** A covering notice (印发通知) that wraps the document; numbering is not read inside it. */
  notice: NoticeHint.optional(),
  /** Section numbers run on across parts (（一）…（四十三）), so a section needs no part prefix. */
  continuousSections: z.boolean().default(false),
  /**
   * How numbering styles nest, top level first, e.g. `["part", "section", "item", "subitem",
   * "circled"]`; a level may list styles printed interchangeably (`["item", "item-comma"]`), and
   * `"heading"` places declared headings. Leave it out to nest styles in the order they first
   * appear in the text (the usual 一、 → （一） → 1. → （1） → ①). A style the text uses but the
   * list leaves out is an error. `——` lead-ins are bullets, not a level: they sit in the unit
   * they follow.
   */
  numbering: z
    .array(NumberingLevel)
    .min(1)
    .refine((levels) => new Set(levels.flat()).size === levels.flat().length, { message: 'a style (or "heading") is listed twice' })
    .optional(),
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
  /**
   * Official full title without book-title marks; `unknown` when the text prints none and no
   * record gives one (pages and citations then show a description built from region, issuer,
   * year and type, never the word "unknown").
   */
  title: z.union([z.string().min(1), Unknown]),
  /** Short title used in lists and labels; `unknown` with an unknown title. */
  shortTitle: z.union([z.string().min(1), Unknown]),
  /** An English gloss of the title (a translation, not an official title); `unknown` with an unknown title. */
  titleEn: z.union([z.string().min(1), Unknown]),
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
  /** Years the plan covers (start no later than end); null for a document that is not a plan. */
  period: z.union([z.strictObject({ start: z.number().int(), end: z.number().int() }), z.null(), Unknown]),
  /** Target years the text names (到2021年, 到2027年 …). */
  milestones: z.array(z.number().int()),
  /** What the text is, for readers: e.g. a published summary, not the full plan. */
  note: z.string().min(1),
  /** True when the text is only part of the document (an excerpt); say which part in `note`. Absent: the whole text. */
  excerpt: z.boolean().optional(),
  /** Where the text was published; `unknown` when it is not known. */
  url: z.union([z.url(), Unknown]),
  /** The file name the text arrived under. */
  receivedAs: z.string().min(1),
  layout: Layout,
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
