/**
 * Transfer estimate: grouped cross-validation holding out whole debates (File_id) or whole eras.
 * Usage: npx tsx scripts/eval-transfer.ts --data ../../../shared/data/claimbuster/crowdsourced.csv
 *        [--l2 N] [--positive-weight N] [--set word=0.5,bigram=0.5,...] [--threshold T]
 */
import { readFileSync } from "node:fs";
import { crossValidate, debateFolds, eraFolds, type OutOfFoldScores } from "../src/score/cross-validation.js";
import { parseClaimBusterCsv } from "../src/score/csv.js";
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from "../src/score/features.js";
import { breakEvenThreshold, metricsAtThreshold } from "../src/score/metrics.js";
import { TRAINING_DEFAULTS } from "./train.js";

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export function parseConfigOverrides(spec: string | undefined, base: FeatureConfig): FeatureConfig {
  const config: FeatureConfig = { ...base };
  for (const part of (spec ?? "").split(",").filter((item) => item.length > 0)) {
    const [key, raw] = part.split("=");
    if (key === undefined || raw === undefined || !(key in config))
      throw new Error(`bad --set item "${part}"`);
    config[key as keyof FeatureConfig] = Number(raw);
  }
  return config;
}

function format(n: number): string {
  return n.toFixed(3);
}

function report(name: string, result: OutOfFoldScores, fixedThreshold: number | undefined): void {
  const balanced = breakEvenThreshold(result.scores, result.labels);
  let best = { threshold: 0.5, f1: 0 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const m = metricsAtThreshold(result.scores, result.labels, t);
    if (m.f1 > best.f1) best = { threshold: t, f1: m.f1 };
  }
  const lines = [
    ["break-even", balanced],
    ["best-F1", best.threshold],
    ...(fixedThreshold === undefined ? [] : [["fixed", fixedThreshold] as const]),
  ] as const;
  for (const [label, threshold] of lines) {
    const m = metricsAtThreshold(result.scores, result.labels, threshold);
    const perFold = [...new Set(result.folds)]
      .sort((a, b) => a - b)
      .map((fold) => {
        const rows = result.folds.flatMap((f, row) => (f === fold ? [row] : []));
        return metricsAtThreshold(
          rows.map((row) => result.scores[row] ?? 0),
          rows.map((row) => result.labels[row] === true),
          threshold,
        ).f1;
      });
    console.log(
      `${name} ${label.padEnd(10)} t=${format(threshold)} P=${format(m.precision)} R=${format(m.recall)} F1=${format(m.f1)}  per-fold F1 ${perFold.map(format).join(" ")}`,
    );
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dataPath = option(args, "--data") ?? "../../../shared/data/claimbuster/crowdsourced.csv";
  const config = parseConfigOverrides(option(args, "--set"), DEFAULT_FEATURE_CONFIG);
  const options = {
    ...TRAINING_DEFAULTS,
    l2: Number(option(args, "--l2") ?? TRAINING_DEFAULTS.l2),
    positiveWeight: Number(option(args, "--positive-weight") ?? TRAINING_DEFAULTS.positiveWeight),
  };
  const thresholdArg = option(args, "--threshold");
  const sentences = parseClaimBusterCsv(readFileSync(dataPath, "utf8"));
  console.log(`config ${JSON.stringify(config)} options ${JSON.stringify(options)}`);
  const started = Date.now();
  report(
    "debates(5 folds)",
    crossValidate(sentences, debateFolds(sentences, 5, 1), config, options),
    thresholdArg === undefined ? undefined : Number(thresholdArg),
  );
  report(
    "eras(4 folds)   ",
    crossValidate(sentences, eraFolds(sentences), config, options),
    thresholdArg === undefined ? undefined : Number(thresholdArg),
  );
  console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
