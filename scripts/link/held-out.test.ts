import { describe, expect, it } from 'vitest';
import { averagePrecision, bestOperatingPoint, fitLogistic, heldOut, predict, type LabelledPair } from './held-out.ts';

const s = (score: number, aligned: boolean) => ({ score, aligned });

describe('bestOperatingPoint', () => {
  it('takes the lowest threshold whose precision still reaches the floor', () => {
    const scored = [s(0.9, true), s(0.8, true), s(0.7, false), s(0.6, true), s(0.5, false), s(0.4, false)];
    expect(bestOperatingPoint(scored, 0.7)).toMatchObject({ threshold: 0.6, right: 3, wrong: 1, recall: 1 });
    expect(bestOperatingPoint(scored, 0.9)).toMatchObject({ threshold: 0.8, right: 2, wrong: 0 });
  });
  it('never splits pairs of equal score', () => {
    expect(bestOperatingPoint([s(0.5, true), s(0.5, false)], 0.9).recall).toBe(0);
  });
});

describe('averagePrecision', () => {
  it('is 1 when every aligned pair ranks above every other, less when one ranks below', () => {
    expect(averagePrecision([s(0.9, true), s(0.8, true), s(0.1, false)])).toBe(1);
    expect(averagePrecision([s(0.9, true), s(0.8, false), s(0.1, true)])).toBeCloseTo((1 + 2 / 3) / 2);
  });
});

describe('heldOut', () => {
  const pair = (fold: string, aligned: boolean, x: number): LabelledPair => ({ fold, aligned, x: { f: x } });
  const fold = (name: string, flip: boolean) => [0.1, 0.2, 0.3, 0.7, 0.8, 0.9].map((x) => pair(name, (x > 0.5) !== flip, x));

  it('fits a model that ranks by the evidence', () => {
    const m = fitLogistic([...fold('a', false), ...fold('b', false)], ['f']);
    expect(predict(m, { f: 0.9 })).toBeGreaterThan(predict(m, { f: 0.1 }));
  });

  it('scores each document pair with a model that never saw it', () => {
    // The evidence works one way in seven document pairs and the other way in one: held out, that one is all wrong.
    const r = heldOut([...'abcdefg'].flatMap((f) => fold(f, false)).concat(fold('z', true)), ['f'], 0.85);
    expect(r.strict).toMatchObject({ right: 21, wrong: 3 });
    expect(r.strict.recall).toBe(21 / 24);
  });
});
