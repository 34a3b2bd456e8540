/**
 * `npm run ingest`: sources/ → content/plans/*.mdx and content/clauses/*.json, and each
 * document's review items → sources/<id>/review.json (printed; `-- --review` prints accepted ones too).
 * `npm run ingest -- --check`: exit 1 when the committed content differs from what the pipeline
 * makes, a review item waits for an editor's verdict, or an anchor of the last release is gone or
 * shows other text (content/anchors/).
 * `npm run anchors:release [-- --accept doc#id …]`: records the current anchors and their fingerprints.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Clauses } from '../src/schemas/clause.ts';
import { PlanFrontmatter } from '../src/schemas/plan.ts';
import { SourceError } from './ingest/errors.ts';
import { ingestDocument, type IngestedDocument } from './ingest/index.ts';
import { toClauseJson } from './ingest/to-clause-json.ts';
import { readRegions } from './ingest/read-meta.ts';
import { readSourceFolder } from './ingest/read-source.ts';
import { linkCorpus, type LinkResult } from './link/index.ts';
import { readThemes } from './link/read-themes.ts';
import { DocumentLinks, ThemeIndex } from '../src/schemas/links.ts';
import type { Theme } from '../src/schemas/theme.ts';
import { AnchorRedirects, AnchorRelease } from '../src/schemas/anchors.ts';
import { checkAnchorRelease, currentAnchors, releaseToJson, type AnchorReport } from './check/anchors.ts';
import { driftMessage, ingestDrift } from './check/drift.ts';
import { parseJsonFile } from './ingest/read-meta.ts';
import { themeItems } from './ingest/review-items.ts';
import { checkReview, reviewDocuments, writeReview, type DocumentReview } from './ingest/review-files.ts';
import type { ReviewFinding } from './ingest/review.ts';
import { isMain } from './node-version.ts';
import { findingLines, translationReports } from './translations/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourcesDir = join(root, 'sources');
const contentDir = join(root, 'content');

/** Reads every `sources/<id>/` folder and ingests it. */
export function ingestAll(sources = sourcesDir): IngestedDocument[] {
  const regionsFile = join(sources, 'regions.json');
  if (!existsSync(regionsFile)) throw new SourceError('sources/regions.json', undefined, 'missing: it lists the regions every meta.json names (see README "Adding a plan")');
  const regions = readRegions(readFileSync(regionsFile, 'utf8'), 'sources/regions.json');
  const ids = readdirSync(sources, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return ids.map((id) => {
    const doc = ingestDocument(readSourceFolder(id, join(sources, id), `sources/${id}`), regions);
    // The site loads these with the same schemas; fail here rather than in the build.
    PlanFrontmatter.parse(doc.frontmatter);
    Clauses.parse(doc.clauses);
    return doc;
  });
}

/** Reads and validates the theme taxonomy, `content/themes/*.json`. */
export function loadThemes(dir = join(contentDir, 'themes')): Theme[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  return readThemes(files.map((f) => ({ path: `content/themes/${f}`, text: readFileSync(join(dir, f), 'utf8') })));
}

/** The link stage over ingested documents, validated with the schemas the site loads. */
export function linkAll(docs: readonly IngestedDocument[], themes: readonly Theme[]): LinkResult {
  const result = linkCorpus(docs, themes);
  result.links.forEach((l) => DocumentLinks.parse(l));
  ThemeIndex.parse(result.index);
  return result;
}

/** The files the pipeline owns under content/, path → text. */
export function contentFiles(docs: readonly IngestedDocument[], linked: LinkResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of docs) {
    files.set(`plans/${d.id}.mdx`, d.mdx);
    files.set(`clauses/${d.id}.json`, toClauseJson(d.id, d.clauses));
  }
  for (const l of linked.links) files.set(`links/${l.document}.json`, JSON.stringify(l) + '\n');
  files.set('theme-index.json', JSON.stringify(linked.index, null, 1) + '\n');
  return files;
}

function listOwned(): string[] {
  const owned = ['plans', 'clauses', 'links'].flatMap((sub) =>
    existsSync(join(contentDir, sub)) ? readdirSync(join(contentDir, sub)).map((f) => `${sub}/${f}`) : [],
  );
  return existsSync(join(contentDir, 'theme-index.json')) ? [...owned, 'theme-index.json'] : owned;
}

