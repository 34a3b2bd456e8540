/**
 * How much each kind of evidence can tell aligned clauses from the rest, measured honestly: every
 * judged pair is scored by a model fitted on the other document pairs only. A logistic regression
 * over the evidence of a pair stands for the best linear score the aligner could use; its held-out
 * precision and recall say what that evidence can reach on plans it was not tuned on.
 */

export interface LabelledPair {
  /** The group held out together: the pair of documents. */
  fold: string;
  aligned: boolean;
  /** Feature name → value; a feature a pair lacks is 0. */
  x: Readonly<Record<string, number>>;
}

export interface Model {
  features: readonly string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A logistic regression on standardised features, fitted by gradient descent with a little L2 so separable data stays finite. */
export function fitLogistic(pairs: readonly LabelledPair[], features: readonly string[], l2 = 0.01, steps = 3000, rate = 0.5): Model {
  const n = pairs.length;
  const mean = features.map((f) => pairs.reduce((s, p) => s + (p.x[f] ?? 0), 0) / Math.max(1, n));
  const scale = features.map((f, j) => Math.sqrt(pairs.reduce((s, p) => s + ((p.x[f] ?? 0) - mean[j]!) ** 2, 0) / Math.max(1, n)) || 1);
  const X = pairs.map((p) => features.map((f, j) => ((p.x[f] ?? 0) - mean[j]!) / scale[j]!));
  const y = pairs.map((p) => (p.aligned ? 1 : 0));
  const weights = features.map(() => 0);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    const grad = features.map(() => 0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const err = sigmoid(X[i]!.reduce((s, v, j) => s + v * weights[j]!, bias)) - y[i]!;
      X[i]!.forEach((v, j) => (grad[j]! += err * v));
      gradBias += err;
    }
    weights.forEach((w, j) => (weights[j] = w - rate * (grad[j]! / n + l2 * w)));
    bias -= (rate * gradBias) / n;
  }
  return { features, mean, scale, weights, bias };
}

export function predict(m: Model, x: Readonly<Record<string, number>>): number {
  return sigmoid(m.features.reduce((s, f, j) => s + (((x[f] ?? 0) - m.mean[j]!) / m.scale[j]!) * m.weights[j]!, m.bias));
}

export interface OperatingPoint {
  threshold: number;
  precision: number;
  recall: number;
  /** Pairs at or above the threshold: judged aligned, judged not aligned. */
  right: number;
  wrong: number;
}

/**
 * The threshold with the best recall among those reaching `minPrecision` (ties to the higher
 * precision); with none reaching it, recall 0 at a threshold above every score.
 */
export function bestOperatingPoint(scored: readonly { score: number; aligned: boolean }[], minPrecision: number): OperatingPoint {
  const positives = scored.filter((s) => s.aligned).length;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let best: OperatingPoint = { threshold: Infinity, precision: 1, recall: 0, right: 0, wrong: 0 };
  let right = 0;
  let wrong = 0;
  sorted.forEach((s, i) => {
    if (s.aligned) right++;
    else wrong++;
    // A threshold sits between distinct scores only.
    if (i + 1 < sorted.length && sorted[i + 1]!.score === s.score) return;
    const precision = right / (right + wrong);
    const recall = right / Math.max(1, positives);
    if (precision >= minPrecision && (recall > best.recall || (recall === best.recall && precision > best.precision))) best = { threshold: s.score, precision, recall, right, wrong };
  });
  return best;
}

export interface HeldOutResult {
  /** Threshold chosen on the other document pairs, applied to the held-out one; decisions pooled. */
  strict: { precision: number; recall: number; right: number; wrong: number };
  /** Held-out scores pooled, the threshold then chosen on them (an upper bound on `strict`). */
  pooled: OperatingPoint;
  /** Average precision of the pooled held-out scores: the whole precision–recall curve in one figure, no threshold chosen. */
  averagePrecision: number;
}

/** Average precision: the mean, over the judged positives, of the precision at the rank each is reached. */
export function averagePrecision(scored: readonly { score: number; aligned: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((s) => s.aligned).length;
  let right = 0;
  let sum = 0;
  sorted.forEach((s, i) => {
    if (!s.aligned) return;
    right++;
    sum += right / (i + 1);
  });
  return sum / Math.max(1, positives);
}

/** Leave one document pair out: fit on the others, score the held-out pair's judged pairs. */
export function heldOut(pairs: readonly LabelledPair[], features: readonly string[], minPrecision: number): HeldOutResult {
  const folds = [...new Set(pairs.map((p) => p.fold))].sort();
  const scored: { score: number; aligned: boolean }[] = [];
  let right = 0;
  let wrong = 0;
  for (const fold of folds) {
    const train = pairs.filter((p) => p.fold !== fold);
    const model = fitLogistic(train, features);
    const { threshold } = bestOperatingPoint(
      train.map((p) => ({ score: predict(model, p.x), aligned: p.aligned })),
      minPrecision,
    );
    for (const p of pairs.filter((q) => q.fold === fold)) {
      const score = predict(model, p.x);
      scored.push({ score, aligned: p.aligned });
      if (score >= threshold) {
        if (p.aligned) right++;
        else wrong++;
      }
    }
  }
  const positives = pairs.filter((p) => p.aligned).length;
  return {
    strict: { precision: right / Math.max(1, right + wrong), recall: right / Math.max(1, positives), right, wrong },
    pooled: bestOperatingPoint(scored, minPrecision),
    averagePrecision: averagePrecision(scored),
  };
}
