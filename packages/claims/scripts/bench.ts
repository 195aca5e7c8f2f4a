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

function throughput(): void {
  const body = articleOfSize(1_000_000);
  extractClaims({ body }); // warm-up
  const rounds = 3;
  const milliseconds = meanMilliseconds(rounds, () => extractClaims({ body }));
  const megabytes = Buffer.byteLength(body) / 1_000_000;
  const rate = (megabytes / (milliseconds / 1000)).toFixed(2);
  console.log(`throughput     ${rate} MB/s   (1 MB article x ${rounds}, everything included)`);

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
  extractClaimsScoredBy({ body }, noScore); // warm-up
  const rest = meanMilliseconds(rounds, () => extractClaimsScoredBy({ body }, noScore)) / megabytes;
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
