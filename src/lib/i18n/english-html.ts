import { pathIn } from './lang.ts';

/*
 * The English edition is the Chinese page with its interface strings swapped at build time: the
 * components write each string in Chinese with its English beside it (`data-en`, `data-en-label`,
 * `data-en-placeholder`), and this turns a page routed under /en/ into English before it is
 * written, so readers never see a swap. Links to pages stay in the edition; a link that names its
 * language with `hreflang` (the switch, the alternates) is left as written.
 */

const START_TAG = /<([a-z][a-z0-9-]*)(\s[^<>]*)?>/gi;
/** An element whose whole content is plain text, carrying its English (no nested tags: `[^<]*`). */
const TEXT_ELEMENT = /<([a-z][a-z0-9-]*)((?:\s[^<>]*?)?)\sdata-en="([^"]*)"([^<>]*)>[^<]*<\/\1>/gi;

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

function setAttr(attrs: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  return re.test(attrs) ? attrs.replace(re, ` ${name}="${value}"`) : `${attrs} ${name}="${value}"`;
}

const dropAttr = (attrs: string, name: string) => attrs.replace(new RegExp(`\\s${name}="[^"]*"`), '');

function englishStartTag(tag: string, attrs: string): string {
  let out = attrs;
  for (const [from, to] of [['data-en-label', 'aria-label'], ['data-en-placeholder', 'placeholder'], ['data-en-title', 'title']] as const) {
    const en = attr(out, from);
    if (en !== undefined) out = dropAttr(setAttr(out, to, en), from);
  }
  if (attr(out, 'hreflang') === undefined) {
    for (const name of ['href', 'action']) {
      const href = attr(out, name);
      if (href !== undefined) out = setAttr(out, name, pathIn('en', href));
    }
  }
  return `<${tag}${out}>`;
}

/** The English edition of a page built in Chinese. */
export function toEnglishHtml(html: string): string {
  return html
    .replace(TEXT_ELEMENT, (_m, tag: string, before: string, en: string, after: string) => `<${tag}${before}${after}>${en}</${tag}>`)
    .replace(START_TAG, (m, tag: string, attrs: string | undefined) => (attrs ? englishStartTag(tag, attrs) : m));
}

const ENGLISH_ATTRS = /\sdata-en(?:-label|-placeholder|-title)?="[^"]*"/g;

/**
 * The Chinese edition of a page: the English its components carry for the /en/ edition is dropped,
 * so Chinese readers do not download it (a plan page's theme chips and labels: 8% of its transfer).
 */
export function withoutEnglish(html: string): string {
  return html.replace(START_TAG, (m, tag: string, attrs: string | undefined) => (attrs?.includes(' data-en') ? `<${tag}${attrs.replace(ENGLISH_ATTRS, '')}>` : m));
}
