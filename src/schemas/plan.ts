import { z } from 'astro/zod';
import { EditorialNote } from './corrections.ts';
import { DocumentMeta } from './document.ts';

/**
 * The frontmatter of `content/plans/<id>.mdx`: the document's metadata as validated from
 * `sources/<id>/meta.json` (less the layout hints, which only the pipeline needs) and the
 * editorial notes readers are shown. The pipeline writes it and the site loads it with this schema.
 */
export const PlanFrontmatter = DocumentMeta.omit({ layout: true }).extend({
  /** Changes to the text as received, each with its reason. */
  notes: z.array(EditorialNote),
});
export type PlanFrontmatter = z.infer<typeof PlanFrontmatter>;
