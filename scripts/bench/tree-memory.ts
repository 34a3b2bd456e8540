/**
 * Peak memory of a command and every process it starts (Astro's build and the Pagefind service,
 * say): the resident memory of the whole process tree, sampled from /proc while it runs. A figure
 * from one process alone (GNU time, `maxRSS`) misses the children.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessSample {
  pid: number;
  ppid: number;
  /** Resident memory, KB. */
  rssKb: number;
}

/** Resident memory of `root` and all its descendants, KB. */
export function treeRssKb(samples: readonly ProcessSample[], root: number): number {
  const children = new Map<number, ProcessSample[]>();
  for (const s of samples) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const stack = samples.filter((s) => s.pid === root);
  while (stack.length) {
    const s = stack.pop()!;
    total += s.rssKb;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return total;
}

const PAGE_KB = 4;

/** `root` and its descendants now running, from /proc (a process that ends while being read is skipped). */
export function sampleTree(root: number): ProcessSample[] {
  const out: ProcessSample[] = [];
  const stack: [pid: number, ppid: number][] = [[root, 0]];
  while (stack.length) {
    const [pid, ppid] = stack.pop()!;
    try {
      const rssPages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      out.push({ pid, ppid, rssKb: rssPages * PAGE_KB });
      // Children are listed per thread; reading the tree from its root skips the machine's other processes.
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) stack.push([Number(child), pid]);
      }
    } catch {
      // gone
    }
  }
  return out;
}

export interface TreeRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Highest sum of resident memory over the process tree, KB. */
  peakKb: number;
}

/** Runs a command, sampling its process tree's memory every `everyMs`. */
export function runMeasured(command: string, args: readonly string[], cwd: string, everyMs = 200): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let peakKb = 0;
    const sample = () => {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(sampleTree(child.pid), child.pid));
    };
    const timer = setInterval(sample, everyMs);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0, peakKb });
    });
  });
}
