import type { DocumentType, PartialDate } from '../../schemas/document.ts';
import { ITALIC_END, ITALIC_START } from './slots.ts';

/** A person's name in Latin letters, for English styles: `{ family: 'Li', given: 'Jiajia' }`. */
export interface LatinName {
  family: string;
  given: string;
}

/** One author: an institution (as one name) or a person (family name, given name). */
export interface CitationAuthor {
  /** As printed: `重庆市渝中区人民政府办公室`, `李佳佳`. */
  name: string;
  institution: boolean;
  /** An institution's English name. */
  nameEn?: string | undefined;
  /** A person's family and given names as printed (`李`, `佳佳`). */
  family?: string | undefined;
  given?: string | undefined;
  /** A person's name in pinyin. */
  latin?: LatinName | undefined;
}

/** Everything a citation of one clause (or a whole document) needs, read from the metadata. */
export interface CitationSource {
  /** Institutions or people, as printed; empty when unknown. */
  authors: CitationAuthor[];
  title: string;
  titleEn: string;
  docNumber: string | null;
  date: PartialDate | null;
  type: DocumentType;
  /** The permalink; null where the published address is not known (a build without `site`). */
  url: string | null;
  /** Date the reader consulted Duidu, YYYY-MM-DD; null in files built ahead of time. */
  accessed: string | null;
  /** `第三部分（五）`; empty for a whole document. */
  locator: string;
  /** `三（五）`: the clause label, for English styles. */
  label: string;
}

/**
 * The one item type a document is cited as, in every format, so the page, the exports and what a
 * reference manager makes of them agree. Government notices and plans are reports of their issuing
 * body: Zotero, EndNote and biblatex all file them as a report with an institution and a report
 * number (the 文号), and the official GB/T 7714-2015 CSL style renders a report `[R/OL]`. The
 * news feature is a newspaper article, `[N/OL]`.
 */
export interface ItemKind {
  gbt: 'R' | 'N';
  csl: 'report' | 'article-newspaper';
  ris: 'RPRT' | 'NEWS';
  bibtex: 'report' | 'article';
}

export function itemKind(type: DocumentType): ItemKind {
  return type === 'news-report'
    ? { gbt: 'N', csl: 'article-newspaper', ris: 'NEWS', bibtex: 'article' }
    : { gbt: 'R', csl: 'report', ris: 'RPRT', bibtex: 'report' };
}

/**
 * GB/T 7714-2015, online resource, in the order of the standard's templates:
 * a report `主要责任者. 题名: 文号[R/OL]. 引文位置(更新或修改日期)[引用日期]. 获取路径.`
 * (出版年: 引文页码(更新或修改日期)[引用日期], with no 出版者 for a document issued online);
 * a newspaper article `主要责任者. 题名[N/OL]. 出版日期(引文位置)[引用日期]. 获取路径.`
 * (报纸名, 出版日期(版次)[引用日期], the newspaper's name unknown here).
 * An unknown author is 佚名, as the standard prescribes; an unknown date, access date or URL is
 * left out rather than invented.
 */
export function toGbt7714(s: CitationSource): string {
  const kind = itemKind(s.type);
  const authors = s.authors.length ? s.authors.map((a) => a.name).join(', ') : '佚名';
  const title = s.docNumber ? `${s.title}: ${s.docNumber}` : s.title;
  const date = s.date?.date ?? '';
  const place = kind.gbt === 'N' ? `${date}${s.locator ? `(${s.locator})` : ''}` : `${s.locator}${date ? `(${date})` : ''}`;
  const where = `${place}${s.accessed ? `[${s.accessed}]` : ''}`;
  return [authors, `${title}[${kind.gbt}/OL]`, where, s.url].filter(Boolean).join('. ') + '.';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `December 1, 2026`; `December 2024` for a month: how APA writes a retrieval date. */
export function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return m ? `${MONTHS[Number(m) - 1]}${d ? ` ${Number(d)},` : ''} ${y}` : y!;
}

/** `Li, J., & Chen, R.`: people inverted with initials, institutions by their English name. */
function apaAuthors(authors: CitationAuthor[]): string {
  const names = authors.map((a) => (a.institution ? (a.nameEn ?? a.name) : a.latin ? personApa(a.latin) : a.name));
  if (names.length < 2) return names[0] ?? '';
  // APA's serial comma: always after an inverted name (`Li, J., & Chen, R.`), with three or more.
  const serial = names.length > 2 || !authors.at(-2)!.institution ? ',' : '';
  return `${names.slice(0, -1).join(', ')}${serial} & ${names.at(-1)}`;
}

/** `Li, J.`; a person known by one name (`Madonna`, `李`) is that name alone. */
function personApa({ family, given }: LatinName): string {
  return given.trim() ? `${family}, ${initials(given)}` : family;
}

/** `Jiajia` → `J.`; a hyphenated given name keeps its hyphen (`Xiao-Ming` → `X.-M.`). */
function initials(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .map((w) => w.split('-').map((p) => `${p[0]!.toUpperCase()}.`).join('-'))
    .join(' ');
}

/**
 * APA 7 reference, as the official APA CSL style renders the item with the English gloss in
 * brackets after the title: `Author. (2019). *Title [Gloss]* (No. 文号). URL`. A report is dated by
 * its year, a newspaper article by its full date; an undated work gets `(n.d.)` and a retrieval
 * date; with no author the title and its gloss take the author's place. Italics are marked with
 * {@link ITALIC_START} and {@link ITALIC_END}, which the page turns into markup and plain text drops.
 */
export function toApa(s: CitationSource): string {
  const author = apaAuthors(s.authors);
  const [y, m, d] = (s.date?.date ?? '').split('-');
  const full = itemKind(s.type).csl === 'article-newspaper';
  const when = s.date ? `(${y}${full && m ? `, ${MONTHS[Number(m) - 1]}${d ? ` ${Number(d)}` : ''}` : ''})` : '(n.d.)';
  const title = `${ITALIC_START}${s.title} [${s.titleEn}]${ITALIC_END}`;
  const number = s.docNumber ? ` (No. ${s.docNumber})` : '';
  const head = author ? `${author.replace(/\.?$/, '.')} ${when}. ${title}${number}.` : `${title}${number}. ${when}.`;
  const retrieved = !s.url ? '' : !s.date && s.accessed ? ` Retrieved ${apaDate(s.accessed)}, from ${s.url}` : ` ${s.url}`;
  return `${head}${retrieved}`;
}

/** A formatted citation as plain text, italics dropped: what a copy button puts on the clipboard. */
export function plainText(text: string): string {
  return text.replaceAll(ITALIC_START, '').replaceAll(ITALIC_END, '');
}
