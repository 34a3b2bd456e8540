import type { AnchorList, AnchorRedirect } from '../../src/schemas/anchors.ts';

/** The anchors of the current content: document → clause ids. */
export function currentAnchors(docs: readonly { id: string; clauses: readonly { id: string }[] }[]): AnchorList {
  return Object.fromEntries(docs.map((d) => [d.id, d.clauses.map((c) => c.id)]));
}

/**
 * Anchors of the previous release that no longer resolve: gone from the current content and
 * without a recorded redirect to an anchor that exists. Also flags redirects that point nowhere.
 */
export function lostAnchors(release: AnchorList, current: AnchorList, redirects: readonly AnchorRedirect[]): string[] {
  const exists = (doc: string, id: string) => current[doc]?.includes(id) ?? false;
  const problems: string[] = [];
  for (const r of redirects) {
    if (!exists(r.document, r.to)) problems.push(`${r.document}#${r.from}: redirect target #${r.to} does not exist`);
    if (exists(r.document, r.from)) problems.push(`${r.document}#${r.from}: redirected, but the anchor still exists (the redirect would hide it)`);
  }
  for (const [doc, ids] of Object.entries(release)) {
    for (const id of ids) {
      if (exists(doc, id)) continue;
      if (redirects.some((r) => r.document === doc && r.from === id)) continue;
      problems.push(`${doc}#${id}: anchor of the last release is gone; record a redirect in content/anchors/redirects.json`);
    }
  }
  return problems;
}
