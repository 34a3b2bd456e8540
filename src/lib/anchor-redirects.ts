import type { AnchorRedirect } from '../schemas/anchors.ts';

/** One plan's redirects: an anchor of an earlier release → the clause id it now lives at. */
export type PlanRedirects = Readonly<Record<string, string>>;

export function redirectsOf(redirects: readonly AnchorRedirect[], plan: string): PlanRedirects {
  return Object.fromEntries(redirects.filter((r) => r.document === plan).map((r) => [r.from, r.to]));
}

/** Clause id → the old anchors redirected to it, which the plan page keeps inside that clause. */
export function aliasesOf(redirects: PlanRedirects): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, to] of Object.entries(redirects)) out.set(to, [...(out.get(to) ?? []), from]);
  return out;
}

/** Where a clause id leads now; `movedFrom` names the id asked for when a redirect was followed. */
export interface ResolvedAnchor {
  id: string;
  movedFrom?: string;
}

/**
 * The clause a clause id names in the current text: itself while it exists, else the clause
 * its redirect leads to; undefined when neither exists. A live clause always wins, so a
 * redirect can never hide one (`ingest --check` refuses such redirects too).
 */
export function resolveAnchor(id: string, exists: (id: string) => boolean, redirects: PlanRedirects): ResolvedAnchor | undefined {
  if (exists(id)) return { id };
  const to = Object.hasOwn(redirects, id) ? redirects[id] : undefined;
  return to !== undefined && exists(to) ? { id: to, movedFrom: id } : undefined;
}

/**
 * A `document#clause` reference as it reads now: an editor's judgement made under a released
 * anchor follows its clause when the anchor moves (content/anchors/redirects.json), so judged
 * sets never need rewriting when structure is corrected.
 */
export function currentRef(ref: string, redirects: readonly AnchorRedirect[]): string {
  const [document, clause] = ref.split('#') as [string, string | undefined];
  const moved = redirects.find((r) => r.document === document && r.from === clause);
  return moved ? `${document}#${moved.to}` : ref;
}

/** The clause ids of one document as they read now (see {@link currentRef}). */
export function currentIds(document: string, ids: readonly string[], redirects: readonly AnchorRedirect[]): string[] {
  return ids.map((id) => currentRef(`${document}#${id}`, redirects).slice(document.length + 1));
}
