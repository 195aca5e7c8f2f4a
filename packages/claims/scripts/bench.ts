/**
 * `pnpm bench:claims`: extraction throughput and latency on articles generated from the invented
 * fixtures, plus the scorer's per-sentence cost. Single process, single core.
 */
import { CITY_BUDGET, COURT_AND_SPORTS, HEALTH_REPORT, RELIEF_PACKAGE } from "../src/__fixtures__/articles";
import { extractClaimsScoredBy } from "../src/extract";
import { extractClaims, scoreSentence } from "../src/index";
import { segmentSentences } from "../src/segment/sentences";

const SOURCE = [RELIEF_PACKAGE, CITY_BUDGET, HEALTH_REPORT, COURT_AND_SPORTS].join("\n\n");

/** Fixture text repeated with shifted numbers, so no two sentences are identical (no dedupe shortcut). */
function articleOfSize(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    const variant = SOURCE.replace(/\d+/g, (digits) => String(Number(digits) + round));
    parts.push(variant);
    size += Buffer.byteLength(variant) + 2;
  }
  return parts.join("\n\n").slice(0, bytes);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function latency(label: string, body: string, runs: number): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    extractClaims({ body });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50).toFixed(2);
  const p99 = percentile(times, 99).toFixed(2);
  console.log(`${label.padEnd(14)} p50 ${p50} ms   p99 ${p99} ms   (${runs} runs)`);
}

/** Mean milliseconds of `rounds` runs of `run`. */
function meanMilliseconds(rounds: number, run: () => void): number {
  const started = performance.now();
  for (let i = 0; i < rounds; i++) run();
  return (performance.now() - started) / rounds;
}

/**
 * Median milliseconds of `rounds` runs of `run`, after `warmUps` untimed ones. V8 keeps optimising
 * the engine's functions through the first few megabytes, so the steady rate (what a server
 * extracting article after article sees) is timed apart from the first run after start.
 */
function steadyMilliseconds(warmUps: number, rounds: number, run: () => void): number {
  for (let i = 0; i < warmUps; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(meanMilliseconds(1, run));
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

const WARM_UP_RUNS = 3;
const TIMED_RUNS = 5;

function megabytesPerSecond(megabytes: number, milliseconds: number): string {
  return (megabytes / (milliseconds / 1000)).toFixed(2);
}

function throughput(): void {
  const body = articleOfSize(1_000_000);
  const megabytes = Buffer.byteLength(body) / 1_000_000;
  const first = meanMilliseconds(1, () => extractClaims({ body }));
  const milliseconds = steadyMilliseconds(WARM_UP_RUNS - 1, TIMED_RUNS, () => extractClaims({ body }));
  console.log(
    `throughput     ${megabytesPerSecond(megabytes, milliseconds)} MB/s   (1 MB article, median of ${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs; everything included)`,
  );
  console.log(
    `  first run    ${megabytesPerSecond(megabytes, first)} MB/s   (the first MB after start, while V8 is still optimising)`,
  );

  // The model's share: the very sentences the pipeline scores, scored again on their own.
  const scored: string[] = [];
  extractClaimsScoredBy({ body }, (text) => {
    scored.push(text);
    return scoreSentence(text);
  });
  const scoring = meanMilliseconds(1, () => {
    for (const sentence of scored) scoreSentence(sentence);
  });
  console.log(
    `  of which     ~${scoring.toFixed(0)} of ${milliseconds.toFixed(0)} ms per MB is scoring ${scored.length} sentences`,
  );
  // Everything else (clean-up, segmentation, decomposition, attribution, dedupe, ids), timed
  // directly with a scorer that costs nothing.
  const noScore = () => 0;
  const rest = steadyMilliseconds(1, TIMED_RUNS, () => extractClaimsScoredBy({ body }, noScore)) / megabytes;
  console.log(
    `  non-scoring  ~${rest.toFixed(0)} ms per MB (clean-up, segmentation, decomposition, attribution, dedupe, ids)`,
  );
}

function scoring(): void {
  const sentences = segmentSentences(SOURCE, 0, SOURCE.length).map((s) => SOURCE.slice(s.start, s.end));
  for (const sentence of sentences) scoreSentence(sentence); // warm-up
  const rounds = 200;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const sentence of sentences) scoreSentence(sentence);
  const perSentence = (performance.now() - started) / (rounds * sentences.length);
  console.log(
    `scoring        ${perSentence.toFixed(4)} ms/sentence   (${sentences.length} sentences x ${rounds})`,
  );
}

extractClaims({ body: SOURCE }); // load the model and JIT before timing
throughput();
latency("5 KB article", articleOfSize(5_000), 300);
latency("100 KB article", articleOfSize(100_000), 40);
scoring();
