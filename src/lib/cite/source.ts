import { pinyin } from 'pinyin-pro';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { CitationAuthor, CitationSource } from './citation.ts';

/** Two-character family names; any other Chinese name takes its first character as the family name. */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '独孤', '南宫', '西门']);

const capitalised = (syllables: readonly string[]) => syllables.join('').replace(/^./, (c) => c.toUpperCase());

const readings = new Map<string, readonly string[]>();

/** A name's pinyin, read once a build: every clause's citation names its plan's authors. */
function surnameReading(name: string): readonly string[] {
  let syllables = readings.get(name);
  if (!syllables) readings.set(name, (syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' })));
  return syllables;
}

/**
 * A person named in Chinese characters, split into family and given name, with pinyin (read in
 * surname mode, so 单 is Shan and 曾 Zeng) for English styles: 李佳佳 → 李 + 佳佳, Li, Jiajia.
 * A name in Latin letters is split at its last space.
 */
export function personName(name: string): CitationAuthor {
  if (!/^\p{Script=Han}{2,}$/u.test(name)) {
    const i = name.lastIndexOf(' ');
    const family = i < 0 ? name : name.slice(i + 1);
    const given = i < 0 ? '' : name.slice(0, i);
    return { name, institution: false, family, given, latin: { family, given } };
  }
  const split = COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length > 2 ? 2 : 1;
  const syllables = surnameReading(name);
  return {
    name,
    institution: false,
    family: name.slice(0, split),
    given: name.slice(split),
    latin: { family: capitalised(syllables.slice(0, split)), given: capitalised(syllables.slice(split)) },
  };
}

/**
 * What a citation needs of a document, read from its metadata. `url` and `accessed` are null
 * where they are not known (a file built ahead of time has no access date).
 */
export function toCitationSource(meta: PlanFrontmatter, url: string | null, accessed: string | null, locator = '', label = ''): CitationSource {
  const authors: CitationAuthor[] =
    meta.issuers !== 'unknown' ? meta.issuers.map((i) => ({ name: i.name, nameEn: i.nameEn, institution: true })) : meta.authors.map(personName);
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
