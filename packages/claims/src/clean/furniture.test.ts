import { describe, expect, it } from "vitest";
import { RELIEF_PACKAGE } from "../__fixtures__/articles";
import { extractClaims } from "../extract";
import { pageFurniture } from "./furniture";

/** The claims' texts in the order the body gives them. */
function claimTextsInOrder(body: string): string[] {
  return extractClaims({ body })
    .sort((a, b) => a.start - b.start)
    .map((claim) => claim.text);
}

/** The text of each furniture range. */
function furnitureTexts(body: string): string[] {
  return pageFurniture(body).map((span) => body.slice(span.start, span.end));
}

describe("pageFurniture", () => {
  it("returns the byline, dateline and caption, and none of the claim text or the headline", () => {
    const body = [
      "Harbor Fees Fall 15% in Spring",
      "",
      "By Jane Roe",
      "",
      "LONDON (Harbor Wire) - Port fees will fall 15 percent in April, the authority said.",
      "",
      "Cranes at the east dock. (Photo: Tom Berg/Harbor Wire)",
      "",
      "- Fees for small boats fall 20 percent;",
      "- fees for barges fall 10 percent.",
    ].join("\n");
    const parts = furnitureTexts(body);
    expect(parts).not.toContain("Harbor Fees Fall 15% in Spring");
    expect(parts).toContain("By Jane Roe");
    expect(parts.some((part) => part.startsWith("LONDON (Harbor Wire)"))).toBe(true);
    expect(parts.some((part) => part.includes("Photo: Tom Berg"))).toBe(true);
    expect(parts.some((part) => /Port fees will fall|Fees for small boats|fees for barges/.test(part))).toBe(
      false,
    );
    expect(parts).not.toContain("-");
  });

  it("gives trimmed ranges that never overlap a claim", () => {
    const furniture = pageFurniture(RELIEF_PACKAGE);
    expect(furniture.length).toBeGreaterThan(0);
    const claimSpans = extractClaims({ body: RELIEF_PACKAGE }).flatMap((claim) => claim.spans);
    for (const span of furniture) {
      const text = RELIEF_PACKAGE.slice(span.start, span.end);
      expect(text.trim()).toBe(text);
      for (const claim of claimSpans) expect(span.end <= claim.start || span.start >= claim.end).toBe(true);
    }
  });
});

describe("links to other stories", () => {
  it("leaves out the headlines under 'Related Articles' and reads the text after them", () => {
    const body = [
      "Bus fares in Orna will rise 8 percent in March, the transit agency said.",
      "",
      "Related Stories",
      "Orna council approves new tram line",
      "Drivers threaten strike over rotas",
      "",
      "The agency said the rise would raise 12 million crowns a year.",
    ].join("\n");
    const texts = claimTextsInOrder(body);
    expect(texts).toEqual([
      "Bus fares in Orna will rise 8 percent in March.",
      "The rise would raise 12 million crowns a year.",
    ]);
    const parts = furnitureTexts(body);
    expect(parts).toEqual([
      "Related Stories",
      "Orna council approves new tram line",
      "Drivers threaten strike over rotas",
    ]);
  });
});

describe("the end of a scraped page", () => {
  const body = [
    "By Ada Quist, Transport Correspondent",
    "",
    "Bus fares in Orna will rise 8 percent in March, the transit agency said.",
    "",
    "Read more:",
    "Orna council approves new tram line",
    "Who is Piet Brand, Orna's new transport chief?",
    "",
    "The agency said the rise would raise 12 million crowns a year.",
    "",
    "Ada Quist is the Orna Courier's transport correspondent. She has covered the city since 2015.",
  ].join("\n");

  it("leaves out a linked headline that is a question, and the byline author's closing bio", () => {
    const texts = claimTextsInOrder(body);
    expect(texts).toEqual([
      "Bus fares in Orna will rise 8 percent in March.",
      "The rise would raise 12 million crowns a year.",
    ]);
    const parts = furnitureTexts(body);
    expect(parts).toContain("Who is Piet Brand, Orna's new transport chief?");
    expect(parts.at(-1)).toBe(
      "Ada Quist is the Orna Courier's transport correspondent. She has covered the city since 2015.",
    );
  });

  it("reads a sentence about the author as news when no byline names them", () => {
    const unsigned =
      "Bus fares in Orna will rise 8 percent.\n\nAda Quist is the new head of the transit agency.";
    expect(extractClaims({ body: unsigned }).map((claim) => claim.text)).toContain(
      "Ada Quist is the new head of the transit agency.",
    );
  });
});

describe("sentence-case section headings", () => {
  it("reads a short capitalised line right above its section as a heading", () => {
    const body = "Fares in Orna will rise 8 percent.\n\nAir defence\nTwo radars arrived on Monday.\n";
    expect(furnitureTexts(body)).toEqual(["Air defence"]);
  });

  it("keeps a short first line of running text that the next line continues in lower case", () => {
    const body = "Fares in Orna will rise 8 percent.\n\nBus fares rose\nsharply in May, the agency said.\n";
    expect(extractClaims({ body }).map((claim) => claim.quote)).toContain(
      "Bus fares rose\nsharply in May, the agency said.",
    );
    expect(pageFurniture(body)).toEqual([]);
  });
});
