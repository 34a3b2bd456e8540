import type { AnchorFingerprint, AnchorRedirect, AnchorRelease } from '../../src/schemas/anchors.ts';
import { fingerprintOf, similarity, SMALL_EDIT } from './anchor-fingerprint.ts';

/** What the anchor checks need of an ingested document. */
export interface AnchoredDocument {
  id: string;
  clauses: readonly { id: string; label: string; text: string }[];
}

/** The anchors of the current content, each with the fingerprint of its text. */
export function currentAnchors(docs: readonly AnchoredDocument[]): AnchorRelease {
  return Object.fromEntries(docs.map((d) => [d.id, Object.fromEntries(d.clauses.map((c) => [c.id, fingerprintOf(c.text)]))]));
}

/** The release file's text: one line per anchor, so a review sees each anchor that changed. */
export function releaseToJson(release: AnchorRelease): string {
  const docs = Object.entries(release).map(([doc, anchors]) => {
    const lines = Object.entries(anchors).map(([id, f]) => `  ${JSON.stringify(id)}: ${JSON.stringify(f)}`);
    return ` ${JSON.stringify(doc)}: {\n${lines.join(',\n')}\n }`;
  });
  return `{\n${docs.join(',\n')}\n}\n`;
}

/**
 * Anchors of the previous release that no longer resolve: gone from the current content and
 * without a recorded redirect to an anchor that exists. Also flags redirects that point nowhere.
 */
export function lostAnchors(release: AnchorRelease, current: AnchorRelease, redirects: readonly AnchorRedirect[]): string[] {
  const exists = (doc: string, id: string) => current[doc]?.[id] !== undefined;
  const problems: string[] = [];
  for (const r of redirects) {
    if (!exists(r.document, r.to)) problems.push(`${r.document}#${r.from}: redirect target #${r.to} does not exist`);
    if (exists(r.document, r.from)) problems.push(`${r.document}#${r.from}: redirected, but the anchor still exists (the redirect would hide it)`);
  }
  for (const [doc, anchors] of Object.entries(release)) {
    for (const id of Object.keys(anchors)) {
      if (exists(doc, id)) continue;
      if (redirects.some((r) => r.document === doc && r.from === id)) continue;
      problems.push(`${doc}#${id}: anchor of the last release is gone; record a redirect in content/anchors/redirects.json`);
    }
  }
  return problems;
}

/** A released anchor that still exists but no longer shows the text it was released with. */
export interface ChangedAnchor {
  document: string;
  id: string;
  label: string;
  /** 0…1, see {@link similarity}. */
  similarity: number;
  released: AnchorFingerprint;
  now: AnchorFingerprint;
  /** Where the released text stands now, when another anchor shows it. */
  releasedTextAt?: string;
  /** The anchor the current text was released under, when it was. */
  nowReleasedAs?: string;
}

/** The anchor in `anchors` (other than `except`) whose text is `fingerprint`'s, or nearly. */
function findText(anchors: Readonly<Record<string, AnchorFingerprint>>, fingerprint: AnchorFingerprint, except: string): string | undefined {
  const others = Object.entries(anchors).filter(([id]) => id !== except);
  const same = others.find(([, f]) => f.hash === fingerprint.hash);
  if (same) return same[0];
  // Lengths further apart than a small edit allows cannot score above it: skip the edit distance.
  const near = others.filter(([, f]) => Math.min(f.length, fingerprint.length) / Math.max(f.length, fingerprint.length, 1) >= SMALL_EDIT);
  return near.find(([, f]) => similarity(f, fingerprint) >= SMALL_EDIT)?.[0];
}

/** Every released anchor whose text changed, small edits included (check {@link isSmallEdit}). */
export function changedAnchors(release: AnchorRelease, docs: readonly AnchoredDocument[]): ChangedAnchor[] {
  const current = currentAnchors(docs);
  const out: ChangedAnchor[] = [];
  for (const doc of docs) {
    const released = release[doc.id];
    if (!released) continue;
    for (const clause of doc.clauses) {
      const was = released[clause.id];
      const now = current[doc.id]![clause.id]!;
      if (!was || was.hash === now.hash) continue;
      const change: ChangedAnchor = { document: doc.id, id: clause.id, label: clause.label, similarity: similarity(was, now), released: was, now };
      if (change.similarity < SMALL_EDIT) {
        const at = findText(current[doc.id]!, was, clause.id);
        const as = findText(released, now, clause.id);
        if (at) change.releasedTextAt = at;
        if (as) change.nowReleasedAs = as;
      }
      out.push(change);
    }
  }
  return out;
}

