import { afterEach, describe, expect, it, vi } from "vitest";
import serializedModel from "../../model/checkworthiness.json";
import { DEFAULT_FEATURE_CONFIG, featureDimension } from "./features";
import {
  type LoadedModel,
  loadModel,
  modelMargin,
  type SerializedModel,
  serializeModel,
  weightAt,
} from "./model";
import { committedWordVectors, committedWordVectorsFingerprint } from "./word-vectors";

const CONFIG = { ...DEFAULT_FEATURE_CONFIG, hashBits: 4, vectors: 0 };

/** Every weight of a loaded model, as scoring reads them. */
function weightsOf(model: LoadedModel): number[] {
  return Array.from(model.quantized, (_, i) => weightAt(model, i));
}

describe("serializeModel / loadModel", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("round-trips weights through int16 quantisation", () => {
    const weights = Float64Array.from({ length: 16 }, (_, i) => (i - 8) / 3);
    const loaded = loadModel(serializeModel({ weights, bias: -0.5 }, CONFIG, 0.4, {}));
    expect(loaded.bias).toBe(-0.5);
    expect(loaded.threshold).toBe(0.4);
    weights.forEach((w, i) => {
      expect(weightAt(loaded, i)).toBeCloseTo(w, 3);
    });
  });

  it("decodes without Node's Buffer (browser path) to the same weights", () => {
    const weights = Float64Array.from({ length: 16 }, (_, i) => Math.sin(i));
    const serialized = serializeModel({ weights, bias: 0 }, CONFIG, 0.5, {});
    const withBuffer = weightsOf(loadModel(serialized));
    vi.stubGlobal("Buffer", undefined);
    expect(weightsOf(loadModel(serialized))).toEqual(withBuffer);
  });

  it("switches off feature groups the file does not mention", () => {
    const serialized = serializeModel({ weights: new Float64Array(16).fill(1), bias: 0 }, CONFIG, 0.5, {});
    const loaded = loadModel({ ...serialized, featureConfig: { hashBits: 4, cue: 1 } });
    expect(loaded.featureConfig.word).toBe(0);
    // Only cue features remain, each weighted 1.
    expect(modelMargin(loaded, "Thank you.")).toBeGreaterThan(0);
    expect(Number.isFinite(modelMargin(loaded, "Thank you."))).toBe(true);
  });

  it("rejects an unknown format or truncated weights", () => {
    const serialized = serializeModel({ weights: new Float64Array(16), bias: 0 }, CONFIG, 0.5, {});
    expect(() => loadModel({ ...serialized, format: "other/9" })).toThrow(/unsupported model format/);
    expect(() => loadModel({ ...serialized, weights: "AAAA" })).toThrow(/expected 32/);
  });

  it("sizes the weights for the pooled word-vector columns when that group is on", () => {
    const config = { ...CONFIG, vectors: 1 };
    const columns = featureDimension(config);
    expect(columns).toBe(16 + 2 * committedWordVectors().dimensions);
    const weights = new Float64Array(columns);
    weights.fill(1, 16);
    const loaded = loadModel(serializeModel({ weights, bias: 0 }, config, 0.5, {}));
    // Only the pooled columns carry weight: a sentence of known words scores, unknown words do not.
    expect(modelMargin(loaded, "Taxes rose last year.")).not.toBe(0);
    expect(modelMargin(loaded, "Zorblatt quindle!")).toBe(0);
    expect(() =>
      loadModel({ ...serializeModel({ weights, bias: 0 }, config, 0.5, {}), featureConfig: CONFIG }),
    ).toThrow(/expected 32/);
  });
});

describe("the committed model", () => {
  it("was trained with the committed word vectors", () => {
    expect((serializedModel as SerializedModel).notes?.wordVectors).toBe(committedWordVectorsFingerprint());
  });
});
