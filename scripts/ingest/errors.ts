/** An error in a source file, reported as `file:line: message`. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}

/** The 1-based line of the first occurrence of `"key"` in a JSON text, for error messages. */
export function lineOfJsonKey(json: string, path: readonly PropertyKey[]): number | undefined {
  let from = 0;
  let line: number | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      // Array index: step to the n-th object start after the current position.
      let seen = -1;
      let depth = 0;
      for (let i = json.indexOf('[', from) + 1; i > 0 && i < json.length; i++) {
        const ch = json[i];
        if (ch === '{' || ch === '[') {
          if (depth === 0 && ++seen === key) {
            from = i;
            break;
          }
          depth++;
        } else if (ch === '}' || ch === ']') depth--;
      }
    } else {
      const at = json.indexOf(`"${String(key)}"`, from);
      if (at < 0) break;
      from = at;
    }
    line = json.slice(0, from).split('\n').length;
  }
  return line;
}
