/** From the raw request target to the local path it names, and back to a safe `Location`. */
import { posix } from 'node:path';

export interface RequestTarget {
  /** Decoded and normalised: one leading `/`, no `.` or `..` segments, no empty segments. */
  path: string;
  /** The query as sent, with its `?`, or empty; bytes a header cannot carry are percent-encoded. */
  query: string;
}

// A request may name the whole URL (`GET http://host/path`); only its path is ours.
const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** The local path a request target names, or undefined when it names none (malformed escapes, NUL). */
export function parseTarget(raw: string): RequestTarget | undefined {
  const origin = ABSOLUTE_FORM.exec(raw)?.[0] ?? '';
  const target = raw.slice(origin.length) || '/';
  if (!target.startsWith('/')) return undefined;
  const queryAt = target.indexOf('?');
  const rawPath = (queryAt < 0 ? target : target.slice(0, queryAt)).split('#')[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return { path: posix.normalize(decoded), query: queryAt < 0 ? '' : encodeUnsafe(target.slice(queryAt)) };
}

/**
 * Where to send a request for a folder that came without its slash: the local path with the
 * slash, and the query. Every segment is percent-encoded, so the result starts with exactly one
 * `/` and never with `//` or `/\`, which browsers read as another host.
 */
export function slashRedirect({ path, query }: RequestTarget): string {
  const folder = path.endsWith('/') ? path : path + '/';
  return folder.split('/').map(encodeURIComponent).join('/') + query;
}

// Node reads the request line as Latin-1, one character a byte: encode those bytes back.
function encodeUnsafe(text: string): string {
  return text.replace(/[^\x21-\x7e]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
