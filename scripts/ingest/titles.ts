/**
 * The titles a page and a citation show. A document that prints no title (`"title": "unknown"`)
 * is described by who issued it, when and what it is, so the word "unknown" never reaches a reader.
 */
import type { DocumentMeta, DocumentType } from '../../src/schemas/document.ts';
import type { Region } from '../../src/schemas/regions.ts';

const TYPE_NAMES: Record<DocumentType, { zh: string; en: string }> = {
  'notice-with-plan': { zh: '印发工作方案的通知', en: 'notice issuing a work plan' },
  'five-year-plan': { zh: '五年规划', en: 'five-year plan' },
  'implementation-plan': { zh: '实施方案', en: 'implementation plan' },
  'plan-summary': { zh: '规划摘要', en: 'plan summary' },
  'news-report': { zh: '新闻报道', en: 'news report' },
};

export interface Titles {
  title: string;
  shortTitle: string;
  titleEn: string;
  titleSupplied?: true;
}

function yearOf(meta: DocumentMeta): number | undefined {
  const date = [meta.issued, meta.published].find((d) => d !== 'unknown');
  if (date) return Number(date.date.slice(0, 4));
  return meta.period && meta.period !== 'unknown' ? meta.period.start : undefined;
}

/** The document's titles, with a description standing in for any that is unknown. */
export function toTitles(meta: DocumentMeta, region: Region): Titles {
  const year = yearOf(meta);
  const type = TYPE_NAMES[meta.type];
  const issuer = meta.issuers === 'unknown' ? undefined : meta.issuers[0];
  const zhYear = year === undefined ? '' : `${year}年`;
  const enYear = year === undefined ? '' : `, ${year}`;
  const describedEn = `${type.en[0]!.toUpperCase()}${type.en.slice(1)}, ${issuer?.nameEn ?? region.nameEn}${enYear}`;
  if (meta.title === 'unknown') {
    return {
      title: `${issuer?.name ?? region.name}${zhYear}${type.zh}（原题不详）`,
      shortTitle: meta.shortTitle === 'unknown' ? `${region.name}${zhYear}${type.zh}` : meta.shortTitle,
      titleEn: meta.titleEn === 'unknown' ? `Untitled ${type.en}, ${issuer?.nameEn ?? region.nameEn}${enYear}` : meta.titleEn,
      titleSupplied: true,
    };
  }
  return {
    title: meta.title,
    shortTitle: meta.shortTitle === 'unknown' ? meta.title : meta.shortTitle,
    titleEn: meta.titleEn === 'unknown' ? describedEn : meta.titleEn,
  };
}
