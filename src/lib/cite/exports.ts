import type { CitationSource } from './citation.ts';

/** CSL-JSON item: what Zotero and citeproc read. */
export function toCslJson(id: string, s: CitationSource): Record<string, unknown> {
  const dateParts = (d: string) => [d.split('-').map(Number)];
  return {
    id,
    // Government notices and plans as reports by their issuing body; Zotero reads them as Report.
    type: s.type === 'news-report' ? 'article-newspaper' : 'report',
    title: s.locator ? `${s.title}（${s.locator}）` : s.title,
    'title-short': s.titleEn,
    author: s.authors.map((a) => ({ literal: a.name })),
    ...(s.authors.some((a) => a.institution) ? { publisher: s.authors.map((a) => a.name).join('、') } : {}),
    ...(s.docNumber ? { number: s.docNumber } : {}),
    ...(s.date ? { issued: { 'date-parts': dateParts(s.date.date) } } : {}),
    accessed: { 'date-parts': dateParts(s.accessed) },
    URL: s.url,
    language: 'zh-CN',
  };
}

/** RIS: EndNote's interchange format. GOVDOC for government documents, NEWS for the press. */
export function toRis(s: CitationSource): string {
  const lines: [string, string][] = [['TY', s.type === 'news-report' ? 'NEWS' : 'GOVDOC']];
  // A trailing comma marks a name as one field (an institution), not surname + given name.
  for (const a of s.authors) lines.push(['AU', a.institution ? `${a.name},` : a.name]);
  lines.push(['TI', s.locator ? `${s.title}（${s.locator}）` : s.title], ['T2', s.titleEn]);
  if (s.docNumber) lines.push(['M1', s.docNumber]);
  if (s.date) lines.push(['PY', s.date.date.slice(0, 4)], ['DA', s.date.date.replace(/-/g, '/')]);
  lines.push(['Y2', s.accessed.replace(/-/g, '/')], ['UR', s.url], ['LA', 'zh-CN'], ['ER', '']);
  return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n') + '\r\n';
}

/** BibTeX: braces protect institution names and Chinese titles from re-casing. */
export function toBibtex(key: string, s: CitationSource): string {
  const esc = (t: string) => t.replace(/([{}\\&%$#_^~])/g, '\\$1');
  const fields: [string, string][] = [];
  if (s.authors.length) fields.push(['author', s.authors.map((a) => (a.institution ? `{${esc(a.name)}}` : esc(a.name))).join(' and ')]);
  fields.push(['title', `{${esc(s.locator ? `${s.title}（${s.locator}）` : s.title)}}`], ['titleaddon', `{${esc(s.titleEn)}}`]);
  if (s.docNumber) fields.push(['number', esc(s.docNumber)]);
  if (s.date) {
    fields.push(['year', s.date.date.slice(0, 4)]);
    if (s.date.date.length >= 7) fields.push(['month', String(Number(s.date.date.slice(5, 7)))]);
    fields.push(['date', s.date.date]);
  }
  fields.push(['url', s.url], ['urldate', s.accessed], ['langid', 'chinese']);
  const institutions = s.authors.filter((a) => a.institution);
  if (institutions.length) fields.push(['institution', institutions.map((a) => `{${esc(a.name)}}`).join(' and ')], ['type', '政府文件']);
  const type = s.type === 'news-report' || !institutions.length ? 'misc' : 'report';
  return `@${type}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}
