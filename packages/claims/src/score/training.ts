/**
 * L2-regularised logistic regression fitted with L-BFGS on hashed sparse rows.
 * Full-batch and deterministic: the same rows in the same order give the same weights.
 */
import { createFeatureBuffer, extractFeaturesInto, type FeatureConfig, featureDimension } from "./features";

export interface SparseDataset {
  dimension: number;
  /** Columns [0, countColumns) hold counts of hashed features; the rest are real-valued (pooled vectors). */
  countColumns: number;
  /** CSR layout: row r spans indices[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  labels: Uint8Array;
  /** Per-row loss weight (before positiveWeight); all 1 unless given. */
  rowWeights: Float64Array;
}

export function buildDataset(
  texts: readonly string[],
  labels: readonly boolean[],
  config: FeatureConfig,
  /** Per row: words whose lexical features are hidden (augmented copies); undefined = none. */
  hiders: readonly (((lower: string) => boolean) | undefined)[] = [],
  rowWeights: readonly number[] = [],
): SparseDataset {
  const buffer = createFeatureBuffer();
  const rowStart = new Int32Array(texts.length + 1);
  let indices = new Int32Array(texts.length * 64);
  let values = new Float64Array(texts.length * 64);
  let offset = 0;
  texts.forEach((text, row) => {
    extractFeaturesInto(text, config, buffer, hiders[row]);
    if (offset + buffer.count > indices.length) {
      const grownIndices = new Int32Array(Math.max(indices.length * 2, offset + buffer.count));
      const grownValues = new Float64Array(grownIndices.length);
      grownIndices.set(indices);
      grownValues.set(values);
      indices = grownIndices;
      values = grownValues;
    }
    rowStart[row] = offset;
    indices.set(buffer.indices.subarray(0, buffer.count), offset);
    values.set(buffer.values.subarray(0, buffer.count), offset);
    offset += buffer.count;
  });
  rowStart[texts.length] = offset;
  return {
    dimension: featureDimension(config),
    countColumns: 1 << config.hashBits,
    rowStart,
    indices: indices.slice(0, offset),
    values: values.slice(0, offset),
    labels: Uint8Array.from(labels, (label) => (label ? 1 : 0)),
    rowWeights: Float64Array.from(labels, (_, row) => rowWeights[row] ?? 1),
  };
}

