import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CITY_BUDGET,
  COURT_AND_SPORTS,
  HARBOR_FEES,
  HEALTH_REPORT,
  RELIEF_PACKAGE,
} from "./__fixtures__/articles";
import { extractClaims, isCheckworthy } from "./index";
import type { ArticleField, ExtractedClaim } from "./types";

function expectValid(body: string, claims: ExtractedClaim[], title: string | null = null): void {
  expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  const textOf = (field: ArticleField | undefined) => (field === "title" ? (title ?? "") : body);
  for (const claim of claims) {
    const source = textOf(claim.field);
    expect(claim.start).toBeGreaterThanOrEqual(0);
    expect(claim.start).toBeLessThan(claim.end);
    expect(claim.end).toBeLessThanOrEqual(source.length);
    expect(source.slice(claim.start, claim.end)).toBe(claim.quote);
    const first = { start: claim.start, end: claim.end };
    expect(claim.spans[0]).toEqual(claim.field === "title" ? { ...first, field: "title" } : first);
    for (const span of claim.spans) {
      const spanSource = textOf(span.field);
      expect(0 <= span.start && span.start < span.end && span.end <= spanSource.length).toBe(true);
    }
    expect(claim.score >= 0 && claim.score <= 1).toBe(true);
    expect(claim.text.trim()).not.toBe("");
    expect(claim.checkworthy).toBe(isCheckworthy(claim.score));
  }
}

const MEGABYTE = 1_000_000;
const ARTICLES = [RELIEF_PACKAGE, CITY_BUDGET, HEALTH_REPORT, COURT_AND_SPORTS, HARBOR_FEES];
const HOSTILE_PIECES = [
  "“",
  "”",
  '"',
  "‘",
  "(",
  ")",
  ".",
  "...",
  "?",
  "!",
  ";",
  ":",
  ",",
  " and ",
  " said ",
  "Mr.",
  "U.S.",
  "\n",
  "\r\n",
  "\u0000",
  "\u202e",
  "\ud800",
  "\udc00",
  "😀",
  "שלום",
  "مرحبا",
  "- ",
  "1. ",
  "0:00",
  "By ",
  " includes ",
  "$1.5",
];

describe("extractClaims properties", () => {
  it("never throws, keeps offsets valid and is deterministic on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (body) => {
        const first = extractClaims({ body });
        expectValid(body, first);
        expect(extractClaims({ body })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("survives hostile mixes of quotes, list words, control characters and lone surrogates", () => {
    const piece = fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 120 }),
        fc.option(fc.string({ maxLength: 40 })),
        (pieces, title) => {
          const body = pieces.join("");
          const claims = extractClaims({ body, title });
          expectValid(body, claims, title);
          expect(extractClaims({ body, title })).toEqual(claims);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps offsets valid on spliced real-looking articles", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ARTICLES), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.nat(),
        (articles, cut, cut2) => {
          const joined = articles.join("\n\n");
          const body = joined.slice(cut % joined.length, joined.length - (cut2 % 50));
          expectValid(body, extractClaims({ body }));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("handles 1 MB inputs, including a single unpunctuated line and pure punctuation, in linear time", () => {
    const article = ARTICLES.join("\n\n");
    // Each shape at a given size in characters, so a quarter-size input is timed against the full one.
    const shapes: Array<(size: number) => string> = [
      (size) => article.repeat(Math.ceil(size / article.length)),
      (size) => "word ".repeat(size / 5),
      (size) => ".".repeat(size),
      (size) => `${",".repeat(size - 1)}x`,
      (size) => `“${"a said. ".repeat((size * 0.96) / 8)}`,
    ];
    const timed = (body: string) => {
      const started = performance.now();
      const claims = extractClaims({ body });
      return { claims, milliseconds: performance.now() - started };
    };
    for (const shape of shapes) {
      const small = shape(MEGABYTE / 4);
      // The faster of two runs: the first may still pay for compiling the engine.
      const smallMilliseconds = Math.min(timed(small).milliseconds, timed(small).milliseconds);
      const body = shape(MEGABYTE);
      const { claims, milliseconds } = timed(body);
      // Linear work takes about 4 times as long on 4 times the input, quadratic work 16 times. A ratio,
      // not a fixed bound, so a slow or busy machine does not fail it; the constant absorbs timer noise.
      expect(milliseconds).toBeLessThan(10 * smallMilliseconds + 500);
      expectValid(body, claims.slice(0, 200));
    }
  }, 120_000);
});
