/**
 * Selection and search over flat typed arrays: the aligner's inner loop, kept apart from it so each
 * is checked on its own against the slow, obvious way (sorting everything, scanning everything).
 */

/**
 * The `k` candidates sharing the most weight, most first, ties to the lower index: what sorting
 * them all would give, found by selecting the k-th weight first so only those above it are sorted.
 */
export function heaviest(candidates: Int32Array, weight: Float64Array, k: number): number[] {
  const order = (x: number, y: number) => weight[y]! - weight[x]! || x - y;
  if (candidates.length <= k) return Array.from(candidates).sort(order);
  if (k <= 0) return [];
  const values = Float64Array.from(candidates, (c) => weight[c]!);
  const cut = kthLargest(values, k);
  const above: number[] = [];
  for (const c of candidates) if (weight[c]! >= cut) above.push(c);
  return above.sort(order).slice(0, k);
}

/** Where `value` is among the `count` ascending entries of `list` from `start`, or -1. */
export function findSorted(list: Int32Array, start: number, count: number, value: number): number {
  let lo = start;
  let hi = start + count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] === value) return mid;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The k-th largest of `values` (1-based), reordering them: Hoare's selection. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
