/**
 * The review report: decisions of the pipeline a reader might dispute, kept per document in
 * `sources/<id>/review.json` with the editor's verdict on each. Each stage (ingest, targets)
 * finds its own items and reconciles only those, so the file has two sources and one format.
 * Pure: the callers read and write the files.
 */
import type { ReviewFile, ReviewItem, ReviewKind, ReviewStage } from '../../src/schemas/review.ts';

/** An item as a stage finds it: the file's fields, and where the terminal points. */
export interface ReviewFinding {
  key: string;
  stage: ReviewStage;
  kind: ReviewKind;
  clause: string;
  label: string;
  text: string;
  decision: string;
  /** `sources/<id>/text.txt` */
  file: string;
  line: number;
}

const KEY_TEXT = 40;

/**
 * `joined-lines:p2-q1:进一步加⏎快我区教育`: the kind, the clause and the text concerned, never a
 * line number, so inserting a line elsewhere leaves the key (and the editor's verdict) in place.
 */
export function reviewKey(kind: ReviewKind, clause: string, text: string): string {
  return `${kind}:${clause}:${[...text.replace(/\s+/g, '')].slice(0, KEY_TEXT).join('')}`;
}

/** Keeps keys unique where one clause has two items on the same text: the second gets `#2`. */
export function uniqueKeys<T extends { key: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.key) ?? 0) + 1;
    seen.set(item.key, n);
    return n === 1 ? item : { ...item, key: `${item.key}#${n}` };
  });
}

/** `sources/x/text.txt:58: joined 3 lines into p2-q1 (二·第1段): 加⏎快`. */
export function formatFinding(f: ReviewFinding): string {
  const text = f.text && !f.decision.includes(f.text) ? `: ${f.text}` : '';
  return `${f.file}:${f.line}: ${f.decision}${text}`;
}

export interface Reconciled {
  file: ReviewFile;
  /** Items this stage found, with their verdicts. */
  items: { finding: ReviewFinding; item: ReviewItem }[];
  /** Items of this stage the file held that no longer arise: dropped. */
  dropped: ReviewItem[];
}

const STAGES: readonly ReviewStage[] = ['ingest', 'targets'];

/**
 * Merges what a stage found with the verdicts already recorded: a known key keeps its status (its
 * description refreshed), a new key is `open`, a key that no longer arises is dropped. Other
 * stages' items are left as they are.
 */
export function reconcileReview(document: string, previous: ReviewFile | undefined, stage: ReviewStage, found: readonly ReviewFinding[]): Reconciled {
  const before = new Map((previous?.items ?? []).filter((i) => i.stage === stage).map((i) => [i.key, i]));
  const items = found.map((finding) => {
    const { file: _file, line: _line, ...fields } = finding;
    const old = before.get(finding.key);
    const verdict =
      old?.status === 'accepted'
        ? { status: old.status, by: old.by, on: old.on, note: old.note }
        : old?.status === 'fixed'
          ? { status: old.status, ...(old.by && { by: old.by }), ...(old.on && { on: old.on }), ...(old.note && { note: old.note }) }
          : { status: 'open' as const };
    return { finding, item: { ...fields, ...verdict } as ReviewItem };
  });
  const kept = new Set(found.map((f) => f.key));
  const dropped = [...before.values()].filter((i) => !kept.has(i.key));
  const others = (previous?.items ?? []).filter((i) => i.stage !== stage);
  const all = [...others, ...items.map((i) => i.item)];
  const ordered = STAGES.flatMap((s) => all.filter((i) => i.stage === s));
  return { file: { document, items: ordered }, items, dropped };
}

/** Items still waiting for a verdict: open ones, and ones marked fixed that still arise. */
export function unresolved(r: Reconciled): { finding: ReviewFinding; item: ReviewItem }[] {
  return r.items.filter((i) => i.item.status !== 'accepted');
}

/** The file as written: two-space JSON, fields in schema order, so an editor's diff stays small. */
export function formatReviewFile(file: ReviewFile): string {
  const items = file.items.map((i) => {
    const { key, stage, kind, clause, label, text, decision, status } = i;
    const verdict = i.status === 'open' ? {} : { by: i.by, on: i.on, note: i.note };
    return { key, stage, kind, clause, label, text, decision, status, ...verdict };
  });
  return JSON.stringify({ document: file.document, items }, null, 2) + '\n';
}

/** What an editor does with an unresolved item, said once after the list. */
export function howToResolve(reviewFile: string): string {
  return (
    `read each in its source, then in ${reviewFile} either set "status": "accepted" with "by", "on" (YYYY-MM-DD) and a "note" saying why the reading is right, ` +
    'or change the hints (meta.json) or corrections so the item no longer arises; see README "Adding a plan"'
  );
}

/** One line a document: `sources/x/review.json: 12 items (10 accepted, 2 open)`. */
export function summarize(reviewFile: string, stage: ReviewStage, r: Reconciled): string {
  const count = (s: ReviewItem['status']) => r.items.filter((i) => i.item.status === s).length;
  const parts = [`${count('accepted')} accepted`, `${count('open')} open`];
  if (count('fixed')) parts.push(`${count('fixed')} marked fixed but still arising`);
  return `${reviewFile}: ${r.items.length} ${stage} items (${parts.join(', ')})`;
}

/** `sources/x/review.json: dropped joined-lines:p2-q1:… (accepted): no longer arises`. */
export function formatDropped(reviewFile: string, item: ReviewItem): string {
  return `${reviewFile}: dropped ${item.key} (${item.status}): no longer arises`;
}