/** Each document's ingest review items, theme items included: document id → items. */
export function reviewFindings(docs: readonly IngestedDocument[], linked: LinkResult, themes: readonly Theme[]): Map<string, ReviewFinding[]> {
  return new Map(
    docs.map((d) => {
      const links = linked.links.find((l) => l.document === d.id) ?? { document: d.id, clauses: {} };
      return [d.id, [...d.review, ...themeItems(`sources/${d.id}/text.txt`, d.clauses, links, themes)]];
    }),
  );
}

const releaseFile = join(contentDir, 'anchors', 'release.json');
const redirectsFile = join(contentDir, 'anchors', 'redirects.json');

/**
 * Anchors of the last release that the current content loses without a recorded redirect, or
 * that now show other text; `accepted` (`doc#id`) lets named anchors take their new text.
 */
export function checkAnchors(docs: readonly IngestedDocument[], accepted: readonly string[] = []): AnchorReport {
  if (!existsSync(releaseFile)) return { problems: [], notes: [] };
  const release = parseJsonFile(AnchorRelease, readFileSync(releaseFile, 'utf8'), 'content/anchors/release.json');
  const redirects = existsSync(redirectsFile) ? parseJsonFile(AnchorRedirects, readFileSync(redirectsFile, 'utf8'), 'content/anchors/redirects.json') : [];
  return checkAnchorRelease(release, docs, redirects, accepted);
}

/** `--accept doc#id` arguments, repeatable. */
const acceptedAnchors = (argv: readonly string[]) => argv.flatMap((a, i) => (argv[i - 1] === '--accept' ? [a] : []));

/** Translated clauses whose Chinese has changed since (content/translations/). */
const staleTranslationLines = () => translationReports(root).flatMap((r) => findingLines(r, new Set(['stale'])));

function main(): number {
  const check = process.argv.includes('--check');
  const release = process.argv.includes('--release-anchors');
  let files: Map<string, string>;
  let anchors: AnchorReport;
  let reviews: DocumentReview[];
  try {
    const docs = ingestAll();
    const themes = loadThemes();
    const linked = linkAll(docs, themes);
    files = contentFiles(docs, linked);
    reviews = reviewDocuments(root, 'ingest', reviewFindings(docs, linked, themes));
    anchors = checkAnchors(docs, release ? acceptedAnchors(process.argv) : []);
    for (const n of anchors.notes) console.log(`anchors: ${n}`);
    if (release && !anchors.problems.length) {
      writeFileSync(releaseFile, releaseToJson(currentAnchors(docs)));
      console.log('ingest: content/anchors/release.json now holds every current anchor with the fingerprint of its text');
      return 0;
    }
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`ingest: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const stale = listOwned().filter((f) => !files.has(f));
  const changed = [...files].filter(([path, text]) => {
    const full = join(contentDir, path);
    return !existsSync(full) || readFileSync(full, 'utf8') !== text;
  });
  for (const p of anchors.problems) console.error(`anchors: ${p}`);
  if (anchors.problems.length || release) return 1;
  if (check) {
    for (const [path] of changed) console.error(`ingest --check: content/${path} differs from what the pipeline produces`);
    for (const path of stale) console.error(`ingest --check: content/${path} has no source`);
    if (changed.length || stale.length) {
      console.error(driftMessage('content/', ingestDrift));
      return 1;
    }
    const review = checkReview('ingest --check', reviews);
    for (const line of review) console.error(line);
    if (review.length) return 1;
    const staleTranslations = staleTranslationLines();
    for (const line of staleTranslations) console.error(`ingest --check: ${line} (stale: translate the Chinese again, then record its fingerprint)`);
    if (staleTranslations.length) return 1;
    console.log(`ingest --check: ${files.size} files up to date, every review item has a verdict`);
    return 0;
  }
  for (const line of writeReview(root, 'ingest', reviews, process.argv.includes('--review'))) console.log(line);
  for (const path of stale) rmSync(join(contentDir, path));
  for (const [path, text] of changed) {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  }
  console.log(`ingest: ${files.size} files, ${changed.length} written, ${stale.length} removed`);
  for (const line of staleTranslationLines()) console.log(`ingest: ${line} (stale: the English edition marks it)`);
  return 0;
}

if (isMain(import.meta)) process.exitCode = main();
