/** A reader's collection of pinned clauses, held in the URL: `/collection/?c=<plan>:<clause>&c=…`. */
export interface Pin {
  plan: string;
  clause: string;
}

const PIN = /^([a-z][a-z0-9-]*):([a-z][a-z0-9-]*)$/;

/** Each plan in a collection is one fetch; an address naming hundreds of plans is not a reader's. */
export const MAX_COLLECTION_PLANS = 24;

export function pinsFromParams(params: URLSearchParams): Pin[] {
  const out: Pin[] = [];
  const seen = new Set<string>();
  const plans = new Set<string>();
  for (const c of params.getAll('c')) {
    const m = PIN.exec(c);
    if (!m || seen.has(c)) continue;
    if (!plans.has(m[1]!) && plans.size >= MAX_COLLECTION_PLANS) continue;
    plans.add(m[1]!);
    seen.add(c);
    out.push({ plan: m[1]!, clause: m[2]! });
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
    if (p && typeof p === 'object' && typeof (p as Pin).plan === 'string' && typeof (p as Pin).clause === 'string') params.append('c', `${(p as Pin).plan}:${(p as Pin).clause}`);
  }
  return pinsFromParams(params);
}

export function pinsToParams(pins: readonly Pin[]): URLSearchParams {
  return new URLSearchParams(pins.map((p) => ['c', `${p.plan}:${p.clause}`]));
}

/** Adds or removes a pin; a full collection ({@link MAX_PINS}) takes no more. */
export function togglePin(pins: readonly Pin[], pin: Pin): Pin[] {
  const has = pins.some((p) => p.plan === pin.plan && p.clause === pin.clause);
  if (has) return pins.filter((p) => !(p.plan === pin.plan && p.clause === pin.clause));
  return pins.length >= MAX_PINS ? [...pins] : [...pins, pin];
}
