import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, isCheckworthy, scoreSentence } from "./index";

describe("scoreSentence", () => {
  it.each([
    "The package includes 2 million rounds of ammunition.",
    "Unemployment fell to 3.9 percent in March, the ministry said.",
    "We have cut the deficit by $200 billion since 2010.",
  ])("scores factual, quantified news prose as check-worthy: %s", (text) => {
    expect(isCheckworthy(scoreSentence(text))).toBe(true);
  });

  it.each([
    "We are hoping for peace.",
    "Thank you very much.",
    "I think he is a great man.",
    "What do you want to do about it?",
  ])("scores opinion, courtesy and questions low: %s", (text) => {
    expect(isCheckworthy(scoreSentence(text))).toBe(false);
  });

  it("ranks a quantified claim above its hedged, number-free version", () => {
    expect(scoreSentence("Crime rose 12 percent in Chicago last year.")).toBeGreaterThan(
      scoreSentence("I feel like crime is getting worse."),
    );
  });

  it("is deterministic", () => {
    const text = "Exports to China doubled between 2000 and 2010.";
    expect(scoreSentence(text)).toBe(scoreSentence(text));
  });

  it.each([
    "",
    " ",
    "🙂🙂🙂",
    "השר אמר כי האבטלה ירדה ל-4 אחוזים",
    "\u0000\u0007\u001b[31m\ud800",
    "x".repeat(1_000_000),
  ])("never throws and stays in [0, 1] on odd input #%#", (text) => {
    const score = scoreSentence(text);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });

  it("stays in [0, 1] for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const score = scoreSentence(text);
        return Number.isFinite(score) && score >= 0 && score <= 1;
      }),
    );
  });
});

describe("CHECKWORTHY_THRESHOLD", () => {
  it("is a probability strictly inside (0, 1) and drives isCheckworthy", () => {
    expect(CHECKWORTHY_THRESHOLD).toBeGreaterThan(0);
    expect(CHECKWORTHY_THRESHOLD).toBeLessThan(1);
    expect(isCheckworthy(CHECKWORTHY_THRESHOLD)).toBe(true);
    expect(isCheckworthy(CHECKWORTHY_THRESHOLD - 1e-6)).toBe(false);
  });
});
