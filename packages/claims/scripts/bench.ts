/**
 * `pnpm bench:claims`: extraction throughput and latency on articles generated from the invented
 * fixtures, plus the scorer's per-sentence cost. Single process, single core.
 */
import { CITY_BUDGET, COURT_AND_SPORTS, HEALTH_REPORT, RELIEF_PACKAGE } from "../src/__fixtures__/articles";
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

function throughput(): void {
  const body = articleOfSize(1_000_000);
  extractClaims({ body }); // warm-up
  const rounds = 3;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) extractClaims({ body });
  const milliseconds = (performance.now() - started) / rounds;
  const megabytes = Buffer.byteLength(body) / 1_000_000;
  const rate = (megabytes / (milliseconds / 1000)).toFixed(2);
  console.log(`throughput     ${rate} MB/s   (1 MB article x ${rounds}, everything included)`);

  // How much of that is the check-worthiness model: score every sentence of the same article once.
  const sentences = segmentSentences(body, 0, body.length).map((s) => body.slice(s.start, s.end));
  const scoringStarted = performance.now();
  for (const sentence of sentences) scoreSentence(sentence);
  const scoring = (performance.now() - scoringStarted).toFixed(0);
  console.log(
    `  of which     ~${scoring} of ${milliseconds.toFixed(0)} ms per MB is scoring ${sentences.length} sentences`,
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
