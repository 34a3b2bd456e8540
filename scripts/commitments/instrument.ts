/**
 * Which policy instrument a clause mainly uses, from the instrument words it names. Pure.
 *
 * The main instrument is the one named most often (ties go to the one named first): most measures
 * name theirs once (资金, 基地, 机制, 交流合作). Exchange and cooperation (交流, 合作, 联盟) are a
 * demand instrument only across borders: in a sentence that names nowhere and no one abroad they
 * are organisation at home (joint meetings, counterpart support between provinces), an environment
 * instrument, so a clause on regional cooperation alone still has one. (Reading each sentence as one measure and letting
 * most sentences decide, or letting a noun phrase's last word speak for it, agreed less with the
 * judged readings: clauses here name their main instrument more often than their other ones.)
 */
import type { Instrument } from '../../src/schemas/commitment.ts';
import { splitSentences } from '../targets/segments.ts';
import type { FoundCue } from './cues.ts';

/** Words that say cooperation without saying with whom. */
const COOPERATION = new Set(['交流', '合作', '交流合作', '合作交流', '联盟']);

/**
 * Who or where abroad. These name the subject of a measure (foreign residents' children, students
 * from abroad), not an instrument, but they make exchange and cooperation cross-border.
 */
const ABROAD = /国际|境外|国外|外国|海外|外籍|中外|涉外|国（境）外|国\(境\)外|(?<!粤)港澳|台湾|一带一路|丝绸之路|全球|世界|东盟|欧盟|友城|友好城市|姊妹|留学|来华|出国|双边|多边|沿线国家/;

/**
 * The cues as they count: cooperation with no one abroad counts as organisation. The Greater Bay
 * Area (粤港澳大湾区) is a region at home; Hong Kong and Macao named on their own are across a border.
 */
export function countedCues(text: string, found: readonly FoundCue[]): FoundCue[] {
  const sentences = splitSentences(text);
  return found.map((c) => {
    if (!COOPERATION.has(c.word)) return c;
    const sentence = sentences.find((s) => s.start <= c.start && c.end <= s.end);
    return sentence !== undefined && ABROAD.test(text.slice(sentence.start, sentence.end)) ? c : { ...c, key: 'environment' };
  });
}

/** The instrument named most among `cues`; ties go to the one named first. */
export function mostNamed(cues: readonly FoundCue[]): Instrument | null {
  const count = (i: string) => cues.filter((c) => c.key === i).length;
  return cues.reduce<Instrument | null>((best, c) => (best === null || count(c.key) > count(best) ? (c.key as Instrument) : best), null);
}
