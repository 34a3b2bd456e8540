/**
 * `npm run align`: content/clauses + content/links (themes) + content/targets.json
 * → content/alignments/<document>.json (aligned clauses with their evidence).
 * `npm run align -- --check`: exit 1 when the committed files differ from what the aligner makes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { DocumentAlignments } from '../src/schemas/alignment.ts';
import { Clauses } from '../src/schemas/clause.ts';
import { DocumentLinks } from '../src/schemas/links.ts';
import { TargetRecords, UNASSIGNED } from '../src/schemas/target.ts';
import { AlignedGolden } from '../src/schemas/aligned-golden.ts';
import { currentRef } from '../src/lib/anchor-redirects.ts';
import { readRedirects } from './link/read-redirects.ts';
import { SourceError } from './ingest/errors.ts';
import { parseJsonFile } from './ingest/read-meta.ts';
import { alignCorpus, type AlignDocument } from './link/align-corpus.ts';
import { loadThemes } from './ingest.ts';
import { createSegmenter, type Segmenter } from './link/segment.ts';
import { countriesIn, countryNames } from './link/countries.ts';
import { CountryExclusions, CountryMentions } from '../src/schemas/countries.ts';
import { measureAligner, optionGrid } from './link/calibrate.ts';
import { isMain } from './node-version.ts';
import { Translation } from '../src/schemas/translation.ts';
import { clauseEnglish } from '../src/lib/translations/view.ts';
import { readGlossary } from './translations/load.ts';
import { judgedPairFeatures, type EnglishOf } from './link/pair-features.ts';
import { heldOut } from './link/held-out.ts';
import { defaultEnglishOptions } from './link/english.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ClauseFile = z.strictObject({ document: z.string(), clauses: Clauses });

/** Reads what the aligner needs from content/. */
export function loadAlignInput(base = root): AlignDocument[] {
  const read = (rel: string) => readFileSync(join(base, rel), 'utf8');
  const ids = readdirSync(join(base, 'content/clauses'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const targets = parseJsonFile(TargetRecords, read('content/targets.json'), 'content/targets.json');
  return ids.map((id) => {
    const { clauses } = parseJsonFile(ClauseFile, read(`content/clauses/${id}.json`), `content/clauses/${id}.json`);
    const links = parseJsonFile(DocumentLinks, read(`content/links/${id}.json`), `content/links/${id}.json`);
    const indicators = new Map<string, string[]>();
    // A figure no indicator claims says nothing about what another clause's figure measures.
    for (const t of targets) if (t.document === id && t.indicator !== UNASSIGNED) indicators.set(t.clause, [...new Set([...(indicators.get(t.clause) ?? []), t.indicator])]);
    return { id, clauses, themes: new Map(Object.entries(links.clauses).map(([c, e]) => [c, e.themes.filter((t) => t.role === 'about').map((t) => t.theme)])), indicators };
  });
}

/** The segmenter the aligner uses: jieba taught every theme term and country name. */
export function alignSegmenter(base = root) {
  return createSegmenter([...loadThemes(join(base, 'content/themes')).flatMap((t) => t.terms), ...countryNames]);
}

/**
 * Document → country code → the clauses naming the country (content/countries.json), less the
 * readings an editor ruled out; a ruling that no longer matches a reading is an error, so none goes stale.
 */
export function countryMentions(docs: readonly AlignDocument[], segment: Segmenter, excluded: CountryExclusions = []): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  const used = new Set<number>();
  for (const d of docs) {
    const byCountry: Record<string, string[]> = {};
    for (const c of d.clauses) {
      for (const code of countriesIn(c.text, segment)) {
        const rule = excluded.findIndex((x) => x.document === d.id && x.clause === c.id && x.country === code);
        if (rule >= 0) used.add(rule);
        else (byCountry[code] ??= []).push(c.id);
      }
    }
    out[d.id] = byCountry;
  }
  excluded.forEach((x, i) => {
    if (!used.has(i) && docs.some((d) => d.id === x.document)) throw new SourceError('content/countries-reviewed.json', undefined, `${x.document}#${x.clause} no longer reads ${x.country}: remove the entry`);
  });
  return out;
}

/**
 * Each clause's English where a translation (content/translations/<document>.json) has it for the
 * clause's current text; a stale or missing translation gives none.
 */
export function loadEnglishOf(base = root): EnglishOf {
  const dir = join(base, 'content/translations');
  const byDocument = new Map<string, Translation>();
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    if (!f.endsWith('.json') || f === 'glossary.json') continue;
    const t = parseJsonFile(Translation, readFileSync(join(dir, f), 'utf8'), `content/translations/${f}`);
    byDocument.set(t.document, t);
  }
  return (document, clause) => {
    const en = clauseEnglish(byDocument.get(document), clause);
    return en && !en.stale ? en.en : undefined;
  };
}

/** Editors' judged pairs (content/alignments-golden.json), applied over the aligner's. */
export function loadJudgements(base = root) {
  const file = join(base, 'content/alignments-golden.json');
  if (!existsSync(file)) return [];
  const redirects = readRedirects(base);
  // Pairs judged under a released anchor follow their clause when it moves.
  return parseJsonFile(AlignedGolden, readFileSync(file, 'utf8'), 'content/alignments-golden.json').pairs.map((p) => ({ ...p, a: currentRef(p.a, redirects), b: currentRef(p.b, redirects) }));
}

export function alignmentFiles(base = root): Map<string, string> {
  const input = loadAlignInput(base);
  const segment = alignSegmenter(base);
  const out = alignCorpus(input, segment, undefined, loadJudgements(base));
  const files = new Map(out.map((d) => [`alignments/${d.document}.json`, JSON.stringify(DocumentAlignments.parse(d)) + '\n']));
  const reviewed = join(base, 'content/countries-reviewed.json');
  const excluded = existsSync(reviewed) ? parseJsonFile(CountryExclusions, readFileSync(reviewed, 'utf8'), 'content/countries-reviewed.json') : [];
  files.set('countries.json', JSON.stringify(CountryMentions.parse(countryMentions(input, segment, excluded)), null, 1) + '\n');
  return files;
}

