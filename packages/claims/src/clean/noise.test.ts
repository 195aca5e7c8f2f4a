import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { findBlocks } from "./blocks";
import {
  datelineLength,
  isBylineLine,
  isCaptionOrCreditLine,
  isHeadingLine,
  isNoiseLine,
  withoutSiteName,
} from "./noise";

describe("noise lines", () => {
  it.each([
    "10/27/2023",
    "Updated:",
    "Oct. 5, 2024 3:15 p.m. ET",
    "Published 2 hours ago",
    "Updated: Monday, March 3, 2025 | 10:42 AM EST",
    "0:00",
    "1:23 / 4:56",
    "Listen to this article",
    "Advertisement",
    "5 min read",
    "Photo: Coastal Daily",
    "(Jane Doe/Harbor Wire via Pressbild Images)",
    "Crews repair a levee on Tuesday. (Tomas Berg/Nordic Wire)",
    "By Marta Quill",
    "By Marta Quill and Jon Ek, Harbor Wire",
    "Reporting by Marta Quill; Editing by Jon Ek",
    "(Reporting by Marta Quill; Editing by Jon Ek)",
    "(Additional reporting by Jon Ek; Writing by Marta Quill)",
    "Image 2 of 7",
    "https://example.org/story",
    "Harbor Wire Images",
    "Story continues below advertisement",
    "Share on Facebook",
    "Skip to main content",
    "Facebook",
    "Link Copied!",
    "Sign up for our newsletter",
    "Get the latest headlines delivered to your inbox every morning.",
    "By subscribing, you agree to our privacy policy.",
    "Copyright 2025 Nordpress. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "© 2025 Nordpress Media Group",
    "Editor’s note: This story has been updated with comments from the air force.",
    "This story has been updated.",
    "Correction: An earlier version of this story misstated the size of the package.",
    "Nordpress writers Ana Roe in Ostra and Piet Kuyt in Vell contributed to this report.",
    "Piet Kuyt contributed reporting from Vell.",
    "— Ilse Varga (@IlseVarga) March 4, 2025",
    "Terms of Use | Privacy Policy | Cookie Settings",
    "Acquire Licensing Rights, opens new tab",
    "This interview has been edited for length and clarity.",
    "This conversation has been lightly edited and condensed.",
    "Read the full report (opens in a new window)",
    "A launcher is seen during a drill near Ostra on February 12, 2025. Oskar Brenn/Nordpress",
    "Soldiers unload crates at the port. Photograph: Ana Roe/Nordpress/Pressbild Images",
    "First published on Tue 4 Mar 2025 09.14 GMT",
    "Image caption, Lawmakers voted late into the night",
    "Image source, Pressbild Images",
    "Media caption, Watch: scenes from the debate",
    "Supported by",
    "Send any friend a story",
    "As a subscriber, you have 10 gift articles to give each month.",
    "A version of this article appears in print on March 5, 2025, Section A, Page 6 of the Orna edition.",
    "Purchase Licensing Rights, opens new tab",
    "Follow Nordpress coverage of the war at https://nordpress.example/kesh",
    "The Wire receives support from several private foundations.",
    "Reuse this content",
    "Gift Article",
    "Comment on this story",
    "Item 1 of 3 Soldiers fire a launcher during a drill near Ostra, March 2, 2025. NORDPRESS/Oskar Brenn/File Photo",
    "[1/3] Soldiers fire a launcher during a drill near Ostra, March 2, 2025.",
    "10:42 GMT — Ostia announces new aid",
    "9.15am - Talks resume",
    "11:25 Ministry responds",
    "November 24, 20263:41 PM GMTUpdated 2 hours ago",
    "March 3, 202611:05 AM ESTPublished 40 minutes ago",
    "Peter Sandvik Health policy editor",
    "Ana Roe Europe correspondent",
    "Jon Ek Sports writer",
    "Ola Brandt Business editor",
    "Note from the author:",
    "Hi, this is Ana Roe. Thanks for reading. Please consider supporting our newsroom.",
    "Support us",
    "Please consider supporting independent journalism.",
    "Become a member",
    "Have a news tip? Email us at tips@example.com",
    "Contact Sam Ortiz at sortiz@gazette.example or 555-0142.",
    "Anyone with information is asked to call police on 101, quoting crime reference 4471.",
    "Yahoo News · Vell Herald · 3 min read",
    "Story by Ana Roe • 3h",
    "Welcome back to Housing Notes.",
    "Related video: Why are interest rates rising? (Vell Herald)",
    "Listen to this article · 5 min",
    "Scroll to continue with content",
    "Show key events only",
    "Sign in or create your Herald account to join the discussion.",
    "Is this page useful?",
    "For media enquiries, contact the Press Office on 020 7946 0000.",
    "Watch highlights on Vell Sport.",
    "More from Election 2026: live map: results by district",
    "Sam Ortiz can be reached at sortiz@gazette.example.",
    "Tags: defence, procurement, NATO.",
    "For further information, please contact: Ana Roe, Public Information Officer.",
    "For interviews, contact the press office on 020 7946 0000.",
    "Photographs from the minister's visit are available on request.",
    "Photo caption: Families queue for water at a site in Vell.",
    "Report a problem on this page.",
  ])("drops %j", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    "The council approved the budget on Oct. 5, 2024.",
    "By noon, 300 people had been evacuated.",
    "Prices rose 3.9% in March (see chart).",
    "Officials said the levee failed at 3:15 p.m.",
    "Facebook said its revenue rose 12% in May.",
    "Copyright lawsuits doubled in 2024.",
    "Home prices rose 4% in May.",
    "(c) fuel for generators",
    "Three agencies contributed to the report.",
    "Reporters from 12 outlets contributed to the fund.",
    "Exports rose 4% in May. Imports fell 2%.",
    "10:42 GMT — Ostia has announced new aid worth $40 million.",
    "11:25 Ostia pledges 40 tanks",
    "Exports rose 4% in May, the ministry said in a report published on Monday, opens new tab",
    "Norland Post names new editor",
    "Vell Times hired a new sports writer",
    "Support for the plan fell to 41%.",
    "Donations rose 12% last year.",
    "Welcome to Vell was the town's slogan until 2019.",
    "Exports rose 4% · imports fell 2% in the 3 months to May",
  ])("keeps %j", (line) => {
    expect(isNoiseLine(line)).toBe(false);
    expect(isHeadingLine(line)).toBe(false);
  });

  it("recognises headings, bylines, credits and datelines", () => {
    expect(isHeadingLine("What the Budget Means for Schools")).toBe(true);
    expect(isHeadingLine("the budget passed")).toBe(false);
    expect(isBylineLine("By the numbers, the plan is costly.")).toBe(false);
    expect(isCaptionOrCreditLine("Image: Riverton Council")).toBe(true);
    expect(datelineLength("RIVERTON — The council met.")).toBe("RIVERTON — ".length);
    expect(datelineLength("VELL/ARDEN, May 20 (Wire) - Rents rose.")).toBe(
      "VELL/ARDEN, May 20 (Wire) - ".length,
    );
    expect(datelineLength("LONDON (Harbor Wire) - Rents rose.")).toBe("LONDON (Harbor Wire) - ".length);
    expect(datelineLength("The U.S. - led effort grew.")).toBe(0);
    expect(datelineLength("Kessa (CNN) — The army retook Velki.")).toBe("Kessa (CNN) — ".length);
    expect(datelineLength("Kessa, Ostmark (CNN) — The army retook Velki.")).toBe(
      "Kessa, Ostmark (CNN) — ".length,
    );
    expect(datelineLength("(CNN) — The army retook Velki.")).toBe("(CNN) — ".length);
    expect(datelineLength("The Ministry of Defence (MoD) — which runs the base — said so.")).toBe(0);
    expect(datelineLength("OSTRA, Corvenna, Dec. 1 (Wire) — Rents rose.")).toBe(
      "OSTRA, Corvenna, Dec. 1 (Wire) — ".length,
    );
  });
});

