import { describe, expect, it } from "vitest";
import { crudeStem, DEFAULT_FEATURE_CONFIG, extractFeatures, tokenize } from "./features";

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

  it("does not treat the sentence-initial capital as a name", () => {
    expect(tokenize("Unemployment fell")[0]?.cls).toBe("QTY");
    expect(tokenize("Smith said")[0]?.cls).not.toBe("CAP");
  });
});

describe("extractFeatures", () => {
  it("is deterministic and stays inside the hash space", () => {
    const a = extractFeatures("Taxes rose 3 percent last year.", DEFAULT_FEATURE_CONFIG);
    const b = extractFeatures("Taxes rose 3 percent last year.", DEFAULT_FEATURE_CONFIG);
    expect(a).toEqual(b);
    expect(a.indices.length).toBeGreaterThan(10);
    for (const index of a.indices) {
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(1 << DEFAULT_FEATURE_CONFIG.hashBits);
    }
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
