/**
 * A small scanner for the HTML this site builds: start tags with their attributes, and the
 * bodies of <script> and <style>. Astro's output is well formed, so a full parser would buy
 * little; what matters is not reading markup inside comments or inside script and style text.
 */

export interface ScannedElement {
  /** Lower-case tag name. */
  name: string;
  /** Attribute values with character references decoded; a bare attribute has the value ''. */
  attrs: Record<string, string>;
  /** The raw text of a <script> or <style>; undefined for other elements. */
  text?: string;
}

// One pass, in order: comments (skipped), script/style with their raw text, any other start tag.
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references attribute values may hold (`&amp;`, `&#x23;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    // The first occurrence wins, as in browsers.
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Every element start tag in document order (end tags and comments are skipped). */
export function scanElements(html: string): ScannedElement[] {
  const out: ScannedElement[] = [];
  for (const m of html.matchAll(TOKEN)) {
    if (m[1] !== undefined) out.push({ name: m[1].toLowerCase(), attrs: parseAttrs(m[2] ?? ''), text: m[3] ?? '' });
    else if (m[4] !== undefined) out.push({ name: m[4].toLowerCase(), attrs: parseAttrs(m[5] ?? '') });
  }
  return out;
}
