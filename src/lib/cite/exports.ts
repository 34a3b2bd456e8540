import { itemKind, type CitationAuthor, type CitationSource } from './citation.ts';

/**
 * The clause a citation points to, for the exports: a reference manager has no field for a place
 * inside a report, so it goes in a note, and the URL leads to the clause itself.
 */
const placeNote = (s: CitationSource) => (s.locator ? `引文位置：${s.locator}` : '');

/** CSL-JSON item: what Zotero, Mendeley and citeproc read. */
export function toCslJson(id: string, s: CitationSource): Record<string, unknown> {
  const dateParts = (d: string) => [d.split('-').map(Number)];
  const name = (a: CitationAuthor) => (a.institution || !a.family ? { literal: a.name } : { family: a.family, given: a.given ?? '' });
  // The issuing body is the author, not also the publisher: with a publisher, GB/T styles switch
  // to the printed-book form (出版者, 出版年) and drop the day of issue.
  const note = [placeNote(s), `English title (a gloss, not an official title): ${s.titleEn}`].filter(Boolean).join('\n');
  return {
    id,
    type: itemKind(s.type).csl,
    title: s.title,
    ...(s.authors.length ? { author: s.authors.map(name) } : {}),
    ...(s.docNumber ? { number: s.docNumber } : {}),
    ...(s.date ? { issued: { 'date-parts': dateParts(s.date.date) } } : {}),
    ...(s.accessed ? { accessed: { 'date-parts': dateParts(s.accessed) } } : {}),
    ...(s.url ? { URL: s.url } : {}),
    language: 'zh-CN',
    note,
  };
}

const risDate = (iso: string) => `${iso.replace(/-/g, '/')}${iso.length === 7 ? '//' : '/'}`;

/**
 * RIS, with the tags Zotero and EndNote read for each field: `SN` is a report's number (the
 * 文号), `TT` the translated title (the English gloss; `T2` would be a report's series or a
 * newspaper's name), `N1` a note with the cited place.
 */
export function toRis(s: CitationSource): string {
  const lines: [string, string][] = [['TY', itemKind(s.type).ris]];
  // A trailing comma marks a name as one field (an institution), not surname + given name.
  for (const a of s.authors) lines.push(['AU', a.institution || !a.family ? `${a.name},` : `${a.family}, ${a.given}`]);
  lines.push(['TI', s.title], ['TT', s.titleEn]);
  if (s.docNumber) lines.push(['SN', s.docNumber]);
  // DA is YYYY/MM/DD/other: a month-precise date leaves the day empty (`2024/12//`).
  if (s.date) lines.push(['PY', s.date.date.slice(0, 4)], ['DA', risDate(s.date.date)]);
  if (s.accessed) lines.push(['Y2', risDate(s.accessed)]);
  if (s.url) lines.push(['UR', s.url]);
  lines.push(['LA', 'zh-CN']);
  if (s.locator) lines.push(['N1', placeNote(s)]);
  lines.push(['ER', '']);
  return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n') + '\r\n';
}

/**
 * biblatex: a notice or plan is `@report` with its 文号 as `number`; the news feature an
 * `@article` of `entrysubtype` newspaper. Braces keep institution names and Chinese titles from
 * being split or re-cased; the date is given once, as `date`.
 */
export function toBibtex(key: string, s: CitationSource): string {
  const esc = (t: string) => t.replace(/([{}\\&%$#_^~])/g, '\\$1');
  const name = (a: CitationAuthor) => (a.institution || !a.family ? `{${esc(a.name)}}` : `${esc(a.family)}, ${esc(a.given ?? '')}`);
  const kind = itemKind(s.type).bibtex;
  const fields: [string, string][] = [];
  if (s.authors.length) fields.push(['author', s.authors.map(name).join(' and ')]);
  fields.push(['title', `{${esc(s.title)}}`], ['titleaddon', `{[${esc(s.titleEn)}]}`]);
  if (kind === 'article') fields.push(['entrysubtype', 'newspaper']);
  if (s.docNumber) fields.push(['number', esc(s.docNumber)]);
  if (s.date) fields.push(['date', s.date.date]);
  if (s.url) fields.push(['url', s.url]);
  if (s.accessed) fields.push(['urldate', s.accessed]);
  fields.push(['langid', 'chinese']);
  if (s.locator) fields.push(['note', esc(placeNote(s))]);
  return `@${kind}{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}
