/**
 * Codes one clause: how strongly it commits, and with which policy instruments. Pure.
 *
 * Strength is the strongest commitment the clause makes. Within a sentence, a soft word
 * (鼓励, 支持, 力争, 探索 …) governs its own comma phrase and the phrases after it that carry on
 * its list (a figure, or no verb of their own): `力争建成国际学校1所，建设国际部（班）5个` is one
 * aim; `探索建立…新体制，坚持教育对外开放` is an aim, then a plain commitment. A binding word
 * counts wherever it stands. A unit's inline heading names its subject, so its words count only
 * when the body has none.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { ClauseCommitment, Cue, Instrument } from '../../src/schemas/commitment.ts';
import { instruments } from '../../src/schemas/commitment.ts';
import { findFigures } from '../targets/numbers.ts';
import { splitPhrases, splitSentences } from '../targets/segments.ts';
import { countedCues, mostNamed } from './instrument.ts';
import { findWords, INSTRUMENT_WORDS, STRENGTH_WORDS, type FoundCue, type Level } from './cues.ts';

const RANK: Record<Level, number> = { binding: 4, directive: 3, encouraging: 2, aspirational: 1 };
const SOFT = new Set<Level>(['encouraging', 'aspirational']);

/** Where a clause stands, as far as coding goes. */
export interface ClausePlace {
  /** Why the clause commits nothing (a report, framing …); undefined when it may commit. */
  none?: string | undefined;
  /** A goal, target, principle or guiding thought: a planning instrument whatever its words. */
  goal?: boolean;
  /** An indicator-table row's own classification. */
  attribute?: '预期性' | '约束性' | null;
}

const toCue = ({ word, start, end }: FoundCue): Cue => ({ word, start, end });

/** The level each sentence commits at, and the words that decided it. */
function sentenceLevels(text: string, cues: readonly FoundCue[]): { level: Level; words: FoundCue[] }[] {
  const figures = findFigures(text);
  return splitSentences(text).map((sentence) => {
    const inSentence = cues.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
    const counted: FoundCue[] = [];
    let governor: FoundCue | undefined;
    for (const phrase of splitPhrases(text, sentence)) {
      const inPhrase = inSentence.filter((c) => c.start >= phrase.start && c.end <= phrase.end);
      const opensWithVerb = inPhrase[0] !== undefined && inPhrase[0].key === 'directive' && text.slice(phrase.start, inPhrase[0].start).replace(/^[\s，,、；;]*(?:积极|大力|全面|进一步|持续|不断|切实|着力|深入)?/, '') === '';
      const carriesOn = figures.some((f) => f.start >= phrase.start && f.end <= phrase.end) || !opensWithVerb;
      if (governor && !carriesOn) governor = undefined;
      for (const c of inPhrase) {
        if (c.key === 'binding') counted.push(c);
        else if (SOFT.has(c.key as Level)) {
          governor ??= c;
          counted.push(c);
        } else if (!governor) counted.push(c);
      }
    }
    const top = counted.reduce<Level | undefined>((best, c) => (!best || RANK[c.key as Level] > RANK[best] ? (c.key as Level) : best), undefined);
    return { level: top ?? 'directive', words: counted.filter((c) => c.key === top) };
  }).filter((s) => s.words.length > 0);
}

export function codeClause(clause: Clause, place: ClausePlace): ClauseCommitment {
  const empty = { supply: [], environment: [], demand: [] };
  if (place.none) return { strength: 'none', strengthWords: [], hedges: [], noneReason: place.none, instrument: null, goal: false, instrumentWords: empty };
  const text = clause.text;
  const found = findWords(text, INSTRUMENT_WORDS);
  const counted = countedCues(text, found);
  const instrumentWords = Object.fromEntries(instruments.map((i) => [i, counted.filter((c) => c.key === i).map(toCue)])) as Record<Instrument, Cue[]>;
  const instrument = place.goal ? 'environment' : mostNamed(counted);
  if (place.attribute) {
    const at = text.lastIndexOf(place.attribute);
    const words = at >= 0 ? [{ word: place.attribute, start: at, end: at + place.attribute.length }] : [];
    return { strength: place.attribute === '约束性' ? 'binding' : 'directive', strengthWords: words, hedges: [], noneReason: null, instrument, goal: place.goal === true, instrumentWords };
  }
  // A unit's inline heading names its subject (加强与国际教育组织的交流合作); its body says how firmly.
  const bodyStart = clause.number.length + clause.heading.length;
  const all = findWords(text, STRENGTH_WORDS);
  const body = all.filter((c) => c.start >= bodyStart);
  const levels = sentenceLevels(text, body.length > 0 ? body : all);
  if (levels.length === 0) {
    // A goal states what will be so (教育现代化基本实现) with no verb of command: a plain commitment.
    return { strength: place.goal ? 'directive' : 'none', strengthWords: [], hedges: [], noneReason: place.goal ? null : 'no words of commitment', instrument: place.goal ? instrument : null, goal: place.goal === true, instrumentWords };
  }
  const top = levels.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a)).level;
  const strengthWords = levels.filter((s) => s.level === top).flatMap((s) => s.words.map(toCue));
  const hedges = SOFT.has(top) ? [] : (body.length > 0 ? body : all).filter((c) => SOFT.has(c.key as Level)).map(toCue);
  return { strength: top, strengthWords, hedges, noneReason: null, instrument, goal: place.goal === true, instrumentWords };
}
