/** How commitment strengths and policy instruments are named and counted on every page. Pure. */
import type { ClauseCommitment, Instrument, Strength } from '../schemas/commitment.ts';
import { instruments, strengths } from '../schemas/commitment-kinds.ts';

export const strengthNames: Record<Strength, { zh: string; en: string }> = {
  binding: { zh: '约束', en: 'Binding' },
  directive: { zh: '指令', en: 'Directive' },
  encouraging: { zh: '鼓励', en: 'Encouraging' },
  aspirational: { zh: '争取', en: 'Aspirational' },
  none: { zh: '非承诺', en: 'No commitment' },
};

export const instrumentNames: Record<Instrument, { zh: string; en: string }> = {
  supply: { zh: '供给型', en: 'Supply' },
  environment: { zh: '环境型', en: 'Environment' },
  demand: { zh: '需求型', en: 'Demand' },
};

/** Strength levels that commit, strongest first. */
export const committing = strengths.filter((s) => s !== 'none');

export interface CommitmentSummary {
  /** Clauses at each strength. */
  strength: Record<Strength, number>;
  /** Committing clauses by strength, then main instrument (`none` where no instrument word is used). */
  matrix: Record<Exclude<Strength, 'none'>, Record<Instrument | 'none', number>>;
  /** Committing clauses that also use a softer word (鼓励, 力争 …). */
  hedged: number;
}

export function summariseCommitments(clauses: Readonly<Record<string, ClauseCommitment>>): CommitmentSummary {
  const zero = () => ({ supply: 0, environment: 0, demand: 0, none: 0 });
  const out: CommitmentSummary = {
    strength: Object.fromEntries(strengths.map((s) => [s, 0])) as Record<Strength, number>,
    matrix: Object.fromEntries(committing.map((s) => [s, zero()])) as CommitmentSummary['matrix'],
    hedged: 0,
  };
  for (const c of Object.values(clauses)) {
    out.strength[c.strength] += 1;
    if (c.strength === 'none') continue;
    out.matrix[c.strength][c.instrument ?? 'none'] += 1;
    if (c.hedges.length) out.hedged += 1;
  }
  return out;
}

/** `指令 · 环境型` (`Directive · Environment`), the label a clause shows. */
export function commitmentLabel(c: Pick<ClauseCommitment, 'strength' | 'instrument'>, lang: 'zh' | 'en' = 'zh'): string {
  return c.instrument ? `${strengthNames[c.strength][lang]} · ${instrumentNames[c.instrument][lang]}` : strengthNames[c.strength][lang];
}

/** The words that decided a clause's coding, for a tooltip or a data table: `确保、严格；机制、考核`. */
export function decidingWords(c: ClauseCommitment): string {
  const strength = [...new Set(c.strengthWords.map((w) => w.word))].join('、');
  const instrument = c.goal ? '目标规划（目标、原则或指导思想）' : c.instrument ? [...new Set(c.instrumentWords[c.instrument].map((w) => w.word))].join('、') : '';
  const hedges = [...new Set(c.hedges.map((w) => w.word))].join('、');
  return [strength && `力度：${strength}`, hedges && `兼用：${hedges}`, instrument && `工具：${instrument}`].filter(Boolean).join('；');
}

export { instruments };