export interface TrainOptions {
  /** L2 strength per example (objective is mean log-loss + l2/2 * |w|^2). */
  l2: number;
  /** Loss weight of positive rows relative to negatives. */
  positiveWeight: number;
  /**
   * Loss weight of Verdict 0 rows (unimportant factual sentences, negatives). The crowd disagrees
   * most about these, so a weight below 1 treats them as weaker evidence.
   */
  unimportantWeight: number;
  maxIterations: number;
  /**
   * L2 strength of the NB-LR companion (logistic regression over features scaled by their naive-Bayes
   * log-count ratio, Wang & Manning 2012), averaged into the plain model; 0 trains the plain model only.
   */
  naiveBayesL2: number;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

function rowDot(data: SparseDataset, row: number, weights: Float64Array): number {
  let sum = 0;
  const end = data.rowStart[row + 1] ?? 0;
  for (let k = data.rowStart[row] ?? 0; k < end; k++) {
    sum += (weights[data.indices[k] ?? 0] ?? 0) * (data.values[k] ?? 0);
  }
  return sum;
}

function logLoss(margin: number, positive: boolean): number {
  // log(1 + exp(-z)) computed without overflow for either sign.
  const z = positive ? margin : -margin;
  return z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** params = [w_0 .. w_{d-1}, bias]; fills gradient, returns objective. */
function objective(
  data: SparseDataset,
  options: TrainOptions,
  params: Float64Array,
  gradient: Float64Array,
): number {
  const dimension = data.dimension;
  const rows = data.labels.length;
  let totalWeight = 0;
  const weightOf = (r: number): number =>
    (data.rowWeights[r] ?? 1) * (data.labels[r] === 1 ? options.positiveWeight : 1);
  for (let r = 0; r < rows; r++) totalWeight += weightOf(r);
  gradient.fill(0);
  let loss = 0;
  const bias = params[dimension] ?? 0;
  for (let r = 0; r < rows; r++) {
    const positive = data.labels[r] === 1;
    const rowWeight = weightOf(r) / totalWeight;
    const margin = rowDot(data, r, params) + bias;
    loss += rowWeight * logLoss(margin, positive);
    const residual = rowWeight * (sigmoid(margin) - (positive ? 1 : 0));
    const end = data.rowStart[r + 1] ?? 0;
    for (let k = data.rowStart[r] ?? 0; k < end; k++) {
      const index = data.indices[k] ?? 0;
      gradient[index] = (gradient[index] ?? 0) + residual * (data.values[k] ?? 0);
    }
    gradient[dimension] = (gradient[dimension] ?? 0) + residual;
  }
  for (let j = 0; j < dimension; j++) {
    const w = params[j] ?? 0;
    loss += 0.5 * options.l2 * w * w;
    gradient[j] = (gradient[j] ?? 0) + options.l2 * w;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/**
 * Only columns that occur in some row can move away from zero under L2, so the optimiser works on
 * those alone (a hashed space is mostly empty); the result is scattered back to full size.
 */
export function trainLogisticRegression(data: SparseDataset, options: TrainOptions): LinearModel {
  const compactOf = new Int32Array(data.dimension).fill(-1);
  for (const index of data.indices) compactOf[index] = 0;
  const columns: number[] = [];
  for (let column = 0; column < data.dimension; column++) {
    if (compactOf[column] === 0) {
      compactOf[column] = columns.length;
      columns.push(column);
    }
  }
  const compact: SparseDataset = {
    ...data,
    dimension: columns.length,
    indices: data.indices.map((index) => compactOf[index] ?? 0),
  };
  const fit = minimiseLbfgs(compact, options);
  const weights = new Float64Array(data.dimension);
  columns.forEach((column, j) => {
    weights[column] = fit.weights[j] ?? 0;
  });
  return { weights, bias: fit.bias };
}

function minimiseLbfgs(data: SparseDataset, options: TrainOptions): LinearModel {
  const size = data.dimension + 1;
  const memory = 10;
  let params = new Float64Array(size);
  let gradient = new Float64Array(size);
  let candidate = new Float64Array(size);
  let candidateGradient = new Float64Array(size);
  let value = objective(data, options, params, gradient);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(memory);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    // Two-loop recursion: direction = -H * gradient.
    direction.set(gradient);
    for (let m = steps.length - 1; m >= 0; m--) {
      const s = steps[m];
      const y = gradientChanges[m];
      if (s === undefined || y === undefined) continue;
      const alpha = dot(s, direction) / dot(y, s);
      alphas[m] = alpha;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) - alpha * (y[i] ?? 0);
    }
    const lastS = steps.at(-1);
    const lastY = gradientChanges.at(-1);
    const gamma = lastS !== undefined && lastY !== undefined ? dot(lastS, lastY) / dot(lastY, lastY) : 1;
    for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) * gamma;
    for (let m = 0; m < steps.length; m++) {
      const s = steps[m];
      const y = gradientChanges[m];
      if (s === undefined || y === undefined) continue;
      const beta = dot(y, direction) / dot(y, s);
      const alpha = alphas[m] ?? 0;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) + (alpha - beta) * (s[i] ?? 0);
    }
    for (let i = 0; i < size; i++) direction[i] = -(direction[i] ?? 0);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      for (let i = 0; i < size; i++) direction[i] = -(gradient[i] ?? 0);
      slope = dot(direction, gradient);
      steps.length = 0;
      gradientChanges.length = 0;
    }
    let step = iteration === 0 && steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let candidateValue = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 30; attempt++) {
      for (let i = 0; i < size; i++) candidate[i] = (params[i] ?? 0) + step * (direction[i] ?? 0);
      candidateValue = objective(data, options, candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(candidateValue < value)) break;
    // Reuse the oldest correction pair's arrays once the memory is full.
    const recycled = steps.length >= memory;
    const s = recycled ? (steps.shift() ?? new Float64Array(size)) : new Float64Array(size);
    const y = recycled ? (gradientChanges.shift() ?? new Float64Array(size)) : new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = (candidate[i] ?? 0) - (params[i] ?? 0);
      y[i] = (candidateGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    if (dot(s, y) > 1e-12) {
      steps.push(s);
      gradientChanges.push(y);
    }
    const improvement = value - candidateValue;
    [params, candidate] = [candidate, params];
    [gradient, candidateGradient] = [candidateGradient, gradient];
    value = candidateValue;
    if (improvement < 1e-9 * Math.max(1, Math.abs(value))) break;
  }
  return { weights: params.subarray(0, data.dimension), bias: params[data.dimension] ?? 0 };
}

