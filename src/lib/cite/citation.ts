import type { DocumentType, PartialDate } from '../../schemas/document.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';

/** Everything a citation of one clause (or a whole document) needs, read from the metadata. */
export interface CitationSource {
  /** Institutions or people, as printed; empty when unknown. */
  authors: { name: string; nameEn?: string; institution: boolean }[];
  title: string;
  titleEn: string;
  docNumber: string | null;
  date: PartialDate | null;
  type: DocumentType;
  url: string;
  /** Date the reader consulted Duidu, YYYY-MM-DD. */
  accessed: string;
  /** `第三部分（五）`; empty for a whole document. */
  locator: string;
  /** `三（五）`: the clause label, for English styles. */
  label: string;
}

export function toCitationSource(meta: PlanFrontmatter, url: string, accessed: string, locator = '', label = ''): CitationSource {
  const authors =
    meta.issuers !== 'unknown'
      ? meta.issuers.map((i) => ({ name: i.name, nameEn: i.nameEn, institution: true }))
      : meta.authors.map((a) => ({ name: a, institution: false }));
  const date = meta.issued !== 'unknown' ? meta.issued : meta.published !== 'unknown' ? meta.published : null;
  return {
    authors,
    title: meta.title,
    titleEn: meta.titleEn,
    docNumber: typeof meta.docNumber === 'string' && meta.docNumber !== 'unknown' ? meta.docNumber : null,
    date,
    type: meta.type,
    url,
    accessed,
    locator,
    label,
  };
}

const isNews = (s: CitationSource) => s.type === 'news-report';

/**
 * GB/T 7714-2015, online resource: `主要责任者. 题名: 文号[类型标识/OL]. (发布日期): 引文位置[引用日期]. 获取路径.`
 * Government notices and plans are electronic bulletins (EB/OL); a newspaper article is N/OL.
 * An unknown author is 佚名, as the standard prescribes.
 */
export function toGbt7714(s: CitationSource): string {
  const authors = s.authors.length ? s.authors.map((a) => a.name).join(', ') : '佚名';
  const code = isNews(s) ? 'N/OL' : 'EB/OL';
  const title = s.docNumber ? `${s.title}: ${s.docNumber}` : s.title;
  const date = s.date ? `(${s.date.date})` : '';
  const where = s.locator ? (date ? `: ${s.locator}` : s.locator) : '';
  return `${authors}. ${title}[${code}]. ${date}${where}[${s.accessed}]. ${s.url}.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7: institution or person, (year, month day). *Chinese title* [English gloss] (No.). Site. URL */
export function toApa(s: CitationSource): string {
  const names = s.authors.map((a) => (a.institution ? (a.nameEn ?? a.name) : a.name));
  const author = names.length ? (names.length > 1 ? `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}` : names[0]!) : s.title;
  const [y, m, d] = (s.date?.date ?? '').split('-');
  const when = s.date ? `(${y}${m ? `, ${MONTHS[Number(m) - 1]}${d ? ` ${Number(d)}` : ''}` : ''})` : '(n.d.)';
  const title = names.length ? ` ${s.title} [${s.titleEn}]` : ` [${s.titleEn}]`;
  const number = s.docNumber ? ` (${s.docNumber})` : '';
  const where = s.label ? ` Clause ${s.label}.` : '';
  return `${author}. ${when}.${title}${number}.${where} Duidu. Retrieved ${s.accessed}, from ${s.url}`;
}