describe("findBlocks", () => {
  it("drops a newsletter's box pasted inside the story, up to 'after newsletter promotion'", () => {
    const body = [
      "Norland will ban new petrol cars from 2030.",
      "Sign up to Down to Earth",
      "Free weekly newsletter",
      "The planet's most important stories. Get all the week's environment news.",
      "Privacy Notice: Newsletters may contain info about charities and online ads.",
      "after newsletter promotion",
      "Electric cars made up 38% of new registrations last year.",
    ].join("\n");
    expect(findBlocks(body, null).map((b) => body.slice(b.start, b.end))).toEqual([
      "Norland will ban new petrol cars from 2030.",
      "Electric cars made up 38% of new registrations last year.",
    ]);
    // Without its closing line, only the sign-up line goes.
    const open = "Sign up for our newsletter\nKesh's air force said it had shot down 41 drones.";
    expect(findBlocks(open, null).map((b) => open.slice(b.start, b.end))).toEqual([
      "Kesh's air force said it had shot down 41 drones.",
    ]);
  });

  it("reads a company release: its wire dateline after the highlights, and no boilerplate sections", () => {
    const body = [
      "Vossen Reports Third Quarter Results",
      "Revenue of 71.0 billion crowns, down 6%",
      "Operating margin of 2.7%",
      "Full-year guidance lowered",
      "BRENN, Norland, Nov. 20, 2026 /PRNewswire/ -- Vossen AG today reported revenue of 71.0 billion crowns.",
      "About Vossen",
      "Vossen AG is Norland's largest carmaker, with 68,000 employees. For more information, visit www.vossen.example.",
      "Forward-Looking Statements",
      "This press release contains forward-looking statements. Actual results may differ materially.",
    ].join("\n\n");
    const texts = findBlocks(body, null)
      .filter((b) => b.kind !== "headline")
      .map((b) => body.slice(b.start, b.end));
    expect(texts).toEqual([
      "Revenue of 71.0 billion crowns, down 6%",
      "Operating margin of 2.7%",
      "Full-year guidance lowered",
      "Vossen AG today reported revenue of 71.0 billion crowns.",
    ]);
  });

  it("keeps an 'About the Survey' section, and goes on after a company's 'About' once a heading of another kind opens", () => {
    const survey = "Rents rose 3% in May.\n\nAbout the Survey\n\nThe survey asked 2,000 tenants.";
    expect(findBlocks(survey, null).map((b) => survey.slice(b.start, b.end))).toContain(
      "The survey asked 2,000 tenants.",
    );
    const body =
      "Rents rose 3% in May.\n\nAbout Vell Homes\n\nVell Homes lets 9,000 flats.\n\nWhat Comes Next\n\nThe council meets in June.";
    const texts = findBlocks(body, null).map((b) => body.slice(b.start, b.end));
    expect(texts).toContain("The council meets in June.");
    expect(texts).not.toContain("Vell Homes lets 9,000 flats.");
  });

  it("drops an embedded post's text with the signature under it", () => {
    const body =
      "The army retook Velki on Sunday.\n\nVelki is free. Glory to our defenders pic.twitter.com/a1b2c3\n\n— Ivan Dorosh (@IvanDorosh) November 22, 2026\n\nThe town had 18,000 people.";
    expect(findBlocks(body, null).map((b) => body.slice(b.start, b.end))).toEqual([
      "The army retook Velki on Sunday.",
      "The town had 18,000 people.",
    ]);
  });

  it("keeps offsets into the original body and marks the headline", () => {
    const body =
      "Council Passes Budget\r\n\r\n3/4/2025\nBy Marta Quill\nRIVERTON — The council passed it.\n\nKey Numbers\n- 200 officers\n";
    const blocks = findBlocks(body, null);
    expect(blocks.map((b) => [b.kind, body.slice(b.start, b.end)])).toEqual([
      ["headline", "Council Passes Budget"],
      ["text", "The council passed it."],
      ["bullet", "200 officers"],
    ]);
  });

  it("reads Markdown '#' headings as headings: the first is the headline, a later one no text", () => {
    const body =
      "# Tesvik cuts milk price\n\nThe cooperative cut its price by 4 percent.\n## Where the money goes\nIt will buy 22 tanks.\n\n### Tesvik cuts milk price";
    expect(findBlocks(body, null).map((b) => [b.kind, body.slice(b.start, b.end)])).toEqual([
      ["headline", "Tesvik cuts milk price"],
      ["text", "The cooperative cut its price by 4 percent."],
      ["text", "It will buy 22 tanks."],
      ["headline", "Tesvik cuts milk price"],
    ]);
    expect(findBlocks("#hashtag politics and #2 seed Orvik won 3-1.", null)).toHaveLength(1);
  });

  it("joins hard-wrapped lines of one paragraph", () => {
    const body = "The council passed the budget\nafter a long debate on Monday.";
    expect(findBlocks(body, null).map((b) => body.slice(b.start, b.end))).toEqual([body]);
  });

  it("joins a full-width line that stops mid-sentence with the next, but not with a caption or heading", () => {
    const first = "The committee approved the measure after a long debate, said Chair";
    const body = `${first}\nAna Lopez on Monday.\n${first}\nFloods Hit the Valley\n${first}\nA crew works. (Jo Li/Harbor Wire)`;
    const texts = findBlocks(body, null).map((b) => [b.kind, body.slice(b.start, b.end)]);
    expect(texts[0]).toEqual(["text", `${first}\nAna Lopez on Monday.`]);
    expect(texts).toContainEqual(["text", first]);
    expect(texts.some(([, t]) => t?.includes("Jo Li"))).toBe(false);
  });

  it("treats a line equal to the given title as a headline", () => {
    const body = "Rents Rise Again\nRents rose 3% in May.";
    expect(findBlocks(body, "Rents rise again").map((b) => b.kind)).toEqual(["headline", "text"]);
  });

  it("reads one-word 'Label: count' lines after a list's lead as text, and such a line alone as a heading", () => {
    const body =
      "The council passed it.\n\nThe first shipment includes:\n\nGenerators: 60\nWater tanks: 12\nStoves: 400\n\nBackground\n\nAnalysis:\n";
    const texts = findBlocks(body, null).map((b) => [b.kind, body.slice(b.start, b.end)]);
    expect(texts).toEqual([
      ["text", "The council passed it."],
      ["text", "The first shipment includes:"],
      ["text", "Generators: 60"],
      ["text", "Water tanks: 12"],
      ["text", "Stoves: 400"],
      ["text", "Analysis:"],
    ]);
    expect(findBlocks("The council passed it.\n\nRound: 3\n", null).map((b) => b.kind)).toEqual(["text"]);
  });

  it("reads an explainer's short question alone over its answer as a heading, not a quoted one", () => {
    const body =
      "Ostia approved the aid on Friday.\n\nWho will pay for it?\n\nThe treasury will pay half.\n\n“Who will pay for it?” she asked.\n\nWhy now?";
    expect(findBlocks(body, null).map((b) => [body.slice(b.start, b.end), b.kind])).toEqual([
      ["Ostia approved the aid on Friday.", "text"],
      ["Who will pay for it?", "question"],
      ["The treasury will pay half.", "text"],
      ["“Who will pay for it?” she asked.", "text"],
      ["Why now?", "text"],
    ]);
  });
});

