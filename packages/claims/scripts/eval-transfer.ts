/**
 * Transfer estimate: grouped cross-validation holding out whole debates (File_id) or whole eras.
 * Usage: npx tsx scripts/eval-transfer.ts --data ../../../shared/data/claimbuster/crowdsourced.csv
 *        [--eras-only] [--threshold T] [--l2 N] [--positive-weight N] [--unimportant-weight N]
 *        [--set word=0.5,bigram=0.5,...]
 *        [--augment RATE]  topic-word masking of the augmented training copy (default: as in train.ts)
 *        [--mask RATE]     also mask this share of topic words in held-out sentences (vocabulary shift)
 *        [--latest-era-only]  one fit: train on 1960-2004, score 2008-2016 (quick experiments)
 * Prints pooled out-of-fold P/R/F1 at the break-even threshold, the best-F1 threshold and --threshold,
 * with per-fold F1, plus each fold's own break-even threshold.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  crossValidate,
  debateFolds,
  ERA_STARTS,
  eraFolds,
  type OutOfFoldScores,
} from "../src/score/cross-validation";
import { parseClaimBusterCsv } from "../src/score/csv";
import { DEFAULT_FEATURE_CONFIG } from "../src/score/features";
import { breakEvenThreshold, metricsAtThreshold } from "../src/score/metrics";
import { maskTopicWords, topicWordHider } from "../src/score/topic-mask";
import { AUGMENT_MASK_RATE, FOLD_SEED, parseConfigOverrides, TRAINING_DEFAULTS } from "./train";

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
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
  const foldThresholds = [...new Set(result.folds)]
    .sort((a, b) => a - b)
    .map((fold) => {
      const rows = result.folds.flatMap((f, row) => (f === fold ? [row] : []));
      return breakEvenThreshold(
        rows.map((row) => result.scores[row] ?? 0),
        rows.map((row) => result.labels[row] === true),
      );
    });
  console.log(`${name} per-fold break-even thresholds ${foldThresholds.map(format).join(" ")}`);
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
    unimportantWeight: Number(option(args, "--unimportant-weight") ?? TRAINING_DEFAULTS.unimportantWeight),
  };
  const thresholdArg = option(args, "--threshold");
  const fixed = thresholdArg === undefined ? undefined : Number(thresholdArg);
  const maskRate = Number(option(args, "--mask") ?? "0");
  const mask = (text: string) => maskTopicWords(text, maskRate);
  const augmentRate = Number(option(args, "--augment") ?? String(AUGMENT_MASK_RATE));
  const augment = augmentRate > 0 ? topicWordHider(augmentRate, "augment") : undefined;
  const sentences = parseClaimBusterCsv(readFileSync(dataPath, "utf8"));
  console.log(
    `config ${JSON.stringify(config)} options ${JSON.stringify(options)} augment ${augmentRate} mask ${maskRate}`,
  );
  const started = Date.now();
  if (args.includes("--latest-era-only")) {
    const latest = ERA_STARTS.length - 1;
    const folds = eraFolds(sentences).map((fold) => (fold === latest ? 1 : 0));
    const result = crossValidate(sentences, folds, config, options, mask, augment, [1]);
    const rows = result.folds.flatMap((fold, row) => (fold === 1 ? [row] : []));
    report(
      "latest era      ",
      {
        scores: rows.map((row) => result.scores[row] ?? 0),
        labels: rows.map((row) => result.labels[row] === true),
        folds: rows.map(() => 1),
      },
      fixed,
    );
    console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  if (!args.includes("--eras-only")) {
    const folds = debateFolds(sentences, 5, FOLD_SEED);
    report("debates(5 folds)", crossValidate(sentences, folds, config, options, mask, augment), fixed);
  }
  report(
    "eras(4 folds)   ",
    crossValidate(sentences, eraFolds(sentences), config, options, mask, augment),
    fixed,
  );
  console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
