/** Dates the English way: `2019-05-30` → `30 May 2019`, `2024-12` → `December 2024`. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDateEn(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  if (!month) return String(y);
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** A count the English way, its noun agreeing: `1 clause`, `0 clauses`, `66 clauses`; irregular plurals are given. */
export function countEn(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
