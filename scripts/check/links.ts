/**
 * Internal link check over a built site: every `href`/`src` that stays on the site must reach a
 * file, and every `#fragment` must name an element of the target page. A clause anchor that
 * points nowhere is the failure this site can least afford: citations are made of them.
 */
import { scanElements } from './html-scan.ts';

export interface BrokenLink {
  /** The page the link is on, as a path under dist (`plans/x/index.html`). */
  page: string;
  /** The link as written. */
  link: string;
  /** Why it does not resolve. */
  problem: string;
}

// Any origin works as long as it is not a real one: links that leave it are external.
const SITE = 'https://site.invalid';

/** `plans/x/index.html` → `/plans/x/`, the URL a static host serves the file at. */
export function pageUrl(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The ids a fragment can target: every `id`, and `name` on `<a>` (the older anchor form). */
export function fragmentTargets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const el of scanElements(html)) {
    if (el.attrs['id'] !== undefined) ids.add(el.attrs['id']);
    if (el.name === 'a' && el.attrs['name'] !== undefined) ids.add(el.attrs['name']);
  }
  return ids;
}

/** The links of a page: `href`, `src` and form `action` values, in document order. */
export function linksOf(html: string): string[] {
  return scanElements(html).flatMap((el) => [el.attrs['href'], el.attrs['src'], el.name === 'form' ? el.attrs['action'] : undefined].filter((v): v is string => v !== undefined));
}

/**
 * The file under dist a URL path reaches, as a static host resolves it: a directory's
 * index.html, or the file itself; a directory asked for without its slash is redirected.
 */
function resolvePath(pathname: string, exists: (path: string) => boolean): string | undefined {
  const path = pathname.replace(/^\//, '');
  if (path === '' || path.endsWith('/')) return exists(path + 'index.html') ? path + 'index.html' : undefined;
  if (exists(path)) return path;
  return exists(path + '/index.html') ? path + '/index.html' : undefined;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/**
 * Every internal link of the given pages that does not resolve.
 * @param pages HTML pages: path under dist → HTML text.
 * @param files Every other file under dist (paths under dist).
 */
export function findBrokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): BrokenLink[] {
  const exists = (p: string) => pages.has(p) || files.has(p);
  const targets = new Map<string, Set<string>>();
  const targetsOf = (page: string) => {
    let t = targets.get(page);
    if (!t) targets.set(page, (t = fragmentTargets(pages.get(page) ?? '')));
    return t;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    const base = new URL(pageUrl(page), SITE);
    for (const link of linksOf(html)) {
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        broken.push({ page, link, problem: 'not a valid URL' });
        continue;
      }
      // Other origins and schemes (https://…, mailto:, data:) are not this site's to check.
      if (url.origin !== SITE) continue;
      const pathname = safeDecode(url.pathname);
      const fragment = safeDecode(url.hash.slice(1));
      if (pathname === undefined || fragment === undefined) {
        broken.push({ page, link, problem: 'badly %-escaped' });
        continue;
      }
      const target = resolvePath(pathname, exists);
      if (!target) {
        broken.push({ page, link, problem: `no file at ${pathname}` });
        continue;
      }
      // `#` and `#top` go to the top of any page (HTML spec); `:~:` is a text fragment.
      if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:')) continue;
      if (!pages.has(target)) {
        broken.push({ page, link, problem: `#${fragment} points into ${target}, which is not a page` });
      } else if (!targetsOf(target).has(fragment)) {
        broken.push({ page, link, problem: `no id "${fragment}" in ${target}` });
      }
    }
  }
  return broken;
}

/** `plans/a/index.html: "/plans/b/#p9" — no id "p9" in plans/b/index.html` */
export function formatBrokenLink(b: BrokenLink): string {
  return `${b.page}: "${b.link}" — ${b.problem}`;
}
