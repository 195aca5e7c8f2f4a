import { describe, expect, it } from "vitest";
import {
  createFeatureBuffer,
  crudeStem,
  DEFAULT_FEATURE_CONFIG,
  extractFeatures,
  extractFeaturesInto,
  featureDimension,
  tokenize,
} from "./features";
import { committedWordVectors } from "./word-vectors";

describe("tokenize", () => {
  it("gives numbers, money, percentages, names and clitics POS-like classes", () => {
    const tokens = tokenize("In 2019 Acme didn’t pay $5.5 billion, 40% of it.");
    expect(tokens.map((token) => token.cls)).toEqual([
      "in",
      "YEAR",
      "CAP",
      "did",
      "n't",
      "W",
      "CUR",
      "NUMX",
      "QTY",
      "NUM",
      "PCT",
      "of",
      "it",
    ]);
  });

  it("normalises curly apostrophes and quotes, keeps decimals and splits clitics", () => {
    const tokens = tokenize("“It’s 3,5 or 10:30,” Smith's aide said.");
    expect(tokens.map((token) => token.lower)).toEqual([
      '"',
      "it",
      "'s",
      "3,5",
      "or",
      "10:30",
      '"',
      "smith",
      "'s",
      "aide",
      "said",
    ]);
    expect(tokens.map((token) => token.cls)).toEqual([
      '"',
      "it",
      "'s",
      "NUMX",
      "or",
      "NUM",
      '"',
      "CAP",
      "'s",
      "W",
      "ATTR",
    ]);
  });

  it("classifies acronyms, dates and non-ASCII words", () => {
    expect(tokenize("The NATO summit in June").map((token) => token.cls)).toEqual([
      "the",
      "ACR",
      "W",
      "in",
      "DATE",
    ]);
    expect(tokenize("Zürich grew").map((token) => token.lower)).toEqual(["zürich", "grew"]);
  });

  it("does not treat the sentence-initial capital as a name", () => {
    expect(tokenize("Unemployment fell")[0]?.cls).toBe("QTY");
    expect(tokenize("Smith said")[0]?.cls).not.toBe("CAP");
  });
});

describe("extractFeatures", () => {
  it("is deterministic and stays inside the model's columns", () => {
    const a = extractFeatures("Taxes rose 3 percent last year.", DEFAULT_FEATURE_CONFIG);
    const b = extractFeatures("Taxes rose 3 percent last year.", DEFAULT_FEATURE_CONFIG);
    expect(a).toEqual(b);
    expect(a.indices.length).toBeGreaterThan(10);
    for (const index of a.indices) {
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(featureDimension(DEFAULT_FEATURE_CONFIG));
    }
  });

  it("adds unit-length mean and max word vectors after the hashed columns when the vectors group is on", () => {
    const hashed = 1 << DEFAULT_FEATURE_CONFIG.hashBits;
    const config = { ...DEFAULT_FEATURE_CONFIG, vectors: 3 };
    const { dimensions } = committedWordVectors();
    const features = extractFeatures("Taxes rose 3 percent last year.", config);
    const pooled = features.indices.flatMap((index, k) => (index >= hashed ? [features.values[k] ?? 0] : []));
    expect(pooled).toHaveLength(2 * dimensions);
    const norm = (values: number[]) => Math.sqrt(values.reduce((sum, x) => sum + x * x, 0));
    expect(norm(pooled.slice(0, dimensions))).toBeCloseTo(3, 6);
    expect(norm(pooled.slice(dimensions))).toBeCloseTo(3, 6);
    // No known word, no pooled columns.
    const unknown = extractFeatures("Zorblatt quindle!", config);
    expect(unknown.indices.every((index) => index < hashed)).toBe(true);
  });

  it("writes the same features into a reused buffer, whatever was scored before", () => {
    const buffer = createFeatureBuffer();
    extractFeaturesInto(
      "A much longer sentence about 40 different things, said the mayor.",
      DEFAULT_FEATURE_CONFIG,
      buffer,
    );
    extractFeaturesInto("Taxes rose.", DEFAULT_FEATURE_CONFIG, buffer);
    const copy = extractFeatures("Taxes rose.", DEFAULT_FEATURE_CONFIG);
    expect(Array.from(buffer.indices.subarray(0, buffer.count))).toEqual(copy.indices);
    expect(Array.from(buffer.values.subarray(0, buffer.count))).toEqual(copy.values);
  });

  it("adds class 4-grams and skip-bigrams only when the shape group is on", () => {
    const text = "Exports fell 12 percent in 2001.";
    const plain = extractFeatures(text, DEFAULT_FEATURE_CONFIG).indices.length;
    expect(extractFeatures(text, { ...DEFAULT_FEATURE_CONFIG, shape: 1 }).indices.length).toBeGreaterThan(
      plain,
    );
  });

  it("adds character n-grams of content words only when the chars group is on", () => {
    const withChars = { ...DEFAULT_FEATURE_CONFIG, chars: 1 };
    const plain = extractFeatures("The zorblat fell.", DEFAULT_FEATURE_CONFIG).indices.length;
    // " zorblat " has 7 character 3-grams and 6 4-grams, " fell " 4 and 3; "the" is a function word.
    expect(extractFeatures("The zorblat fell.", withChars).indices.length).toBe(plain + 13 + 7);
  });

  it("bounds work on huge input", () => {
    const features = extractFeatures("word ".repeat(200_000), DEFAULT_FEATURE_CONFIG);
    expect(features.indices.length).toBeLessThan(5000);
  });
});

describe("crudeStem", () => {
  it("folds common inflections", () => {
    expect(crudeStem("taxes")).toBe(crudeStem("taxed"));
    expect(crudeStem("the")).toBe("the");
  });
});