export function predictMargin(data: SparseDataset, row: number, model: LinearModel): number {
  return rowDot(data, row, model.weights) + model.bias;
}

/**
 * Log-count ratio per column: log(share of positive rows having it / share of negative rows having
 * it), with add-`alpha` smoothing over the columns that occur. 0 for columns that never occur.
 */
export function logCountRatios(data: SparseDataset, alpha = 1): Float64Array {
  const positive = new Float64Array(data.dimension);
  const negative = new Float64Array(data.dimension);
  const seen = new Uint8Array(data.dimension);
  for (let row = 0; row < data.labels.length; row++) {
    const counts = data.labels[row] === 1 ? positive : negative;
    const end = data.rowStart[row + 1] ?? 0;
    for (let k = data.rowStart[row] ?? 0; k < end; k++) {
      const column = data.indices[k] ?? 0;
      counts[column] = (counts[column] ?? 0) + 1;
      seen[column] = 1;
    }
  }
  let positiveTotal = 0;
  let negativeTotal = 0;
  for (let column = 0; column < data.dimension; column++) {
    if (!seen[column]) continue;
    positiveTotal += (positive[column] ?? 0) + alpha;
    negativeTotal += (negative[column] ?? 0) + alpha;
  }
  const ratios = new Float64Array(data.dimension);
  for (let column = 0; column < data.dimension; column++) {
    if (!seen[column]) continue;
    ratios[column] =
      Math.log(((positive[column] ?? 0) + alpha) / positiveTotal) -
      Math.log(((negative[column] ?? 0) + alpha) / negativeTotal);
  }
  return ratios;
}

/** Per-column scale of the NB-LR companion: log-count ratios, which are defined for counts only, so real-valued columns stay unscaled. */
export function naiveBayesScales(data: SparseDataset): Float64Array {
  return logCountRatios(data).fill(1, data.countColumns);
}

/**
 * The check-worthiness model: plain logistic regression averaged with its NB-LR companion. Both are
 * linear in the same features, so the average is one linear model (weights w + r·w_nb, halved) and
 * scoring costs nothing extra. Held out by debate and by era, the average ranked better than either
 * model alone (model/README.md).
 */
export function trainCheckworthinessModel(data: SparseDataset, options: TrainOptions): LinearModel {
  const plain = trainLogisticRegression(data, options);
  if (options.naiveBayesL2 <= 0) return plain;
  const ratios = naiveBayesScales(data);
  const scaled = {
    ...data,
    values: data.values.map((value, k) => value * (ratios[data.indices[k] ?? 0] ?? 0)),
  };
  const companion = trainLogisticRegression(scaled, { ...options, l2: options.naiveBayesL2 });
  const weights = new Float64Array(data.dimension);
  for (let column = 0; column < data.dimension; column++) {
    weights[column] =
      ((plain.weights[column] ?? 0) + (ratios[column] ?? 0) * (companion.weights[column] ?? 0)) / 2;
  }
  return { weights, bias: (plain.bias + companion.bias) / 2 };
}
