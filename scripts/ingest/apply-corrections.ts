import type { Correction } from '../../src/schemas/corrections.ts';
import { SourceError } from './errors.ts';
import { blankLine, type SourceLine } from './source-lines.ts';

/**
 * Applies recorded corrections to the lines as received. Lines keep their original numbers,
 * so later stages and error messages still point into the file as received. An error cites the
 * correction where it stands in corrections.json (`at`, one line per correction), and the text's
 * line numbers as the text's.
 */
export function applyCorrections(lines: readonly SourceLine[], corrections: readonly Correction[], file: string, at: readonly (number | undefined)[] = []): SourceLine[] {
  let out = lines.map((l) => ({ ...l }));
  corrections.forEach((c, i) => {
    const fail = (message: string) => new SourceError(file, at[i], `${c.op}: ${message}`);
    const find = (n: number, role: string): number => {
      const found = out.findIndex((l) => l.line === n);
      if (found < 0) throw fail(`${role}text line ${n} does not exist (or was already moved into another line)`);
      return found;
    };
    switch (c.op) {
      case 'replace': {
        const target = out[find(c.line, '')]!;
        const count = target.text.split(c.find).length - 1;
        if (count !== 1) throw fail(`"${c.find}" occurs ${count} times in text line ${c.line}, expected once`);
        target.text = target.text.replace(c.find, () => c.replace);
        break;
      }
      case 'join': {
        const from = find(c.line, '');
        const moved = out[from]!;
        out.splice(from, 1);
        const onto = out[find(c.onto, '"onto": ')]!;
        onto.text = onto.text.replace(/\s+$/, '') + moved.text.replace(/^\s+/, '');
        break;
      }
      case 'join-items': {
        const [a, b] = c.lines;
        const start = find(a, '');
        const end = find(b, '');
        if (end <= start) throw fail(`text lines ${a}–${b} are not in order, or name one line`);
        const parts = out.slice(start + 1, end + 1);
        const blank = [out[start]!, ...parts].find((l) => l.text.trim() === '');
        if (blank) throw fail(`text line ${blank.line || 'inserted by a move'} between ${a} and ${b} is blank: only adjacent items of one list join`);
        out[start] = { ...out[start]!, parts: [...(out[start]!.parts ?? []), ...parts] };
        out.splice(start + 1, parts.length);
        break;
      }
      case 'move': {
        const [a, b] = c.lines;
        const start = find(a, '');
        const end = find(b, '');
        if (end < start) throw fail(`text lines ${a}–${b} are not in order`);
        const block = out.slice(start, end + 1);
        if (block.some((l) => l.line === c.before)) throw fail(`"before": text line ${c.before} is one of the lines moved (${a}–${b})`);
        out = [...out.slice(0, start), ...out.slice(end + 1)];
        const before = find(c.before, '"before": ');
        out.splice(before, 0, blankLine(), ...block, blankLine());
        break;
      }
    }
  });
  return out;
}
