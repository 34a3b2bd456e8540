/** A reader's collection of pinned clauses, held in the URL: `/collection/?c=<plan>:<clause>&c=…`. */
export interface Pin {
  plan: string;
  clause: string;
}

const PIN = /^([a-z][a-z0-9-]*):([a-z][a-z0-9-]*)$/;

export function pinsFromParams(params: URLSearchParams): Pin[] {
  const out: Pin[] = [];
  for (const c of params.getAll('c')) {
    const m = PIN.exec(c);
    if (m && !out.some((p) => p.plan === m[1] && p.clause === m[2])) out.push({ plan: m[1]!, clause: m[2]! });
  }
  return out;
}

export function pinsToParams(pins: readonly Pin[]): URLSearchParams {
  return new URLSearchParams(pins.map((p) => ['c', `${p.plan}:${p.clause}`]));
}

export function togglePin(pins: readonly Pin[], pin: Pin): Pin[] {
  const has = pins.some((p) => p.plan === pin.plan && p.clause === pin.clause);
  return has ? pins.filter((p) => !(p.plan === pin.plan && p.clause === pin.clause)) : [...pins, pin];
}
