import type { AdminLevel } from '../schemas/regions.ts';
import type { DocumentMeta, DocumentType, PartialDate } from '../schemas/document.ts';
import { formatDateEn } from './i18n/format-en.ts';
import type { Lang } from './i18n/lang.ts';

export const typeNames: Record<DocumentType, { zh: string; en: string }> = {
  'notice-with-plan': { zh: '印发通知及工作方案', en: 'Notice issuing a work plan' },
  'five-year-plan': { zh: '五年规划', en: 'Five-year plan' },
  'implementation-plan': { zh: '实施方案', en: 'Implementation plan' },
  'plan-summary': { zh: '规划主要内容（摘要）', en: 'Published summary of a plan' },
  'news-report': { zh: '新闻报道', en: 'News report' },
};

export const levelNames: Record<AdminLevel, { zh: string; en: string }> = {
  province: { zh: '省级', en: 'Province' },
  municipality: { zh: '直辖市', en: 'Municipality' },
  city: { zh: '地级市', en: 'City' },
  district: { zh: '区县', en: 'District' },
};

export const UNKNOWN_ZH = '不详';
const UNKNOWN = { zh: UNKNOWN_ZH, en: 'Unknown' } as const;

/** `2019年5月30日` or `2024年12月`, `2024年12月（推断）` when no date is printed; 不详 when unknown. */
export function formatDate(d: PartialDate | 'unknown', lang: Lang = 'zh'): string {
  if (d === 'unknown') return UNKNOWN[lang];
  if (lang === 'en') return formatDateEn(d.precision === 'day' ? d.date : d.date.slice(0, 7)) + (d.inferredFrom ? ' (inferred)' : '');
  const [y, m, day] = d.date.split('-').map(Number);
  const shown = d.precision === 'day' ? `${y}年${m}月${day}日` : `${y}年${m}月`;
  return d.inferredFrom ? `${shown}（推断）` : shown;
}

/** `2021—2025年`; 不适用 for a document that is not a plan. */
export function formatPeriod(p: DocumentMeta['period'], lang: Lang = 'zh'): string {
  if (p === 'unknown') return UNKNOWN[lang];
  if (p === null) return lang === 'en' ? 'Not applicable' : '不适用';
  return lang === 'en' ? `${p.start}–${p.end}` : `${p.start}—${p.end}年`;
}

export function formatIssuers(meta: Pick<DocumentMeta, 'issuers' | 'authors'>, lang: Lang = 'zh'): string {
  if (meta.issuers === 'unknown') return meta.authors.length ? (lang === 'en' ? `${meta.authors.join(', ')} (reporters)` : `${meta.authors.join('、')}（记者）`) : UNKNOWN[lang];
  return lang === 'en' ? meta.issuers.map((i) => i.nameEn).join('; ') : meta.issuers.map((i) => i.name).join('、');
}

export function formatDocNumber(n: DocumentMeta['docNumber'], lang: Lang = 'zh'): string {
  if (n === null) return lang === 'en' ? 'None' : '无';
  return n === 'unknown' ? UNKNOWN[lang] : n;
}

/** The date a document is ordered by: issued, else published; unknown dates sort by period. */
export function sortKey(meta: Pick<DocumentMeta, 'issued' | 'published' | 'period'>): string {
  const d = meta.issued !== 'unknown' ? meta.issued : meta.published;
  if (d !== 'unknown') return d.date;
  if (meta.period && meta.period !== 'unknown') return String(meta.period.start);
  return '9999';
}

/** When a document applies, for lists: its period (`2021—2025年`), else the date it was issued or published. */
export function formatWhen(meta: Pick<DocumentMeta, 'issued' | 'published' | 'period'>, lang: Lang = 'zh'): string {
  if (meta.period && meta.period !== 'unknown') return formatPeriod(meta.period, lang);
  const d = meta.issued !== 'unknown' ? meta.issued : meta.published;
  return d === 'unknown' ? UNKNOWN[lang] : formatDate(d, lang);
}
