/**
 * Source text reaches MDX only as JavaScript string literals, so no character of it can be read
 * as Markdown, JSX or an expression. Besides JSON's own escapes, every character that could end
 * or confuse the surrounding syntax (`{ } < > | \``, line and paragraph separators, bidi and
 * zero-width controls, non-ASCII whitespace) is written as a `\u` escape.
 */
const RISKY = /[{}<>|`&\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\ufff9-\ufffb]/g;

export function toJsLiteral(text: string): string {
  return JSON.stringify(text).replace(RISKY, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON value (frontmatter) with its strings escaped the same way; JSON is valid YAML flow syntax. */
export function toJsonLiteral(value: unknown): string {
  if (typeof value === 'string') return toJsLiteral(value);
  if (Array.isArray(value)) return `[${value.map(toJsonLiteral).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${toJsLiteral(k)}:${toJsonLiteral(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
