/**
 * The committed anchor release against the committed content: what must hold for any corpus, so a
 * change that loses an anchor fails here before anyone regenerates the release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnchorRedirects, AnchorRelease } from '../../src/schemas/anchors.ts';
import { redirectsOf, resolveAnchor } from '../../src/lib/anchor-redirects.ts';
import { checkAnchors } from '../ingest.ts';

const content = new URL('../../content/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, content), 'utf8'));
const release = AnchorRelease.parse(readJson('anchors/release.json'));
const redirects = AnchorRedirects.parse(readJson('anchors/redirects.json'));
const clauseIds = new Map(
  readdirSync(new URL('clauses/', content)).map((f) => {
    const doc = readJson(`clauses/${f}`) as { document: string; clauses: { id: string }[] };
    return [doc.document, new Set(doc.clauses.map((c) => c.id))];
  }),
);

describe('the anchor release', () => {
  it('every released anchor leads a reader to a clause of the current text', () => {
    for (const [doc, anchors] of Object.entries(release)) {
      const ids = clauseIds.get(doc);
      expect(ids, `${doc} was released but has no clauses now`).toBeDefined();
      for (const id of Object.keys(anchors)) expect(resolveAnchor(id, (x) => ids!.has(x), redirectsOf(redirects, doc)), `${doc}#${id}`).toBeDefined();
    }
  });

  it('the ingest check reads the release: without the documents, every released anchor is reported gone', () => {
    const { problems } = checkAnchors([]);
    const released = Object.entries(release).flatMap(([doc, anchors]) => Object.keys(anchors).map((id) => `${doc}#${id}`));
    expect(released.length).toBeGreaterThan(0);
    for (const a of released) expect(problems.some((p) => p.startsWith(`${a}: `)), a).toBe(true);
  });
});
