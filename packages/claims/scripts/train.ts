/**
 * Trains the check-worthiness model and writes model/checkworthiness.json.
 * Usage: npx tsx scripts/train.ts --data ../../../shared/data/claimbuster/crowdsourced.csv
 *        [--out model/checkworthiness.json] [--heldout ../../../shared/data/claimbuster/groundtruth.csv]
 * Deterministic: fixed fold seed, full-batch L-BFGS, no other randomness.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { crossValidate, debateFolds, eraFolds } from "../src/score/cross-validation.js";
import { type LabelledSentence, parseClaimBusterCsv } from "../src/score/csv.js";
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from "../src/score/features.js";
import { type BinaryMetrics, breakEvenThreshold, metricsAtThreshold } from "../src/score/metrics.js";
import { loadModel, modelMargin, serializeModel } from "../src/score/model.js";
import { buildDataset, sigmoid, type TrainOptions, trainLogisticRegression } from "../src/score/training.js";

export const TRAINING_DEFAULTS: TrainOptions = { l2: 1e-4, positiveWeight: 1, maxIterations: 300 };
export const FOLD_SEED = 1;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export function describe(m: BinaryMetrics): string {
  return `P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}`;
}

export function trainFinal(
  sentences: readonly LabelledSentence[],
  config: FeatureConfig,
  options: TrainOptions,
) {
  return trainLogisticRegression(
    buildDataset(
      sentences.map((sentence) => sentence.text),
      sentences.map((sentence) => sentence.positive),
      config,
    ),
    options,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const dataPath = option(args, "--data");
  if (dataPath === undefined) {
    console.error("usage: tsx scripts/train.ts --data ../../../shared/data/claimbuster/crowdsourced.csv");
    process.exit(2);
  }
  const outPath =
    option(args, "--out") ?? fileURLToPath(new URL("../model/checkworthiness.json", import.meta.url));
  const heldoutPath = option(args, "--heldout");
  const config = DEFAULT_FEATURE_CONFIG;
  const options = TRAINING_DEFAULTS;
  const sentences = parseClaimBusterCsv(readFileSync(dataPath, "utf8"));
  const positives = sentences.filter((sentence) => sentence.positive).length;
  console.log(`training rows ${sentences.length} (positive ${positives})`);

  // The decision threshold is the precision = recall point of out-of-era predictions: the
  // strongest distribution shift we can simulate, and balanced rather than dev-optimal.
  const eras = crossValidate(sentences, eraFolds(sentences), config, options);
  const threshold = breakEvenThreshold(eras.scores, eras.labels);
  const debates = crossValidate(sentences, debateFolds(sentences, 5, FOLD_SEED), config, options);
  const eraMetrics = metricsAtThreshold(eras.scores, eras.labels, threshold);
  const debateMetrics = metricsAtThreshold(debates.scores, debates.labels, threshold);
  console.log(`threshold ${threshold.toFixed(4)} (precision = recall on held-out eras)`);
  console.log(`held-out eras   (4 folds) ${describe(eraMetrics)}`);
  console.log(`held-out debates(5 folds) ${describe(debateMetrics)}`);

  const model = trainFinal(sentences, config, options);
  const serialized = serializeModel(model, config, Number(threshold.toFixed(4)), {
    trainedOn: "ClaimBuster crowdsourced.csv (Verdict 1 positive; 0 and -1 negative)",
    rows: sentences.length,
    options,
    heldOutEras: eraMetrics,
    heldOutDebates: debateMetrics,
  });
  writeFileSync(outPath, `${JSON.stringify(serialized)}\n`);
  console.log(`wrote ${outPath}`);

  if (heldoutPath !== undefined) {
    const loaded = loadModel(serialized);
    const heldout = parseClaimBusterCsv(readFileSync(heldoutPath, "utf8"));
    const scores = heldout.map((sentence) => sigmoid(modelMargin(loaded, sentence.text)));
    const labels = heldout.map((sentence) => sentence.positive);
    console.log(
      `held-out file (${heldout.length} rows) ${describe(metricsAtThreshold(scores, labels, loaded.threshold))}`,
    );
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
