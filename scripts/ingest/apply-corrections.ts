import type { Correction } from '../../src/schemas/corrections.ts';
import { SourceError } from './errors.ts';
import { blankLine, type SourceLine } from './source-lines.ts';

/**
 * Applies recorded corrections to the lines as received. Lines keep their original numbers,
 * so later stages and error messages still point into the file as received.
 */
export function applyCorrections(lines: readonly SourceLine[], corrections: readonly Correction[], file: string): SourceLine[] {
  let out = lines.map((l) => ({ ...l }));
  const find = (n: number, what: string): number => {
    const at = out.findIndex((l) => l.line === n);
    if (at < 0) throw new SourceError(file, undefined, `${what}: line ${n} does not exist (or was already moved into another line)`);
    return at;
  };
  for (const c of corrections) {
    switch (c.op) {
      case 'replace': {
        const at = find(c.line, 'replace');
        const target = out[at]!;
        const count = target.text.split(c.find).length - 1;
        if (count !== 1) {
          throw new SourceError(file, c.line, `replace: "${c.find}" occurs ${count} times in the line, expected once`);
        }
        target.text = target.text.replace(c.find, () => c.replace);
        break;
      }
      case 'join': {
        const from = find(c.line, 'join');
        const moved = out[from]!;
        out.splice(from, 1);
        const onto = out[find(c.onto, 'join onto')]!;
        onto.text = onto.text.replace(/\s+$/, '') + moved.text.replace(/^\s+/, '');
        break;
      }
      case 'move': {
        const [a, b] = c.lines;
        const start = find(a, 'move');
        const end = find(b, 'move');
        if (end < start) throw new SourceError(file, a, `move: lines ${a}–${b} are not in order`);
        const block = out.slice(start, end + 1);
        out = [...out.slice(0, start), ...out.slice(end + 1)];
        const before = find(c.before, 'move before');
        out.splice(before, 0, blankLine(), ...block, blankLine());
        break;
      }
    }
  }
  return out;
}
