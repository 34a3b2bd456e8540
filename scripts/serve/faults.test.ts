import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printedAddress } from './test-support.ts';

// The server runs as `npm run serve` does, in a child process with few descriptors, so a leak
// shows within a few hundred requests and a crash ends the child, not the test run.
const startScript = fileURLToPath(new URL('../start.ts', import.meta.url));
const FD_LIMIT = 64;
const BIG = 4 * 1024 * 1024;

const root = mkdtempSync(join(tmpdir(), 'duidu-faults-'));
writeFileSync(join(root, 'index.html'), '<p>home</p>');
writeFileSync(join(root, '404.html'), '<p>not here</p>');
writeFileSync(join(root, 'big.bin'), Buffer.alloc(BIG, 7));
// Text goes gzipped to a client that asks: hex of random bytes, so the gzip stream sends early and long.
const bigText = () => randomBytes(BIG / 2).toString('hex');
writeFileSync(join(root, 'big.txt'), bigText());
const GZIP = 'Accept-Encoding: gzip';

interface Child {
  url: string;
  process: ChildProcess;
  exited: () => boolean;
  output: () => string;
}

async function startChild(): Promise<Child> {
  const child = spawn('sh', ['-c', `ulimit -n ${FD_LIMIT} && exec "$0" "$1" "$2"`, process.execPath, startScript, root], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const { url, output } = printedAddress(child);
  return { url: await url, process: child, exited: () => exited, output };
}

/** Open descriptors of a process, from /proc (Linux). */
function descriptors(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** A whole answer over a connection of its own, closed after. */
function fetchOnce(url: string): Promise<{ status: number; bytes: number; complete: boolean }> {
  return new Promise((ok, fail) => {
    get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => ok({ status: res.statusCode!, bytes, complete: res.complete }));
      res.on('error', () => ok({ status: res.statusCode!, bytes, complete: false }));
    }).on('error', fail);
  });
}

