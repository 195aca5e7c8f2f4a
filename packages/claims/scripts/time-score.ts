/**
 * Times scoreSentence: model decode (first call) and mean per-sentence cost.
 * Usage: npx tsx scripts/time-score.ts [--data PATH_TO_CLAIMBUSTER_CSV]  (built-in sentences otherwise)
 */
import { readFileSync } from "node:fs";
import { parseClaimBusterCsv } from "../src/score/csv";
import { scoreSentence } from "../src/score/index";

const BUILT_IN = [
  "The package includes 2 million rounds of ammunition.",
  "Unemployment fell to 3.9 percent in March, the ministry said.",
  "We are hoping for peace.",
  "Thank you very much.",
  "I think he is a great man.",
  "According to the census, the city's population grew by 12,000 people between 2010 and 2020.",
  "Senator Smith, who has served on the committee for two decades, voted against the bill on Tuesday.",
  "What are we going to do about it?",
];

const at = process.argv.indexOf("--data");
const dataPath = at >= 0 ? process.argv[at + 1] : undefined;
const sentences =
  dataPath === undefined
    ? BUILT_IN
    : parseClaimBusterCsv(readFileSync(dataPath, "utf8")).map((row) => row.text);

let started = performance.now();
scoreSentence("warm up");
console.log(`first call (decodes the model): ${(performance.now() - started).toFixed(1)} ms`);

for (let i = 0; i < 2000; i++) scoreSentence(sentences[i % sentences.length] ?? "");
const rounds = Math.max(1, Math.ceil(50_000 / sentences.length));
let sink = 0;
started = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const sentence of sentences) sink += scoreSentence(sentence);
}
const elapsed = performance.now() - started;
const count = rounds * sentences.length;
console.log(
  `${count} sentences in ${elapsed.toFixed(0)} ms: ${((elapsed / count) * 1000).toFixed(1)} µs per sentence (checksum ${sink.toFixed(2)})`,
);