export const isSmallEdit = (c: ChangedAnchor) => c.similarity >= SMALL_EDIT;

const key = (c: { document: string; id: string }) => `${c.document}#${c.id}`;
const excerpt = (f: AnchorFingerprint) => (f.length > 40 ? `${Array.from(f.text).slice(0, 40).join('')}…` : f.text);
// Only unnumbered paragraphs take their id from their position; numbered units from the number printed.
const positional = (id: string) => /(^|-)q\d+$/.test(id);

/** `doc#id (label): small edit, similarity 0.97`: listed by `--check`, never a failure. */
export function smallEditMessage(c: ChangedAnchor): string {
  return `${key(c)} (${c.label}): small edit since the last release, similarity ${c.similarity.toFixed(2)}`;
}

/** Why an anchor now fails, with the ways out. */
export function changedMessage(c: ChangedAnchor): string {
  const id = `#${c.id}`;
  const lines = [
    `${key(c)} (${c.label}) shows other text than at the last release (similarity ${c.similarity.toFixed(2)}; a small edit is ${SMALL_EDIT} or more):`,
    `  released: ${excerpt(c.released)}`,
    `  now:      ${excerpt(c.now)}`,
  ];
  if (c.releasedTextAt) lines.push(`  the released text is now at #${c.releasedTextAt}.`);
  if (c.nowReleasedAs) lines.push(`  the text now here was released as #${c.nowReleasedAs}.`);
  lines.push('  Links and collections citing it would show the new text. Choose one:');
  if (positional(c.id) && !c.nowReleasedAs) {
    lines.push(
      `  - keep ${id} on its released text: give the new paragraph an id of its own in sources/${c.document}/meta.json, layout.blocks:`,
      `    { "match": "${Array.from(c.now.text).slice(0, 12).join('')}", "as": "paragraph", "id": "${c.id}a", "label": "${c.label}（新增）" }`,
      '    (a declared id takes no number, so the paragraphs after it keep theirs);',
    );
  } else if (positional(c.id)) {
    lines.push(`  - keep ${id} on its released text: give the paragraph added before it an id of its own in sources/${c.document}/meta.json (layout.blocks, "as": "paragraph" with "id" and "label"), so the paragraphs after it keep their numbers;`);
  } else {
    lines.push(`  - keep ${id} on its released text: its id comes from its printed number, so restore the numbering (or correct it in sources/${c.document}/corrections.json);`);
  }
  lines.push(
    `  - or let ${id} show the new text from now on: npm run anchors:release -- --accept ${key(c)}.`,
    `  (A redirect in content/anchors/redirects.json serves an anchor that is gone; ${id} still exists, and one id cannot name two clauses.)`,
  );
  return lines.join('\n');
}

export interface AnchorReport {
  /** What fails `ingest --check` and stops `anchors:release`. */
  problems: string[];
  /** Small edits, listed for the record. */
  notes: string[];
}

/**
 * Compares the current content with the last release. `accepted` names anchors (`doc#id`) an
 * editor lets show their new text, as `anchors:release -- --accept doc#id` does.
 */
export function checkAnchorRelease(release: AnchorRelease, docs: readonly AnchoredDocument[], redirects: readonly AnchorRedirect[], accepted: readonly string[] = []): AnchorReport {
  const changed = changedAnchors(release, docs);
  const big = changed.filter((c) => !isSmallEdit(c));
  const unknown = accepted.filter((a) => !big.some((c) => key(c) === a));
  return {
    problems: [
      ...lostAnchors(release, currentAnchors(docs), redirects),
      ...big.filter((c) => !accepted.includes(key(c))).map(changedMessage),
      ...unknown.map((a) => `--accept ${a}: no released anchor of that name shows other text`),
    ],
    notes: changed.filter(isSmallEdit).map(smallEditMessage),
  };
}
