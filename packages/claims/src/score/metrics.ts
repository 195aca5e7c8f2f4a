export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

/** Positive-class precision/recall/F1; empty denominators give 0 rather than NaN. */
export function binaryMetrics(predicted: readonly boolean[], actual: readonly boolean[]): BinaryMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (let i = 0; i < actual.length; i++) {
    const p = predicted[i] === true;
    const a = actual[i] === true;
    if (p && a) truePositives++;
    else if (p) falsePositives++;
    else if (a) falseNegatives++;
    else trueNegatives++;
  }
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives, trueNegatives };
}

export function metricsAtThreshold(
  scores: readonly number[],
  actual: readonly boolean[],
  threshold: number,
): BinaryMetrics {
  return binaryMetrics(
    scores.map((score) => score >= threshold),
    actual,
  );
}

/** The threshold (among observed scores) where precision and recall are closest: the break-even point. */
export function breakEvenThreshold(scores: readonly number[], actual: readonly boolean[]): number {
  const order = scores.map((score, index) => ({ score, positive: actual[index] === true }));
  order.sort((a, b) => b.score - a.score);
  const totalPositives = order.filter((item) => item.positive).length;
  let truePositives = 0;
  let best = { gap: Number.POSITIVE_INFINITY, threshold: 0.5 };
  for (let k = 0; k < order.length; k++) {
    const item = order[k];
    if (item === undefined) break;
    if (item.positive) truePositives++;
    const next = order[k + 1];
    // Only cut between distinct scores, so the threshold reproduces exactly this split.
    if (next !== undefined && next.score === item.score) continue;
    const precision = truePositives / (k + 1);
    const recall = totalPositives === 0 ? 0 : truePositives / totalPositives;
    const gap = Math.abs(precision - recall);
    if (gap < best.gap) best = { gap, threshold: item.score };
  }
  return best.threshold;
}
