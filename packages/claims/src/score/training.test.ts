import { describe, expect, it } from "vitest";
import {
  crossValidate,
  debateFolds,
  eraFolds,
  seededRandom,
  shuffled,
  verdictWeights,
  withAugmentation,
} from "./cross-validation";
import type { LabelledSentence } from "./csv";
import { DEFAULT_FEATURE_CONFIG } from "./features";
import {
  buildDataset,
  logCountRatios,
  naiveBayesScales,
  predictMargin,
  trainCheckworthinessModel,
  trainLogisticRegression,
} from "./training";

const SMALL_CONFIG = { ...DEFAULT_FEATURE_CONFIG, hashBits: 12 };
const OPTIONS = { l2: 1e-3, positiveWeight: 1, unimportantWeight: 1, maxIterations: 100, naiveBayesL2: 0 };

const FACTS = [
  "Taxes rose 4 percent in 1990.",
  "The deficit grew by $300 billion.",
  "We lost 2 million jobs last year.",
  "Exports fell 12 percent since 2001.",
];
const OPINIONS = [
  "I think we can do better.",
  "Thank you so much.",
  "We hope for peace.",
  "God bless America.",
];

function sentence(text: string, positive: boolean, year: number): LabelledSentence {
  return { text, positive, verdict: positive ? 1 : -1, fileId: `${year}-10-01.txt`, year };
}

describe("trainLogisticRegression", () => {
  it("separates a toy set and is deterministic", () => {
    const texts = [...FACTS, ...OPINIONS];
    const labels = texts.map((_, i) => i < FACTS.length);
    const data = buildDataset(texts, labels, SMALL_CONFIG);
    const model = trainLogisticRegression(data, OPTIONS);
    const again = trainLogisticRegression(data, OPTIONS);
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    labels.forEach((label, row) => {
      expect(predictMargin(data, row, model) > 0).toBe(label);
    });
  });
});

describe("trainCheckworthinessModel", () => {
  const texts = [...FACTS, ...OPINIONS];
  const labels = texts.map((_, i) => i < FACTS.length);
  const data = buildDataset(texts, labels, SMALL_CONFIG);

  it("gives columns seen only in positive rows a positive log-count ratio", () => {
    const ratios = logCountRatios(data);
    const inFacts = new Set(Array.from(data.indices.subarray(0, data.rowStart[FACTS.length])));
    const inOpinions = new Set(Array.from(data.indices.subarray(data.rowStart[FACTS.length])));
    const positiveOnly = [...inFacts].filter((column) => !inOpinions.has(column));
    expect(positiveOnly.length).toBeGreaterThan(0);
    for (const column of positiveOnly) expect(ratios[column]).toBeGreaterThan(0);
  });

  it("is the average of the plain model and its NB-LR companion, in one weight vector", () => {
    const options = { ...OPTIONS, naiveBayesL2: 1e-3 };
    const merged = trainCheckworthinessModel(data, options);
    const plain = trainLogisticRegression(data, options);
    const ratios = naiveBayesScales(data);
    const scaled = { ...data, values: data.values.map((v, k) => v * (ratios[data.indices[k] ?? 0] ?? 0)) };
    const companion = trainLogisticRegression(scaled, { ...options, l2: options.naiveBayesL2 });
    labels.forEach((label, row) => {
      const average = (predictMargin(data, row, plain) + predictMargin(scaled, row, companion)) / 2;
      expect(predictMargin(data, row, merged)).toBeCloseTo(average, 9);
      expect(predictMargin(data, row, merged) > 0).toBe(label);
    });
    expect(trainCheckworthinessModel(data, OPTIONS).weights).toEqual(plain.weights);
  });
});

describe("grouped folds", () => {
  const rows = [
    sentence("a", true, 1960),
    sentence("b", false, 1960),
    sentence("c", true, 1988),
    sentence("d", false, 2000),
    sentence("e", true, 2012),
  ];

  it("never splits a debate across folds", () => {
    const folds = debateFolds(rows, 2, 7);
    expect(folds[0]).toBe(folds[1]);
    expect(new Set(folds).size).toBeLessThanOrEqual(2);
  });

  it("groups eras by year", () => {
    expect(eraFolds(rows)).toEqual([0, 0, 1, 2, 3]);
  });

  it("shuffles reproducibly from a seed", () => {
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(3))).toEqual(shuffled([1, 2, 3, 4, 5], seededRandom(3)));
  });

  it("scores every row out of fold", () => {
    const data = [
      ...FACTS.map((t) => sentence(t, true, 1980)),
      ...OPINIONS.map((t) => sentence(t, false, 2012)),
    ];
    data.push(sentence("Spending doubled to 9 percent.", true, 2012), sentence("I hope so.", false, 1980));
    const result = crossValidate(data, eraFolds(data), SMALL_CONFIG, OPTIONS);
    expect(result.scores).toHaveLength(data.length);
    for (const score of result.scores) expect(score).toBeGreaterThan(0);
  });
});

describe("withAugmentation", () => {
  it("appends one hidden-word copy per row", () => {
    const hider = (lower: string) => lower === "x";
    const rows = withAugmentation(["a", "b"], [true, false], hider);
    expect(rows.texts).toEqual(["a", "b", "a", "b"]);
    expect(rows.labels).toEqual([true, false, true, false]);
    expect(rows.hiders).toEqual([undefined, undefined, hider, hider]);
    expect(rows.weights).toEqual([1, 1, 1, 1]);
    expect(withAugmentation(["a"], [false], hider, [0.5]).weights).toEqual([0.5, 0.5]);
  });
});

describe("row weights", () => {
  it("give Verdict 0 rows the unimportant weight", () => {
    const rows: LabelledSentence[] = [
      { ...sentence("a", false, 1980), verdict: 0 },
      sentence("b", false, 1980),
      sentence("c", true, 1980),
    ];
    expect(verdictWeights(rows, { ...OPTIONS, unimportantWeight: 0.25 })).toEqual([0.25, 1, 1]);
  });

  it("a zero-weight row does not move the fit", () => {
    const texts = [...FACTS, ...OPINIONS];
    const labels = texts.map((_, i) => i < FACTS.length);
    const base = trainLogisticRegression(buildDataset(texts, labels, SMALL_CONFIG), OPTIONS);
    const withIgnored = trainLogisticRegression(
      buildDataset(
        [...texts, "Taxes rose 4 percent in 1990."],
        [...labels, false],
        SMALL_CONFIG,
        [],
        [...texts.map(() => 1), 0],
      ),
      OPTIONS,
    );
    expect(withIgnored.bias).toBeCloseTo(base.bias, 6);
  });
});
