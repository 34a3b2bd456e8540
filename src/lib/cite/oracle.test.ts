/**
 * The citations checked against reference implementations: citeproc-js with the official
 * GB/T 7714-2015 (numeric) and APA 7 CSL styles (csl/, see its README) renders the CSL-JSON
 * export, and the RIS and BibTeX exports are read back by Citation.js's parsers. Run for every
 * document and for a clause of every kind it has.
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { itemKind, toApa, toGbt7714, type CitationSource } from './citation.ts';
import { toBibtex, toCslJson, toRis } from './exports.ts';
import { clauseLocators } from './locator.ts';
import { ITALIC_END, ITALIC_START } from './slots.ts';
import { toCitationSource } from './source.ts';
import { clausesOf, documentIds, frontmatterOf } from './test-documents.ts';

const csl = (file: string) => readFileSync(new URL(`./csl/${file}`, import.meta.url), 'utf8');
const locales: Record<string, string> = { 'zh-CN': csl('locales-zh-CN.xml'), 'en-US': csl('locales-en-US.xml') };

const engines = new Map<string, { engine: CSL.Engine; items: Map<string, Record<string, unknown>> }>();

/** One bibliography entry as citeproc-js renders it with an official style (one engine a style, reused). */
function citeproc(style: string, lang: 'zh-CN' | 'en-US', item: Record<string, unknown>, format: 'text' | 'html'): string {
  if (!engines.has(style)) {
    const items = new Map<string, Record<string, unknown>>();
    const sys = { retrieveLocale: (l: string) => locales[l.startsWith('zh') ? 'zh-CN' : 'en-US'], retrieveItem: (id: string) => items.get(id) };
    engines.set(style, { engine: new CSL.Engine(sys, csl(style), lang), items });
  }
  const { engine, items } = engines.get(style)!;
  const id = `item-${items.size}`;
  items.set(id, { ...item, id });
  engine.setOutputFormat(format);
  engine.updateItems([id]);
  const entry = (engine.makeBibliography() as [unknown, string[]])[1][0]!;
  return format === 'html' ? entry.trim().replace(/^<div class="csl-entry">|<\/div>$/g, '') : entry.trim();
}

/**
 * The item as an English-language library records it for APA: institutions by their English
 * names, people in pinyin, the gloss in brackets after the title (APA's form for a translated title).
 */
function englishItem(item: Record<string, unknown>, s: CitationSource): Record<string, unknown> {
  const author = s.authors.map((a) => (a.institution ? { literal: a.nameEn ?? a.name } : a.latin ? { family: a.latin.family, given: a.latin.given } : { literal: a.name }));
  return { ...item, title: `${s.title} [${s.titleEn}]`, ...(author.length ? { author } : {}), language: 'en' };
}

const html = (t: string) => t.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replaceAll(ITALIC_START, '<i>').replaceAll(ITALIC_END, '</i>');
const ACCESSED = '2026-12-01';

const cases = documentIds.flatMap((id) => {
  const clauses = clausesOf(id);
  const locators = clauseLocators(clauses);
  const firstOfKind = [...new Map(clauses.map((c) => [c.kind, c] as const).reverse()).values()].reverse();
  return [
    { id, clause: null, name: 'the whole document', locator: '', label: '' },
    ...firstOfKind.map((c) => ({ id, clause: c.id, name: `a ${c.kind} (${c.id})`, locator: locators.get(c.id)!, label: c.label })),
  ];
});

describe.each(cases)('$id, $name', ({ id, clause, locator, label }) => {
  const url = `https://duidu.test/plans/${id}/${clause ? `#${clause}` : ''}`;
  const s = toCitationSource(frontmatterOf(id), url, ACCESSED, locator, label);
  const item = toCslJson('item', s);
  const kind = itemKind(s.type);

  it('GB/T 7714: the page shows what citeproc renders from the CSL-JSON, with the cited place where the template puts it', () => {
    const oracle = citeproc('china-national-standard-gb-t-7714-2015-numeric.csl', 'zh-CN', item, 'text').replace(/^\[1\]\s*/, '');
    // The standard asks for 佚名 where the author is unknown; the CSL style leaves the author out.
    const expected = s.authors.length ? oracle : `佚名. ${oracle}`;
    const place = !locator ? '' : kind.gbt === 'N' ? `(${locator})` : locator;
    const ours = toGbt7714(s);
    expect(ours.replace(place, '')).toBe(expected);
    if (locator) expect(ours).toMatch(kind.gbt === 'N' ? /\)\[2026-12-01\]\. https:/ : new RegExp(`\\. ${locator.replace(/[()（）]/g, '.')}(\\(\\d{4}[-\\d]*\\))?\\[2026-12-01\\]`));
  });

  it('APA: the page shows what citeproc renders, italics included', () => {
    const oracle = citeproc('apa.csl', 'en-US', englishItem(item, s), 'html');
    // citeproc sets straight apostrophes as typographic ones.
    expect(html(toApa(s))).toBe(oracle.replace(/’/g, "'"));
  });

  /** Names as a parser reads them: a one-field name (an institution) may come back as a bare family name. */
  const names = (list: unknown) =>
    ((list ?? []) as ({ literal?: string; family?: string; given?: string } | string)[]).map((n) =>
      typeof n === 'string' ? n.replace(', ', '|') : (n.literal ?? (n.given ? `${n.family}|${n.given}` : n.family)),
    );

  it('RIS reads back as the same item: 文号 as the report number, the gloss never as a series or newspaper', () => {
    const ris = toRis(s);
    const [read] = new Cite(ris).data as Record<string, unknown>[];
    // Citation.js reads TT (translated title) as the title itself, and a newspaper's date from PY
    // (the year) alone, so those are compared at the tag.
    expect(ris).toContain(`\r\nTI  - ${s.title}\r\nTT  - ${s.titleEn}\r\n`);
    if (s.date) expect(ris).toContain(`\r\nDA  - ${s.date.date.replace(/-/g, '/')}/`);
    const issued = s.date && kind.ris === 'NEWS' ? { 'date-parts': [[Number(s.date.date.slice(0, 4))]] } : item['issued'];
    expect(read).toMatchObject({ type: item['type'], URL: url, ...(issued ? { issued } : {}), accessed: item['accessed'] });
    if (s.docNumber) expect(read!['number']).toBe(s.docNumber);
    // Citation.js files a newspaper's AU as its reporter, unparsed.
    expect(names(read!['author'] ?? read!['reporter'])).toEqual(names(item['author']));
    expect([read!['collection-title'], read!['container-title']]).not.toContain(s.titleEn);
  });

  it('BibTeX reads back as the same item, dated once and to the day', () => {
    const bib = toBibtex('item', s);
    const [read] = new Cite(bib).data as Record<string, unknown>[];
    // Citation.js files every @article as a journal article; biblatex's entrysubtype says newspaper.
    const type = kind.bibtex === 'article' ? 'article-journal' : item['type'];
    if (kind.bibtex === 'article') expect(bib).toContain('entrysubtype = {newspaper}');
    expect(read).toMatchObject({ type, title: s.title, URL: url, ...(item['issued'] ? { issued: item['issued'] } : {}) });
    expect(bib).not.toMatch(/^\s*(year|month) =/m);
    if (s.docNumber) expect(read!['number']).toBe(s.docNumber);
    expect(names(read!['author'])).toEqual(names(item['author']));
  });
});
