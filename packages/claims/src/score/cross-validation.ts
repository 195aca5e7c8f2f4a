/** Grouped cross-validation: whole debates or whole eras are held out, never random rows. */
import type { LabelledSentence } from "./csv";
import type { FeatureConfig } from "./features";
import {
  buildDataset,
  predictMargin,
  sigmoid,
  type TrainOptions,
  trainCheckworthinessModel,
} from "./training";

/** Mulberry32: tiny seeded PRNG so fold assignment is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i];
    const b = copy[j];
    if (a === undefined || b === undefined) continue;
    copy[i] = b;
    copy[j] = a;
  }
  return copy;
}

/** Assigns whole debates (File_id) to `folds` folds at random (seeded). */
export function debateFolds(sentences: readonly LabelledSentence[], folds: number, seed: number): number[] {
  const files = [...new Set(sentences.map((sentence) => sentence.fileId))].sort();
  const order = shuffled(files, seededRandom(seed));
  const foldOf = new Map(order.map((file, position) => [file, position % folds]));
  return sentences.map((sentence) => foldOf.get(sentence.fileId) ?? 0);
}

/** Era boundaries (first year of each era); debates of 1960-1980, 1984-1992, 1996-2004, 2008-2016. */
export const ERA_STARTS = [0, 1984, 1996, 2008] as const;

export function eraFolds(sentences: readonly LabelledSentence[]): number[] {
  return sentences.map((sentence) => {
    let fold = 0;
    ERA_STARTS.forEach((start, index) => {
      if (sentence.year >= start) fold = index;
    });
    return fold;
  });
}

export interface AugmentedRows {
  texts: string[];
  labels: boolean[];
  weights: number[];
  hiders: (((lower: string) => boolean) | undefined)[];
}

/** Originals first, then (with a hider) every row again with some words' lexical features hidden. */
export function withAugmentation(
  texts: readonly string[],
  labels: readonly boolean[],
  hider: ((lower: string) => boolean) | undefined,
  weights: readonly number[] = texts.map(() => 1),
): AugmentedRows {
  const originals = texts.map(() => undefined);
  if (hider === undefined) {
    return { texts: [...texts], labels: [...labels], weights: [...weights], hiders: originals };
  }
  return {
    texts: [...texts, ...texts],
    labels: [...labels, ...labels],
    weights: [...weights, ...weights],
    hiders: [...originals, ...texts.map(() => hider)],
  };
}

/** Loss weight of each sentence: Verdict 0 rows get options.unimportantWeight, the rest 1. */
export function verdictWeights(sentences: readonly LabelledSentence[], options: TrainOptions): number[] {
  return sentences.map((sentence) => (sentence.verdict === 0 ? options.unimportantWeight : 1));
}

export interface OutOfFoldScores {
  scores: number[];
  labels: boolean[];
  folds: number[];
}

export function crossValidate(
  sentences: readonly LabelledSentence[],
  folds: readonly number[],
  config: FeatureConfig,
  options: TrainOptions,
  /** Applied to held-out sentences only, e.g. to simulate unseen topic vocabulary. */
  transformHeldOut: (text: string) => string = (text) => text,
  /** When given, each training sentence is added a second time with these words' lexical features hidden. */
  augmentHider?: (lower: string) => boolean,
  /** Folds to hold out in turn (default: all); rows of other folds keep score 0. */
  heldOutFolds?: readonly number[],
): OutOfFoldScores {
  const texts = sentences.map((sentence) => sentence.text);
  const labels = sentences.map((sentence) => sentence.positive);
  const weights = verdictWeights(sentences, options);
  const all = buildDataset(texts.map(transformHeldOut), labels, config);
  const scores = new Array<number>(sentences.length).fill(0);
  const foldIds = heldOutFolds ?? [...new Set(folds)].sort((a, b) => a - b);
  for (const fold of foldIds) {
    const trainRows = folds.flatMap((f, row) => (f === fold ? [] : [row]));
    const training = withAugmentation(
      trainRows.map((row) => texts[row] ?? ""),
      trainRows.map((row) => labels[row] === true),
      augmentHider,
      trainRows.map((row) => weights[row] ?? 1),
    );
    const model = trainCheckworthinessModel(
      buildDataset(training.texts, training.labels, config, training.hiders, training.weights),
      options,
    );
    folds.forEach((f, row) => {
      if (f === fold) scores[row] = sigmoid(predictMargin(all, row, model));
    });
  }
  return { scores, labels, folds: [...folds] };
}