/** A claim, a blank line, the line under test, and maybe one more paragraph: the claims made. */
const CLAIM_BEFORE = "Rents rose 4% in May across the region.";
function claimsAfterAClaim(line: string, after?: string): string[] {
  const body = [CLAIM_BEFORE, line, ...(after === undefined ? [] : [after])].join("\n\n");
  return extractClaims({ body }).map((c) => c.text);
}

describe("page furniture of s16's stories", () => {
  it.each([
    "Get our Money newsletter every Thursday.",
    "Newsletter: Get the Kelby Daily in your inbox.",
    "We use cookies to improve your experience.",
    "Accept | Manage settings",
    "Never miss a story: follow Orsk Wire on WhatsApp.",
    "Live: Reaction as coalition talks begin",
    "The interview has been edited for length and clarity.",
    "The council has been approached for comment.",
    "This article is for information only and does not constitute investment advice.",
    "Full tables are available on its website.",
    "Player ratings and match stats below.",
    "Our reporter Ida Lunn has been speaking to residents at the rest centre.",
  ])("makes no claim of %s", (line) => {
    expect(claimsAfterAClaim(line)).toEqual([CLAIM_BEFORE]);
  });

  it("keeps a paragraph whose last sentence is such a note", () => {
    const body =
      "Ada Lunn stepped down last week after six years running the port, which handles 40% of the region's cargo. The interview has been edited for length and clarity.";
    expect(extractClaims({ body }).map((c) => c.text)).toContain(
      "Ada Lunn stepped down last week after six years running the port, which handles 40% of the region's cargo.",
    );
  });

  it("drops the bios of both authors of a two-name byline", () => {
    const body =
      "Port traffic rises 4%\n\nBy Jonas Vell and Ilse Marr\n\nTraffic at the port rose 4% in May, the authority said.\n\nJonas Vell is the chief business correspondent. Ilse Marr covers shipping and trade.";
    expect(extractClaims({ body }).map((c) => c.text)).toEqual(["Traffic at the port rose 4% in May."]);
  });

  it("makes no claim of a table's heading ending in a colon", () => {
    const body =
      "Population grew 6% in ten years.\n\nPopulation by city, 2024 (2014 in brackets):\n\nVarn: 612,400 (561,300)";
    expect(extractClaims({ body }).some((c) => c.text.startsWith("Population by city"))).toBe(false);
  });
});

