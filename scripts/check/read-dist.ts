/** Reads a built site from disk for the gates: HTML pages by path, and every other file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface BuiltSite {
  /** Path under dist (`/`-separated) → HTML text. */
  pages: Map<string, string>;
  /** Paths under dist of every file that is not an HTML page. */
  files: Set<string>;
}

export function readDist(dir: string): BuiltSite {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const e of entries) {
    const path = join(e.parentPath, e.name).slice(dir.replace(/\/$/, '').length + 1).split(sep).join('/');
    if (path.endsWith('.html')) pages.set(path, readFileSync(join(dir, path), 'utf8'));
    else files.add(path);
  }
  // Sorted, so reports list pages in a stable order.
  return { pages: new Map([...pages].sort(([a], [b]) => a.localeCompare(b))), files };
}
