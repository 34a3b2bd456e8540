import { describe, expect, it } from 'vitest';
import { runMeasured, treeRssKb } from './tree-memory.ts';

describe('memory of a process tree', () => {
  it('sums a process and all its descendants, not its parent or siblings', () => {
    const samples = [
      { pid: 1, ppid: 0, rssKb: 1000 },
      { pid: 10, ppid: 1, rssKb: 100 },
      { pid: 11, ppid: 10, rssKb: 20 },
      { pid: 12, ppid: 11, rssKb: 3 },
      { pid: 13, ppid: 1, rssKb: 500 },
    ];
    expect(treeRssKb(samples, 10)).toBe(123);
    expect(treeRssKb(samples, 99)).toBe(0);
  });

  it('counts the memory a child process holds', async () => {
    // The child allocates ~200 MB and holds it for a moment; the parent that started it stays small.
    const child = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1500);';
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
    const run = await runMeasured(process.execPath, ['-e', parent], process.cwd(), 50);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('1');
    expect(run.peakKb).toBeGreaterThan(200 * 1024);
  });
});