/** Starts a download and hangs up at its first bytes, as a reader who closes the tab does. */
function abortedDownload(url: string, path: string, header = ''): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((ok) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n${header && `${header}\r\n`}\r\n`));
    socket.once('data', () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => ok());
  });
}

async function inBatches(count: number, size: number, task: () => Promise<unknown>): Promise<void> {
  for (let done = 0; done < count; done += size) await Promise.all(Array.from({ length: Math.min(size, count - done) }, task));
}

/** Waits until the descriptor count is back to `baseline` (closing is asynchronous), or gives up. */
async function settle(pid: number, baseline: number): Promise<number> {
  let count = descriptors(pid);
  for (let i = 0; i < 50 && count > baseline; i++) {
    await new Promise((r) => setTimeout(r, 100));
    count = descriptors(pid);
  }
  return count;
}

const linux = existsSync('/proc/self/fd');
let server: Child;
let baseline: number;

// A server per test, so one that dies fails only the test that killed it.
beforeEach(async () => {
  server = await startChild();
  // Warm up, so descriptors the runtime opens once (thread pool, DNS) are in the baseline.
  await fetchOnce(`${server.url}/big.bin`);
  await fetchOnce(`${server.url}/`);
  baseline = linux ? descriptors(server.process.pid!) : 0;
});
afterEach(() => {
  server.process.kill();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!linux)(`the server under a limit of ${FD_LIMIT} descriptors`, () => {
  it('releases the file of every aborted download and keeps answering', async () => {
    await inBatches(400, 10, () => abortedDownload(server.url, '/big.bin'));
    expect(server.exited(), server.output()).toBe(false);
    expect(await settle(server.process.pid!, baseline)).toBeLessThanOrEqual(baseline);
    expect((await fetchOnce(`${server.url}/`)).status).toBe(200);
    expect(await fetchOnce(`${server.url}/big.bin`)).toEqual({ status: 200, bytes: BIG, complete: true });
  });

  it('releases the file and the compressor of every aborted compressed download', async () => {
    await inBatches(200, 10, () => abortedDownload(server.url, '/big.txt', GZIP));
    expect(server.exited(), server.output()).toBe(false);
    expect(await settle(server.process.pid!, baseline)).toBeLessThanOrEqual(baseline);
    expect(await fetchOnce(`${server.url}/big.txt`)).toEqual({ status: 200, bytes: BIG, complete: true });
  });

  it('lives through a burst of aborted downloads beyond its descriptor limit', async () => {
    await inBatches(300, 100, () => abortedDownload(server.url, '/big.bin'));
    expect(server.exited(), server.output()).toBe(false);
    expect(await settle(server.process.pid!, baseline)).toBeLessThanOrEqual(baseline);
    expect((await fetchOnce(`${server.url}/`)).status).toBe(200);
  });

  it('answers 200 or 404 for a file that keeps appearing and disappearing', async () => {
    // Another process swaps the file in and out as fast as it can, as a rebuild of dist/ does.
    const flicker = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs'); const dir = process.argv[1];
       for (;;) { fs.writeFileSync(dir + '/tmp', '<p>here</p>'); fs.renameSync(dir + '/tmp', dir + '/flicker.html'); fs.unlinkSync(dir + '/flicker.html'); }`,
      root,
    ]);
    const seen = new Map<string, number>();
    try {
      await inBatches(600, 10, async () => {
        const answer = await fetchOnce(`${server.url}/flicker.html`).catch(() => ({ status: 0, bytes: 0, complete: false }));
        const key = `${answer.status} ${answer.bytes}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      });
    } finally {
      flicker.kill();
    }
    expect(server.exited(), server.output()).toBe(false);
    // Whole page or the 404 page; never a dropped connection or a part of either.
    expect([...seen.keys()].filter((k) => k !== '200 11' && k !== '404 15'), JSON.stringify([...seen])).toEqual([]);
    expect(await settle(server.process.pid!, baseline)).toBeLessThanOrEqual(baseline);
  });
});

/** Reads a download to its end, doing `midway` once the first bytes arrive. */
function downloadWhile(url: string, midway: () => void, headers: Record<string, string> = {}): Promise<{ status: number; bytes: number; complete: boolean }> {
  return new Promise((ok, fail) => {
    get(url, { agent: false, headers }, (res) => {
      let bytes = 0;
      res.once('data', midway);
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => ok({ status: res.statusCode!, bytes, complete: res.complete }));
      res.on('error', () => ok({ status: res.statusCode!, bytes, complete: false }));
      res.on('aborted', () => ok({ status: res.statusCode!, bytes, complete: false }));
    }).on('error', fail);
  });
}

describe('files changing while they are served', () => {
  it('sends a file deleted mid-download whole, and serves 404 for it after', async () => {
    writeFileSync(join(root, 'gone.bin'), Buffer.alloc(BIG, 1));
    const answer = await downloadWhile(`${server.url}/gone.bin`, () => unlinkSync(join(root, 'gone.bin')));
    expect(answer).toEqual({ status: 200, bytes: BIG, complete: true });
    expect((await fetchOnce(`${server.url}/gone.bin`)).status).toBe(404);
    expect(server.exited(), server.output()).toBe(false);
  });

  it('breaks the connection rather than pass off a file cut short mid-download as whole', async () => {
    writeFileSync(join(root, 'cut.bin'), Buffer.alloc(BIG, 2));
    const answer = await downloadWhile(`${server.url}/cut.bin`, () => truncateSync(join(root, 'cut.bin'), 1024));
    expect(answer.status).toBe(200);
    expect(answer.complete).toBe(false);
    expect(answer.bytes).toBeLessThan(BIG);
    expect((await fetchOnce(`${server.url}/`)).status).toBe(200);
    expect(server.exited(), server.output()).toBe(false);
  });

  it('breaks a compressed answer too when its file is cut short mid-download', async () => {
    writeFileSync(join(root, 'cut.txt'), bigText());
    const answer = await downloadWhile(`${server.url}/cut.txt`, () => truncateSync(join(root, 'cut.txt'), 1024), { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.complete).toBe(false);
    expect((await fetchOnce(`${server.url}/`)).status).toBe(200);
    expect(server.exited(), server.output()).toBe(false);
  });

  it('serves a file replaced mid-download from the version it began with', async () => {
    writeFileSync(join(root, 'swap.bin'), Buffer.alloc(BIG, 3));
    const answer = await downloadWhile(`${server.url}/swap.bin`, () => {
      writeFileSync(join(root, 'swap.tmp'), 'new');
      renameSync(join(root, 'swap.tmp'), join(root, 'swap.bin'));
    });
    expect(answer).toEqual({ status: 200, bytes: BIG, complete: true });
    expect((await fetchOnce(`${server.url}/swap.bin`)).bytes).toBe(3);
  });
});