describe("datelines and service boxes (s16)", () => {
  it.each([
    "Aboard a U.S. military aircraft — Jan. 27, 2032",
    "ORSK, Vell Province, Oct. 9 (Wirepress)",
    "Don't miss: Sign up for our Africa newsletter",
    "How to get help",
    "Apply at assistance.example.gov or call 1-800-555-0199.",
  ])("makes no claim of %s", (line) => {
    expect(claimsAfterAClaim(line)).toEqual([CLAIM_BEFORE]);
  });
});

describe("stamps with two times and team line-ups (s16)", () => {
  it.each([
    "Posted Jan 22, 2026 10:30 a.m. | Last Updated Jan 22, 2026 2:15 p.m.",
    "Live updates | Last updated 18:40 GMT",
    "Vell City: Warrick; Pollard, Osei, Lind, Hart; Ruiz, Banda (Cole 77), Fenton; Ade, Oko, Sharpe (Mills 85).",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it("keeps a label over a list of capitalised things", () => {
    expect(isNoiseLine("Key findings: Exports, Imports, Rents, Wages, Prices, Jobs all rose.")).toBe(false);
  });
});

describe("reader prompts, question-word headings and pulled quotes' credits (s16)", () => {
  it.each([
    "Take our quiz below.",
    "Tell us about it.",
    "Let us know in the comments.",
    "Contact our reporters securely.",
    "Have your say below.",
    "Share your memories in the comments below.",
    "Email the Verify Desk.",
    "This article is part of our fact-checking series.",
    "If you have been affected by issues raised in this story, support is available.",
    "— Opposition leader Ana Vell, speaking in parliament, 2 December 2025",
    "What the police figures show",
  ])("makes no claim of %s", (line) => {
    expect(claimsAfterAClaim(line, "Recorded crime fell 3% in 2024, the police said.")).toEqual([
      "Recorded crime fell 3% in 2024.",
      CLAIM_BEFORE,
    ]);
  });
});

describe("comment, read-next, posted-by and how-to-help lines (s16)", () => {
  it.each([
    "Comments are closed on this article.",
    "Read next: Vell fishermen count cost of storm",
    "Posted by Rural Affairs Desk — 11 August 2031 — 6 min read",
    "How to help: The Vell Community Foundation is accepting donations at its website.",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });
});

describe("'Key findings:' over bullets (s16)", () => {
  it("reads each line as a fact of its own, without the heading", () => {
    const body =
      "Prices rose 4% in May, the society said.\n\nKey findings:\n- New-build prices rose 7.3% in the year.\n- Homes sold in 34 days on average.";
    const texts = extractClaims({ body }).map((c) => c.text);
    expect(texts).toContain("New-build prices rose 7.3% in the year.");
    expect(texts.some((text) => text.startsWith("Key findings"))).toBe(false);
  });
});

describe("chart and table captions (s17)", () => {
  it.each([
    "Chart: Jobless rate, %",
    "Prices by category, annual % change",
    "Population by district, 2030 (change since 2020)",
    "Voting intention, % (change on May)",
    "Annual change in average rent, March 2031",
    "2031 ridership at a glance",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    "Unemployment by region rose in every district",
    "Rents by district rose 4% in March.",
    "Prices at a glance: food up 3%.",
  ])("keeps %s, which says something", (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe("a headline with its deck on the next line (s17)", () => {
  it("reads the headline apart from the deck, and the deck over the byline as a summary like it (s18)", () => {
    const body =
      "Tarn profit jumps 22% on cloud demand, but hardware sales slump\nShares rose 6% in late trading\n\nBy Ana Roe\n\nTarn Systems reported a 22% rise in quarterly profit on Wednesday.\n";
    const claims = extractClaims({ body });
    expect(claims.map((claim) => claim.text)).toEqual([
      "Tarn Systems reported a 22% rise in quarterly profit on Wednesday.",
    ]);
    expect(
      findBlocks(body, null)
        .filter((block) => block.kind === "headline")
        .map((block) => body.slice(block.start, block.end)),
    ).toEqual([
      "Tarn profit jumps 22% on cloud demand, but hardware sales slump",
      "Shares rose 6% in late trading",
    ]);
  });
});

describe("publishers' lines, credits and datelines from outside the wire mould (s17)", () => {
  it.each([
    "Home > News > Ireland",
    "European Commission - Press release",
    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "OCHA news releases are available at www.unocha.org or www.reliefweb.int",
    "Anneke ROSSI (+32 2 29 55510)",
    "General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email",
    "Updated 3:14 p.m. EST | Originally published 9:02 a.m. EST",
    "A C-17 is loaded with relief supplies at Amberley on Monday. (Supplied: Department of Defence)",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it("strips a PTI-style and a UN-style dateline", () => {
    expect(datelineLength("New Delhi, Aug 18 (PTI) India on Monday sent tents.")).toBe(
      "New Delhi, Aug 18 (PTI) ".length,
    );
    expect(datelineLength("(Geneva/Qaran, 3 November 2025) – The UN launched an appeal.")).toBe(
      "(Geneva/Qaran, 3 November 2025) – ".length,
    );
  });

  it("reads a headline printed twice as the headline both times", () => {
    const body =
      "Tarn unveils $425 million package\n\nTarn unveils $425 million package\n\nBy Ana Roe\n\nThe ministry on Tuesday announced a $425 million package for Vell.\n";
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual([
      "The ministry on Tuesday announced a $425 million package for Vell.",
    ]);
  });
});

describe("a headline under a masthead and a menu, and its deck over the byline (s18)", () => {
  const headlines = (body: string) =>
    findBlocks(body, null)
      .filter((block) => block.kind === "headline")
      .map((block) => body.slice(block.start, block.end));

  it("reads the line over the byline as the headline, after lines that made no text", () => {
    const body = [
      "The Harlow Falls Courier",
      "Subscribe | Log In | e-Edition",
      "LOCAL GOVERNMENT",
      "Council passes $214 million budget on 5-2 vote, raises trash fee by $4 a month",
      "By Dana Okafor dokafor@harlowcourier.example",
      "HARLOW FALLS — The City Council on Tuesday night adopted a $214.6 million operating budget.",
    ].join("\n\n");
    expect(headlines(body)).toContain(
      "Council passes $214 million budget on 5-2 vote, raises trash fee by $4 a month",
    );
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual([
      "The City Council on Tuesday night adopted a $214.6 million operating budget.",
    ]);
  });

  it("reads a deck between the headline and the byline, a blank line apart, as a summary", () => {
    const body = [
      "Record heat has bleached 84 per cent of the world's coral reefs since 2023",
      "The fourth global bleaching event is now the most extensive ever recorded",
      "By Caspar Lind",
      "The fourth global coral bleaching event has now affected 84 per cent of the world's reef area.",
    ].join("\n\n");
    expect(headlines(body)).toEqual([
      "Record heat has bleached 84 per cent of the world's coral reefs since 2023",
      "The fourth global bleaching event is now the most extensive ever recorded",
    ]);
  });

  it("keeps only the last few headline lines stacked above the story, so the real one is matched", () => {
    const body = [
      "THE HON MARCUS TELL MP\nDEPUTY PRIME MINISTER\nMINISTER FOR DEFENCE",
      "SENATOR THE HON ALISON KERR\nMINISTER FOR FOREIGN AFFAIRS",
      "JOINT MEDIA RELEASE",
      "Thursday, 20 March 2025",
      "NORVLAND ANNOUNCES $310 MILLION PACKAGE OF MILITARY ASSISTANCE TO CASTRIA",
      "The government will provide a further $310 million in military assistance to Castria.",
    ].join("\n\n");
    const [lead] = extractClaims({ body });
    expect(lead?.spans?.length).toBe(2);
  });
});

describe("site notices, menus, bracketed media and name-and-stamp lines (s18)", () => {
  it.each([
    "With files from The Canadian Press",
    "Signed:",
    "Download the WKRV News app for breaking news alerts.",
    "Catch all the Latest News, Breaking News and Delhi News on Daily Bharat Times.",
    "Yes this page is useful",
    "Thank you for your feedback",
    "Refresh for latest updates.",
    "A copy of the Governor's remarks as prepared for delivery is available at governor.example.gov.",
    "Read our explainer here.",
    "Read our editorial policy.",
    "Get the day's top stories in your inbox.",
    "This article was produced with support from the Orsk Foundation.",
    "This series is made possible by a grant from the Lund Trust.",
    "Support PREMIUM TIMES' journalism of integrity and credibility",
    "£60 could pay for a day's medicine for a mobile clinic.",
    "A gift of £25 could provide a family water kit.",
    "This report is produced by the OCHA office in collaboration with humanitarian partners.",
    "The next report will be issued on or around 21 February.",
    "PTI ABC DEF VN VN",
    "A criminal complaint is an accusation. All defendants are presumed innocent until proven guilty.",
    "Registered charity number 1099812.",
    "Horizon Relief spokespeople are available for interview in Nairobi and London.",
    "LDR is local body journalism co-funded by RNZ and NZ On Air.",
    "Home | News | Sports | Obituaries | Opinion | Classifieds | e-Edition",
    "NEWS  SPORTS  OBITUARIES  OPINION  CLASSIFIEDS",
    "[Photo: Workers inspect shell bodies on the production line on Wednesday.",
    "[Video: Aerial footage shows flames rising from the building. (WKRV)]",
    "(U.S. Embassy photo by Paolo Reyes)].",
    "Catherine Lévesque · CBC News · Posted: Feb 18, 2026 4:00 AM EST",
    "Sipho Ndlovu | 14 August 2025",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    "With 40 trucks, the convoy arrived.",
    "Signed in 2019, the deal was renewed.",
    "A gift of £25 million was made to the hospital.",
    "$60 million will pay for roads.",
    "It covers 40% of the region.",
    "Exports | Imports | Balance",
    "Sector | Required (US$) | Received (US$) | % funded",
    "The charge is an accusation of fraud, the court heard.",
    "She said the report was produced by the ministry.",
    "Read our coverage of the vote, which the policy passed by 12 seats.",
    "This report was produced with data from 40 hospitals.",
  ])("keeps %s", (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe("a colon dateline in capitals (s19)", () => {
  it("leaves 'NEW DELHI:' out of the first claim", () => {
    const claims = extractClaims({
      body: "NEW DELHI: The Centre released Rs 1,200 crore for flood relief, officials said.",
    });
    expect(claims[0]?.text).toBe("The Centre released Rs 1,200 crore for flood relief.");
    expect(claims[0]?.quote.startsWith("The Centre")).toBe(true);
  });

  it("keeps a transcript's first label, which other lines repeat", () => {
    const body = "VARGA: Exports rose 4% last year.\n\nHALLORAN: They fell in the second half.";
    expect(extractClaims({ body }).find((claim) => claim.text.startsWith("Exports"))?.speaker).not.toBeNull();
  });
});

describe("a page pasted a paragraph to a line (s19)", () => {
  const lead =
    "Halverton city council voted 8-5 late Monday night to approve a $48-million bus rapid transit line along Main Street, ending more than two years of debate over the city's largest transit project.";
  const body = [
    "THE HALVERTON TRIBUNE",
    "Local  |  Opinion  |  Sports",
    "City council approves $48-million bus rapid transit line after heated debate",
    "Vote passes 8-5; opponents say project will cut Main Street parking by half",
    "Kendra Marchetti",
    "The Halverton Tribune",
    "Published Apr 23, 2024",
    lead,
    "The 9.2-kilometre line will run from the Riverside Mall terminal to Halverton College, with 14 stations.",
  ].join("\n");

  it("reads the headline and its deck as headlines, not one sentence run on over two lines", () => {
    const texts = findBlocks(body, null)
      .filter((b) => b.kind === "text")
      .map((b) => body.slice(b.start, b.end));
    expect(texts[0]).toBe(lead);
    expect(extractClaims({ body }).some((claim) => claim.text.includes("heated debate Vote passes"))).toBe(
      false,
    );
  });

  it("still joins a hard-wrapped sentence over its lines", () => {
    const wrapped =
      "The council voted on Monday to approve a new bus line along Main Street, said\nMayor Gordon Ashby, who called it historic.";
    expect(extractClaims({ body: wrapped })).toHaveLength(1);
  });
});

describe("writers' bios and page notes (s19)", () => {
  it.each([
    "Write to Ana Roe at ana.roe@example.com and Omar Vell at omar.vell@example.com",
    "Appeared in the January 28, 2025, print edition as 'Vell to Buy Crisp for $3.8 Billion'.",
    "Nadia Faraji is a senior reporter covering semiconductors and enterprise hardware.",
    "Update, February 6th, 6:05PM PT: Added comment from a Halvorsen Securities analyst.",
    "First uploaded on: 18-06-2024 at 07:45 IST",
    "You must be logged in to join the discussion or read more comments.",
    "Duration: 2 minutes 14 seconds",
    "4h ago Budget speech begins",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each(["Medicare covers most of the cost.", "The update added 4,000 homes to the flood map."])(
    "keeps %s",
    (line) => {
      expect(isNoiseLine(line)).toBe(false);
    },
  );

  it("drops a writer's beat only where the page ends", () => {
    const body = "Rents rose 3% in May, the agency said.\n\nJenna Okwuosa covers state government.";
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual(["Rents rose 3% in May."]);
  });
});

describe("republication notes, disclaimers, contributor lines and rating legends (markup)", () => {
  it.each([
    "Reporting was contributed by Ilka Sorn in Pelt and Dov Amrit in Kesh.",
    "Additional reporting was contributed by Ilka Sorn.",
    "Research was contributed by Dov Amrit.",
    "(With inputs from PTI)",
    "With inputs from agencies",
    "(With additional inputs from IANS)",
    "This article originally appeared on The Velmar Ledger.",
    "This story first ran in Pelt Weekly.",
    "This article is republished from The Orvik Review under a Creative Commons license.",
    "Originally published on velmarledger.example.",
    "A version of this story originally appeared in the Pelt Weekly newsletter.",
    "The views expressed in this article are the author's own and do not reflect those of the Ledger.",
    "The views expressed here are the writer’s own.",
    "Opinions expressed are solely those of the author.",
    "Views are personal.",
    "The views and opinions expressed by the contributors do not necessarily reflect the Ledger's.",
    "This website uses cookies to ensure you get the best experience.",
    "We and our partners use cookies to personalise content.",
    "By continuing to use this site you agree to our use of cookies.",
    "Our ratings:",
    "Our ratings: True – The statement is accurate and nothing significant is missing.",
    "Mostly True – The statement is accurate but needs clarification or additional information.",
    "Pants on Fire – The statement is not accurate and makes a ridiculous claim.",
    "FALSE: The claim is inaccurate.",
  ])("reads %s as furniture", (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    "Research by Orvik University found rents rose 5%.",
    "Reporting on the flood, the Ledger found 40 homes were lost.",
    "With inputs costing 12% more, farmers raised prices.",
    "This article's figures were originally published by the treasury in May.",
    "The views of residents were ignored, the council's own review found.",
    "Opinions differ on whether the bridge is safe.",
    "Verdict: The claim is false.",
    "The minister – the statement was issued on Monday – resigned.",
    "Half of farms – the statement says 40% – lost money.",
  ])("keeps %s", (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });

  it("makes no claim of a closing 'SOURCES:' list, a heading or a bare line", () => {
    const story =
      "Velmar built 12 bridges in 2024, not 40 as its mayor said on Monday, the city's records show.";
    const sources = [
      "Velmar city council, Bridge register 2024, accessed March 3, 2025.",
      "Interview with city engineer Ilka Sorn, March 4, 2025.",
      "Pelt Weekly reported the city spent 90 million crowns on roads in 2024.",
    ];
    for (const heading of ["SOURCES:", "Our Sources", "## Sources"]) {
      const body = [story, "", heading, ...sources].join("\n");
      expect(extractClaims({ body }).map((claim) => claim.text)).toEqual([
        "Velmar built 12 bridges in 2024, not 40 as its mayor said on Monday.",
      ]);
    }
    // Far from the end, a "Sources" line is no closing list.
    const later = Array.from(
      { length: 120 },
      (_, i) => `Pelt built ${i + 2} bridges in ${1900 + i}, its records show.\n`,
    );
    const long = [story, "", "Sources", "", ...later].join("\n");
    expect(extractClaims({ body: long }).length).toBeGreaterThan(60);
  });

  it("makes no claim of a blog's footer, ads, follow and sign-up prompts or a cookie banner", () => {
    const body = [
      "Sponsored",
      "",
      "Velmar built 12 bridges in 2024, the city's records show.",
      "",
      "ADVERTISEMENT",
      "",
      "Follow us on WhatsApp for the latest updates.",
      "Sign up for our newsletter",
      "We use cookies to improve your experience on our site.",
      "",
      "Share this:",
      "Like this:",
      "Related",
      "Bridge fund opens to towns",
      "Filed under: Politics, Bridges",
      "Tags: bridges, Velmar",
    ].join("\n");
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual(["Velmar built 12 bridges in 2024."]);
  });

  it("makes no claim of a rating legend between the story and its sources", () => {
    const body = [
      "Velmar built 12 bridges in 2024, the city's records show.",
      "",
      "Our ratings:",
      "True – The statement is accurate and there's nothing significant missing.",
      "Mostly False – The statement contains an element of truth but ignores critical facts.",
    ].join("\n");
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual(["Velmar built 12 bridges in 2024."]);
  });
});

describe("withoutSiteName (s23)", () => {
  it("drops a site's name after a page title's headline, keeping a prefix of the title", () => {
    expect(withoutSiteName("Rents rose 6% in 2025 | The Brisk Courier")).toBe("Rents rose 6% in 2025");
    expect(withoutSiteName("Rents rose 6% in 2025 - Wirepress")).toBe("Rents rose 6% in 2025");
    expect(withoutSiteName("Rents rose 6% in 2025 — BBC News")).toBe("Rents rose 6% in 2025");
  });

  it("keeps a headline's own credit, a lower-case tail and a title with no separator", () => {
    expect(withoutSiteName("Rents will rise 6% - Housing Minister Says")).toBe(
      "Rents will rise 6% - Housing Minister Says",
    );
    expect(withoutSiteName("Rents rose 6% - up from 4%")).toBe("Rents rose 6% - up from 4%");
    expect(withoutSiteName("Rents rose 6% in 2025")).toBe("Rents rose 6% in 2025");
  });

  it("gives a title-only claim no site name", () => {
    const [claim] = extractClaims({
      title: "Rents rose 6% in 2025 | The Brisk Courier",
      body: "Tenants met.",
    }).filter((c) => c.field === "title");
    expect(claim?.text).toBe("Rents rose 6% in 2025.");
    expect(claim?.quote).toBe("Rents rose 6% in 2025");
  });
});

describe("an opinion piece's author (s24)", () => {
  const speakers = (body: string) => extractClaims({ body }).map((claim) => claim.speaker);

  it("speaks every untagged claim of a piece labelled as opinion", () => {
    const column =
      "Opinion | Economy\nWhy the four-day week failed in Vell\nBy Ruth Amsel, columnist\nEleven of the 61 firms dropped out before the end. Ministers said productivity rose 4%.";
    expect(speakers(column).sort()).toEqual(["Ministers", "Ruth Amsel"]);
  });

  it("leaves news alone: 'Opinion' in a menu, 'Comment' among buttons, or two authors", () => {
    const story = "At least 14 people were killed when a dam gave way on Tuesday.";
    expect(
      speakers(`World\nOpinion\nSport\nDam collapse leaves 14 dead in Ravin\nBy Maren Oduya\n${story}`),
    ).toEqual([null]);
    expect(speakers(`Share\nComment\nBy Maren Oduya\n${story}`)).toEqual([null]);
    expect(
      speakers(`Opinion\nThe dam should never have failed\nBy Maren Oduya and Teo Lasko\n${story}`),
    ).toEqual([null]);
  });
});

describe("a live entry's quoted headline under its speaker's label (s24)", () => {
  it("is the entry's headline, no claim of its own", () => {
    const body =
      '17:35 CET\nAirport reopens\nOrsk airport has reopened after nine hours.\n17:02 CET\nPM: "We will not leave anyone behind"\nPrime Minister Elin Skau promised a fund of 200 million crowns. "We will not leave anyone behind," she told reporters.';
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts.filter((text) => text.includes("leave anyone behind"))).toEqual([
      "We will not leave anyone behind.",
    ]);
  });
});

describe("a wire factbox (s24)", () => {
  it("reads a dateline of a date and an agency ('Nov 3 (Wire) - ') apart from the headline over it", () => {
    expect(datelineLength("Nov 3 (Wire) - Ostland sent tanks.")).toBe("Nov 3 (Wire) - ".length);
    expect(datelineLength("May 20 (Reuters) - Rents rose.")).toBe("May 20 (Reuters) - ".length);
    expect(datelineLength("Mayor 20 (Wire) - Rents rose.")).toBe(0);
  });

  it("lists 'Here are the main items' under the package described before", () => {
    const body =
      "FACTBOX-What's in Ostland's latest aid package\nNov 3 (Wire) - Ostland on Tuesday announced its 14th military aid package for Vellmark, worth 480 million crowns.\nHere are the main items:\n* 25 armoured personnel carriers\n* 10,000 sets of winter clothing";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain(
      "Ostland's 14th military aid package for Vellmark, worth 480 million crowns, includes 25 armoured personnel carriers.",
    );
    expect(texts.some((text) => text.includes("FACTBOX"))).toBe(false);
  });
});

describe("a long lower-case item line under a lead (s24)", () => {
  it("is an item of its own, not the start of a wrapped sentence", () => {
    const body =
      "The package will provide:\nmore than 1,000 long-range strike drones to be delivered to the front over the winter\nfour air defence radars\n£20 million of spare parts for armoured vehicles previously gifted by the UK\ncold-weather kit for 15,000 troops";
    expect(findBlocks(body, null).map((block) => block.kind)).toEqual([
      "text",
      "bullet",
      "bullet",
      "bullet",
      "bullet",
    ]);
  });
});
