/** The element id a location hash names: `#p4-s2-i9` → `p4-s2-i9`; a malformed escape (`#%E0%A4%A`) is taken as written. */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
