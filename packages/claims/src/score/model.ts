/** Serialised form of the trained scorer and the code that turns it back into a scoring function. */

import { decodeBase64, encodeBase64 } from "./base64";
import {
  addPooledVectorMargin,
  createFeatureBuffer,
  extractFeaturesInto,
  type FeatureConfig,
  featureDimension,
} from "./features";
import type { LinearModel } from "./training";

export const MODEL_FORMAT = "claimdesk-checkworthiness/1";

export interface SerializedModel {
  format: string;
  /** Groups absent here (added after the model was trained) are switched off. */
  featureConfig: Partial<FeatureConfig> & { hashBits: number };
  bias: number;
  /** Default decision threshold on the [0, 1] score, calibrated by grouped cross-validation. */
  threshold: number;
  /** weights[i] = int16[i] * weightScale; int16 little-endian, base64. Keeps the file small. */
  weightScale: number;
  weights: string;
  /** Free-form provenance: training data, options, CV figures. */
  notes?: Record<string, unknown>;
}

export function serializeModel(
  model: LinearModel,
  featureConfig: FeatureConfig,
  threshold: number,
  notes: Record<string, unknown>,
): SerializedModel {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const weightScale = maxAbs === 0 ? 1 : maxAbs / 32767;
  const bytes = new Uint8Array(model.weights.length * 2);
  const view = new DataView(bytes.buffer);
  model.weights.forEach((w, i) => {
    view.setInt16(i * 2, Math.round(w / weightScale), true);
  });
  return {
    format: MODEL_FORMAT,
    featureConfig,
    bias: model.bias,
    threshold,
    weightScale,
    weights: encodeBase64(bytes),
    notes,
  };
}

export interface LoadedModel {
  featureConfig: FeatureConfig;
  bias: number;
  threshold: number;
  /**
   * The weights as stored; `weightAt` gives each one's value. Half the bytes of float32, so more of
   * the table stays in cache between sentences.
   */
  quantized: Int16Array;
  weightScale: number;
  /** `featureConfig` without the pooled vectors: scoring adds their terms itself (`modelMargin`). */
  hashedConfig: FeatureConfig;
  /** The pooled-vector columns' weights, as `weightAt` gives them. */
  pooledWeights: Float64Array;
}

/**
 * Weight `index` of the model: the stored int16 times the scale, rounded to float32 as the weights
 * always were (the committed figures and thresholds were computed with float32 weights).
 */
export function weightAt(model: LoadedModel, index: number): number {
  return Math.fround((model.quantized[index] ?? 0) * model.weightScale);
}

export function loadModel(serialized: SerializedModel): LoadedModel {
  if (serialized.format !== MODEL_FORMAT) {
    throw new Error(`unsupported model format "${serialized.format}" (expected ${MODEL_FORMAT})`);
  }
  const bytes = decodeBase64(serialized.weights);
  const disabledGroups: FeatureConfig = {
    hashBits: serialized.featureConfig.hashBits,
    word: 0,
    stem: 0,
    bigram: 0,
    class1: 0,
    class2: 0,
    class3: 0,
    cue: 0,
    affix: 0,
    mixed: 0,
    shape: 0,
    chars: 0,
    // Older files predate these two and were trained with length cues and 1/sqrt(n).
    length: 1,
    lengthPower: 0.5,
    vectors: 0,
  };
  const featureConfig = { ...disabledGroups, ...serialized.featureConfig };
  const expected = 2 * featureDimension(featureConfig);
  if (bytes.length !== expected) {
    throw new Error(`model weights hold ${bytes.length} bytes, expected ${expected}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const quantized = new Int16Array(bytes.length / 2);
  for (let i = 0; i < quantized.length; i++) quantized[i] = view.getInt16(i * 2, true);
  const hashedColumns = 1 << featureConfig.hashBits;
  const pooledWeights = Float64Array.from(quantized.subarray(hashedColumns), (weight) =>
    Math.fround(weight * serialized.weightScale),
  );
  return {
    featureConfig,
    bias: serialized.bias,
    threshold: serialized.threshold,
    quantized,
    weightScale: serialized.weightScale,
    hashedConfig: { ...featureConfig, vectors: 0 },
    pooledWeights,
  };
}

const features = createFeatureBuffer();

export function modelMargin(model: LoadedModel, text: string): number {
  extractFeaturesInto(text, model.hashedConfig, features);
  const { indices, values, count } = features;
  let margin = model.bias;
  for (let k = 0; k < count; k++) margin += weightAt(model, indices[k] ?? 0) * (values[k] ?? 0);
  const { vectors } = model.featureConfig;
  return vectors === 0 ? margin : addPooledVectorMargin(margin, model.pooledWeights, vectors);
}
