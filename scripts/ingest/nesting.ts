/**
 * How numbering styles nest. A document says it in `layout.numbering`; otherwise each style
 * takes the next level down the first time it appears, so 一、 → （一） → 1. → （1） → ① nests
 * as printed, and so does a text that starts at （一） or puts 1、 directly under 一、. One
 * exception keeps excerpts right: a style that ranks above every style seen so far in the usual
 * hierarchy (四、 in a text that began at （三）) becomes the new top level.
 */
import type { NumberingLevel, NumberingStyle } from '../../src/schemas/document.ts';
import { SourceError } from './errors.ts';

/** The usual hierarchy of Chinese official documents (GB/T 9704), regulation styles first. */
const USUAL: Record<NumberingStyle, number> = {
  chapter: 1,
  article: 2,
  part: 3,
  section: 4,
  item: 5,
  'item-comma': 5,
  subitem: 6,
  circled: 7,
  letter: 8,
  'letter-paren': 9,
};

export class Nesting {
  /** Styles by level, top first; several styles may share a level. */
  private readonly levels: NumberingStyle[][] = [];
  private readonly declared: boolean;
  private readonly headingLevel: number;

  constructor(order: readonly NumberingLevel[] | undefined) {
    this.declared = order !== undefined;
    let heading = 1;
    order?.forEach((level, i) => {
      if (level === 'heading') heading = i + 1;
      this.levels.push(level === 'heading' ? [] : typeof level === 'string' ? [level] : [...level]);
    });
    this.headingLevel = heading;
  }

  /**
   * The rank of a style: 1 is the top level, and a unit closes every open unit of its rank or
   * deeper. An undeclared style is given its level the first time it is met.
   */
  rankOf(style: NumberingStyle, printed: string, file: string, line: number): number {
    const known = this.levels.findIndex((l) => l.includes(style));
    if (known >= 0) return known + 1;
    if (this.declared) {
      throw new SourceError(file, line, `"${printed}" (${style}) is not in meta.json layout.numbering: add "${style}" at the level it nests at`);
    }
    const seen = this.levels.flat();
    if (seen.length > 0 && seen.every((s) => USUAL[style] < USUAL[s])) {
      this.levels.unshift([style]);
      return 1;
    }
    this.levels.push([style]);
    return this.levels.length;
  }

  /** The rank of a declared heading: its own `level`, else where `"heading"` stands in the order, else the top. */
  headingRank(level: number | undefined): number {
    return level ?? this.headingLevel;
  }
}
