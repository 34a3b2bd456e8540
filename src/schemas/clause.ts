import { z } from 'astro/zod';

export const clauseKinds = [
  'title',
  'masthead',
  'notice',
  /** `第三章` */
  'chapter',
  /** `第十二条` */
  'article',
  /** `一、` */
  'part',
  /** `（一）` */
  'section',
  /** `1.`, `1、` */
  'item',
  /** `（1）`, `①`, `A.`, `（a）`: numbered units below the item */
  'subitem',
  /** `——` */
  'lead',
  'heading',
  'paragraph',
  'table',
  'row',
  'list-item',
  /** A photo caption printed without its photo: sits at the document level, outside any section. */
  'caption',
  /** Author or credit line: document level. */
  'byline',
  /**
   * The publisher's words around the document (`市委、市政府印发了《…》…主要内容如下`): kept and
   * shown, but not the plan's own text, so never aligned, coded or searched as plan text.
   */
  'framing',
  /** A line closing the whole document (`本方案自印发之日起施行。`), not its last section. */
  'closing',
  /** The list of attachments (`附件：…`), at the document level. */
  'attachment',
] as const;
export const ClauseKind = z.enum(clauseKinds);
export type ClauseKind = z.infer<typeof ClauseKind>;

/** Anchors are ASCII, start with a letter, and are safe in URLs and CSS without escaping. */
export const ClauseId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'clause ids are lowercase ASCII, digits and hyphens');

/** One citable unit of a document: a numbered unit, a paragraph, a table row, a list item. */
export const Clause = z.strictObject({
  /** Stable anchor derived from the document's own numbering, e.g. `p4-s2-i9`. */
  id: ClauseId,
  /** Human label in the document's terms, e.g. `四（二）9`. */
  label: z.string().min(1),
  kind: ClauseKind,
  /** Id of the enclosing unit; null at the top. */
  parent: ClauseId.nullable(),
  /** The numbering as printed (`（一）`, `1.`, `一、`, `①`, `第三章`, `——`), empty when unnumbered. */
  number: z.string(),
  /** The heading as printed, after the number (a title line, or the first sentence of an inline heading). */
  heading: z.string(),
  /** The whole text as published: number + heading + the rest. */
  text: z.string(),
  /**
   * A list item's group: lists printed apart (a blank line between them) under one parent are
   * groups 1, 2 …, while their items number on across them (`l1`…`l21`), so a group added or split
   * never moves an item's anchor.
   */
  group: z.number().int().positive().optional(),
  /** Table cells (rows and table headers only). */
  cells: z.array(z.string()).optional(),
  /** First line in the source file as received. */
  line: z.number().int().positive(),
});
export type Clause = z.infer<typeof Clause>;

export const Clauses = z.array(Clause).superRefine((clauses, ctx) => {
  const seen = new Set<string>();
  clauses.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate clause id "${c.id}"` });
    seen.add(c.id);
    if (c.parent !== null && !seen.has(c.parent)) {
      ctx.addIssue({ code: 'custom', path: [i, 'parent'], message: `parent "${c.parent}" does not come before "${c.id}"` });
    }
    if (!c.text.startsWith(c.number + c.heading)) {
      ctx.addIssue({ code: 'custom', path: [i, 'text'], message: `text of "${c.id}" does not start with its number and heading` });
    }
  });
});

/** `content/clauses/<document>.json`: one plan's clause model, written by `npm run ingest`. */
export const DocumentClauses = z.strictObject({ document: z.string(), clauses: Clauses });
export type DocumentClauses = z.infer<typeof DocumentClauses>;
