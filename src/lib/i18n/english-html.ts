import { pathIn } from './lang.ts';

/*
 * The English edition is the Chinese page with its interface strings swapped at build time: the
 * components write each string in Chinese with its English beside it (`data-en`, `data-en-label`,
 * `data-en-placeholder`), and this turns a page routed under /en/ into English before it is
 * written, so readers never see a swap. Links to pages stay in the edition; a link that names its
 * language with `hreflang` (the switch, the alternates) is left as written.
 */

const START_TAG = /<([a-z][a-z0-9-]*)(\s[^<>]*)?>/iy;
/** An element whose whole content is plain text, carrying its English (no nested tags: `[^<]*`). */
const TEXT_ELEMENT = /<([a-z][a-z0-9-]*)((?:\s[^<>]*?)?)\sdata-en="([^"]*)"([^<>]*)>[^<]*<\/\1>/iy;

/**
 * Rewrites the tags `at` matches, as `html.replace` with the global form of `at` would, but visits
 * only the tags holding a `needle`: a plan page has some 4,000 tags, and matching each one took
 * most of the English edition's build time. A tag holds no `<` after its first character, so a
 * tag holding a needle can only start at the last `<` before it, and matches never overlap.
 */
function rewriteTags(html: string, needle: RegExp, at: RegExp, rewrite: (match: RegExpExecArray) => string): string {
  const parts: string[] = [];
  let done = 0;
  for (const hit of html.matchAll(needle)) {
    let start = hit.index;
    while (start >= 0 && html.charCodeAt(start) !== 60) start--;
    if (start < done) continue;
    at.lastIndex = start;
    const match = at.exec(html);
    if (!match || at.lastIndex <= hit.index) continue;
    parts.push(html.slice(done, start), rewrite(match));
    done = at.lastIndex;
  }
  return done === 0 ? html : parts.join('') + html.slice(done);
}

/** The attributes a start tag may gain, lose or change: each one's `\sname="value"`, compiled once. */
const ATTRS = new Map(['data-en-label', 'data-en-placeholder', 'data-en-title', 'aria-label', 'placeholder', 'title', 'hreflang', 'href', 'action'].map((name) => [name, new RegExp(`\\s${name}="([^"]*)"`)]));

function find(attrs: string, name: string): RegExpExecArray | null {
  return attrs.includes(`${name}="`) ? ATTRS.get(name)!.exec(attrs) : null;
}

/** `attrs` with `name` set to `value`: in place of the first such attribute, else at the end. */
function setAttr(attrs: string, name: string, value: string, found = find(attrs, name)): string {
  const written = ` ${name}="${value}"`;
  if (!found) return `${attrs}${written}`;
  if (found[0] === written) return attrs;
  // As String.replace writes it, `$` patterns included.
  return value.includes('$') ? attrs.replace(found[0], written) : attrs.slice(0, found.index) + written + attrs.slice(found.index + found[0].length);
}

function englishStartTag(tag: string, attrs: string): string {
  let out = attrs;
  for (const [from, to] of [['data-en-label', 'aria-label'], ['data-en-placeholder', 'placeholder'], ['data-en-title', 'title']] as const) {
    const en = find(out, from)?.[1];
    if (en !== undefined) {
      const set = setAttr(out, to, en);
      const drop = find(set, from);
      out = drop ? set.slice(0, drop.index) + set.slice(drop.index + drop[0].length) : set;
    }
  }
  if (!find(out, 'hreflang')) {
    for (const name of ['href', 'action']) {
      const found = find(out, name);
      if (found) out = setAttr(out, name, pathIn('en', found[1]!), found);
    }
  }
  return `<${tag}${out}>`;
}

/** The English edition of a page built in Chinese. */
export function toEnglishHtml(html: string): string {
  const text = rewriteTags(html, /data-en="/gi, TEXT_ELEMENT, ([, tag, before, en, after]) => `<${tag}${before}${after}>${en}</${tag}>`);
  // Only these attributes change a start tag (englishStartTag); any other tag is left as written.
  return rewriteTags(text, /(?:data-en-label|data-en-placeholder|data-en-title|href|action)="/g, START_TAG, ([m, tag, attrs]) => (attrs ? englishStartTag(tag!, attrs) : m));
}

const ENGLISH_ATTRS = /\sdata-en(?:-label|-placeholder|-title)?="[^"]*"/g;

/**
 * The Chinese edition of a page: the English its components carry for the /en/ edition is dropped,
 * so Chinese readers do not download it (a plan page's theme chips and labels: 8% of its transfer).
 */
export function withoutEnglish(html: string): string {
  return rewriteTags(html, / data-en/g, START_TAG, ([m, tag, attrs]) => (attrs?.includes(' data-en') ? `<${tag}${attrs.replace(ENGLISH_ATTRS, '')}>` : m));
}
