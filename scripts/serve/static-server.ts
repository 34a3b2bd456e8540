/**
 * Serves a built site as a careful static host would: files, folder indexes, 404.html, the
 * headers of docs/hosting.md; nothing outside the folder, and no client or file that changes
 * under it can take the process down or keep a descriptor open.
 */
import { constants, type Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { acceptsGzip, isCompressible, isGzippedByPagefind, startsAsGzip } from './compression.ts';
import { cacheControlFor, REVALIDATE, SECURITY_HEADERS } from './headers.ts';
import { parseTarget, slashRedirect } from './request-target.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

// O_NONBLOCK: opening a FIFO someone left in the folder must not hang a thread for good.
// O_NOFOLLOW: the path was resolved already; a symlink swapped in since is refused.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
// Errors that mean "no such file here", as against the server running out of something.
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'EACCES', 'EPERM', 'ENAMETOOLONG', 'EISDIR', 'ENXIO']);

interface OpenFile {
  handle: FileHandle;
  stats: Stats;
  file: string;
}

export interface ServerOptions {
  /** A connection with no traffic either way for this long is closed (a stalled reader holds a file open). */
  idleTimeoutMs?: number;
}

function isAbsent(error: unknown): boolean {
  return ABSENT.has((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * Opens what `path` names under `root` (a real path), following symlinks only while they stay
 * inside it. One handle serves the answer, so a file removed after this call is still sent whole.
 */
async function openInside(root: string, path: string): Promise<OpenFile | 'folder' | undefined> {
  let real: string;
  try {
    real = await realpath(join(root, path));
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
  if (real !== root && !real.startsWith(root + sep)) return undefined;
  let handle: FileHandle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, stats, file: real };
    await handle.close();
    return stats.isDirectory() ? 'folder' : undefined;
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

/** The file a local path names: itself, or its folder's index.html; 'redirect' for a folder asked for without its slash. */
async function findFile(root: string, path: string): Promise<OpenFile | 'redirect' | undefined> {
  const found = await openInside(root, path);
  if (found === 'folder') {
    const index = await openInside(root, join(path, 'index.html'));
    if (index === 'folder' || !index) return undefined;
    if (path.endsWith('/')) return index;
    await index.handle.close();
    return 'redirect';
  }
  if (found && path.endsWith('/')) {
    await found.handle.close();
    return undefined;
  }
  return found;
}

function etagOf(stats: Stats): string {
  return `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** True for a file Pagefind gzipped that is a gzip stream indeed, for a client that accepts gzip. */
async function sendsAsGzip(req: IncomingMessage, { handle, stats, file }: OpenFile): Promise<boolean> {
  if (!isGzippedByPagefind(file) || stats.size < 2 || !acceptsGzip(req.headers['accept-encoding'])) return false;
  const head = new Uint8Array(2);
  const { bytesRead } = await handle.read(head, 0, 2, 0);
  return startsAsGzip(head.subarray(0, bytesRead));
}

/**
 * Streams an open file; `gzipped`: it is a gzip stream already, labelled as such. Its handle is
 * closed whatever happens: sent, client gone, read failed.
 */
function sendFile(req: IncomingMessage, res: ServerResponse, status: number, { handle, stats, file }: OpenFile, gzipped = false): void {
  const etag = etagOf(stats);
  // The client left while the file was being found: its 'close' has passed, nothing would end the stream.
  if (res.destroyed) {
    void handle.close();
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const compressible = isCompressible(type);
  // Caches must keep the compressed and the plain answer apart.
  if (compressible || isGzippedByPagefind(file)) res.setHeader('vary', 'Accept-Encoding');
  if (status === 200 && matches(req.headers['if-none-match'], etag)) {
    void handle.close();
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  const gzip = compressible && stats.size > 0 && acceptsGzip(req.headers['accept-encoding']);
  res.writeHead(status, {
    'content-type': type,
    // Compressed, the length is known only once sent: the answer goes chunked.
    ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': stats.size }),
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
    etag,
    'last-modified': stats.mtime.toUTCString(),
  });
  if (req.method === 'HEAD' || stats.size === 0) {
    void handle.close();
    res.end();
    return;
  }
  const stream = handle.createReadStream({ start: 0, end: stats.size - 1 });
  const zipper = gzip ? createGzip() : undefined;
  res.on('close', () => {
    stream.destroy();
    zipper?.destroy();
  });
  stream.on('error', () => res.destroy());
  zipper?.on('error', () => res.destroy());
  // A file cut short while it is sent must not pass for the whole file: break the connection.
  stream.on('end', () => (stream.bytesRead !== stats.size ? res.destroy() : zipper ? zipper.end() : res.end()));
  if (zipper) {
    zipper.pipe(res);
    stream.pipe(zipper, { end: false });
  } else stream.pipe(res, { end: false });
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('cache-control', REVALIDATE);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '405 Method Not Allowed', { allow: 'GET, HEAD' });
  const target = parseTarget(req.url ?? '/');
  if (!target) return sendText(res, 400, '400 Bad Request');
  const found = await findFile(root, target.path);
  if (found === 'redirect') {
    // Only ever to the local path just resolved, as the browser asked for it with the slash added.
    res.writeHead(301, { location: slashRedirect(target) });
    res.end();
    return;
  }
  if (found) {
    res.setHeader('cache-control', cacheControlFor(target.path));
    let gzipped: boolean;
    try {
      gzipped = await sendsAsGzip(req, found);
    } catch (error) {
      await found.handle.close().catch(() => undefined);
      throw error;
    }
    return sendFile(req, res, 200, found, gzipped);
  }
  const notFound = await findFile(root, '/404.html');
  if (notFound && notFound !== 'redirect') return sendFile(req, res, 404, notFound);
  sendText(res, 404, '404 Not Found');
}

function fail(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // Out of descriptors or memory is passing; anything else is the server's fault.
  const busy = ['EMFILE', 'ENFILE', 'ENOMEM'].includes((error as NodeJS.ErrnoException).code ?? '');
  sendText(res, busy ? 503 : 500, busy ? '503 Service Unavailable' : '500 Internal Server Error', busy ? { 'retry-after': '1' } : {});
}

/** The address to print: a wildcard host is reached as localhost, an IPv6 one in brackets. */
function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Serves the built site in `dir` on `host:port` (0: a free port). */
export async function startServer(dir: string, port = 0, host = '127.0.0.1', options: ServerOptions = {}): Promise<{ server: Server; url: string }> {
  const root = await realpath(dir);
  const server = createServer((req, res) => {
    answer(root, req, res).catch((error: unknown) => fail(res, error));
  });
  server.setTimeout(options.idleTimeoutMs ?? 120_000);
  await new Promise<void>((ok, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      ok();
    });
  });
  // Once listening, the only errors are failed accepts (out of descriptors): the client is
  // dropped and the server goes on.
  server.on('error', () => undefined);
  return { server, url: urlOf(host, (server.address() as AddressInfo).port) };
}
