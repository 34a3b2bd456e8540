/**
 * The commitment coding against clauses an editor coded by reading (content/commitments-judged.json):
 * agreement on strength over every judged clause and over those that commit, and on the main
 * instrument over those that commit. Each disagreement is printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CommitmentsJudged, judgedSamples, type JudgedSample } from '../../src/schemas/commitment.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';
import { loadCorpus } from '../targets/load.ts';
import { codeDocument } from './code-document.ts';

const judged = parseJsonFile(CommitmentsJudged, readFileSync(new URL('../../content/commitments-judged.json', import.meta.url), 'utf8'), 'content/commitments-judged.json');
const coded = new Map(loadCorpus().docs.map((d) => [d.id, codeDocument(d).clauses]));
const codingOf = (ref: string) => {
  const [doc, id] = ref.split('#') as [string, string];
  return coded.get(doc)?.[id];
};
const committing = judged.clauses.filter((j) => j.strength !== 'none');
/**
 * first: the rules were tuned on it; second: read after the first rules; third: read before they
 * were retuned on the first two; fourth: drawn from the plans after that retuning. The instrument
 * rules were then retuned on the third and fourth; the fifth, every clause of the four plans not
 * judged before, was read without the rules' output while that retuning was made, and no rule has
 * changed since: it is the held-out measure now.
 */
const samples = judgedSamples;
const heldOut: readonly JudgedSample[] = ['fifth'];
const sampleOf = (j: (typeof judged.clauses)[number]): JudgedSample => j.sample ?? 'first';
const agree = (list: typeof judged.clauses, same: (j: (typeof list)[number]) => boolean) => list.filter(same).length / list.length;
const strengthAgrees = (j: (typeof judged.clauses)[number]) => codingOf(j.ref)?.strength === j.strength;
const instrumentAgrees = (j: (typeof judged.clauses)[number]) => codingOf(j.ref)?.instrument === j.instrument;
const misses = (list: typeof judged.clauses, same: (j: (typeof list)[number]) => boolean, field: 'strength' | 'instrument') =>
  list.filter((j) => !same(j)).map((j) => `${j.ref}: coded ${codingOf(j.ref)?.[field]}, judged ${j[field]}`).join('\n');

describe('commitment coding against the judged sample', () => {
  it('judges at least 100 clauses, each one a clause that exists in a coded document; a document not yet judged is named, not failed', () => {
    expect(judged.clauses.length).toBeGreaterThanOrEqual(100);
    const judgedDocs = new Set(judged.clauses.map((j) => j.ref.split('#')[0]));
    for (const d of judgedDocs) expect(coded.has(d!), `${d} is judged but not coded`).toBe(true);
    const notJudged = [...coded.keys()].filter((d) => !judgedDocs.has(d));
    if (notJudged.length) console.log(`not judged (its coding is not measured): ${notJudged.join(', ')}`);
    expect(judged.clauses.filter((j) => !codingOf(j.ref)).map((j) => j.ref)).toEqual([]);
  });

  it('agrees on strength at least 0.9 over every judged clause and over those that commit', () => {
    const all = agree(judged.clauses, strengthAgrees);
    const firm = agree(committing, strengthAgrees);
    const count = (list: typeof judged.clauses) => `${list.filter(strengthAgrees).length}/${list.length}`;
    const perSample = samples.map((name) => `${name} ${count(judged.clauses.filter((j) => sampleOf(j) === name))}`);
    const held = judged.clauses.filter((j) => heldOut.includes(sampleOf(j)));
    console.log(
      `commitment strength: agreement ${all.toFixed(3)} over ${judged.clauses.length} clauses (${perSample.join(', ')}; held out ${heldOut.join('+')} ${count(held)}), ${firm.toFixed(3)} over the ${committing.length} that commit`,
    );
    expect(all, misses(judged.clauses, strengthAgrees, 'strength')).toBeGreaterThanOrEqual(0.9);
    expect(firm, misses(committing, strengthAgrees, 'strength')).toBeGreaterThanOrEqual(0.9);
  });

  /**
   * Every clause of the four plans is judged now (the news feature commits nothing), so agreement
   * over all samples is agreement over the corpus: 159 of 174 (0.914), the issue's 0.9 with two
   * clauses to spare. It is not a held-out figure, since the rules were retuned on the first four
   * samples; the fifth, read blind, agrees on 12 of 12 — a small sample with no binding or soft
   * clause in it. A clause with several measures often uses several instruments (courses and
   * teachers beside appraisal and monitoring), and which one is "main" is where readers differ
   * too, so each sample and the held-out text keep a lower floor, which the third sample (0.826)
   * and the fourth (0.828) pass on the retuned rules and the held-out pair passed before it.
   */
  const OVERALL_FLOOR = 0.9;
  const INSTRUMENT_FLOOR = 0.78;
  const inSample = (name: JudgedSample) => committing.filter((j) => sampleOf(j) === name);
  it(`agrees on the main instrument of the clauses that commit at least ${OVERALL_FLOOR} overall and ${INSTRUMENT_FLOOR} on each sample and on the held-out text, and lists every disagreement`, () => {
    const share = agree(committing, instrumentAgrees);
    const count = (list: typeof committing) => `${list.filter(instrumentAgrees).length}/${list.length}`;
    const held = heldOut.flatMap(inSample);
    console.log(
      `policy instrument: agreement ${share.toFixed(3)} over the ${committing.length} clauses that commit (${samples.map((name) => `${name} ${count(inSample(name))}`).join(', ')}; held out ${heldOut.join('+')} ${count(held)}, ${agree(held, instrumentAgrees).toFixed(3)})\n${misses(committing, instrumentAgrees, 'instrument')}`,
    );
    expect(share, misses(committing, instrumentAgrees, 'instrument')).toBeGreaterThanOrEqual(OVERALL_FLOOR);
    for (const name of samples) expect(agree(inSample(name), instrumentAgrees), `${name} sample\n${misses(inSample(name), instrumentAgrees, 'instrument')}`).toBeGreaterThanOrEqual(INSTRUMENT_FLOOR);
    expect(agree(held, instrumentAgrees), `held out\n${misses(held, instrumentAgrees, 'instrument')}`).toBeGreaterThanOrEqual(INSTRUMENT_FLOOR);
  });
});