/** `--calibrate`: the aligner alone over a grid of settings, best recall first among those precise enough. */
function calibrate(): number {
  const docs = loadAlignInput();
  const segment = alignSegmenter();
  const judgements = loadJudgements();
  const rows = optionGrid([0.3, 0.4, 0.5, 0.6], [0, 0.1, 0.2], [0.6], [0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.45]).map((o) => measureAligner(docs, segment, judgements, o));
  rows.sort((a, b) => Number(b.precision >= 0.85) - Number(a.precision >= 0.85) || b.recall - a.recall || b.precision - a.precision);
  console.log('themes names indicators threshold | proposed right wrong unjudged | precision recall');
  for (const r of rows.slice(0, 20)) {
    const o = r.options;
    console.log(`${o.themes} ${o.names} ${o.indicators} ${o.threshold} | ${r.proposed} ${r.right} ${r.wrong} ${r.unjudged} | ${r.precision.toFixed(3)} ${r.recall.toFixed(3)}`);
  }
  console.log('unjudged proposals make precision uncertain: judge them into content/alignments-golden.json before choosing');
  return 0;
}

/**
 * `--held-out`: what each kind of evidence reaches on document pairs it was not fitted on (a
 * logistic regression per held-out document pair, scripts/link/held-out.ts), at precision ≥ 0.85.
 * The English evidence (scripts/link/english.ts) is measured here and not weighed by the aligner:
 * it lifts held-out recall by a few hundredths, while adding about half again to the published
 * alignment data (content/alignments).
 */
function heldOutTable(): number {
  // The English as it would be weighed (bounded like the Chinese words), and heavier variants.
  const english = {
    english: defaultEnglishOptions,
    'english-spread': { ...defaultEnglishOptions, spread: true },
    'english-bigrams-96': { maxTerms: 96, bigrams: true, spread: false },
    'english-bigrams-160': { maxTerms: 160, bigrams: true, spread: false },
  };
  const { pairs, unweighed, withoutEnglish } = judgedPairFeatures(loadAlignInput(), alignSegmenter(), loadJudgements(), loadEnglishOf(), readGlossary(root), english);
  const chinese = ['words', 'themes', 'names', 'indicators'];
  const sets: [string, string[]][] = [
    ['aligner score without English (threshold fitted)', ['current']],
    ...[...chinese, 'glossary', ...Object.keys(english)].map((f) => [f, [f]] as [string, string[]]),
    ['english + glossary', ['english', 'glossary']],
    ['chinese (words themes names indicators)', chinese],
    ['chinese + glossary', [...chinese, 'glossary']],
    ...Object.keys(english).map((f) => [`chinese + ${f}`, [...chinese, f]] as [string, string[]]),
    ...Object.keys(english).map((f) => [`chinese + ${f} + glossary`, [...chinese, f, 'glossary']] as [string, string[]]),
  ];
  const positives = pairs.filter((p) => p.aligned).length;
  console.log(`${pairs.length} judged pairs (${positives} aligned) in ${new Set(pairs.map((p) => p.fold)).size} document pairs; ${unweighed} with a clause the aligner does not weigh, ${withoutEnglish} with a clause lacking current English`);
  console.log('evidence | held out (threshold fitted on the other document pairs): precision recall right/wrong | pooled held-out scores, best at precision ≥ 0.85: precision recall | average precision');
  for (const [name, features] of sets) {
    const r = heldOut(pairs, features, 0.85);
    console.log(`${name} | ${r.strict.precision.toFixed(3)} ${r.strict.recall.toFixed(3)} ${r.strict.right}/${r.strict.wrong} | ${r.pooled.precision.toFixed(3)} ${r.pooled.recall.toFixed(3)} | ${r.averagePrecision.toFixed(3)}`);
  }
  return 0;
}

function main(): number {
  if (process.argv.includes('--calibrate')) return calibrate();
  if (process.argv.includes('--held-out')) return heldOutTable();
  let files: Map<string, string>;
  try {
    files = alignmentFiles();
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`align: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const dir = join(root, 'content/alignments');
  const owned = existsSync(dir) ? readdirSync(dir).map((f) => `alignments/${f}`) : [];
  const stale = owned.filter((f) => !files.has(f));
  const changed = [...files].filter(([p, text]) => !existsSync(join(root, 'content', p)) || readFileSync(join(root, 'content', p), 'utf8') !== text);
  const pairs = [...files.values()].reduce((n, t) => n + (t.match(/"clause":/g)?.length ?? 0), 0) / 2;
  if (process.argv.includes('--check')) {
    for (const [p] of changed) console.error(`align --check: content/${p} differs from what the aligner produces`);
    for (const p of stale) console.error(`align --check: content/${p} has no document`);
    if (changed.length || stale.length) {
      console.error('if the change is intended (new content, new themes or targets, a calibrated aligner), run `npm run align` and commit the result; if not, the aligned-pairs gate (scripts/link/align-golden.test.ts) says what broke');
      return 1;
    }
    console.log(`align --check: ${files.size} files up to date, ${pairs} aligned pairs`);
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  for (const p of stale) rmSync(join(root, 'content', p));
  for (const [p, text] of changed) writeFileSync(join(root, 'content', p), text);
  console.log(`align: ${files.size} files, ${changed.length} written, ${stale.length} removed, ${pairs} aligned pairs`);
  return 0;
}

if (isMain(import.meta)) process.exitCode = main();
