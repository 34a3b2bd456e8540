import type { Clause } from '../schemas/clause.ts';
import type { DocumentLinks } from '../schemas/links.ts';
import type { DocumentAlignments } from '../schemas/alignment.ts';
import type { Theme } from '../schemas/theme.ts';
import type { DocumentCommitments } from '../schemas/commitment.ts';
import type { PlanFrontmatter } from '../schemas/plan.ts';

/** What a plan page's clauses need to show their theme chips and aligned clauses. */
export interface PlanContext {
  id: string;
  links: DocumentLinks['clauses'];
  /** Clause → aligned clauses of other plans (content/alignments). */
  alignments: DocumentAlignments['clauses'];
  /** Clause → its commitment strength and instrument (content/commitments). */
  commitments: DocumentCommitments['clauses'];
  themes: ReadonlyMap<string, Theme>;
  /** Short titles and clause labels of other plans, for link text. */
  titles: ReadonlyMap<string, string>;
  /** The same short titles in English. */
  titlesEn: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** theme → the documents that have it (this one too, if it does). */
  themeDocuments: ReadonlyMap<string, ReadonlySet<string>>;
  clauses: readonly Clause[];
  /** Clause id → old anchors that now point at it (recorded redirects). */
  aliases: ReadonlyMap<string, readonly string[]>;
  meta: PlanFrontmatter;
  /** Clause id → its place in citation Chinese (第三部分（五）). */
  locators: ReadonlyMap<string, string>;
  /** Build date, YYYY-MM-DD: the access date shown until the page fills in today's. */
  built: string;
}
