import { resolveAnchor, type PlanRedirects } from './anchor-redirects.ts';

/**
 * A reader's collection of pinned clauses, held in the URL: `/collection/?c=<plan>:<clause>&c=…`,
 * a pin's note after a `|` (`c=<plan>:<clause>|<note>`).
 */
export interface Pin {
  plan: string;
  clause: string;
  /** The reader's own note on the clause. */
  note?: string;
}

const PIN = /^([a-z][a-z0-9-]*):([a-z][a-z0-9-]*)(?:\|([^]*))?$/;

/** A note is a remark, not a second text: longer ones are cut, so an address stays within bounds. */
export const MAX_NOTE = 280;

function withNote(pin: Pin, note: string | undefined): Pin {
  const text = [...(note ?? '').trim()].slice(0, MAX_NOTE).join('');
  return text ? { plan: pin.plan, clause: pin.clause, note: text } : { plan: pin.plan, clause: pin.clause };
}

/** Each plan in a collection is one fetch; an address naming hundreds of plans is not a reader's. */
export const MAX_COLLECTION_PLANS = 24;

export function pinsFromParams(params: URLSearchParams): Pin[] {
  const out: Pin[] = [];
  const seen = new Set<string>();
  const plans = new Set<string>();
  for (const c of params.getAll('c')) {
    const m = PIN.exec(c);
    const key = m && `${m[1]}:${m[2]}`;
    if (!m || !key || seen.has(key)) continue;
    if (!plans.has(m[1]!) && plans.size >= MAX_COLLECTION_PLANS) continue;
    plans.add(m[1]!);
    seen.add(key);
    out.push(withNote({ plan: m[1]!, clause: m[2]! }, m[3]));
    if (out.length === MAX_PINS) break;
  }
  return out;
}

/**
 * A collection is held in an address; beyond this many pins the address passes what servers
 * accept (about 16 KB), so pinning stops there and says why.
 */
export const MAX_PINS = 200;

/**
 * Pins as stored in the browser: whatever the storage holds (another version's format, `null`,
 * `{}`, a hand edit), only well-formed, distinct pins come back, at most {@link MAX_PINS}.
 */
export function pinsFromStored(raw: string | null): Pin[] {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const params = new URLSearchParams();
  for (const p of data) {
    if (p && typeof p === 'object' && typeof (p as Pin).plan === 'string' && typeof (p as Pin).clause === 'string') {
      const note = (p as Pin).note;
      params.append('c', `${(p as Pin).plan}:${(p as Pin).clause}${typeof note === 'string' && note ? `|${note}` : ''}`);
    }
  }
  return pinsFromParams(params);
}

export function pinsToParams(pins: readonly Pin[]): URLSearchParams {
  return new URLSearchParams(pins.map((p) => ['c', `${p.plan}:${p.clause}${p.note ? `|${p.note}` : ''}`]));
}

const samePin = (a: Pin, b: Pin) => a.plan === b.plan && a.clause === b.clause;

/** Whether two collections hold the same clauses in the same order, with the same notes. */
export function sameCollection(a: readonly Pin[], b: readonly Pin[]): boolean {
  return pinsToParams(a).toString() === pinsToParams(b).toString();
}

export function removePin(pins: readonly Pin[], pin: Pin): Pin[] {
  return pins.filter((p) => !samePin(p, pin));
}

/** Moves a pin one place up (-1) or down (+1); at either end it stays. */
export function movePin(pins: readonly Pin[], pin: Pin, by: -1 | 1): Pin[] {
  const at = pins.findIndex((p) => samePin(p, pin));
  const to = at + by;
  if (at < 0 || to < 0 || to >= pins.length) return [...pins];
  const out = [...pins];
  [out[at], out[to]] = [out[to]!, out[at]!];
  return out;
}

export function setNote(pins: readonly Pin[], pin: Pin, note: string): Pin[] {
  return pins.map((p) => (samePin(p, pin) ? withNote(p, note) : p));
}

/** A shared collection added to the reader's own: theirs first, as they were, then the new pins in the shared order. */
export function mergePins(own: readonly Pin[], shared: readonly Pin[]): Pin[] {
  const out = [...own];
  for (const p of shared) if (!out.some((o) => samePin(o, p)) && out.length < MAX_PINS) out.push(p);
  return out;
}

/** Adds or removes a pin; a full collection ({@link MAX_PINS}) takes no more. */
export function togglePin(pins: readonly Pin[], pin: Pin): Pin[] {
  if (pins.some((p) => samePin(p, pin))) return removePin(pins, pin);
  return pins.length >= MAX_PINS ? [...pins] : [...pins, pin];
}

/** What a collection needs of one plan's published clauses (`/plans/<id>/clauses.json`). */
export interface PlanClauseIndex<C extends { id: string }> {
  clauses: readonly C[];
  /** Anchors of earlier releases → where they live now. */
  redirects?: PlanRedirects;
}

export interface CollectedClause<P, C> {
  pin: Pin;
  plan: P;
  clause: C;
  /** The pinned anchor, when it has moved to `clause` since it was pinned. */
  movedFrom?: string;
}

/**
 * The clauses a collection shows, in pin order: an anchor that moved leads to its clause now (and
 * says so), a clause pinned twice (under its old and new anchor) shows once, and pins of plans or
 * clauses that do not exist are set aside as missing.
 */
export function collectClauses<P extends PlanClauseIndex<{ id: string }>>(
  pins: readonly Pin[],
  plans: ReadonlyMap<string, P>,
): { items: CollectedClause<P, P['clauses'][number]>[]; missing: Pin[] } {
  const out: CollectedClause<P, P['clauses'][number]>[] = [];
  const missing: Pin[] = [];
  const seen = new Set<string>();
  for (const pin of pins) {
    const plan = plans.get(pin.plan);
    const at = plan && resolveAnchor(pin.clause, (id) => plan.clauses.some((c) => c.id === id), plan.redirects ?? {});
    if (!plan || !at) missing.push(pin);
    if (!plan || !at || seen.has(`${pin.plan}:${at.id}`)) continue;
    seen.add(`${pin.plan}:${at.id}`);
    out.push({ pin, plan, clause: plan.clauses.find((c) => c.id === at.id)!, ...(at.movedFrom ? { movedFrom: at.movedFrom } : {}) });
  }
  return { items: out, missing };
}
