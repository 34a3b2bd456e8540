/**
 * Aho–Corasick: finds every occurrence of many literal patterns in one pass over a text, in time
 * linear in the text plus the matches, however many patterns there are. The theme linker runs
 * each clause through one automaton built from all themes' terms and exclusions.
 */

export interface PatternMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here, with their lengths in code units. */
  out: { length: number; value: T }[];
}

export class AhoCorasick<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(patterns: Iterable<readonly [string, T]>) {
    for (const [pattern, value] of patterns) this.add(pattern, value);
    this.link();
  }

  private add(pattern: string, value: T): void {
    if (pattern.length === 0) throw new Error('empty pattern');
    let state = 0;
    for (const ch of pattern) {
      let next = this.nodes[state]!.next.get(ch);
      if (next === undefined) {
        next = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
        this.nodes[state]!.next.set(ch, next);
      }
      state = next;
    }
    this.nodes[state]!.out.push({ length: pattern.length, value });
  }

  /** Breadth-first failure links; outputs of the failure state are folded in. */
  private link(): void {
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let i = 0; i < queue.length; i++) {
      const state = queue[i]!;
      for (const [ch, child] of this.nodes[state]!.next) {
        let f = this.nodes[state]!.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(ch);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every pattern, ordered by end then by length (longest first). */
  findAll(text: string): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    let state = 0;
    let offset = 0;
    for (const ch of text) {
      offset += ch.length;
      while (state !== 0 && !this.nodes[state]!.next.has(ch)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(ch) ?? 0;
      for (const o of this.nodes[state]!.out) found.push({ start: offset - o.length, end: offset, value: o.value });
    }
    return found;
  }
}
