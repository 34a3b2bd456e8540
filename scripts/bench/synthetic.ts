/**
 * A synthetic corpus for benchmarks: the real sources, plus documents made from them with new
 * ids, regions, years and titles. Every real document serves as a template in turn, so each
 * source format, document type and page type appears at every size. Line-paragraph texts are
 * often recombined from the numbered parts of several real plans, so clause texts and document
 * shapes vary; the others are copied line for line (their corrections point at line numbers).
 * A share of the documents is then varied (variations.ts): numbering printed in other styles,
 * traditional characters, full-width digits or half-width brackets, each said in the meta note.
 * Deterministic for a seed. Every document is run through the real ingest before it is
 * returned, so the corpus is always valid pipeline input.
 */
import { Clauses } from '../../src/schemas/clause.ts';
import { DocumentMeta, type PartialDate } from '../../src/schemas/document.ts';
import { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { regionChain, type Region } from '../../src/schemas/regions.ts';
import { ingestDocument } from '../ingest/index.ts';
import { seeded, type Random } from './random.ts';
import { joinParts, splitParts } from './recombine.ts';
import { regionPool, shortName } from './synthetic-regions.ts';
import { draw, vary } from './vary.ts';

/** The files of one `sources/<id>/` folder. */
export interface SourceFolder {
  id: string;
  text: string;
  meta: string;
  corrections?: string | undefined;
}

export interface Corpus {
  /** `sources/regions.json`. */
  regions: Region[];
  sources: SourceFolder[];
}

interface Template {
  source: SourceFolder;
  meta: DocumentMeta;
  /** Words of the id between region and years: `guangzhou-opening-2021-2025` → `opening`. */
  topic: string;
}

/** How often a recombinable template is recombined rather than copied. */
const RECOMBINE_SHARE = 0.7;

function shiftDate(d: PartialDate | 'unknown', years: number): PartialDate | 'unknown' {
  return d === 'unknown' ? d : { ...d, date: String(Number(d.date.slice(0, 4)) + years) + d.date.slice(4) };
}

/** Metadata for the new document: region, years and names changed, marked as synthetic. */
function synthMeta(meta: DocumentMeta, region: Region, years: number, rename: (s: string) => string, renameEn: (s: string) => string): DocumentMeta {
  return {
    ...meta,
    title: rename(meta.title),
    shortTitle: rename(meta.shortTitle),
    titleEn: `${renameEn(meta.titleEn)} [synthetic]`,
    issuers: meta.issuers === 'unknown' ? meta.issuers : meta.issuers.map((i) => ({ name: rename(i.name), nameEn: renameEn(i.nameEn) })),
    issued: shiftDate(meta.issued, years),
    published: shiftDate(meta.published, years),
    region: region.id,
    period: meta.period && meta.period !== 'unknown' ? { start: meta.period.start + years, end: meta.period.end + years } : meta.period,
    milestones: meta.milestones.map((y) => y + years),
    note: `合成文本，仅供基准测试（由真实文件 ${meta.receivedAs} 重组）。${rename(meta.note)}`,
  };
}

/** Replaces every occurrence of each `from` by its `to`, longest first. */
function replacer(pairs: readonly (readonly [string, string])[]): (s: string) => string {
  const sorted = [...pairs].filter(([a]) => a.length > 0).sort((a, b) => b[0].length - a[0].length);
  return (s) => sorted.reduce((out, [from, to]) => out.split(from).join(to), s);
}

// A year as plans write it: before 年 (PDF text may put a space between), a dash of a range,
// or 〕 of a document number. Counts such as 2000余人 are left alone. Four digits stay four, so
// line lengths do not change.
const YEAR = /(?<![0-9])(19[5-9][0-9]|20[0-9]{2})(?=\s*年|—|–|-|〕)/g;
const shiftYears = (s: string, years: number) => s.replace(YEAR, (y) => String(Number(y) + years));

const englishBase = (r: Region) => r.nameEn.replace(/ (District|Province)$/, '');

/** A document's years as they appear in its id: `2021-2025`, or the publication year. */
function idYears(meta: DocumentMeta): string {
  if (meta.period && meta.period !== 'unknown') return `${meta.period.start}-${meta.period.end}`;
  const dated = [meta.published, meta.issued].find((d) => d !== 'unknown');
  return dated ? dated.date.slice(0, 4) : 'undated';
}

/**
 * The real corpus plus `count` synthetic documents.
 * @param real the real sources and regions (their order does not matter).
 */
export function synthesize(real: Corpus, count: number, seed = 1): Corpus {
  const random: Random = seeded(seed);
  const templates: Template[] = [...real.sources]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((source) => {
      const meta = DocumentMeta.parse(JSON.parse(source.meta));
      const topic = source.id.replace(`${meta.region}-`, '').replace(/(-\d{4})+$/, '');
      return { source, meta, topic };
    });
  // Parts that may move between documents: line-paragraph texts with no corrections (those
  // point at line numbers), grouped by what the structure stage reads differently.
  const recombinable = (t: Template) => t.meta.layout.format === 'line-paragraphs' && t.source.corrections === undefined;
  const shape = (t: Template) => `${t.meta.layout.spacing}/${t.meta.layout.continuousSections}`;
  const partPool = new Map<string, string[][]>();
  for (const t of templates.filter(recombinable)) {
    const split = splitParts(t.source.text, t.meta.layout);
    if (split) partPool.set(shape(t), [...(partPool.get(shape(t)) ?? []), ...split.parts]);
  }

  const pool = regionPool(random, real.regions);
  const sources: SourceFolder[] = [...real.sources];
  for (let k = 0; k < count; k++) {
    const t = templates[k % templates.length]!;
    const region = pool.get(t.meta.level);
    const regions = [...real.regions, ...pool.made()];
    const years = random.int(-4, 4);
    const variations = draw(random);
    // Names along the region chain (渝中 ⊂ 重庆) become the new chain's names, pair by pair.
    const from = regionChain(regions, t.meta.region);
    const to = regionChain(regions, region.id);
    const pairs = from.flatMap((r, i) => (to[i] && shortName(r).length === shortName(to[i]).length ? [[shortName(r), shortName(to[i])] as const] : []));
    const pairsEn = from.flatMap((r, i) => (to[i] ? [[englishBase(r), englishBase(to[i])] as const] : []));
    const names = replacer(pairs);
    const namesEn = replacer(pairsEn);
    const rename = (s: string) => shiftYears(names(s), years);
    const meta = synthMeta(t.meta, region, years, rename, (s) => shiftYears(namesEn(s), years));
    const id = `syn${String(k + 1).padStart(4, '0')}-${region.id}-${t.topic}-${idYears(meta)}`;

    let text = t.source.text;
    let layout = t.meta.layout;
    const split = recombinable(t) ? splitParts(text, layout) : undefined;
    const parts = partPool.get(shape(t)) ?? [];
    if (split && random.next() < RECOMBINE_SHARE) {
      const n = Math.max(1, Math.min(parts.length, split.parts.length + random.int(-1, 1)));
      ({ text, layout } = joinParts(split, layout, random.shuffle(parts).slice(0, n)));
    }
    // Same-length names and years keep line lengths, which hard-wrapped paragraph joining reads.
    // Hints name their text, so they are renamed with it.
    const renamedLayout = (l: DocumentMeta['layout']): DocumentMeta['layout'] => JSON.parse(rename(JSON.stringify(l))) as DocumentMeta['layout'];
    const candidates: [string, DocumentMeta['layout']][] = [
      [rename(text), renamedLayout(layout)],
      [text, layout],
      [rename(t.source.text), renamedLayout(t.meta.layout)],
      [t.source.text, t.meta.layout],
    ];
    // Each candidate varied first, then as it is: a variation that does not ingest is dropped.
    // Tried one by one, as each try runs the ingest.
    const tries = function* () {
      for (const [txt, lay] of candidates) {
        const plain = { text: txt, meta: { ...meta, layout: lay } };
        const varied = vary(plain.text, plain.meta, variations);
        if (varied) yield varied;
        yield plain;
      }
    };
    const folder = tries()
      .map((c): SourceFolder => ({ id, text: c.text, meta: JSON.stringify(c.meta, null, 2) + '\n', corrections: t.source.corrections }))
      .find((f) => ingests(f, regions));
    if (!folder) throw new Error(`synthetic: ${id} (from ${t.source.id}) does not ingest even as a plain copy`);
    sources.push(folder);
  }
  return { regions: [...real.regions, ...pool.made()], sources };
}

/** Whether the folder passes ingest and the schemas the site loads (as `ingestAll` checks). */
function ingests(f: SourceFolder, regions: readonly Region[]): boolean {
  try {
    const doc = ingestDocument({ ...f, dir: `sources/${f.id}` }, regions);
    PlanFrontmatter.parse(doc.frontmatter);
    Clauses.parse(doc.clauses);
    return true;
  } catch {
    return false;
  }
}
