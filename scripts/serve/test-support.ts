import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * The address a server started by scripts/start.ts prints, once it listens, and everything it
 * has written so far (for failure messages); rejects with that output if it exits first.
 */
export function printedAddress(child: ChildProcessWithoutNullStreams): { url: Promise<string>; output: () => string } {
  let output = '';
  const url = new Promise<string>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /served at (http:\/\/[^\s/]+)/.exec(output)?.[1];
      if (found) ok(found);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`server exited (${code}) before listening: ${output}`)));
  });
  return { url, output: () => output };
}
