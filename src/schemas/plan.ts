import { z } from 'astro/zod';
import { EditorialNote } from './corrections.ts';
import { DocumentMeta } from './document.ts';

/**
 * The frontmatter of `content/plans/<id>.mdx`: the document's metadata as validated from
 * `sources/<id>/meta.json` (less the layout hints, which only the pipeline needs) and the
 * editorial notes readers are shown. The pipeline writes it and the site loads it with this schema.
 */
export const PlanFrontmatter = DocumentMeta.omit({ layout: true }).extend({
  /** The title as printed, or where it is unknown a description of the document (see `titleSupplied`). */
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  titleEn: z.string().min(1),
  /** Present (true) when the document prints no title and `title` is a description Duidu supplied. */
  titleSupplied: z.literal(true).optional(),
  /** Changes to the text as received, each with its reason. */
  notes: z.array(EditorialNote),
});
export type PlanFrontmatter = z.infer<typeof PlanFrontmatter>;
