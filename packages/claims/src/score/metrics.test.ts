import { describe, expect, it } from "vitest";
import { binaryMetrics, breakEvenThreshold, metricsAtThreshold } from "./metrics";

describe("binaryMetrics", () => {
  it("computes positive-class precision, recall and F1", () => {
    const m = binaryMetrics([true, true, false, false], [true, false, true, false]);
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBe(0.5);
  });

  it("returns zeros instead of NaN when nothing is predicted", () => {
    const m = binaryMetrics([false, false], [true, false]);
    expect([m.precision, m.recall, m.f1]).toEqual([0, 0, 0]);
  });
});

describe("breakEvenThreshold", () => {
  it("picks the cut where precision equals recall", () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    const labels = [true, false, true, false, false, false];
    const threshold = breakEvenThreshold(scores, labels);
    const m = metricsAtThreshold(scores, labels, threshold);
    expect(threshold).toBe(0.8);
    expect(m.precision).toBe(m.recall);
  });
});
