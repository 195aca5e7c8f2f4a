import { describe, expect, it } from "vitest";
import { symmetricEigenvectors } from "../../scripts/build-word-vectors";
import { encodeBase64 } from "./base64";
import { fnv1a } from "./hash";
import { committedWordVectors, loadWordVectors, WORD_VECTORS_FORMAT } from "./word-vectors";

function cosine(a: string, b: string): number {
  const { dimensions, rowOf, table } = committedWordVectors();
  const ra = rowOf(fnv1a(a));
  const rb = rowOf(fnv1a(b));
  if (ra < 0 || rb < 0) throw new Error(`no vector for ${a} or ${b}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < dimensions; d++) {
    const x = table[ra * dimensions + d] ?? 0;
    const y = table[rb * dimensions + d] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return dot / Math.sqrt(na * nb);
}

describe("word vectors", () => {
  it("decode int8 rows by the hash of their word", () => {
    const vectors = loadWordVectors({
      format: WORD_VECTORS_FORMAT,
      dimensions: 2,
      scale: 0.5,
      words: "levy\nferry",
      vectors: encodeBase64(new Uint8Array(Int8Array.from([2, -4, 10, 0]).buffer)),
    });
    expect(vectors.rowOf(fnv1a("ferry"))).toBe(1);
    expect(vectors.rowOf(fnv1a("barge"))).toBe(-1);
    expect(Array.from(vectors.table, (x) => x * vectors.scale)).toEqual([1, -2, 5, 0]);
  });

  it("reject a table whose size does not match its words", () => {
    expect(() =>
      loadWordVectors({
        format: WORD_VECTORS_FORMAT,
        dimensions: 3,
        scale: 1,
        words: "a\nb",
        vectors: "AAAA",
      }),
    ).toThrow(/expected 2 × 3/);
    expect(() =>
      loadWordVectors({ format: "other", dimensions: 1, scale: 1, words: "a", vectors: "AA==" }),
    ).toThrow(/unsupported/);
  });

  it("place related words closer than unrelated ones (the committed table)", () => {
    expect(cosine("tariffs", "taxes")).toBeGreaterThan(cosine("tariffs", "guitar"));
    expect(cosine("unemployment", "jobless")).toBeGreaterThan(cosine("unemployment", "poem"));
  });
});

describe("symmetricEigenvectors", () => {
  it("finds the principal axes of a symmetric matrix, largest eigenvalue first", () => {
    const { values, vectors } = symmetricEigenvectors(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(values.map((v) => Number(v.toFixed(9)))).toEqual([5, 3, 1]);
    const [first, second] = vectors;
    expect(first?.map((x) => Math.abs(Number(x.toFixed(9))))).toEqual([0, 0, 1]);
    expect(second?.map((x) => Math.abs(x))).toEqual(
      [Math.SQRT1_2, Math.SQRT1_2, 0].map((x) => expect.closeTo(x, 9)),
    );
  });
});
