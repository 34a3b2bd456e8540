import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from './headers.ts';
import { startServer } from './static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'duidu-serve-'));
const outside = mkdtempSync(join(tmpdir(), 'duidu-outside-'));
mkdirSync(join(root, 'plans', 'a'), { recursive: true });
mkdirSync(join(root, 'search'));
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(root, 'plans', 'a', 'index.html'), '<p>plan a</p>');
writeFileSync(join(root, 'plans', 'a', 'notes'), 'a file without an extension');
writeFileSync(join(root, 'search', 'index.html'), '<p>search</p>');
writeFileSync(join(root, '_astro', 'app.Bx1c9Qz.js'), 'console.log(1)');
writeFileSync(join(root, '404.html'), '<p>not here</p>');
const page = `<p>${'条款 '.repeat(2000)}</p>`;
writeFileSync(join(root, 'search', 'long.html'), page);
// Pagefind's files are gzip streams of a marker and the data; one that is not must go as it is.
const fragment = gzipSync('pagefind_dcd{"url":"/plans/a/"}');
writeFileSync(join(root, 'index.pf_fragment'), fragment);
writeFileSync(join(root, 'plain.pf_index'), 'not gzipped');
// Folder names a redirect must encode: a backslash would read as `//` to a browser.
for (const name of ['\\evil.com', '编 辑']) {
  mkdirSync(join(root, name));
  writeFileSync(join(root, name, 'index.html'), '<p>odd name</p>');
}
writeFileSync(join(outside, 'secret.txt'), 'secret');
symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
symlinkSync(outside, join(root, 'leakdir'));
symlinkSync(join(root, 'plans', 'a', 'index.html'), join(root, 'alias.html'));
const site = await startServer(root);
afterAll(() => {
  site.server.close();
  for (const dir of [root, outside]) rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Bytes on the wire, before any decompression. */
  sent: number;
}

/** One request with the path sent exactly as written (fetch would normalise `..` and `%2e%2e` first). */
function send(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(site.url);
  return new Promise((ok, fail) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        ok({ status: res.statusCode!, headers: res.headers, body: (res.headers['content-encoding'] === 'gzip' && bytes.length > 0 ? gunzipSync(bytes) : bytes).toString('utf8'), sent: bytes.length });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

/** Every byte the server writes for one request, so a body sent after HEAD would show. */
function sendRaw(head: string): Promise<string> {
  const { hostname, port } = new URL(site.url);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => ok(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', fail);
  });
}

/** The host a browser would go to after following `location` from the site. */
function redirectHost(location: string): string {
  return new URL(location, 'http://site.test/').host;
}

describe('static server', () => {
  it('serves directory indexes with a content type', async () => {
    const res = await fetch(`${site.url}/plans/a/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<p>plan a</p>');
  });

  it('redirects a directory without its slash', async () => {
    const res = await fetch(`${site.url}/plans/a`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/plans/a/');
  });

  it('keeps the query string when it adds the slash', async () => {
    expect((await send('/search?q=abc')).headers.location).toBe('/search/?q=abc');
    expect((await send('/plans/a?c=gz:p1-s2&c=yz:p3')).headers.location).toBe('/plans/a/?c=gz:p1-s2&c=yz:p3');
  });

  it('answers 404 with the site’s 404 page, and never leaves the root', async () => {
    const missing = await fetch(`${site.url}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<p>not here</p>');
    const escape = await fetch(`${site.url}/..%2f..%2fetc/passwd`);
    expect(escape.status).toBe(404);
  });

  it('serves a file without an extension as a file', async () => {
    const res = await send('/plans/a/notes');
    expect(res.status).toBe(200);
    expect(res.body).toBe('a file without an extension');
    expect((await send('/plans/a/notes/')).status).toBe(404);
  });

  it('does not follow symlinks out of the root, and does follow those inside it', async () => {
    for (const path of ['/leak.txt', '/leakdir/secret.txt', '/leakdir/', '/leakdir']) {
      const res = await send(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret');
    }
    expect((await send('/alias.html')).body).toBe('<p>plan a</p>');
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const res = await send('/plans/a/', method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow, method).toBe('GET, HEAD');
      expect(res.body, method).not.toContain('plan a');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const raw = await sendRaw(`HEAD /plans/a/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head).toMatch(/\r\ncontent-length: 13\r\n/i);
    expect(head).toMatch(/\r\ncontent-type: text\/html; charset=utf-8/i);
    expect(body).toBe('');
  });

  it('sends the security headers a meta CSP cannot set on every answer', async () => {
    const answers = await Promise.all([send('/plans/a/'), send('/nope'), send('/plans/a'), send('/', 'POST'), send('/%E0%A4%A')]);
    expect(answers.map((a) => a.status)).toEqual([200, 404, 301, 405, 400]);
    for (const answer of answers) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer.headers[name.toLowerCase()], `${answer.status} ${name}`).toBe(value);
    }
  });

  it('lets browsers keep hashed assets for good and revalidate everything else', async () => {
    expect((await send('/_astro/app.Bx1c9Qz.js')).headers['cache-control']).toBe(IMMUTABLE);
    expect((await send('/plans/a/')).headers['cache-control']).toBe(REVALIDATE);
    const first = await send('/plans/a/');
    expect(first.headers.etag).toBeTruthy();
    const again = await send('/plans/a/', 'GET', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('compresses pages, styles and scripts for a browser that accepts gzip, and says so to caches', async () => {
    const plain = await send('/search/long.html');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(page)));
    const zipped = await send('/search/long.html', 'GET', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body).toBe(page);
    expect(zipped.sent).toBeLessThan(Buffer.byteLength(page) / 10);
    for (const answer of [plain, zipped]) expect(answer.headers.vary).toBe('Accept-Encoding');
    expect((await send('/_astro/app.Bx1c9Qz.js', 'GET', { 'accept-encoding': 'gzip' })).body).toBe('console.log(1)');
    const head = await send('/search/long.html', 'HEAD', { 'accept-encoding': 'gzip' });
    expect([head.headers['content-encoding'], head.body]).toEqual(['gzip', '']);
  });

  it('sends the files Pagefind gzipped as they are, labelled gzip for a browser to inflate', async () => {
    const labelled = await send('/index.pf_fragment', 'GET', { 'accept-encoding': 'gzip, deflate, br' });
    expect([labelled.headers['content-encoding'], labelled.sent, labelled.body]).toEqual(['gzip', fragment.length, 'pagefind_dcd{"url":"/plans/a/"}']);
    // A client that does not take gzip gets the same bytes unlabelled: Pagefind inflates them itself.
    const unlabelled = await send('/index.pf_fragment');
    expect([unlabelled.headers['content-encoding'], unlabelled.sent]).toEqual([undefined, fragment.length]);
    for (const answer of [labelled, unlabelled]) expect(answer.headers.vary).toBe('Accept-Encoding');
    const head = await send('/index.pf_fragment', 'HEAD', { 'accept-encoding': 'gzip' });
    expect([head.headers['content-encoding'], head.sent]).toEqual(['gzip', 0]);
    // Named like Pagefind's but not gzip: never labelled as something it is not.
    const plain = await send('/plain.pf_index', 'GET', { 'accept-encoding': 'gzip' });
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, 'not gzipped']);
  });

  it('closes the connection of a client that stops reading', async () => {
    // Sparse, and larger than the socket buffers on both sides can hold, so the server stalls.
    writeFileSync(join(root, 'big.bin'), '');
    truncateSync(join(root, 'big.bin'), 1024 ** 3);
    const impatient = await startServer(root, 0, '127.0.0.1', { idleTimeoutMs: 300 });
    const { port } = new URL(impatient.url);
    const closed = new Promise<string>((ok) => impatient.server.once('connection', (socket) => socket.on('close', () => ok('closed'))));
    // Asks, then never reads: with no 'data' listener the socket takes no more than its buffer.
    const client = connect(Number(port), '127.0.0.1', () => client.write('GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n'));
    client.on('error', () => undefined);
    try {
      expect(await Promise.race([closed, new Promise((ok) => setTimeout(() => ok('still open'), 5_000))])).toBe('closed');
    } finally {
      client.destroy();
      impatient.server.close();
    }
  });
});

// Each path is sent exactly as a hostile link would carry it. None may send the browser to
// another host, leave the root, or take the server down.
const hostile: Array<[path: string, expect: { status: number; location?: string }]> = [
  ['//evil%2ecom/%2e%2e%2f', { status: 200 }],
  ['//evil%2ecom/%2e%2e%2fplans/a', { status: 301, location: '/plans/a/' }],
  ['//evil.com/../plans/a', { status: 301, location: '/plans/a/' }],
  ['//plans/a', { status: 301, location: '/plans/a/' }],
  ['///plans/a?x=1', { status: 301, location: '/plans/a/?x=1' }],
  ['/\\evil.com/%2e%2e/plans/a', { status: 301, location: '/plans/a/' }],
  ['/%5cevil.com/%2e%2e/plans/a', { status: 301, location: '/plans/a/' }],
  ['/%5c%5cevil.com', { status: 404 }],
  ['/%5Cevil.com', { status: 301, location: '/%5Cevil.com/' }],
  ['/%2f%2fevil.com/%2e%2e/plans/a', { status: 301, location: '/plans/a/' }],
  ['/%2F/evil.com/..%2F..%2Fplans/a', { status: 301, location: '/plans/a/' }],
  ['/%E7%BC%96%20%E8%BE%91', { status: 301, location: '/%E7%BC%96%20%E8%BE%91/' }],
  ['/plans%2fa', { status: 301, location: '/plans/a/' }],
  ['/./plans/./a', { status: 301, location: '/plans/a/' }],
  ['/plans/a/b/..', { status: 301, location: '/plans/a/' }],
  ['/plans/a?next=//evil.com', { status: 301, location: '/plans/a/?next=//evil.com' }],
  ['/plans/a?%0d%0aSet-Cookie:%20x=1', { status: 301, location: '/plans/a/?%0d%0aSet-Cookie:%20x=1' }],
  ['http://evil.com/plans/a', { status: 301, location: '/plans/a/' }],
  ['/..%2f..%2fetc/passwd', { status: 404 }],
  ['/%2e%2e/%2e%2e/etc/passwd', { status: 404 }],
  ['/..\\..\\etc\\passwd', { status: 404 }],
  ['/%00', { status: 400 }],
  ['/plans/a%00/', { status: 400 }],
  ['/%', { status: 400 }],
  ['/%E0%A4%A', { status: 400 }],
  ['/plans/a/index.html/', { status: 404 }],
  ['/' + 'a/'.repeat(2000), { status: 404 }],
];

describe('hostile request paths', () => {
  const cases = hostile.map(([path, expected]) => [path.length > 60 ? `${path.slice(0, 30)}… (${path.length} characters)` : path, path, expected] as const);
  it.each(cases)('%s', async (_label, path, expected) => {
    const res = await send(path);
    expect(res.status).toBe(expected.status);
    expect(res.headers.location).toBe(expected.location);
    if (res.headers.location) expect(redirectHost(String(res.headers.location))).toBe('site.test');
    expect(res.body).not.toMatch(/root:|secret/);
  });

  it('survives raw bytes and control characters in the request line', async () => {
    const raw = await sendRaw(`GET /plans/a?q=\xff\x01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(raw).toMatch(/^HTTP\/1\.1 (301|400)/);
    expect((await send('/plans/a/')).status).toBe(200);
  });
});
