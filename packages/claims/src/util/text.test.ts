import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asSentence,
  capitalize,
  comparisonKey,
  LowerCaseWords,
  splitLength,
  splitTopLevel,
  withoutTrailingStops,
  wordsOf,
} from "./text";

// These helpers replace standard-library one-liners for speed; each must agree with the one-liner.
describe("text helpers agree with the one-liners they replace", () => {
  const text = fc.string({
    unit: fc.constantFrom("a", "B", " ", "\t", "\n", "\u00a0", "\u2009", "é", "1", ",", "𝐀"),
  });

  it("splitLength is text.split(/\\s+/).length", () => {
    fc.assert(fc.property(text, (sample) => splitLength(sample) === sample.split(/\s+/).length));
    expect(splitLength("  two  words ")).toBe(4);
  });

  it('withoutTrailingStops is text.replace(/[\\s.]+$/, "")', () => {
    fc.assert(
      fc.property(
        text,
        (sample) => withoutTrailingStops(`${sample}. .`) === `${sample}. .`.replace(/[\s.]+$/, ""),
      ),
    );
    fc.assert(fc.property(text, (sample) => withoutTrailingStops(sample) === sample.replace(/[\s.]+$/, "")));
  });

  it("LowerCaseWords.has is a Set lookup of the stretch in lower case", () => {
    const words = ["plan", "said", "é"];
    const set = new LowerCaseWords(words);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (sample, a, b) => {
        const [start, end] = [Math.min(a, b) % (sample.length + 1), Math.max(a, b) % (sample.length + 1)];
        return set.has(sample, start, end) === words.includes(sample.slice(start, end).toLowerCase());
      }),
    );
    expect(set.has("the PLAN,", 4, 8)).toBe(true);
    expect(set.longest).toBe(4);
  });

  it("wordsOf is text.matchAll(/\\S+/g)", () => {
    fc.assert(
      fc.property(text, (sample) => {
        const expected = [...sample.matchAll(/\S+/g)].map((m) => ({
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(wordsOf(sample)).toEqual(expected);
      }),
    );
  });

  it("comparisonKey is the lower-case letters and numbers, one space between runs", () => {
    fc.assert(
      fc.property(
        text,
        (sample) =>
          comparisonKey(sample) ===
          sample
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim(),
      ),
    );
  });
});

describe("comparisonKey", () => {
  // Curly quotes and dashes change nothing when lower-cased; capital letters outside ASCII may
  // change by their context (a final "Σ") or into two characters ("İ").
  const cased = fc.string({
    unit: fc.constantFrom("A", "z", " ", "’", "“", "—", "É", "é", "Σ", "ς", "İ", "7", "Ⅻ", "\ud800", "𝐀"),
  });

  it("lower-cases as toLowerCase does, whether or not the text needs the case tables", () => {
    fc.assert(
      fc.property(
        cased,
        (sample) =>
          comparisonKey(sample) ===
          sample
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim(),
      ),
    );
    expect(comparisonKey("“ODYSSEUS’ Voyage” — Part II")).toBe("odysseus voyage part ii");
    expect(comparisonKey("ΟΔΟΣ ΤΗΣ")).toBe("οδος της");
  });
});

describe("asSentence", () => {
  it("ends a claim whose quotation closed on a comma with a full stop inside the quotation", () => {
    expect(asSentence("the fee was “the lowest we can set,”")).toBe("The fee was “the lowest we can set.”");
    expect(asSentence("the fee rose 4 percent")).toBe("The fee rose 4 percent.");
    expect(asSentence("Is the fee fair?")).toBe("Is the fee fair?");
  });
});

describe("splitTopLevel", () => {
  it("keeps a thousands separator only between a digit and three digits that end a word", () => {
    const texts = (text: string) => splitTopLevel(text, ",").map((piece) => piece.text);
    expect(texts("2,000 trucks, 1,50 tents, (tents, cots), “A, B” and 12,3456, 9,000")).toEqual([
      "2,000 trucks",
      " 1",
      "50 tents",
      " (tents, cots)",
      " “A, B” and 12",
      "3456",
      " 9,000",
    ]);
    expect(texts("A,000x, 5,000_, 6,000-7,000")).toEqual(["A", "000x", " 5", "000_", " 6,000-7,000"]);
  });

  it("splits at top-level separators, not inside brackets, numbers or character references", () => {
    const texts = (text: string, separator: string) =>
      splitTopLevel(text, separator).map((piece) => piece.text);
    expect(texts("40 tanks; 12 jets (and spares; tools); 2,000 rounds", ";")).toEqual([
      "40 tanks",
      " 12 jets (and spares; tools)",
      " 2,000 rounds",
    ]);
    expect(texts("Kesh had 40 tanks &amp; 12 jets; Vell had 9 &#8217;old&#8217; ones", ";")).toEqual([
      "Kesh had 40 tanks &amp; 12 jets",
      " Vell had 9 &#8217;old&#8217; ones",
    ]);
    expect(texts("2,000 rounds, 40 tanks", ",")).toEqual(["2,000 rounds", " 40 tanks"]);
  });
});

describe("asSentence with a quotation inside a quotation", () => {
  it("closes the inner quotation the tag's cut left open", () => {
    expect(asSentence("He said, 'Sell all of it")).toBe("He said, 'Sell all of it.'");
    expect(asSentence("She told us, ‘Close the east wing")).toBe("She told us, ‘Close the east wing.’");
    expect(asSentence("The workers' pay fell")).toBe("The workers' pay fell.");
    expect(asSentence("He said 'no' twice")).toBe("He said 'no' twice.");
  });
});

describe("capitalize", () => {
  it("raises the first letter, but not of a name written with an inner capital ('iPhone', 'eBay', 'mRNA')", () => {
    expect(capitalize("sales rose")).toBe("Sales rose");
    for (const name of ["iPhone sales rose", "eBay said", "mRNA vaccines work"])
      expect(capitalize(name)).toBe(name);
  });
});
