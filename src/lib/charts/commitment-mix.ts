/**
 * One plan's commitments: a bar a strength level, split by the main policy instrument of its
 * clauses, and how many of them also hedge with a softer word. Pure: summary in, geometry out.
 */
import { committing, instrumentNames, strengthNames, type CommitmentSummary } from '../commitment-names.ts';
import { instruments } from '../../schemas/commitment-kinds.ts';
import type { Lang } from '../i18n/lang.ts';

/** Instrument colours (Okabe–Ito, 3:1 on the page); grey where no instrument word is used. */
export const INSTRUMENT_COLOURS = { supply: '#0072B2', environment: '#009E73', demand: '#D55E00', none: '#8C8C8C' } as const;
export type Segment = keyof typeof INSTRUMENT_COLOURS;
const SEGMENTS: readonly Segment[] = [...instruments, 'none'];
const segmentName = (s: Segment, lang: Lang = 'zh') => (s === 'none' ? (lang === 'en' ? 'No instrument word' : '未用工具词') : instrumentNames[s][lang]);

export interface MixBar {
  strength: string;
  label: string;
  y: number;
  total: number;
  segments: { key: Segment; x: number; width: number; count: number; fill: string; tip: string }[];
}

export interface MixGeometry {
  width: number;
  height: number;
  left: number;
  barHeight: number;
  bars: MixBar[];
  legend: { key: Segment; name: string; x: number; fill: string }[];
}

/** Room for the strength labels, which run longer in English. */
const LEFT = { zh: 64, en: 96 } as const;
const RIGHT = 56;
const BAR_H = 20;
const GAP = 12;
const TOP = 34;

export function layoutCommitmentMix(s: CommitmentSummary, width = 560, lang: Lang = 'zh'): MixGeometry {
  const left = LEFT[lang];
  const max = Math.max(1, ...committing.map((k) => s.strength[k]));
  const scale = (width - left - RIGHT) / max;
  const bars = committing.map((k, i) => {
    let x = left;
    const segments = SEGMENTS.filter((seg) => s.matrix[k][seg] > 0).map((seg) => {
      const count = s.matrix[k][seg];
      const seg_ = { key: seg, x, width: count * scale, count, fill: INSTRUMENT_COLOURS[seg], tip: lang === 'en' ? `${strengthNames[k].en}: ${segmentName(seg, lang)} ${count}` : `${strengthNames[k].zh}：${segmentName(seg)} ${count} 条` };
      x += count * scale;
      return seg_;
    });
    return { strength: k, label: strengthNames[k][lang], y: TOP + i * (BAR_H + GAP), total: s.strength[k], segments };
  });
  const legend = SEGMENTS.map((key, i) => ({ key, name: segmentName(key, lang), x: left + i * 110, fill: INSTRUMENT_COLOURS[key] }));
  return { width, height: TOP + committing.length * (BAR_H + GAP), left, barHeight: BAR_H, bars, legend };
}

/** The chart's text alternative: what a reader would take from it. */
export function summariseCommitmentMix(s: CommitmentSummary, lang: Lang = 'zh'): string {
  const total = committing.reduce((n, k) => n + s.strength[k], 0);
  if (lang === 'en') {
    if (total === 0) return `No committing clauses (all ${s.strength.none} are headings, notes, reports or reviews).`;
    const byStrengthEn = committing.map((k) => `${strengthNames[k].en.toLowerCase()} ${s.strength[k]}`).join(', ');
    const byInstrumentEn = instruments.map((i) => `${instrumentNames[i].en.toLowerCase()} ${committing.reduce((n, k) => n + s.matrix[k][i], 0)}`).join(', ');
    return `${total} committing clauses: ${byStrengthEn}; ${s.hedged} of them also use a softer word of the encouraging or aspirational kind. By main policy instrument: ${byInstrumentEn}. ${s.strength.none} more commit nothing (headings, notes, reports or reviews).`;
  }
  if (total === 0) return `没有承诺性条款（${s.strength.none} 条均为标题、说明、报道或回顾）。`;
  const byStrength = committing.map((k) => `${strengthNames[k].zh} ${s.strength[k]} 条`).join('，');
  const byInstrument = instruments.map((i) => `${instrumentNames[i].zh} ${committing.reduce((n, k) => n + s.matrix[k][i], 0)} 条`).join('，');
  return `${total} 条承诺性条款：${byStrength}；其中 ${s.hedged} 条兼用鼓励、争取一类较软的措辞。按主要政策工具：${byInstrument}。另有 ${s.strength.none} 条不作承诺（标题、说明、报道或回顾）。`;
}
