/**
 * Chart 2: an indicator table's rows as dumbbells, baseline year → target year (Guangzhou's
 * 2020 → 2025). The rows count different things (万人, 项, 所, 对, %), so each is drawn on its
 * own scale: the baseline as a share of the row's target, which is the question the table
 * answers ("how far was 2020 from the 2025 target?"). Binding (约束性) targets are filled.
 * Pure: data in, geometry out.
 */
import { scaleLinear } from 'd3-scale';
import type { TargetRecord } from '../../schemas/target.ts';
import type { Lang } from '../i18n/lang.ts';

export interface DumbbellRow {
  id: string;
  /** The indicator as the table names it, unit dropped: `国际及港澳台学生数量`. */
  label: string[];
  attribute: TargetRecord['attribute'];
  base: { x: number; value: number; year: number };
  target: { x: number; value: number; year: number };
  y: number;
  valueText: string;
  tip: string;
}

export interface DumbbellGeometry {
  width: number;
  height: number;
  track: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  rows: DumbbellRow[];
}

const LABEL_WIDTH = 220;
const VALUE_WIDTH = 150;
const ROW = 40;
const TOP = 44;
const BOTTOM = 30;
/** Characters a label line holds at 12px in LABEL_WIDTH. */
const LINE_CHARS = 16;

/** The indicator cell's name without its unit: `国际及港澳台姊妹学校(对)` → `国际及港澳台姊妹学校`. */
export function rowName(quote: string, unit: string): string {
  const cells = quote.split(' ');
  const name = cells.slice(1, -3).join(' ') || quote;
  return name.replace(new RegExp(`[(（]${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[)）]$`), '');
}

/** Breaks a label into lines of at most `size` characters. */
export function wrap(text: string, size = LINE_CHARS): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(''));
  return lines;
}

/**
 * Breaks an English label into lines of whole words, at most `size` characters where words allow,
 * and at most `most` lines (a row holds two): a longer label ends with an ellipsis, whole in the
 * tooltip and the data table.
 */
export function wrapWords(text: string, size = 32, most = 2): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= size) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  kept[most - 1] = `${kept[most - 1]!.slice(0, size - 1).replace(/[\s,;:(/–-]+$/, '')}…`;
  return kept;
}

/** Table records with a baseline, in table order. */
export function selectBaselineRows(records: readonly TargetRecord[], document: string): TargetRecord[] {
  return records.filter((r) => r.document === document && r.source === 'table' && r.baseline !== null && r.value !== null);
}

/**
 * The English edition names each row by its translated cells (`nameEn`); a row without English
 * keeps its Chinese name.
 */
export function layoutBaselineTarget(records: readonly TargetRecord[], width = 640, english?: { nameEn: (r: TargetRecord) => string | undefined }): DumbbellGeometry {
  const lang: Lang = english ? 'en' : 'zh';
  const track = { left: LABEL_WIDTH, right: width - VALUE_WIDTH, top: TOP, bottom: TOP + records.length * ROW };
  const x = scaleLinear().domain([0, 1]).range([track.left + 8, track.right - 8]);
  const rows = records.map((r, i): DumbbellRow => {
    const target = r.value!;
    const base = r.baseline!;
    // Share of the target; a target of 0 (none in the data) would put both ends at 100%.
    const share = target === 0 ? 1 : Math.min(base / target, 1.2);
    const nameEn = english?.nameEn(r);
    const name = nameEn ?? rowName(r.quote, r.unit);
    const growth = `${target >= base ? '+' : ''}${Math.round(((target - base) / base) * 100)}%`;
    const change = base === 0 ? (lang === 'en' ? 'from none' : '从无到有') : growth;
    if (lang === 'en') {
      const unit = r.unit === '%' ? '%' : '';
      return {
        id: r.id,
        label: nameEn ? wrapWords(name) : wrap(name),
        attribute: r.attribute,
        base: { x: x(share), value: base, year: r.baselineYear! },
        target: { x: x(1), value: target, year: r.year },
        y: TOP + i * ROW + ROW / 2,
        valueText: `${base} → ${target}${unit}`,
        tip: `${name}: ${r.baselineYear} ${base}${unit} → ${r.year} target ${target}${unit} (${change}${r.attribute ? `, ${r.attribute === '约束性' ? 'binding' : 'anticipatory'}` : ''})`,
      };
    }
    return {
      id: r.id,
      label: wrap(name),
      attribute: r.attribute,
      base: { x: x(share), value: base, year: r.baselineYear! },
      target: { x: x(1), value: target, year: r.year },
      y: TOP + i * ROW + ROW / 2,
      valueText: `${base} → ${target}${r.unit}`,
      tip: `${name}：${r.baselineYear}年 ${base}${r.unit} → ${r.year}年目标 ${target}${r.unit}（${change}${r.attribute ? `，${r.attribute}` : ''}）`,
    };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: x(t), label: `${t * 100}%` }));
  return { width, height: track.bottom + BOTTOM, track, ticks, rows };
}
