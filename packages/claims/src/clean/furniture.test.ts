import { describe, expect, it } from "vitest";
import { RELIEF_PACKAGE } from "../__fixtures__/articles";
import { extractClaims } from "../extract";
import { findBlocks } from "./blocks";
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

  it("leaves out a bio that names the author by surname under a capitals byline", () => {
    const signed = [
      "By  NINA TORVALD",
      "",
      "Valdoria's parliament approved a 14 billion crown defence budget on Tuesday.",
      "",
      "Torvald was the first to report the vote, the ministry said.",
      "",
      "NINA TORVALD",
      "Torvald covers politics and security for Wirepress from Ostra.",
    ].join("\n");
    expect(claimTextsInOrder(signed)).toEqual([
      "Valdoria's parliament approved a 14 billion crown defence budget on Tuesday.",
      "Torvald was the first to report the vote.",
    ]);
    expect(furnitureTexts(signed).at(-1)).toBe(
      "Torvald covers politics and security for Wirepress from Ostra.",
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

describe("a page pasted from a browser", () => {
  const page = [
    "Skip to main content",
    "Advertisement",
    "World",
    "Valdoria pledges new air defence aid to Kesh",
    "By Marta Lind and Oskar Brenn",
    "Published 9:14 AM EST, Tue March 4, 2025",
    "Share this article",
    "Facebook",
    "Link Copied!",
    "A Falke-M launcher is seen during a drill near Ostra on February 12, 2025. Oskar Brenn/Nordpress",
    "Valdoria will send Kesh an air defence package worth 410 million crowns, Defence Minister Ilse Varga said on Tuesday.",
    "Sign up for our newsletter",
    "Get the latest headlines delivered to your inbox every morning.",
    "By subscribing, you agree to our privacy policy.",
    "Kesh’s air force said it had shot down 41 of 46 drones launched overnight.",
    "— Ilse Varga (@IlseVarga) March 4, 2025",
    "Editor’s note: This story has been updated with comments from the Kesh air force.",
    "Nordpress writers Ana Roe in Ostra and Piet Kuyt in Vell contributed to this report.",
    "Copyright 2025 Nordpress. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Terms of Use | Privacy Policy | Cookie Settings",
  ].join("\n");

  it("keeps only the article's sentences as claims", () => {
    expect(claimTextsInOrder(page)).toEqual([
      "Valdoria will send Kesh an air defence package worth 410 million crowns.",
      "Kesh’s air force had shot down 41 of 46 drones launched overnight.",
    ]);
  });

  it("reads the line under the section name and above the byline as the headline", () => {
    const parts = furnitureTexts(page);
    expect(parts).toContain("World");
    const headlines = findBlocks(page).filter((block) => block.kind === "headline");
    expect(headlines.map((block) => page.slice(block.start, block.end))).toEqual([
      "Valdoria pledges new air defence aid to Kesh",
    ]);
    expect(parts).toContain(
      "A Falke-M launcher is seen during a drill near Ostra on February 12, 2025. Oskar Brenn/Nordpress",
    );
  });
});

describe("outlet page furniture", () => {
  it("keeps the claims and drops captions, print notes, support notes and topic links", () => {
    const page = [
      "Kesh parliament approves emergency budget",
      "First published on Tue 4 Mar 2025 09.14 GMT",
      "Image caption, Lawmakers voted late into the night",
      "The Kesh parliament approved an emergency budget of 2.1 billion dinars on Tuesday, after a 14-hour debate.",
      "Media caption, Watch: scenes from the debate",
      "“We had no choice,” Finance Minister Omar Haddad said.",
      "Supported by",
      "As a subscriber, you have 10 gift articles to give each month.",
      "A version of this article appears in print on March 5, 2025, Section A, Page 6 of the Orna edition.",
      "Follow Nordpress coverage of the war at https://nordpress.example/kesh",
      "The Wire receives support from several private foundations.",
      "Suggested Topics:",
      "Europe",
      "Explore more on these topics",
      "Budgets",
      "Read more on Kesh:",
      "Kesh asks allies for more interceptors",
    ].join("\n");
    expect(claimTextsInOrder(page)).toEqual([
      "The Kesh parliament approved an emergency budget of 2.1 billion dinars on Tuesday, after a 14-hour debate.",
      "We had no choice.",
    ]);
  });
});

describe("a live blog", () => {
  const page = [
    "Live updates: Storm Hilde hits Norland coast",
    "Last updated 3 minutes ago",
    "Key points",
    "Storm Hilde made landfall near Port Elsin at 6:40 a.m. with winds of 160 km/h",
    "At least 12 people have died, police say",
    "11:42 a.m.",
    "Power company restores electricity to 20,000 homes",
    "Nordgrid said it had restored power to 20,000 homes by mid-morning, but 62,000 remained cut off.",
    "11:05 a.m.",
    "Death toll rises to 12",
    "Police in Vestfold said two more bodies had been found in Ardal, bringing the toll to 12.",
  ].join("\n");

  it("reads each line under 'Key points' as a fact of its own", () => {
    const texts = claimTextsInOrder(page);
    expect(texts).toContain("Storm Hilde made landfall near Port Elsin at 6:40 a.m. with winds of 160 km/h.");
    expect(texts).toContain("At least 12 people have died.");
  });

  it("reads a post's headline under its time as a headline, not a claim", () => {
    const headlines = findBlocks(page)
      .filter((block) => block.kind === "headline")
      .map((block) => page.slice(block.start, block.end));
    expect(headlines).toEqual([
      "Live updates: Storm Hilde hits Norland coast",
      "Power company restores electricity to 20,000 homes",
      "Death toll rises to 12",
    ]);
    const texts = claimTextsInOrder(page);
    expect(texts).not.toContain("Power company restores electricity to 20,000 homes.");
    expect(texts).not.toContain("Death toll rises to 12.");
  });
});

describe("a press release", () => {
  it("drops its release line, contacts, notes to editors and the issuer's boilerplate", () => {
    const release = [
      "FOR IMMEDIATE RELEASE",
      "March 4, 2025",
      "Contact: Press Office, +47 555 0100, press@defence.example",
      "Valdoria announces 410 million crown air defence package for Kesh",
      "OSTRA — The Ministry of Defence today announced a 410 million crown package of air defence assistance for Kesh.",
      "###",
      "Note to editors: Photos of the launch systems are available on request.",
      "About the Ministry of Defence: The ministry employs 14,000 people and runs Valdoria's armed forces.",
      "-30-",
    ].join("\n");
    expect(claimTextsInOrder(release)).toEqual([
      "The Ministry of Defence today announced a 410 million crown package of air defence assistance for Kesh.",
    ]);
    const headlines = findBlocks(release).filter((block) => block.kind === "headline");
    expect(headlines.map((block) => release.slice(block.start, block.end))).toEqual([
      "Valdoria announces 410 million crown air defence package for Kesh",
    ]);
  });
});

describe("a fact-check's labels", () => {
  it("leaves 'Claim:' and 'Verdict:' out of the claims and their spans", () => {
    const body = [
      "Claim: Kesh's army lost 300 tanks in March, according to a post shared 40,000 times.",
      "Verdict: False. Kesh's defence ministry reported losses of 31 tanks in March.",
      "Context: Kesh had about 210 tanks at the start of the year.",
    ].join("\n");
    const claims = extractClaims({ body });
    expect(
      claims.map((claim) => claim.quote).filter((quote) => /^(?:Claim|Verdict|Context):/.test(quote)),
    ).toEqual([]);
    expect(claimTextsInOrder(body)).toEqual([
      "Kesh's army lost 300 tanks in March.",
      "Kesh's defence ministry reported losses of 31 tanks in March.",
      "Kesh had about 210 tanks at the start of the year.",
    ]);
  });
});
