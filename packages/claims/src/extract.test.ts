import { describe, expect, it } from "vitest";
import * as fixtures from "./__fixtures__/articles";
import {
  ARLA_FUNDING,
  ARMS_TRANCHE,
  BELKA_THERE_ARE,
  BRASK_AID,
  BRAVIK_BUDGET,
  CITY_BUDGET,
  COURT_AND_SPORTS,
  DORNE_TRANCHE,
  DRAWDOWN_NOTICE,
  DUNMARK_THANKS,
  ELMSTAD_TOWN_HALL,
  FENNA_RELIEF,
  GARN_FACT_SHEETS,
  HALDEN_SHIPMENT,
  HARBOR_FEES,
  HARBOR_STRIKE,
  HEALTH_REPORT,
  HOLM_CONVOY,
  ISKA_GRANT,
  ISLAND_PACKAGE,
  KESLO_WATER,
  KOLVA_GRANT,
  KORRA_WINTER,
  LAKEMOOR_BUDGET,
  LEVEE_PLAN,
  LORN_SUPPLIES,
  MARRA_DEAL,
  MERO_QUOTE,
  NESSA_PAIRS,
  NORRBY_RALLY,
  ORVIK_AID,
  OSTMARK_PACKAGE,
  PIRRA_REBUILD,
  PRAVA_TRANCHE,
  QUERN_QUOTES,
  RAVNO_AID,
  RELIEF_PACKAGE,
  SELVA_ARMS,
  SKELD_ANNOUNCEMENT,
  SOLBY_BUDGET,
  STORM_REPAIRS,
  TARVO_LATEST,
  TASKO_RELIEF,
  TOLLAN_PACKAGE,
  TUVA_BUDGET,
  VALDORIA_WIRE,
  VARNHOLM_BUDGET,
  VESK_FLOODS,
  WARD_AUDIT,
  WELLO_KITS,
  WINTER_AID,
} from "./__fixtures__/articles";
import { extractClaims } from "./index";
import { CHECKWORTHY_THRESHOLD } from "./score/index";
import type { ExtractedClaim } from "./types";

function find(claims: ExtractedClaim[], text: string): ExtractedClaim {
  const claim = claims.find((c) => c.text === text);
  if (claim === undefined) throw new Error(`missing claim: ${text}\n${claims.map((c) => c.text).join("\n")}`);
  return claim;
}

/** One test per [claim text, speaker] row. */
function itCreditsEach(claims: ExtractedClaim[], rows: Array<[string, string]>): void {
  it.each(rows)("%s → %s", (text, speaker) => {
    expect(find(claims, text).speaker).toBe(speaker);
  });
}

/** The article's claims, with tests that their offsets are exact and that each row's speaker is credited. */
function itAttributes(body: string, rows: Array<[string, string]>): ExtractedClaim[] {
  const claims = extractClaims({ body });
  it("keeps exact offsets", () => expectExactOffsets(body, claims));
  itCreditsEach(claims, rows);
  return claims;
}

/** Each item reads "<lead> <item>." and spans exactly its own words. */
function expectItemsOwnSpans(claims: ExtractedClaim[], lead: string, items: string[]): void {
  for (const item of items) expect(find(claims, `${lead} ${item}.`).quote).toBe(item);
}

function expectExactOffsets(body: string, claims: ExtractedClaim[]): void {
  for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
}

/** The [text, quote] of each claim a sentence was decomposed into (items and clauses), in body order. */
function itemClaimsOf(body: string): string[][] {
  return extractClaims({ body })
    .filter((claim) => claim.parentId !== null)
    .sort((a, b) => a.start - b.start)
    .map((claim) => [claim.text, claim.quote]);
}

describe("extractClaims on a scraped relief-package article", () => {
  const claims = extractClaims({ body: RELIEF_PACKAGE });
  const byText = (text: string) => find(claims, text);

  it("keeps exact offsets for every claim and span", () => {
    for (const claim of claims) {
      expect(RELIEF_PACKAGE.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(claim.spans[0]).toEqual({ start: claim.start, end: claim.end });
    }
  });

  it("emits nothing from captions, credits, timestamps, player residue or headings", () => {
    for (const claim of claims) {
      expect(claim.quote).not.toMatch(/Tomas Berg|3\/4\/2025|^Updated|^0:00|^Relief Details/);
    }
  });

  it("splits coordinated predicates and attributes them to the organisation", () => {
    const first = byText("Norland is expanding flood relief for its coastal provinces.");
    const second = byText("Norland sends engineers to rebuild damaged levees.");
    expect([first.speaker, second.speaker]).toEqual(["the Finance Ministry", "the Finance Ministry"]);
    expect(second.quote).toBe("sends engineers to rebuild damaged levees");
    expect(first.parentId).toBe(second.parentId);
  });

  it("merges the repeated headline into the claim it summarises", () => {
    const first = byText("Norland is expanding flood relief for its coastal provinces.");
    expect(first.spans.length).toBeGreaterThanOrEqual(2);
    const headlines = first.spans.slice(1).map((s) => RELIEF_PACKAGE.slice(s.start, s.end));
    expect(headlines.every((h) => h.startsWith("Norland Expands Flood Relief"))).toBe(true);
    expect(first.checkworthy).toBe(true); // the headline's claim is the article's central claim
  });

  it("makes each package item its own claim naming the package, with the item's span", () => {
    const items = [
      "fuel subsidies for farmers",
      "500 electric buses",
      "free school meals",
      "12 kV power cables",
      "33 kV power cables",
      "water purification units",
      "mobile clinics",
      "40,000 tents",
      "two field hospitals",
      "winter clothing",
    ];
    for (const item of items) {
      const claim = byText(`The new relief package worth $2.3 billion announced March 3 includes ${item}.`);
      expect(claim.speaker).toBe("the Finance Ministry");
      expect(claim.parentId).not.toBeNull();
      expect(claim.quote.toLowerCase()).toContain(item.split(" ")[0]?.toLowerCase());
    }
  });

  it("attributes quotes, follow-up quotes, 'added that' and cited claims", () => {
    expect(byText("The coastal economy cannot recover without this money.").speaker).toBe("Ana Ferreira");
    expect(byText("We are moving as fast as we can.").speaker).toBe("Ana Ferreira");
    expect(byText("The provinces had requested the aid in January.").speaker).toBe("Ana Ferreira");
    const cited = byText("Prime Minister Lena Osk claimed that the floods were the worst in a century.");
    expect([cited.speaker, cited.reportedBy]).toEqual(["Lena Osk", "Piet Varn"]);
    expect(byText("I hope the money arrives before the next storm.").speaker).toBe("Piet Varn");
    expect(byText("The floods have displaced 48,000 people since mid-February.").speaker).toBeNull();
  });

  it("ranks list items and facts above opinions, and sorts by score", () => {
    const opinion = byText("This is a wise investment in our future.");
    const lowestItem = Math.min(...claims.filter((c) => c.parentId !== null).map((c) => c.score));
    expect(opinion.score).toBeLessThan(lowestItem);
    expect(opinion.checkworthy).toBe(false);
    const scores = claims.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("extractClaims on other list and attribution styles", () => {
  it("handles bylines, datelines, semicolon lists and bullet lists", () => {
    const claims = extractClaims({ body: CITY_BUDGET });
    expect(claims.some((c) => /Marta Quill|3:15/.test(c.quote))).toBe(false);
    find(
      claims,
      "The Riverton City Council approved a $310 million budget for 2025 on Monday by a vote of 7 to 2.",
    );
    expect(
      find(claims, "The $310 million budget for 2025 allocates $25 million to road repairs.").quote,
    ).toBe("$25 million to road repairs");
    // "The spending plan" is the budget described before.
    const bullet = find(claims, "The $310 million budget for 2025 includes 200 new police officers.");
    expect(bullet.quote).toBe("200 new police officers");
    expect(find(claims, "It is a responsible budget that keeps taxes flat.").speaker).toBe("Dana Whitfield");
  });

  it("handles 'according to', 'including' lists and 'said X' with an appositive", () => {
    const claims = extractClaims({ body: HEALTH_REPORT });
    expect(find(claims, "Flu cases rose 18% in January compared with December.").speaker).toBe(
      "the National Health Agency",
    );
    find(claims, "The agency recorded 12,400 hospital admissions, including 3,100 adults over 65.");
    expect(find(claims, "Most patients recover within a week.").speaker).toBe("Samuel Okoro");
    expect(find(claims, "The vaccine was 62% effective this season.").speaker).toBe("Samuel Okoro");
  });

  it("handles judges, senators with party tags, surnames and independent clauses", () => {
    const claims = extractClaims({ body: COURT_AND_SPORTS });
    const ruling = find(claims, "The city’s 14% water rate increase violated state law.");
    expect(ruling.speaker).toBe("Maria J. Okafor");
    expect(ruling.spans).toHaveLength(2); // with the headline
    expect(find(claims, "The city would appeal the decision.").speaker).toBe("Paul Delgado");
    expect(find(claims, "The rate increase was necessary to replace aging pipes.").speaker).toBe(
      "Paul Delgado",
    );
    expect(find(claims, "The squad includes defender Tom Ruiz.").quote).toBe("defender Tom Ruiz");
    expect(find(claims, "We played with heart.").speaker).toBe("Ines Varga");
  });

  it("handles mid-sentence tags, appositives, organisation references and subject lists", () => {
    const claims = extractClaims({ body: HARBOR_FEES });
    const cut = find(
      claims,
      "The Portville Harbor Authority will cut docking fees by 15% starting in April, after cargo volumes fell for a third straight quarter.",
    );
    expect(cut.speaker).toBe("officials");
    expect(find(claims, "Container traffic dropped 8.2% in 2024 to 1.4 million units.").speaker).toBe(
      "the Portville Harbor Authority",
    );
    expect(find(claims, "It was a giveaway to shipping giants.").speaker).toBe("Alan Choi");
    expect(find(claims, "We are cutting revenue while debt payments are rising.").speaker).toBe("Alan Choi");
    expect(find(claims, "Mia Lund supports the decision.").speaker).toBe("Mia Lund");
    expect(find(claims, "We have to stay competitive.").speaker).toBe("Grace Mbeki");
    expect(find(claims, "Shipping lines including Eastwind have asked for further discounts.").quote).toBe(
      "Eastwind",
    );
    expect(claims.some((c) => /Lena Ortiz|Published|Copyright|PORTVILLE/.test(c.quote))).toBe(false);
  });

  it("turns a numbered list after a colon into items and attributes verbs of praise", () => {
    const body = [
      "The report made three recommendations:",
      "1. Hire 40 reading specialists by September.",
      "2. Extend the school day by 30 minutes.",
      "",
      "Education Secretary Linda Park praised the report in a post on Monday.",
    ].join("\n");
    const claims = extractClaims({ body });
    const item = find(
      claims,
      "The report made three recommendations: hire 40 reading specialists by September.",
    );
    expect(item.quote).toBe("Hire 40 reading specialists by September.");
    expect(item.parentId).not.toBeNull();
    expect(
      find(claims, "Education Secretary Linda Park praised the report in a post on Monday.").speaker,
    ).toBe("Linda Park");
  });

  it("merges a standfirst into the body sentence it restates", () => {
    const body = [
      "City Closes Harbor Ferry Line",
      "",
      "Mayor Ana Diaz said the closure reflects falling ridership on the harbor line.",
      "",
      "The ferry carried its last passengers on Sunday after 60 years of service.",
      "",
      "Ms. Diaz said the closure reflects years of falling ridership on the harbor line, which lost 40% of riders.",
    ].join("\n");
    const claims = extractClaims({ body });
    const restated = claims.find((c) => c.text.startsWith("The closure reflects years"));
    expect(restated?.spans).toHaveLength(2);
    expect(restated?.speaker).toBe("Ana Diaz");
    expect(claims.some((c) => c.text.startsWith("The closure reflects falling"))).toBe(false);
  });

  it("merges a short key-points line with a figure into the body sentence it restates (s23)", () => {
    const body = [
      "Key points",
      "- 42,000 homes without power",
      "- Schools closed in three provinces",
      "",
      "The grid operator says 42,000 homes are without power, most of them near the coast.",
      "",
      "Crews expect to restore power to 4,000 homes without delay.",
    ].join("\n");
    const claims = extractClaims({ body });
    const restated = claims.find((c) => c.text.startsWith("42,000 homes are without power"));
    expect(restated?.spans).toHaveLength(2);
    expect(claims.some((c) => c.text === "42,000 homes without power.")).toBe(false);
    // The figure must be repeated as written: 4,000 homes is another claim.
    expect(claims.find((c) => c.text.startsWith("Crews expect"))?.spans).toHaveLength(1);
  });

  it("does not merge an early claim into a later one by another speaker that shares its words", () => {
    const body = [
      "Minister Eva Lund said no patient waited more than a year for surgery.",
      "",
      "Opposition leader Karl Brask disagreed.",
      "",
      "“More than 6,000 patients have waited longer than a year for surgery,” Brask said.",
    ].join("\n");
    const claims = extractClaims({ body });
    expect(claims.find((c) => c.text.startsWith("No patient"))?.speaker).toBe("Eva Lund");
    expect(claims.find((c) => c.text.startsWith("More than"))?.spans).toHaveLength(1);
  });

  it("handles appositive lists, 'wrote for' tags and an organisation's 'it'", () => {
    const body = [
      "“The statute allows it,” Judge Helen Ashby wrote for the majority.",
      "Coastal Energy Group said it was reviewing the decision.",
      "Environmental groups, including Save Marlow Bay and the Harbor Fishers Alliance, praised the ruling.",
    ].join("\n\n");
    const claims = extractClaims({ body });
    expect(find(claims, "The statute allows it.").speaker).toBe("Helen Ashby");
    expect(find(claims, "Coastal Energy Group was reviewing the decision.").speaker).toBe(
      "Coastal Energy Group",
    );
    const item = find(
      claims,
      "Environmental groups, including the Harbor Fishers Alliance, praised the ruling.",
    );
    expect(item.quote).toBe("the Harbor Fishers Alliance");
  });

  it("does not repeat a headline given as the title", () => {
    const body = "Rents Rise 3% in May\n\nRents rose 3% in May, the housing agency said.";
    const claims = extractClaims({ title: "Rents Rise 3% in May", body });
    expect(claims).toHaveLength(1);
    expect(claims[0]?.spans).toEqual([
      { start: body.indexOf("Rents rose"), end: body.length },
      { start: 0, end: "Rents Rise 3% in May".length },
    ]);
  });

  it("adds a separate title as a title span of the body claim it summarises", () => {
    const title = "Dalton Board Votes to Hire 40 New Teachers";
    const body =
      "The Dalton school board met on Tuesday night.\n\nThe board voted 5-2 to hire 40 new teachers for the fall.";
    const claims = extractClaims({ title, body });
    const hiring = find(claims, "The board voted 5-2 to hire 40 new teachers for the fall.");
    expect(hiring.field).toBe("body");
    expect(hiring.spans).toEqual([
      { start: hiring.start, end: hiring.end },
      { start: 0, end: title.length, field: "title" },
    ]);
    expect(hiring.checkworthy).toBe(true);
    expect(claims.every((c) => c.field === "body")).toBe(true);
  });

  it("makes a claim of a separate title the body does not repeat, anchored in the title", () => {
    const title = "  State Cuts School Aid by $12 Million, Governor Says ";
    const body =
      "The Dalton school board met on Tuesday night.\n\nParents packed the meeting room for three hours.";
    const claims = extractClaims({ title, body });
    const fromTitle = claims.filter((c) => c.field === "title");
    expect(fromTitle).toHaveLength(1);
    const [claim] = fromTitle;
    expect(claim?.text).toBe("State Cuts School Aid by $12 Million.");
    expect(claim?.quote).toBe("State Cuts School Aid by $12 Million");
    expect(title.slice(claim?.start, claim?.end)).toBe(claim?.quote);
    expect(claim?.spans).toEqual([{ start: claim?.start, end: claim?.end, field: "title" }]);
    expect(claim?.speaker).toBe("Governor");
    // Body claims keep their body offsets.
    for (const c of claims.filter((c) => c.field === "body"))
      expect(body.slice(c.start, c.end)).toBe(c.quote);
    // A title that is no claim ("Budget Woes") adds nothing.
    expect(extractClaims({ title: "Budget Woes", body })).toEqual(extractClaims({ body }));
  });

  it("emits a sentence repeated in the body once, with both spans", () => {
    const sentence = "The port handled 2.1 million containers in 2024.";
    const claims = extractClaims({ body: `${sentence}\n\nOther news followed here today.\n\n${sentence}` });
    const repeated = claims.filter((c) => c.text === sentence);
    expect(repeated).toHaveLength(1);
    expect(repeated[0]?.spans).toHaveLength(2);
  });

  it("drops page prompts but keeps sentences that merely start with the same words", () => {
    const body =
      "Subscribe to our newsletter for updates.\n\nSubscribers to the service rose 10% in May.\n\nCopyright lawsuits doubled in 2024, the court said.";
    const texts = extractClaims({ body }).map((c) => c.text);
    expect(texts).toContain("Subscribers to the service rose 10% in May.");
    expect(texts).toContain("Copyright lawsuits doubled in 2024.");
    expect(texts.some((t) => t.startsWith("Subscribe to"))).toBe(false);
  });

  it("returns an empty list for malformed input instead of throwing", () => {
    expect(extractClaims({ body: "" })).toEqual([]);
    expect(extractClaims(null as unknown as { body: string })).toEqual([]);
    expect(extractClaims({ body: 42 } as unknown as { body: string })).toEqual([]);
  });
});

describe("extractClaims on bulleted and inverted lists, and tags around quotes", () => {
  const claims = extractClaims({ body: ARMS_TRANCHE });
  const byText = (text: string) => find(claims, text);
  const tranche = "The new security assistance tranche worth 640 million crowns";

  it("keeps exact offsets for every claim", () => {
    for (const claim of claims) expect(ARMS_TRANCHE.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("names the described thing in each bullet after a bare lead-in, without the list's '; and'", () => {
    const bullets = [
      "six mobile air defense launchers",
      "18 armored ambulances",
      "12,000 rounds of 120mm mortar ammunition",
      "field radios",
      "thermal sights",
    ].map((item) => byText(`${tranche} contains ${item}.`));
    expect(bullets.map((claim) => claim.quote)).toEqual([
      "six mobile air defense launchers",
      "18 armored ambulances",
      "12,000 rounds of 120mm mortar ammunition",
      "field radios",
      "thermal sights",
    ]);
    expect(new Set(bullets.map((claim) => claim.parentId)).size).toBe(1);
    expect(bullets[0]?.parentId).not.toBeNull();
    // Scored as the whole list, not as the bare lead-in.
    for (const claim of bullets) expect(claim.checkworthy).toBe(true);
    expect(claims.some((claim) => /\band\.$|rounds of and/.test(claim.text))).toBe(false);
  });

  it("reads paragraphs under an explainer's question heading as the things it asks about", () => {
    const body = [
      "Norland on Wednesday unveiled a 3.4 billion crown package of military aid for Kessia.",
      "What does the package include?",
      "Air defence: two launchers and 120 missiles.",
      "Artillery: 30,000 shells and six howitzers.",
    ].join("\n\n");
    const lead = "The 3.4 billion crown package of military aid for Kessia includes";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    for (const item of ["two launchers", "120 missiles", "30,000 shells", "six howitzers"])
      expect(texts).toContain(`${lead} ${item}.`);
    expect(texts.some((text) => text.includes("?") || text.startsWith("Artillery"))).toBe(false);
    // "What does it include?": the package, not the aid inside its description.
    const asked = extractClaims({
      body: body.replace("What does the package include?", "What does it include?"),
    });
    expect(asked.map((claim) => claim.text)).toContain(`${lead} two launchers.`);
  });

  it("reads bullets after a lead that is the second of two clauses ('… will arrive in May and consists of:')", () => {
    const body = [
      "The government announced a 2.8 billion crown winter package for Kessia.",
      "The package will be delivered before the end of February and consists of the following:",
      "• 24 mobile power generators;",
      "• 150,000 winter jackets; and",
      "• funding for 12 field kitchens.",
      "Of the total, 1.1 billion crowns will be channelled through the United Nations.",
    ].join("\n\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    const lead = "The 2.8 billion crown winter package for Kessia";
    expect(texts).toEqual(
      expect.arrayContaining([
        `${lead} will be delivered before the end of February.`,
        `${lead} includes 24 mobile power generators.`,
        `${lead} includes 150,000 winter jackets.`,
        `${lead} includes funding for 12 field kitchens.`,
        // The total is the package's, not the last item's.
        `Of the 2.8 billion crown winter package for Kessia, 1.1 billion crowns will be channelled through the United Nations.`,
      ]),
    );
    expect(texts.some((text) => text.includes("the following"))).toBe(false);
  });

  it("turns 'Also included are ...' into a claim about the latest described thing", () => {
    const claim = byText(`${tranche} includes bridging equipment and spare parts for older tanks.`);
    expect(claim.speaker).toBe("a ministry spokeswoman");
    expect(claim.quote).toBe("bridging equipment and spare parts for older tanks");
  });

  it("names the owner of 'main provisions' bullets", () => {
    byText(`${tranche} includes training for 300 Ostmark medics.`);
    byText(`${tranche} includes a maintenance depot near the border.`);
  });

  it("reads a tag with a party appositive and an adverbial after a quotation", () => {
    expect(byText("Farm income fell by a third in two years.").speaker).toBe("Petra Holm");
  });

  it("resolves 'he' to the person the previous sentence was about", () => {
    expect(byText("Most of the money would go to large contractors.").speaker).toBe("Otto Brandt");
  });

  it("reads 'Per X,' as a source and steps over 'in a 2024 report' after the verb", () => {
    const deficit = byText(`${tranche} would add 400 million crowns to this year's deficit.`);
    expect(deficit.speaker).toBe("the Parliamentary Budget Office");
    const storm = byText("A major storm would cause 90 million crowns in damage.");
    expect(storm.speaker).toBe("the Harbor Engineering Corps");
  });
});

describe("extractClaims on a series of objects", () => {
  it("makes one claim per object, each naming the plan described before", () => {
    const claims = extractClaims({ body: LEVEE_PLAN });
    const plan = "The $31 million flood defense plan will pay for";
    const objects = [
      "a 2-mile levee along the Tern River",
      "three new pumping stations",
      "the buyout of 85 homes in the floodplain",
    ];
    const items = objects.map((item) => find(claims, `${plan} ${item}.`));
    expect(items.map((claim) => claim.quote)).toEqual(objects);
  });

  it("splits a series of independent clauses, each keeping the shared opening and naming the plan", () => {
    const claims = extractClaims({ body: LEVEE_PLAN });
    const under = "Under the $31 million flood defense plan,";
    const quotes = [
      "homeowners will receive buyout offers by June",
      "the river wall will be raised by two feet",
      "three schools will get flood barriers",
    ];
    const clauses = quotes.map((clause) => find(claims, `${under} ${clause}.`));
    expect(clauses.map((claim) => claim.quote)).toEqual(quotes);
    expect(new Set(clauses.map((claim) => claim.parentId)).size).toBe(1);
    find(
      claims,
      "The $31 million flood defense plan would raise property taxes by an average of $60 a year.",
    );
  });

  it("names the thing for a series whose subject opens with 'That', 'These' or 'Its'", () => {
    const body = [
      "The cabinet announced new sanctions worth $2 billion on Valdoria on May 2.",
      "These sanctions target 40 banks, 12 oil firms and three ports.",
      "The Halden council approved a $9 million harbor plan on Friday.",
      "That plan will pay for a sea wall, two cranes and a ferry dock.",
      "Its plan also raises mooring fees by 4 percent.",
    ].join("\n\n");
    const claims = extractClaims({ body });
    const sanctions = "The new sanctions worth $2 billion announced May 2 target";
    for (const item of ["40 banks", "12 oil firms", "three ports"]) find(claims, `${sanctions} ${item}.`);
    const plan = "The $9 million harbor plan";
    for (const item of ["a sea wall", "two cranes", "a ferry dock"])
      find(claims, `${plan} will pay for ${item}.`);
    find(claims, `${plan} also raises mooring fees by 4 percent.`);
  });
});

describe("extractClaims on relative-clause and pronoun-led lists", () => {
  const claims = extractClaims({ body: ISLAND_PACKAGE });
  const byText = (text: string) => find(claims, text);
  const pkg = "The $250 million maritime security package for Corvenna";

  it("keeps exact offsets for every claim", () => {
    for (const claim of claims) expect(ISLAND_PACKAGE.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("splits 'X, which includes A and B, is …' into items and the main clause", () => {
    expect(byText(`${pkg} includes 30 coastal drones.`).quote).toBe("30 coastal drones");
    expect(byText(`${pkg} includes 8 fast patrol boats.`).quote).toBe("8 fast patrol boats");
    const main = byText(`${pkg} is the largest since 2015.`);
    expect(main.speaker).toBe("a Foreign Office spokesman");
  });

  it("names the package in 'It also includes …' and 'Other items in the package include …'", () => {
    for (const item of ["fuel for the patrol fleet", "diving equipment", "satellite phones"]) {
      expect(byText(`${pkg} also includes ${item}.`).quote).toBe(item);
    }
    byText(`${pkg} also includes harbor sonar systems.`);
    byText(`${pkg} also includes spare engines for older cutters.`);
  });

  it("drops the count from 'consists of two parts: A and B'", () => {
    const claims = extractClaims({
      body: `${ISLAND_PACKAGE}\nThe package consists of two parts: $180 million in vessels and $70 million in training.`,
    });
    find(claims, `${pkg} consists of $180 million in vessels.`);
    find(claims, `${pkg} consists of $70 million in training.`);
  });

  it("splits two amounts joined by 'and'", () => {
    const amounts = claims.filter((claim) =>
      /\$(?:200|50) million in (?:equipment|training)\.$/.test(claim.text),
    );
    expect(amounts.map((claim) => claim.quote).sort()).toEqual([
      "$200 million in equipment",
      "$50 million in training",
    ]);
  });

  it("ends a quote's tag at ', adding that' and credits a named report's author", () => {
    expect(byText("Corvenna is being used as a pawn.").speaker).toBe("Dara Vel");
    expect(byText("Corvenna's coast guard has only 14 working vessels.").speaker).toBe(
      "the Maritime Research Council",
    );
  });
});

describe("extractClaims on a report referred back to", () => {
  const claims = extractClaims({ body: WARD_AUDIT });
  const byText = (text: string) => find(claims, text);

  it("credits 'The report also found' to the report's author and splits ', and that'", () => {
    const first = byText("One in six midwives left within a year of qualifying.");
    const second = byText("Night shifts in small clinics were often staffed by a single nurse.");
    expect([first.speaker, second.speaker]).toEqual(["the State Audit Bureau", "the State Audit Bureau"]);
    expect(first.parentId).toBe(second.parentId);
    expect(WARD_AUDIT.slice(second.start, second.end)).toBe(second.quote);
  });

  it("ends the claim where the speaker's own next action starts", () => {
    expect(byText("The findings were shameful.").speaker).toBe("Nora Quill");
  });
});

describe("extractClaims on a wire notice with a sentence-case headline", () => {
  const claims = extractClaims({ body: DRAWDOWN_NOTICE });
  const byText = (text: string) => find(claims, text);
  const pkg = "The $90 million drawdown package for Corvenna includes";

  it("drops the dated dateline and keeps the headline out of the claims", () => {
    const lead = byText(
      "The Defense Ministry announced a $90 million drawdown package for Corvenna on Friday, its ninth since 2024.",
    );
    expect(lead.speaker).toBe("the Defense Ministry");
    expect(claims.some((claim) => claim.quote.startsWith("Ministry details"))).toBe(false);
  });

  it("names the package for 'Capabilities in this package include:' bullets and splits coordinated calibres", () => {
    for (const item of [
      "additional interceptors for short-range air defense batteries",
      "120mm mortar rounds",
      "81mm mortar rounds",
      "anti-tank systems",
    ]) {
      expect(byText(`${pkg} ${item}.`).checkworthy).toBe(true);
    }
  });

  it("reads 'includes:' with a colon as an inclusion list, scored by its standalone wording", () => {
    for (const item of ["demolition charges", "winter tents", "generators"]) {
      expect(byText(`${pkg} ${item}.`).quote).toBe(item);
    }
  });

  it("attributes ', saying …' to the sentence's subject and never reads 'States' as a verb", () => {
    expect(byText("The interceptors would protect hospitals.").speaker).toBe("Ilya Mott");
  });
});

describe("extractClaims on semicolon item lists and short organisation references", () => {
  const body =
    "The accord will include more than 900 short-range interceptors; spare parts for existing launchers; and training for harbor crews, the Ministry of Transport said.\n\n" +
    "According to the ministry, the interceptors will be assembled in Ostra, supporting 150 jobs.";
  const claims = extractClaims({ body });

  it("reads 'A; spare parts for B; and C' as items of the inclusion, not as clauses", () => {
    const items = [
      "more than 900 short-range interceptors",
      "spare parts for existing launchers",
      "training for harbor crews",
    ].map((item) => find(claims, `The accord will include ${item}.`));
    expect(items.map((claim) => claim.quote)).toEqual([
      "more than 900 short-range interceptors",
      "spare parts for existing launchers",
      "training for harbor crews",
    ]);
    for (const claim of items) expect(claim.speaker).toBe("the Ministry of Transport");
  });

  it("expands 'the ministry' to 'the Ministry of Transport' named before", () => {
    const claim = find(claims, "The interceptors will be assembled in Ostra, supporting 150 jobs.");
    expect(claim.speaker).toBe("the Ministry of Transport");
  });
});

describe("extractClaims on more attribution patterns", () => {
  const body = [
    "Gov. Rita Vale said on Wednesday that closing two state jails would save $90 million a year.",
    "In a Facebook post, state Sen. Omar Reyes wrote that the closures would cost 800 jobs in rural counties.",
    "A spokesman for the guards' union, who spoke on condition of anonymity, said the remaining jails were understaffed by 15 percent.",
    "Vale claimed without evidence that thefts had fallen in every county that closed a jail.",
  ].join("\n\n");
  const claims = extractClaims({ body });

  it("credits each claim to its speaker and keeps tags and hedges out of the text", () => {
    expect(find(claims, "Closing two state jails would save $90 million a year.").speaker).toBe("Rita Vale");
    expect(find(claims, "The closures would cost 800 jobs in rural counties.").speaker).toBe("Omar Reyes");
    expect(find(claims, "The remaining jails were understaffed by 15 percent.").speaker).toBe(
      "the guards' union",
    );
    expect(find(claims, "Thefts had fallen in every county that closed a jail.").speaker).toBe("Rita Vale");
  });

  it("names an organisation's reported 'it' in every item of a list it gives", () => {
    const listed = extractClaims({
      body: "The agency said it had hired 40 nurses and 12 doctors.\n\nKesh's army said it had lost 40 tanks, 12 jets and two ships.",
    });
    for (const text of [
      "The agency had hired 40 nurses.",
      "The agency had hired 12 doctors.",
      "Kesh's army had lost 40 tanks.",
      "Kesh's army had lost 12 jets.",
      "Kesh's army had lost two ships.",
    ])
      expect(find(listed, text).parentId).not.toBeNull();
  });

  it("reads a mid-sentence tag that names an audience or a place before 'adding that'", () => {
    for (const tag of ["told a news conference in Ostra", "said in Ostra", "told reporters"]) {
      const claims = extractClaims({
        body: `The launchers will be delivered by June, Ilse Varga ${tag}, adding that Valdoria was training 60 Kesh soldiers.`,
      });
      expect(find(claims, "The launchers will be delivered by June.").speaker).toBe("Ilse Varga");
      expect(find(claims, "Valdoria was training 60 Kesh soldiers.").speaker).toBe("Ilse Varga");
    }
  });

  it("reads a tag between a subject and its predicate, and a same speaker's clause after ', and'", () => {
    const claims = extractClaims({
      body: "Prices, the ministry said on Monday, rose 4% in May.\n\nExports rose 4% in May, the ministry said in a statement on Monday, and imports fell 2%.\n\nThe package includes 40 tanks, the ministry said, and 12 jets.",
    });
    expect(find(claims, "Prices rose 4% in May.").speaker).toBe("the ministry");
    expect(find(claims, "Exports rose 4% in May.").speaker).toBe("the ministry");
    expect(find(claims, "Imports fell 2%.").speaker).toBe("the ministry");
    expect(claims.map((claim) => claim.text)).not.toContain("12 jets.");
  });

  it("leaves how anonymous sources spoke out of their name after 'according to'", () => {
    const claims = extractClaims({
      body: "The package includes 40 tanks, according to two officials who spoke on condition of anonymity because the aid had not been announced.",
    });
    expect(find(claims, "The package includes 40 tanks.").speaker).toBe("two officials");
  });

  it("reads 'writing that', 'arguing that' and 'claiming that' after a deed like 'saying'", () => {
    const claims = extractClaims({
      body: "Kesh's president, Amira Sol, thanked Valdoria on social media, writing that the aid will save thousands of lives.\n\nThe central bank kept its rate at 4.5%, arguing that inflation was slowing.",
    });
    expect(find(claims, "The aid will save thousands of lives.").speaker).toBe("Amira Sol");
    expect(find(claims, "Inflation was slowing.").speaker).toBe("the central bank");
    expect(claims.map((claim) => claim.text)).toContain("The central bank kept its rate at 4.5%.");
  });

  it("leaves a bare time word between the speaker and the verb out of the name", () => {
    const timed = extractClaims({
      body: "The Ministry of Defence today announced a 410 million crown package for Kesh.\n\nKesh's president yesterday said the war would end by May.",
    });
    expect(
      find(timed, "The Ministry of Defence today announced a 410 million crown package for Kesh.").speaker,
    ).toBe("the Ministry of Defence");
    expect(find(timed, "The war would end by May.").speaker).toBe("Kesh's president");
  });
});

describe("extractClaims on counted, amount and numbered lists", () => {
  const body = [
    "The cabinet on Tuesday approved a 4.2 trillion crown transport budget, the largest on record.",
    "The package comprises three elements — rail upgrades, new ferries and bridge repairs.",
    "The ministry will also spend 900 billion crowns on rail, 300 billion crowns on ports, and 100 billion crowns on research.",
    "The plan calls for (1) doubling freight capacity, (2) electrifying two lines and (3) hiring 5,000 engineers by 2028.",
  ].join("\n\n");
  const claims = extractClaims({ body });

  it("keeps exact offsets", () => {
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("leaves the count out of the first item ('three elements — A, B and C')", () => {
    for (const item of ["rail upgrades", "new ferries", "bridge repairs"]) {
      expect(find(claims, `The package includes ${item}.`).quote).toBe(item);
    }
  });

  it("starts the first item at its amount when the items are amounts", () => {
    for (const item of [
      "900 billion crowns on rail",
      "300 billion crowns on ports",
      "100 billion crowns on research",
    ]) {
      expect(find(claims, `The ministry will also spend ${item}.`).quote).toBe(item);
    }
  });

  it("splits a list numbered (1), (2), (3)", () => {
    const items = [
      "doubling freight capacity",
      "electrifying two lines",
      "hiring 5,000 engineers by 2028",
    ].map((item) => find(claims, `The plan calls for ${item}.`));
    expect(items.map((claim) => claim.quote)).toEqual([
      "doubling freight capacity",
      "electrifying two lines",
      "hiring 5,000 engineers by 2028",
    ]);
  });
});

describe("extractClaims on wire-style dash bullets and ranks", () => {
  const body = [
    "The Norland government on Wednesday announced $1.8 billion in new flood aid for its coast, including, for the first time, mobile barriers.",
    "The aid includes:",
    "— 40 mobile flood barriers.",
    "— 12 high-capacity pumps.",
    "Ministry spokesman Brig. Gen. Ola Dahl said the barriers would protect 30,000 homes.",
  ].join("\n\n");
  const claims = extractClaims({ body });

  it("names the aid with its amount in each dash bullet, across blank lines", () => {
    const aid = "The $1.8 billion in new flood aid for its coast includes";
    expect(find(claims, `${aid} 40 mobile flood barriers.`).quote).toBe("40 mobile flood barriers.");
    expect(find(claims, `${aid} 12 high-capacity pumps.`).quote).toBe("12 high-capacity pumps.");
  });

  it("does not end a sentence at 'Brig.' and strips chained ranks from the speaker", () => {
    expect(find(claims, "The barriers would protect 30,000 homes.").speaker).toBe("Ola Dahl");
  });
});

describe("a claim's score", () => {
  const scoresOf = (body: string) =>
    new Map(extractClaims({ body }).map((claim) => [claim.text, claim.score] as const));

  it("comes from each clause's own words, not the sentence's", () => {
    const scores = scoresOf(
      "The port cut its fees by 40 percent in March and hopes to attract more shipping lines.",
    );
    const fact = scores.get("The port cut its fees by 40 percent in March.") ?? 0;
    const hope = scores.get("The port hopes to attract more shipping lines.") ?? 1;
    expect(fact).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
    expect(hope).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });

  it("leans halfway toward the list's best item, so a short item of a factual list stays check-worthy", () => {
    const claims = extractClaims({
      body: "The harbour authority will replace its ferries by 2030.\n\nThe new fleet includes six large commuter ferries, four water taxis and four cargo barges.",
    }).filter((claim) => claim.parentId !== null);
    expect(claims).toHaveLength(3);
    expect(claims.every((claim) => claim.checkworthy)).toBe(true);
    expect(new Set(claims.map((claim) => claim.score)).size).toBe(3);
  });

  it("comes from each list item's own words, inline or bulleted", () => {
    const intro = "The Orvale Council approved a $12 million flood plan on Monday.";
    const inline = scoresOf(`${intro} The plan includes 4,000 sandbags and better coordination.`);
    const bulleted = scoresOf(`${intro}\n\nThe plan includes:\n\n- 4,000 sandbags\n- better coordination`);
    for (const scores of [inline, bulleted]) {
      const counted = scores.get("The $12 million flood plan includes 4,000 sandbags.") ?? 0;
      const vague = scores.get("The $12 million flood plan includes better coordination.") ?? 1;
      expect(counted).toBeGreaterThan(vague);
    }
  });
});

describe("extractClaims on more aid-list phrasings", () => {
  const intro = "The ministry announced a $70 million relief package for Corvenna on Friday.";
  const pkg = "The $70 million relief package for Corvenna";
  // In the article's order: each item is scored on its own words, so score order differs.
  const itemsOf = (sentence: string) =>
    extractClaims({ body: `${intro} ${sentence}` })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.text);

  it("keeps a relative clause inside a semicolon item", () => {
    expect(
      itemsOf(
        "The package includes fuel for generators, which hospitals have rationed; 900 tents; and water pumps.",
      ),
    ).toEqual([
      `${pkg} includes fuel for generators, which hospitals have rationed.`,
      `${pkg} includes 900 tents.`,
      `${pkg} includes water pumps.`,
    ]);
  });

  it("splits 'A, B, as well as C and D'", () => {
    expect(itemsOf("The package includes tents, blankets, as well as water filters and radios.")).toEqual([
      `${pkg} includes tents.`,
      `${pkg} includes blankets.`,
      `${pkg} includes water filters.`,
      `${pkg} includes radios.`,
    ]);
  });

  it("names the package after an opening adverbial", () => {
    expect(itemsOf("Among other things, the package contains 20 field kitchens and 3,000 cots.")).toEqual([
      `The $70 million relief package for Corvenna includes 20 field kitchens.`,
      `The $70 million relief package for Corvenna includes 3,000 cots.`,
    ]);
  });

  it("splits a series of numbered objects even when one is 'armored'", () => {
    expect(
      itemsOf("The package will provide Corvenna with 12 generators, 40 armored ambulances and 2,000 tents."),
    ).toEqual([
      `${pkg} will provide Corvenna with 12 generators.`,
      `${pkg} will provide Corvenna with 40 armored ambulances.`,
      `${pkg} will provide Corvenna with 2,000 tents.`,
    ]);
  });

  for (const verb of ["includes", "funds"]) {
    it(`keeps an item's relative clause, commas and all, with that item (${verb})`, () => {
      const launchers = "40 Kestrel launchers, which can be fired from land, sea or air";
      expect(itemsOf(`The package ${verb} ${launchers}, 300 Harrow drones and 12 field radars.`)).toEqual(
        [launchers, "300 Harrow drones", "12 field radars"].map((item) => `${pkg} ${verb} ${item}.`),
      );
    });
  }

  it("splits a series of objects after a present-tense verb ('provides')", () => {
    expect(itemsOf("The package provides night-vision goggles, field radios and 12 trucks.")).toEqual([
      `${pkg} provides night-vision goggles.`,
      `${pkg} provides field radios.`,
      `${pkg} provides 12 trucks.`,
    ]);
  });

  it("gives each example of an item its own claim ('munitions, including A and B')", () => {
    const examples = [
      `${pkg} includes air defense munitions, including Tarn missiles.`,
      `${pkg} includes air defense munitions, including Kestrel interceptors.`,
      `${pkg} includes artillery rounds.`,
      `${pkg} includes radars.`,
    ];
    expect(
      itemsOf(
        "The package includes air defense munitions, including Tarn missiles and Kestrel interceptors; artillery rounds; and radars.",
      ),
    ).toEqual(examples);
    expect(
      itemsOf(
        "The package includes air defense munitions, including Tarn missiles and Kestrel interceptors, artillery rounds and radars.",
      ),
    ).toEqual(examples);
  });

  it("lowers a sentence-case opener of an item after a colon ('Additional', 'Over'), not a name", () => {
    expect(
      itemsOf("The package includes: Additional interceptors; Kestrel drones; and Over 900 helmets."),
    ).toEqual([
      `${pkg} includes additional interceptors.`,
      `${pkg} includes Kestrel drones.`,
      `${pkg} includes over 900 helmets.`,
    ]);
  });

  it("gives every plain item the phrase saying where, when or under what the last one goes", () => {
    expect(
      itemsOf("The package will send 12 generators, 300 tents and 40 water pumps to Ostmark next month."),
    ).toEqual([
      `${pkg} will send 12 generators to Ostmark next month.`,
      `${pkg} will send 300 tents to Ostmark next month.`,
      `${pkg} will send 40 water pumps to Ostmark next month.`,
    ]);
    // "for …" usually belongs to its own item.
    expect(
      itemsOf("The package includes 12 generators, 300 tents and ammunition for Kestrel launchers."),
    ).toEqual([
      `${pkg} includes 12 generators.`,
      `${pkg} includes 300 tents.`,
      `${pkg} includes ammunition for Kestrel launchers.`,
    ]);
  });

  it("reads a list in a clause that shares the sentence's subject with that subject", () => {
    expect(
      itemsOf("The package is the largest this year and includes 20 trucks, 40 radios and 12 drones."),
    ).toEqual([
      `${pkg} is the largest this year.`,
      `${pkg} includes 20 trucks.`,
      `${pkg} includes 40 radios.`,
      `${pkg} includes 12 drones.`,
    ]);
  });

  it("reads a list past a tag between subject and verb ('The package, the ministry said, includes …')", () => {
    const items = [`${pkg} includes 20 trucks.`, `${pkg} includes 40 radios.`, `${pkg} includes 12 drones.`];
    for (const tag of ["the ministry said", "according to the ministry"]) {
      const claims = extractClaims({
        body: `${intro} The package, ${tag}, includes 20 trucks, 40 radios and 12 drones.`,
      });
      const listed = claims.filter((claim) => claim.parentId !== null).sort((a, b) => a.start - b.start);
      expect(listed.map((claim) => claim.text)).toEqual(items);
      expect(listed.map((claim) => claim.speaker)).toEqual(Array(3).fill("the ministry"));
      expect(listed[0]?.quote).toBe("20 trucks");
    }
    const [whole] = extractClaims({ body: "The package, the ministry said, is the largest since 2019." });
    expect(whole?.text).toBe("The package is the largest since 2019.");
  });

  it("splits 'A, plus B and C'", () => {
    expect(itemsOf("The package contains field radios, plus 155mm shells and demolition charges.")).toEqual([
      `${pkg} includes field radios.`,
      `${pkg} includes 155mm shells.`,
      `${pkg} includes demolition charges.`,
    ]);
  });

  it("reads the ends of a range ('range from A to B and C') as items of the package", () => {
    expect(
      itemsOf(
        "Items in the package range from night-vision goggles to bridging equipment and 50 armoured ambulances.",
      ),
    ).toEqual([
      `${pkg} includes night-vision goggles.`,
      `${pkg} includes bridging equipment.`,
      `${pkg} includes 50 armoured ambulances.`,
    ]);
    expect(itemsOf("The aid ranged from rifle ammunition and helmets to field kitchens.")).toEqual([
      `${pkg} included rifle ammunition.`,
      `${pkg} included helmets.`,
      `${pkg} included field kitchens.`,
    ]);
  });

  it("reads a closing 'that will provide' / 'which funds' list as what the thing provides", () => {
    const texts = extractClaims({
      body: "Valdoria on Monday unveiled a 75 million crown package for Ostmark that will provide 20 trucks, 40 radios and 12 drones.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Valdoria on Monday unveiled a 75 million crown package for Ostmark.",
        "The 75 million crown package for Ostmark will provide 20 trucks.",
        "The 75 million crown package for Ostmark will provide 12 drones.",
      ]),
    );
  });

  it("reads a closing 'which includes' / 'that includes' list as the thing's contents", () => {
    const body =
      "The ministry on Friday announced a $70 million relief package for Corvenna that includes 12 generators and 2,000 tents.";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("The ministry on Friday announced a $70 million relief package for Corvenna.");
    expect(texts).toContain(`${pkg} includes 12 generators.`);
    expect(texts).toContain(`${pkg} includes 2,000 tents.`);
  });
});

describe("a title claim's speaker", () => {
  it("takes the full name the body gives for a surname in the headline", () => {
    const claims = extractClaims({
      title: "Bus fares will rise 40 percent in January, Mayor Ortiz says",
      body: "Mayor Ana Ortiz said ridership fell 12 percent last year.\n\nThe board will vote in December.",
    });
    const headline = claims.find((claim) => claim.field === "title");
    expect(headline).toMatchObject({
      text: "Bus fares will rise 40 percent in January.",
      speaker: "Ana Ortiz",
    });
  });

  it("takes the name of the person the body gives the headline's role ('…, Governor Says')", () => {
    const body = [
      "Gov. Ana Ruiz said on Monday that the state would hire 300 nurses.",
      "Finance Minister Ole Brand said the plan would cost $40 million. Health Minister Tomas Berg said waits had doubled.",
    ].join("\n\n");
    const speakerOf = (title: string) =>
      extractClaims({ title, body }).find((claim) => claim.field === "title")?.speaker;
    expect(speakerOf("Clinic waits will fall by half, Governor Says")).toBe("Ana Ruiz");
    expect(speakerOf("Clinic waits will fall by half, Health Minister Says")).toBe("Tomas Berg");
    expect(speakerOf("Clinic waits will fall by half, Mayor Says")).toBe("Mayor");
  });

  it("finds the role's holder in an appositive ('Ana Ruiz, the state's governor, said')", () => {
    const [claim] = extractClaims({
      title: "Clinic waits will fall by half, Governor Says",
      body: "Ana Ruiz, the state's governor, said on Monday that the state would hire 300 nurses.",
    }).filter((entry) => entry.field === "title");
    expect(claim?.speaker).toBe("Ana Ruiz");
  });
});

describe("extractClaims on statements, posts, anonymous officials and late-named speakers", () => {
  const claims = itAttributes(STORM_REPAIRS, [
    ["The Tarn River bridge will stay closed until May.", "Vera Kallas"],
    ["300 workers had been sent to the valley.", "the Roads Ministry"],
    ["The repair bill would exceed 12 million euros.", "Vera Kallas"],
    ["The army had been asked to help.", "a senior official"],
    ["The rail line will reopen on Friday.", "the Rail Agency"],
    ["Diesel prices in the valley rose 9 percent in January.", "the Energy Board"],
    ["The repairs were two years overdue.", "Ilan Dost"],
    ["We have enough water for a month.", "Lotte Brink"],
  ]);
  const speakerOf = (text: string) => find(claims, text).speaker;

  it("names the person whose spokesperson speaks in full", () => {
    expect(speakerOf("The minister would visit the valley next week.")).toBe("Vera Kallas's spokesperson");
  });

  it("reads no tag inside a quotation, and credits it to the speaker named two sentences later", () => {
    expect(speakerOf("We warned them about the cables in 2023.")).toBe("Pia Marr");
    expect(speakerOf("The union had written to the ministry twice.")).toBeNull();
  });

  it("gives the headline's 'Minister' the name the body gives the minister", () => {
    const [, ...body] = STORM_REPAIRS.split("\n");
    const title = extractClaims({
      title: "Storm Repairs Will Cost 12 Million Euros, Minister Says",
      body: body.join("\n"),
    }).find((claim) => claim.field === "title");
    expect(title?.speaker).toBe("Vera Kallas");
  });
});

describe("extractClaims on aid lists with 'comprises', dashes, bracketed counts and 'Label: count' lines", () => {
  const claims = extractClaims({ body: WINTER_AID });
  const pkg = "The 95 million euro winter aid package for Mirovia";
  const quotesOf = (texts: string[]) => texts.map((text) => find(claims, text).quote);

  it("keeps exact offsets", () => expectExactOffsets(WINTER_AID, claims));

  it("names the package for 'comprises' and the shipment for 'will consist of'", () => {
    find(claims, `${pkg} includes 4,000 sleeping bags.`);
    find(claims, "The first shipment will include field stoves.");
  });

  it("reads a list set off by dashes as a list set off by commas", () => {
    const items = ["14 bulldozers", "six cranes", "a pontoon bridge"];
    const texts = items.map((item) => `Heavier equipment, including ${item}, will arrive in March.`);
    expect(quotesOf(texts)).toEqual(items);
    expect(find(claims, texts[0] ?? "").speaker).toBe("the Defense Ministry");
    const tranche = ["300 tons of flour", "winter boots", "spare transformers"];
    // The tranche is the package's, described in the first paragraph.
    const secondTranche = "The second tranche of the 95 million euro winter aid package for Mirovia";
    expect(quotesOf(tranche.map((item) => `${secondTranche} includes ${item}.`))).toEqual(tranche);
    expect(find(claims, `${secondTranche} will leave Keslo in April.`).quote).toBe(
      "will leave Keslo in April",
    );
  });

  it("puts a bracketed count before its thing ('howitzers (18)' → '18 howitzers')", () => {
    expect(quotesOf([`${pkg} also includes 18 howitzers.`, `${pkg} also includes 6 fuel tankers.`])).toEqual([
      "howitzers (18)",
      "fuel tankers (6)",
    ]);
  });

  it("reads unmarked 'Label: count' lines after 'Its contents are listed below:' as the package's items", () => {
    expect(
      quotesOf([
        `${pkg} includes 12 field kitchens.`,
        `${pkg} includes 9,000 thermal blankets.`,
        `${pkg} includes 2 water purification plants.`,
      ]),
    ).toEqual(["Field kitchens: 12", "Thermal blankets: 9,000", "Water purification plants: 2"]);
  });
});

describe("extractClaims on budget lists with left-out verbs, bracketed shares and 'Among the cuts:'", () => {
  const claims = extractClaims({ body: LAKEMOOR_BUDGET });
  const quotesOf = (texts: string[]) => texts.map((text) => find(claims, text).quote);

  it("keeps exact offsets", () => expectExactOffsets(LAKEMOOR_BUDGET, claims));

  it("gives each amount back the verb only the first one has ('60 million to housing')", () => {
    expect(
      quotesOf([
        "Of the 480 million crown budget for 2026, 120 million crowns will go to public transport.",
        "Of the 480 million crown budget for 2026, 60 million crowns will go to housing.",
        "Of the 480 million crown budget for 2026, 15 million crowns will go to parks.",
      ]),
    ).toEqual([
      "120 million crowns will go to public transport",
      "60 million to housing",
      "15 million to parks",
    ]);
  });

  it("names what 'It' stands for in every item of a semicolon series", () => {
    expect(
      quotesOf([
        "The 480 million crown budget for 2026 also funds three new fire stations.",
        "The 480 million crown budget for 2026 also funds a youth center in Eastgate.",
        "The 480 million crown budget for 2026 also funds flood barriers along the Lake Road.",
      ]),
    ).toEqual([
      "three new fire stations",
      "a youth center in Eastgate",
      "flood barriers along the Lake Road",
    ]);
  });

  it("reads 'the spending plan' as the budget described before, but not 'the new plan'", () => {
    find(claims, "The 480 million crown budget for 2026 sets aside money for a tram extension.");
    const texts = extractClaims({
      body: "The council rejected a $5 million harbor plan in May. The new plan costs $3 million.",
    }).map((claim) => claim.text);
    expect(texts).toContain("The new plan costs $3 million.");
  });

  it("reads 'is split between A (amount), B (amount) and …' as one share per item", () => {
    expect(
      quotesOf([
        "New spending in the budget includes 30 million crowns for health care.",
        "New spending in the budget includes 4 million crowns for street lighting.",
      ]),
    ).toEqual(["health care (30 million crowns)", "street lighting (4 million crowns)"]);
  });

  it("reads 'Among the cuts: A, B and C' as what the cuts include", () => {
    expect(
      quotesOf(["The cuts include fewer council cars.", "The cuts include a hiring freeze at city hall."]),
    ).toEqual(["fewer council cars", "a hiring freeze at city hall"]);
  });
});

describe("extractClaims on interviews, letters, participle appositives and 'said, adding that'", () => {
  const claims = itAttributes(HARBOR_STRIKE, [
    ["The strike had cost 40 million euros.", "Henrik Sol"],
    ["The dockers had lost 6 percent of their wages since 2022.", "Maja Rusk"],
    ["18 ships were waiting offshore.", "Henrik Sol"],
    ["Talks would resume on Friday.", "Ada Krol"],
    ["Freight rates rose 12 percent in a week.", "the Shipping Board"],
    ["200 police officers had been sent to the port.", "a ministry spokesman"],
    ["The union would not accept a wage freeze.", "Maja Rusk"],
    ["Our members voted 94 percent to strike.", "Maja Rusk"],
    ["Ferry services to the islands were cut by half.", "Henrik Sol"],
  ]);

  it("splits '…, the board said, adding that …' into two claims of the same speaker", () => {
    const before = find(claims, "Fuel stocks will last for nine days.");
    const after = find(claims, "Rationing was not planned.");
    expect([before.quote, after.quote]).toEqual([
      "Fuel stocks will last for nine days",
      "rationing was not planned",
    ]);
    expect([before.speaker, after.speaker]).toEqual(["the Energy Board", "the Energy Board"]);
    expect(before.parentId).toBe(after.parentId);
  });
});

describe("extractClaims on appositive subjects, 'Also in the package:' and more speakers", () => {
  const claims = extractClaims({ body: OSTMARK_PACKAGE });
  const pkg = "The new military aid package worth 310 million crowns for Ostmark";

  it("keeps exact offsets", () => expectExactOffsets(OSTMARK_PACKAGE, claims));

  it("names the package before its appositive, and credits the items to who 'announced' it", () => {
    const claim = find(claims, `${pkg}, announced by the Defense Ministry, includes 20 armored trucks.`);
    // The lister, as the Defence Ministry is for a package it announced; "announced" is no tag of the package's.
    expect(claim.speaker).toBe("the Defense Ministry");
    find(claims, `${pkg} — the ninth since 2023 — also includes 500 helmets.`);
  });

  it("reads 'Also in the package: A, B and C' as more of the package", () => {
    expect(find(claims, `${pkg} also includes satellite terminals.`).quote).toBe("satellite terminals");
  });

  itCreditsEach(claims, [
    ["Deliveries would start within days.", "Ilse Varga"],
    ["The tanks would follow in June.", "Ilse Varga"],
    ["A tenth package was being prepared.", "Ilse Varga"],
    ["The shipment will cross the border on Friday.", "two people familiar with the plans"],
    ["The trucks were built in Halden.", "a ministry official"],
    ["The radars will change the war.", "one diplomat"],
  ]);
});

describe("extractClaims on possessive offices, surname subjects and 'latest figures'", () => {
  itAttributes(KESLO_WATER, [
    ["The water supply had been restored to 80 percent of homes.", "Keslo officials"],
    ["The rest would be connected by Sunday.", "Ines Dahl"],
    ["The senator would seek emergency funds.", "Tove Lund's office"],
    ["Repairs would cost 3 million crowns.", "the official"],
    ["The pipes were more than 80 years old.", "Ines Dahl"],
    ["The pipes simply gave out.", "a city engineer"],
    ["Residents have been without water for nine days.", "the Keslo Water Board"],
    ["The state would cover half the cost.", "Tove Lund"],
  ]);
});

describe("extractClaims on a wire lead listing what a package sends", () => {
  const claims = itAttributes(VALDORIA_WIRE, [
    [
      "The new 410 million crown package, the 14th of its kind, will be drawn from Valdorian army stocks.",
      "Jon Eik",
    ],
    ["We do not discuss delivery dates.", "Jon Eik"],
  ]);
  const pkg = "The new 410 million crown package";

  it("splits 'will send Ostmark A, B and C in a new … package', each item keeping the receiver and the package", () => {
    const items = ["air defense interceptors", "artillery ammunition", "armored vehicles"].map((item) =>
      find(claims, `Valdoria will send Ostmark ${item} in a new 410 million crown package.`),
    );
    expect(items.map((claim) => claim.speaker)).toEqual(Array(3).fill("the Defense Ministry"));
    expect(items[0]?.quote).toBe("air defense interceptors");
  });

  it("splits 'A, along with B and C'", () => {
    for (const item of ["more than 200 armored personnel carriers", "trucks", "fuel trailers"])
      find(claims, `${pkg} includes ${item}.`);
  });

  it("names the package after 'In addition,' and credits 'ministry figures' to the ministry", () => {
    find(claims, `${pkg} provides funding for training 1,500 Ostmark soldiers.`);
    const total = find(
      claims,
      `${pkg} brings Valdoria's total military support for Ostmark to 3.2 billion crowns since 2023.`,
    );
    expect(total.speaker).toBe("the Defense Ministry");
  });

  it("learns no thing from a participle clause (', bringing total aid to …')", () => {
    const [, later] = extractClaims({
      body: "The package is the 15th since 2022, bringing total aid to 4.1 billion crowns.\n\nCritics said the aid was late.",
    }).sort((a, b) => a.start - b.start);
    expect(later?.text).toBe("The aid was late.");
  });

  it("reads 'declined to say' as no report and no claim, the quotation after it still Eik's", () => {
    expect(claims.some((claim) => claim.text.includes("declined to say"))).toBe(false);
    expect(find(claims, "We do not discuss delivery dates.").speaker).toBe("Jon Eik");
  });
});

describe("extractClaims on the case of a list item's first word", () => {
  const lead = "Valdoria announced a 90 million crown aid package for Ostmark on Monday.";
  const pkg = "The 90 million crown aid package for Ostmark includes";
  const textsOf = (body: string) => extractClaims({ body }).map((claim) => claim.text);

  it("keeps a name opening a bullet and lowers a common word ('Kestrel missiles', 'Artillery rounds')", () => {
    const body = `${lead}\n\nThe package includes:\n• Kestrel anti-tank missiles;\n• Artillery rounds; and\n• Field radios.\n\nThe first Kestrel missiles will arrive in May.\n`;
    expect(textsOf(body)).toEqual(
      expect.arrayContaining([
        `${pkg} Kestrel anti-tank missiles.`,
        `${pkg} artillery rounds.`,
        `${pkg} field radios.`,
      ]),
    );
  });

  it("keeps capitals in a list that mixes cases, unless the article writes the word in lower case", () => {
    const body = `${lead}\n\nThe package includes:\n- a field hospital;\n- Harlow trucks;\n- Thermal sights.\n\nCrews will also need thermal sights.\n`;
    expect(textsOf(body)).toEqual(
      expect.arrayContaining([`${pkg} Harlow trucks.`, `${pkg} thermal sights.`, `${pkg} a field hospital.`]),
    );
  });

  it("reads a 'Label: count' line's thing and a sentence-opening item by the same rule", () => {
    const body = `${lead}\n\nIts contents are listed below:\nKestrel launchers: 12\nWater tanks: 40\n\nKestrel missiles were part of the package, along with tents and stoves.\n\nThe army has used Kestrel launchers since 2019.\n`;
    expect(textsOf(body)).toEqual(
      expect.arrayContaining([
        `${pkg} 12 Kestrel launchers.`,
        `${pkg} 40 water tanks.`,
        `${pkg} Kestrel missiles.`,
      ]),
    );
  });
});

describe("a sum given 'in' aid", () => {
  it("is what the aid is worth when a later sentence lists it", () => {
    const body =
      "Velmark will give Tosk 75 million Norland crowns in new military aid, its minister said.\n\nThe aid includes 1,000 drones and 50 patrol boats, according to a list released by the ministry.\n";
    expect(extractClaims({ body }).map((claim) => claim.text)).toContain(
      "The 75 million Norland crowns in new military aid for Tosk includes 1,000 drones.",
    );
  });
});

describe("extractClaims on one-word 'Label: count' lines", () => {
  const body = `Valdoria announced a 90 million crown aid package for Ostmark on Monday.\n\nIts contents are listed below:\n\nGenerators: 60\nWater tanks: 12\nStoves: 400\n\nBackground\n\nAnalysis:\n\nOstmark asked for the aid in October.\n`;
  const claims = extractClaims({ body });
  const pkg = "The 90 million crown aid package for Ostmark includes";

  it("reads each line after the list's lead as an item, one-word labels too", () => {
    for (const [item, quote] of [
      ["60 generators", "Generators: 60"],
      ["12 water tanks", "Water tanks: 12"],
      ["400 stoves", "Stoves: 400"],
    ])
      expect(find(claims, `${pkg} ${item}.`).quote).toBe(quote);
  });

  it("lets no section heading through as a claim", () => {
    expect(claims.filter((claim) => /Background|Analysis/.test(claim.quote))).toEqual([]);
    expect(claims).toHaveLength(5);
  });

  it("reads a measured line as the measure of the thing ('Fuel: 1.2 million litres')", () => {
    const measured = `Valdoria announced a 90 million crown aid package for Ostmark on Monday. The package includes:\n\nHeaters: 4,000\nFuel: 1.2 million litres\n`;
    expect(find(extractClaims({ body: measured }), `${pkg} 1.2 million litres of fuel.`).quote).toBe(
      "Fuel: 1.2 million litres",
    );
  });
});

describe("extractClaims on list lines without bullet markers", () => {
  it("reads lines ending in ';' and '; and', and the line closing them, as a press release's items", () => {
    const body =
      "OSTRA — The Ministry of Defence announced a 410 million crown package of air defence assistance for Kesh.\nThe package includes:\nTwo Falke-M launch systems;\n300 interceptor missiles; and\nspare parts for older radars.\nDeliveries will begin in April.\n";
    const claims = extractClaims({ body });
    const pkg = "The 410 million crown package of air defence assistance for Kesh includes";
    expect(find(claims, `${pkg} two Falke-M launch systems.`).quote).toBe("Two Falke-M launch systems");
    expect(find(claims, `${pkg} 300 interceptor missiles.`).quote).toBe("300 interceptor missiles");
    expect(find(claims, `${pkg} spare parts for older radars.`).quote).toBe("spare parts for older radars.");
    expect(find(claims, "Deliveries will begin in April.").parentId).toBeNull();
  });

  it("reads short unpunctuated lines as items, and items ending open across blank lines", () => {
    const body =
      "The package includes:\nTwo launch systems\n300 missiles\nDeliveries will begin in April.\n\nThe budget funds:\n\nnew school buses;\n\nroad repairs in the north, and\n\nfree meals for 4,000 pupils.\n";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "The package includes two launch systems.",
        "The package includes 300 missiles.",
        "Deliveries will begin in April.",
        "The budget funds new school buses.",
        "The budget funds road repairs in the north.",
        "The budget funds free meals for 4,000 pupils.",
      ]),
    );
  });

  it("keeps a quotation after 'said:' as the speaker's claim", () => {
    const claims = extractClaims({ body: 'The mayor said:\n"We will not raise taxes in 2026."\n' });
    expect(find(claims, "We will not raise taxes in 2026.").speaker).toBe("the mayor");
  });
});

describe("extractClaims on bullets after a speaker's lead", () => {
  const pkg = "The 120 million crown aid package for Ostmark includes";
  const claims = itAttributes(HALDEN_SHIPMENT, [
    [`${pkg} Kestrel anti-tank missiles.`, "the Defense Ministry"],
    [`${pkg} artillery rounds.`, "the Defense Ministry"],
    [`${pkg} night-vision goggles.`, "the Defense Ministry"],
    [`${pkg} spare barrels for older howitzers.`, "the Defense Ministry"],
    ["The first Kestrel missiles will be delivered in May.", "a ministry spokesman"],
  ]);

  it("keeps each bullet's own span", () => {
    expect(find(claims, `${pkg} Kestrel anti-tank missiles.`).quote).toBe("Kestrel anti-tank missiles");
  });

  it("credits bullets listing a thing described before to whoever described it, as inline items are", () => {
    const drawdown = extractClaims({ body: DRAWDOWN_NOTICE });
    const item = find(drawdown, "The $90 million drawdown package for Corvenna includes anti-tank systems.");
    expect(item.speaker).toBe("the Defense Ministry");
  });
});

describe("extractClaims on subjects that leave the package unnamed", () => {
  const claims = extractClaims({ body: HALDEN_SHIPMENT });
  const pkg = "the 120 million crown aid package for Ostmark";

  it("names the package for 'Items being sent include A, B and C'", () => {
    for (const item of ["snow tents", "field stoves", "12 field ambulances"])
      expect(find(claims, `Items being sent in ${pkg} include ${item}.`).quote).toBe(item);
    const ostmark = extractClaims({ body: OSTMARK_PACKAGE });
    find(
      ostmark,
      "Items being sent in the new military aid package worth 310 million crowns for Ostmark include stoves.",
    );
  });

  it("reads 'Of the total, …' as a share of the package described before", () => {
    expect(find(claims, `Of ${pkg}, 40 million crowns will go to medical supplies.`).quote).toBe(
      "40 million crowns will go to medical supplies",
    );
    expect(find(claims, `Of ${pkg}, 30 million crowns will go to fuel.`).quote).toBe("30 million to fuel");
  });

  it("leaves 'Of the total' alone when nothing with an amount was described", () => {
    const plain = extractClaims({
      body: "Of the total, 40 million crowns will go to the schools in the north.\n",
    });
    expect(plain.map((claim) => claim.text)).toEqual([
      "Of the total, 40 million crowns will go to the schools in the north.",
    ]);
  });
});

describe("extractClaims on present-tense amounts with a left-out verb", () => {
  const claims = extractClaims({ body: VARNHOLM_BUDGET });
  const budget = "Of the 80 million crown budget for 2027,";

  it("keeps exact offsets", () => expectExactOffsets(VARNHOLM_BUDGET, claims));

  it("gives each amount back 'goes to' / 'go to'", () => {
    const rows: Array<[string, string]> = [
      [`${budget} 40 million crowns goes to road repairs.`, "40 million crowns goes to road repairs"],
      [`${budget} 30 million crowns goes to schools.`, "30 million to schools"],
      [`${budget} 10 million crowns goes to parks.`, "10 million to parks"],
      ["Next year, 12 million crowns go to the harbor.", "12 million crowns go to the harbor"],
      ["Next year, 2 million crowns go to the zoo.", "2 million to the zoo"],
    ];
    for (const [text, quote] of rows) expect(find(claims, text).quote).toBe(quote);
  });
});

describe("extractClaims on 'contained', 'consists of' and 'is made up of' lists", () => {
  const claims = extractClaims({ body: TASKO_RELIEF });
  const pkg = "The 45 million euro relief package for the flooded province of Tasko";

  it("keeps exact offsets", () => expectExactOffsets(TASKO_RELIEF, claims));

  it("splits an inline 'is made up of' list into items naming the package", () => {
    expect(find(claims, `${pkg} includes two field hospitals.`).quote).toBe("two field hospitals");
    expect(find(claims, `${pkg} includes 20 ambulances.`).quote).toBe("20 ambulances");
  });

  it("reads bullets after 'contained:', 'is made up of:' and 'consist of:' as included things", () => {
    expect(find(claims, `${pkg} also contained 300 water pumps.`).quote).toBe("300 water pumps");
    // One line is not all a shipment is made up of.
    expect(find(claims, "The first shipment includes sandbags.").quote).toBe("sandbags");
    expect(find(claims, "Later shipments include fuel trucks.").quote).toBe("fuel trucks");
    expect(claims.filter((claim) => claim.text.includes(":"))).toEqual([]);
  });
});

describe("extractClaims on a place with its own relative clause between 'said' and 'that'", () => {
  const claims = itAttributes(NORRBY_RALLY, [
    ["The city would hire 200 new teachers.", "Ilse Dahl"],
    ["Property taxes would not rise next year.", "Ilse Dahl"],
    ["The harbor would close in June.", "Bo Stam"],
    ["The tram plan the council passed was flawed.", "Bo Stam"],
  ]);

  it("starts the claim after the second 'that'", () => {
    expect(claims.map((claim) => claim.text).filter((text) => /rally|speech|meeting/.test(text))).toEqual([]);
  });

  describe("and an audience with its own clause, or a place right before the claim's 'that'", () => {
    const more = itAttributes(ELMSTAD_TOWN_HALL, [
      ["Class sizes would fall next year.", "Ruth Kessel"],
      ["The ferry would run every hour.", "Ruth Kessel"],
      ["The harbor budget would be balanced.", "Ruth Kessel"],
      ["The old bridge would be closed in March.", "Oren Fisk"],
    ]);

    it("leaves the place and the audience out of the claims", () => {
      expect(more.filter((claim) => /visit|crowd|reporters|meeting/.test(claim.text))).toEqual([]);
    });
  });
});

describe("extractClaims on 'The new aid', 'among other things' and colon lists naming the package", () => {
  const pkg = "The 70 million crown relief package for the island of Brask includes";
  const claims = itAttributes(BRASK_AID, [
    [`${pkg} water tankers.`, "the foreign ministry"],
    [`${pkg} 30 generators.`, "the foreign ministry"],
    [`${pkg} 12 field clinics.`, "the foreign ministry"],
    [`${pkg} chainsaws.`, "the foreign ministry"],
  ]);

  it("keeps each item's own span", () => {
    expect(find(claims, `${pkg} tarpaulins.`).quote).toBe("tarpaulins");
    expect(find(claims, `${pkg} baby food.`).quote).toBe("baby food");
    expect(find(claims, `${pkg} roofing sheets.`).quote).toBe("roofing sheets");
  });

  it("does not take 'The new aid' for a description of the package", () => {
    expect(claims.filter((claim) => claim.text.startsWith("The new aid"))).toEqual([]);
  });
});

describe("extractClaims on 'A, B and C are among the items'", () => {
  const pkg = "The $60 million arms package for Selva";
  const claims = itAttributes(SELVA_ARMS, [
    [`${pkg} includes howitzer shells.`, "the defense ministry"],
    [`${pkg} includes Marlin radars.`, "the defense ministry"],
    [`${pkg} included 30 pickup trucks.`, "the defense ministry"],
  ]);

  it("keeps each item's own span", () => {
    expect(find(claims, `${pkg} includes mine rollers.`).quote).toBe("mine rollers");
    expect(find(claims, `${pkg} included field radios.`).quote).toBe("Field radios");
  });

  it("leaves 'among' alone when no package holds the items", () => {
    find(claims, "Nurses and cooks are among the workers on strike at the port.");
  });
});

describe("extractClaims on single items and bullets continuing a listed tranche", () => {
  const tranche = "The 25 million euro aid tranche for Dorne";
  itAttributes(DORNE_TRANCHE, [
    [`${tranche} also includes 40 school buses.`, "the finance ministry"],
    [`${tranche} will also contain 8 mobile clinics.`, "the finance ministry"],
    [`${tranche} includes 90 printers.`, "Oda Brekke"],
    [`${tranche} also contains solar panels.`, "Oda Brekke"],
    [`${tranche} also contains water filters.`, "Oda Brekke"],
  ]);
});

describe("extractClaims on bare one-word items after a sentence-long first item", () => {
  const grant = "The 9 million euro border grant for Kolva also provides funding for";
  const claims = itAttributes(KOLVA_GRANT, [
    [`${grant} border fences.`, "the interior ministry"],
    [`${grant} training.`, "the interior ministry"],
    [`${grant} fuel.`, "the interior ministry"],
  ]);

  it("gives the lead once and keeps each item's span", () => {
    expect(find(claims, `${grant} training.`).quote).toBe("training");
    expect(claims.filter((claim) => /funding for .*funding for/.test(claim.text))).toEqual([]);
  });
});

describe("extractClaims on inclusion after a modal and 'The equipment includes'", () => {
  const deal = "The 30 million euro equipment deal";
  const claims = itAttributes(MARRA_DEAL, [
    [`${deal} will include a tugboat.`, "the trade ministry"],
    [`${deal} would also include spare engines.`, "the trade ministry"],
    ["The equipment in the 30 million euro equipment deal includes welding sets.", "the trade ministry"],
  ]);

  it("keeps each item's own span", () => {
    expect(find(claims, `${deal} will include 14 forklifts.`).quote).toBe("14 forklifts");
    expect(find(claims, `${deal} would also include repair kits.`).quote).toBe("repair kits");
  });
});

describe("extractClaims on lists sent 'as part of' or 'under' the package", () => {
  const claims = extractClaims({ body: TOLLAN_PACKAGE });
  const pkg = "the 55 million crown winter aid package for Tollan";

  it("keeps exact offsets", () => expectExactOffsets(TOLLAN_PACKAGE, claims));

  it("gives every item the closing phrase and names the package in it", () => {
    expect(find(claims, `Tollan will receive 20 snowplows as part of ${pkg}.`).quote).toBe("20 snowplows");
    expect(find(claims, `Tollan will receive 300 heaters as part of ${pkg}.`).quote).toBe("300 heaters");
    find(claims, `Tollan will receive 40 generators as part of ${pkg}.`);
    find(claims, `Ardenne will also send 12 field bakeries under ${pkg}.`);
  });
});

describe("extractClaims on quotations opening with a reference to the package", () => {
  const pkg = "The 12 million crown school aid package for the town of Quern";
  const claims = itAttributes(QUERN_QUOTES, [
    [`${pkg} includes desks.`, "Runa Vell"],
    [`${pkg} also includes laptops.`, "Runa Vell"],
    [`${pkg} includes heaters.`, "Runa Vell"],
  ]);

  it("does not learn a quoted 'The package' as a description", () => {
    expect(claims.filter((claim) => /^The\W+(?:The|new)\b/.test(claim.text))).toEqual([]);
  });
});

describe("extractClaims on leading speakers with an aside before 'said'", () => {
  const pkg = "The 20 million euro flood aid package for the Vesk valley includes";
  const claims = itAttributes(VESK_FLOODS, [
    [`${pkg} pumps.`, "the aid agency"],
    [`${pkg} dredgers.`, "the aid agency"],
    [`${pkg} life jackets.`, "Anka Dorn"],
    [`${pkg} flares.`, "Anka Dorn"],
  ]);

  it("keeps the speaker out of the claims", () => {
    expect(claims.filter((claim) => /statement|governor/.test(claim.text))).toEqual([]);
  });
});

describe("extractClaims on '1) … 2) …' items, 'Key items in the package:' and 'items such as'", () => {
  const pkg = "The 18 million euro medical aid package for Orvik";
  const claims = itAttributes(ORVIK_AID, [
    [`${pkg} includes oxygen concentrators.`, "the health ministry"],
    [`${pkg} includes insulin pens.`, "the health ministry"],
    [`${pkg} includes blood test kits.`, "the health ministry"],
    [`${pkg} also includes wheelchairs.`, "the health ministry"],
  ]);

  it("keeps each item's own span, without its number or 'items such as'", () => {
    expect(find(claims, `${pkg} includes surgical masks.`).quote).toBe("surgical masks");
    expect(find(claims, `${pkg} includes portable ultrasound scanners.`).quote).toBe(
      "Portable ultrasound scanners",
    );
    expect(find(claims, `${pkg} also includes crutches.`).quote).toBe("crutches");
  });

  it("reads numbers out of order as no list", () => {
    expect(claims.filter((claim) => /phase/.test(claim.quote)).length).toBeGreaterThan(0);
    expect(claims.filter((claim) => /^\d\)/.test(claim.quote))).toEqual([]);
  });
});

describe("extractClaims on items sourced to fact sheets", () => {
  const pkg = "The 14 million euro fisheries aid package for the Garn coast";
  itAttributes(GARN_FACT_SHEETS, [
    [`${pkg} includes 300 nets.`, "the Coast Authority"],
    [`${pkg} also includes cold stores.`, "the ministry"],
    [`${pkg} includes 60 radios.`, "the fisheries ministry"],
  ]);
});

describe("extractClaims on a series ending in a plural before a phrase, and a possessive description", () => {
  const claims = extractClaims({ body: LORN_SUPPLIES });

  it("keeps exact offsets", () => expectExactOffsets(LORN_SUPPLIES, claims));

  it("reads 'A, B and lanterns from …' as a series, keeping 'is also getting' with every object", () => {
    expect(find(claims, "Lorn is also getting cots from its neighbors.").quote).toBe("cots");
    expect(find(claims, "Lorn is also getting lanterns from its neighbors.").quote).toBe(
      "lanterns from its neighbors",
    );
    expect(
      find(claims, "Kavia's latest aid package for Lorn also includes batteries for the shelters.").quote,
    ).toBe("batteries for the shelters");
  });

  it("names the package by its giver without a 'The' before the name", () => {
    expect(find(claims, "Kavia's latest aid package for Lorn includes tarpaulins.").quote).toBe("tarpaulins");
  });
});

describe("extractClaims on a series after a subject holding 'of the …'", () => {
  const claims = extractClaims({ body: ISKA_GRANT });

  it("keeps exact offsets", () => expectExactOffsets(ISKA_GRANT, claims));

  it("keeps the whole subject and verb before each object", () => {
    const rest = "The rest of the grant will go toward";
    expect(find(claims, `${rest} teacher training.`).quote).toBe("teacher training");
    expect(find(claims, `${rest} school meals.`).quote).toBe("school meals");
    expect(find(claims, `${rest} bus passes.`).quote).toBe("bus passes");
  });
});

describe("extractClaims on 'Other items include …' with no container named", () => {
  const pkg = "the 3 million euro storm relief package";
  const claims = itAttributes(FENNA_RELIEF, [
    [`Other items in ${pkg} include roof tiles.`, "the interior ministry"],
    [`Additional supplies in ${pkg} include baby formula.`, "the interior ministry"],
  ]);

  it("keeps each item's own span", () => {
    expect(find(claims, `Other items in ${pkg} include rope.`).quote).toBe("rope");
    expect(find(claims, `Additional supplies in ${pkg} include drinking water.`).quote).toBe(
      "drinking water",
    );
  });
});

describe("extractClaims on bullet leads that point to the package", () => {
  const pkg = "The 7 million euro drought aid package for the Ravno plains includes";
  const claims = itAttributes(RAVNO_AID, [
    [`${pkg} seed grain.`, "the farm ministry"],
    [`${pkg} cattle feed.`, "the farm ministry"],
    [`${pkg} grain silos.`, "the farm ministry"],
  ]);

  it("keeps each bullet's span and leaves the leads out", () => {
    expect(find(claims, `${pkg} irrigation pipes.`).quote).toBe("irrigation pipes");
    expect(find(claims, `${pkg} water trucks.`).quote).toBe("water trucks");
    expect(find(claims, `${pkg} soil sensors.`).quote).toBe("soil sensors");
    expect(claims.filter((claim) => /what|following/i.test(claim.text))).toEqual([]);
  });
});

describe("extractClaims on a series of items with bracketed amounts", () => {
  const claims = extractClaims({ body: TUVA_BUDGET });

  it("keeps exact offsets", () => expectExactOffsets(TUVA_BUDGET, claims));

  it("reads the first item with its bracket, not the bracket alone", () => {
    expect(find(claims, "The biggest lines include wages (6 million crowns).").quote).toBe(
      "wages (6 million crowns)",
    );
    expect(find(claims, "The biggest lines include heating (3 million crowns).").quote).toBe(
      "heating (3 million crowns)",
    );
    expect(find(claims, "The biggest lines include snow clearing (2 million crowns).").quote).toBe(
      "snow clearing (2 million crowns)",
    );
  });
});

describe("extractClaims on gapped amounts after 'Of that,' and with 'toward'", () => {
  const claims = extractClaims({ body: BRAVIK_BUDGET });
  const budget = "Of the 22 million euro budget for 2027,";

  it("keeps exact offsets", () => expectExactOffsets(BRAVIK_BUDGET, claims));

  it("names the budget and gives each amount back 'goes toward'", () => {
    expect(find(claims, `${budget} 9 million euros goes toward nursing homes.`).quote).toBe(
      "9 million euros goes toward nursing homes",
    );
    expect(find(claims, `${budget} 6 million euros goes toward bus routes.`).quote).toBe(
      "6 million toward bus routes",
    );
    expect(find(claims, `${budget} 2 million euros goes toward libraries.`).quote).toBe(
      "2 million toward libraries",
    );
  });
});

describe("extractClaims on items sourced to a possessive announcement", () => {
  const pkg = "The 11 million euro housing aid package for Skeld includes";
  itAttributes(SKELD_ANNOUNCEMENT, [
    [`${pkg} prefab homes.`, "the housing ministry"],
    [`${pkg} wood stoves.`, "the housing ministry"],
  ]);
});

describe("extractClaims on 'Also part of the package are …' and 'Also being sent are …'", () => {
  const pkg = "The 4 million euro medical aid package includes";
  const claims = itAttributes(HOLM_CONVOY, [
    [`${pkg} incubators.`, "the health ministry"],
    [`${pkg} 600 splints.`, "the health ministry"],
    [`${pkg} a mobile pharmacy.`, "the health ministry"],
  ]);

  it("keeps each item's own span, and leaves a place that is no package alone", () => {
    expect(find(claims, `${pkg} dialysis machines.`).quote).toBe("dialysis machines");
    expect(find(claims, `${pkg} two ambulance boats.`).quote).toBe("two ambulance boats");
    expect(claims.filter((claim) => /mayor/.test(claim.text) && claim.text.includes("package"))).toEqual([]);
  });
});

describe("extractClaims on 'Also included are …' after a sentence mentioning another thing", () => {
  const pkg = "The 65 million euro military aid package for Prava includes";
  const claims = itAttributes(PRAVA_TRANCHE, [
    [`${pkg} bridging equipment.`, "the defense ministry"],
    [`${pkg} spare barrels.`, "the defense ministry"],
  ]);

  it("continues the package that was listed, not the law mentioned in passing", () => {
    expect(find(claims, `${pkg} spare barrels.`).quote).toBe("spare barrels");
    expect(claims.filter((claim) => /law includes/.test(claim.text))).toEqual([]);
  });
});

describe("extractClaims on a closing 'which will pay for A, B and C' after funding", () => {
  const claims = extractClaims({ body: ARLA_FUNDING });
  const funding = "The 8 million euros in new rail funding will pay for";

  it("keeps exact offsets", () => expectExactOffsets(ARLA_FUNDING, claims));

  it("reads the list as what the funding pays for", () => {
    expect(find(claims, `${funding} signal upgrades.`).quote).toBe("signal upgrades");
    expect(find(claims, `${funding} station lifts.`).quote).toBe("station lifts");
    expect(find(claims, `${funding} ticket machines.`).quote).toBe("ticket machines");
    expect(
      claims.filter((claim) => /announced 8 million euros in (?!new rail funding\.)/.test(claim.text)),
    ).toEqual([]);
  });
});

describe("extractClaims on names with a possessive role around them", () => {
  itAttributes(DUNMARK_THANKS, [
    ["The grain shipments would ease bread prices by spring.", "Sela Varn"],
    ["The first grain ships would dock in Port Aske next week.", "Sela Varn"],
  ]);
});

describe("extractClaims on two amounts after a verb of spending", () => {
  const claims = extractClaims({ body: SOLBY_BUDGET });
  const budget = "The 12 million crown budget for 2027";

  it("keeps exact offsets", () => expectExactOffsets(SOLBY_BUDGET, claims));

  it("makes one claim per amount", () => {
    expect(find(claims, `${budget} earmarks 3 million crowns for school meals.`).quote).toBe(
      "3 million crowns for school meals",
    );
    expect(find(claims, `${budget} earmarks 1 million crowns for libraries.`).quote).toBe(
      "1 million crowns for libraries",
    );
    expect(find(claims, "The package provides 250,000 crowns for road salt.").quote).toBe(
      "250,000 crowns for road salt",
    );
  });

  it("reads two count clauses joined by 'and' as two clauses, not as amounts of one verb", () => {
    expect(find(claims, "40 roads were closed.").quote).toBe("40 roads were closed");
    expect(find(claims, "12 roads were reopened by evening.").quote).toBe("12 were reopened by evening");
  });
});

describe("extractClaims on a claim opening with 'The latest package'", () => {
  const claims = extractClaims({ body: TARVO_LATEST });

  it("names the package described before", () => {
    const claim = find(
      claims,
      "The 48 million euro security aid package for Tarvo brings Ulmeria's total aid to Tarvo to 900 million euros.",
    );
    expect(TARVO_LATEST.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.quote.startsWith("The latest package")).toBe(true);
  });
});

describe("extractClaims on an inclusion list closed by ', among other items'", () => {
  const claims = extractClaims({ body: WELLO_KITS });
  const pkg = "The 2 million euro school aid package";

  it("keeps exact offsets", () => expectExactOffsets(WELLO_KITS, claims));

  it("splits the list and leaves the closing phrase out", () => {
    expect(find(claims, `${pkg} includes atlases.`).quote).toBe("atlases");
    expect(find(claims, `${pkg} includes slates.`).quote).toBe("slates");
    expect(find(claims, `${pkg} also includes nets.`).quote).toBe("nets");
  });
});

describe("extractClaims on a list that ends a quotation", () => {
  const claims = itAttributes(MERO_QUOTE, [["We are also sending life rafts.", "Edda Holm"]]);

  it("ends the last item's span before the period and closing quotation mark", () => {
    expect(find(claims, "We are also sending life rafts.").quote).toBe("life rafts");
  });
});

describe("extractClaims on a pair before ', as well as'", () => {
  const claims = extractClaims({ body: NESSA_PAIRS });
  const pkg = "The 1 million euro mountain rescue package includes";

  it("makes one claim per item on both sides", () => {
    expectItemsOwnSpans(claims, pkg, ["ropes", "harnesses", "stretchers", "avalanche probes"]);
  });
});

describe("extractClaims on a series after a causative verb and its agent", () => {
  const claims = extractClaims({ body: PIRRA_REBUILD });
  const pkg = "The 30 million euro reconstruction package for Pirra is meant to help Pirra rebuild";

  it("keeps the agent and its verb in every item", () => {
    expectItemsOwnSpans(claims, pkg, ["power lines", "water mains", "footbridges"]);
  });
});

describe("extractClaims on series items opening with an '-ing' word", () => {
  const claims = extractClaims({ body: KORRA_WINTER });
  const pkg = "The 2 million euro winter aid package will buy";

  it("reads 'heating oil' and 'sleeping bags' as things", () => {
    expectItemsOwnSpans(claims, pkg, ["blankets", "heating oil", "sleeping bags"]);
  });
});

describe("extractClaims on 'There are also A and B in the package'", () => {
  const pkg = "The 6 million euro flood aid package for the Belka delta includes";
  const claims = itAttributes(BELKA_THERE_ARE, [[`${pkg} 12 dredgers.`, "the water ministry"]]);

  it("makes one claim per item and leaves other 'there are' sentences alone", () => {
    expectItemsOwnSpans(claims, pkg, ["40 pumps", "12 dredgers"]);
    find(claims, "There are still 300 families in the shelters.");
  });
});

describe("extractClaims on 'Among the items:' and a package named by its owner", () => {
  const body = [
    "Velmar will send Dorra a 75 million dollar relief package, Foreign Minister Anja Prell said.",
    "Among the items: blankets, hygiene kits and solar lamps.",
    "Velmar's latest tranche — worth 20 million dollars — includes two field hospitals and a water plant.",
    "Other items include cooking stoves and school supplies.",
  ].join("\n\n");
  const claims = itAttributes(body, [
    ["The 75 million dollar relief package for Dorra includes hygiene kits.", "Anja Prell"],
  ]);

  it("lists the package's items after 'Among the items:'", () => {
    expectItemsOwnSpans(claims, "The 75 million dollar relief package for Dorra includes", [
      "blankets",
      "hygiene kits",
      "solar lamps",
    ]);
  });

  it("keeps the capital of a name that owns the package mid-sentence", () => {
    expectItemsOwnSpans(claims, "Other items in Velmar's latest tranche include", [
      "cooking stoves",
      "school supplies",
    ]);
  });
});

describe("extractClaims on a new package described after an earlier one", () => {
  const body = [
    "The Tavian parliament on Wednesday approved a 2.4 billion lira aid package for Merrow, three months after a smaller 800 million lira package that paid for field kitchens and water tanks.",
    "The new package includes 300 tonnes of seed grain and 50 tractors. It will also pay for the salaries of 4,000 teachers.",
    "The earlier package also included 12 mobile clinics, according to the health ministry.",
  ].join("\n\n");
  const claims = itAttributes(body, [
    ["The smaller 800 million lira package also included 12 mobile clinics.", "the health ministry"],
  ]);

  it("reads 'the new package' and 'it' as the package just approved, not the earlier one", () => {
    expectItemsOwnSpans(claims, "The 2.4 billion lira aid package for Merrow includes", [
      "300 tonnes of seed grain",
      "50 tractors",
    ]);
    find(
      claims,
      "The 2.4 billion lira aid package for Merrow will also pay for the salaries of 4,000 teachers.",
    );
  });

  it("keeps the earlier package's own items with it", () => {
    expectItemsOwnSpans(claims, "The smaller 800 million lira package paid for", [
      "field kitchens",
      "water tanks",
    ]);
  });
});

describe("extractClaims on short reported statements", () => {
  const body = [
    "The company, which employs 4,000 people, said profits fell 12%.",
    "In a letter to shareholders, chief executive Tom Rask wrote that sales had doubled.",
    '"We deserved it," Rask said.',
  ].join(" ");
  const claims = itAttributes(body, [
    ["Profits fell 12%.", "the company"],
    ["Sales had doubled.", "Tom Rask"],
  ]);

  it("keeps three words with a verb when someone says them, but not a bare pronoun statement", () => {
    expect(claims.map((claim) => claim.text)).not.toContain("We deserved it.");
  });

  it("keeps three words with a verb and a figure that nobody is said to say", () => {
    const texts = extractClaims({
      body: "Exports rose 4% in May, the statistics office said. Imports fell 2%. Prices rose sharply.",
    }).map((claim) => claim.text);
    expect(texts).toContain("Imports fell 2%.");
    expect(texts).not.toContain("Prices rose sharply.");
  });

  it("keeps a count of the dead with its verb last, the count in figures or words", () => {
    for (const count of ["38", "Thirty-eight"]) {
      const texts = extractClaims({ body: `The flood hit Arden on Monday. ${count} people died.` }).map(
        (claim) => claim.text,
      );
      expect(texts).toContain(`${count} people died.`);
    }
  });
});

describe("extractClaims on a named subject with an appositive value", () => {
  it("names the package once and gives its value once", () => {
    const claims = extractClaims({
      body: "Norvland announced a package worth $400 million for Castria. The package, worth $400 million, includes 40 trucks and 12 tanks.",
    });
    expectItemsOwnSpans(claims, "The package worth $400 million for Castria includes", [
      "40 trucks",
      "12 tanks",
    ]);
  });

  it("keeps an appositive that says more than the value, and drops the description's value", () => {
    const claims = extractClaims({
      body: "The council approved a 48 million euro flood plan. The plan, worth 48 million euros over six years, includes a sea wall and two pumping stations.",
    });
    expectItemsOwnSpans(claims, "The flood plan, worth 48 million euros over six years, includes", [
      "a sea wall",
      "two pumping stations",
    ]);
  });
});

describe("extractClaims on named kinds and a drawdown", () => {
  const body = [
    "The Defence Office on Friday announced a 425 million crown security package for Castria.",
    "The package includes Halberd and Kestrel anti-tank missiles.",
    "The latest drawdown also provides demolition munitions, spare parts and training.",
  ].join(" ");
  const claims = extractClaims({ body });
  const pkg = "The 425 million crown security package for Castria";

  it("makes one claim per name of a coordinated kind", () => {
    find(claims, `${pkg} includes Halberd anti-tank missiles.`);
    expect(find(claims, `${pkg} includes Kestrel anti-tank missiles.`).quote).toBe(
      "Kestrel anti-tank missiles",
    );
  });

  it("reads 'the latest drawdown' as the package", () => {
    expectItemsOwnSpans(claims, `${pkg} also provides`, ["demolition munitions", "spare parts", "training"]);
  });
});

describe("extractClaims on amounts written with a currency symbol and its country", () => {
  it("keeps 'US$500 million' and 'in aid to X' in the description", () => {
    const claims = extractClaims({
      body: "Japan pledged US$500 million in humanitarian aid to Merrow. The aid covers food, shelter and medicine.",
    });
    expectItemsOwnSpans(claims, "The US$500 million in humanitarian aid for Merrow covers", [
      "food",
      "shelter",
      "medicine",
    ]);
  });
});

describe("extractClaims on a package named by its owner ('Canada's package')", () => {
  const claims = extractClaims({
    body: "Canada unveiled a C$40m package for Castria. Canada's package will arrive in May. Canada's latest package includes 40 trucks and 12 tanks. Germany's package includes 20 tanks and 6 cranes.",
  });

  it("names the package the owner announced", () => {
    find(claims, "Canada's C$40m package for Castria will arrive in May.");
    expectItemsOwnSpans(claims, "Canada's C$40m package for Castria includes", ["40 trucks", "12 tanks"]);
  });

  it("leaves another owner's package as written", () => {
    expectItemsOwnSpans(claims, "Germany's package includes", ["20 tanks", "6 cranes"]);
  });
});

describe("extractClaims on what a speaker adds after a quotation", () => {
  const body = [
    'Opposition leader Ida Sem criticised the timing. "This is too little, too late," she said, adding that the last package took eight months to arrive.',
    '"Prices fell 3% last month," said Ana Ruiz, adding: "That is the biggest drop in a decade."',
    'The minister said in a statement: "We have delivered 40 trucks to the front."',
  ].join("\n\n");
  const claims = itAttributes(body, [
    ["This is too little, too late.", "Ida Sem"],
    ["The last package took eight months to arrive.", "Ida Sem"],
    ["That is the biggest drop in a decade.", "Ana Ruiz"],
    ["We have delivered 40 trucks to the front.", "the minister"],
  ]);

  it("scores the added claim on its own words", () => {
    const opinion = find(claims, "This is too little, too late.");
    expect(find(claims, "The last package took eight months to arrive.").score).toBeGreaterThan(
      opinion.score,
    );
  });
});

describe("extractClaims on forecasts, documents and page chrome", () => {
  const body = [
    "Skip to main content",
    "Prices will rise 5% next year, the central bank forecast.",
    "The Harbour Council approved the plan. About 12 million euros comes from the national government, according to council documents.",
  ].join("\n\n");
  const claims = itAttributes(body, [
    ["Prices will rise 5% next year.", "the central bank"],
    ["About 12 million euros comes from the national government.", "the Harbour Council"],
  ]);

  it("drops a 'Skip to main content' line", () => {
    expect(claims.some((claim) => /skip/i.test(claim.text))).toBe(false);
  });
});

describe("extractClaims on a reaction followed by what was said", () => {
  itAttributes(
    "The unions welcomed the plan and said clinics were short of 600 nurses. Doctors' unions welcomed the plan but said wards were short of 90 beds.",
    [
      ["Clinics were short of 600 nurses.", "the unions"],
      ["Wards were short of 90 beds.", "Doctors' unions"],
    ],
  );
});

describe("extractClaims on a document whose author is named in an appositive", () => {
  itAttributes(
    "The report, published by the World Food Agency on Tuesday, found that 3 million people face hunger. The audit, released Monday by the State Audit Office, found that 40 clinics lacked nurses.",
    [
      ["3 million people face hunger.", "the World Food Agency"],
      ["40 clinics lacked nurses.", "the State Audit Office"],
    ],
  );

  it("never credits who commissioned a report with its findings", () => {
    const claims = extractClaims({
      body: "The report, commissioned by the Treasury, found that the scheme had cost taxpayers £1.2bn.",
    });
    expect(claims.map((claim) => claim.speaker)).not.toContain("the Treasury");
  });
});

describe("extractClaims on 'was quoted (by X) as saying'", () => {
  const claims = itAttributes(
    "The minister was quoted by state media as saying 200 soldiers had been killed. Defence Minister Olav Rind was quoted as saying that the army had 40 tanks left.",
    [
      ["200 soldiers had been killed.", "the minister"],
      ["The army had 40 tanks left.", "Olav Rind"],
    ],
  );

  it("records who relayed the quotation", () => {
    expect(find(claims, "200 soldiers had been killed.").reportedBy).toBe("state media");
  });
});

describe("extractClaims on coordinated predicates whose subject is a pronoun", () => {
  const body =
    "The Selby council on Monday approved a 9 million euro transport plan. It will cut bus fares by a third and add 14 night routes. Mayor Lina Ostby said she would close the old depot and move its staff to Varna Road. The Varna Port Authority said it would cut harbour fees by 12 percent and hire 40 pilots.";
  const claims = itAttributes(body, [
    ["Lina Ostby would close the old depot.", "Lina Ostby"],
    ["Lina Ostby would move its staff to Varna Road.", "Lina Ostby"],
    ["The Varna Port Authority would hire 40 pilots.", "the Varna Port Authority"],
  ]);

  it("names the repeated 'It' as the sentence's own was named, each claim spanning its own predicate", () => {
    expect(find(claims, "The 9 million euro transport plan will cut bus fares by a third.").quote).toBe(
      "It will cut bus fares by a third",
    );
    const second = find(claims, "The 9 million euro transport plan will add 14 night routes.");
    expect(second.quote).toBe("add 14 night routes");
    expect(second.parentId).toBe(
      find(claims, "The 9 million euro transport plan will cut bus fares by a third.").parentId,
    );
  });
});

describe("extractClaims on an aside between the inclusion verb and its items", () => {
  it("keeps an aside that says something of the items ('includes, for the first time, A and B')", () => {
    const body =
      "Valdoria announced a $40 million aid package for Ostmark on Monday.\n\nThe package includes, for the first time, Kestrel air-defense missiles and armored ambulances.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, "The $40 million aid package for Ostmark includes, for the first time,", [
      "Kestrel air-defense missiles",
      "armored ambulances",
    ]);
  });

  it("keeps 'in its current form' and drops an aside that only says the list is incomplete", () => {
    const body =
      "Tarvia and Ossland signed a trade deal on Friday.\n\nThe deal includes, in its current form, a tariff cut on grain, a quota for steel and a new customs office.\n\nThe city council approved a $12 million flood plan on Tuesday.\n\nThe plan will include, among other things, new pumps, raised levees and a warning system.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, "The trade deal includes, in its current form,", [
      "a tariff cut on grain",
      "a quota for steel",
      "a new customs office",
    ]);
    expectItemsOwnSpans(claims, "The $12 million flood plan will include", [
      "new pumps",
      "raised levees",
      "a warning system",
    ]);
  });

  describe("a tag between the verb and its items ('contains, officials said, A and B')", () => {
    const body =
      "Norvland unveiled a 90 million crown aid package for Castria on Friday.\n\nThe package contains, officials said, field kitchens and water purifiers.\n\nThe town council approved a $3 million library grant on Tuesday.\n\nThe grant will fund, the mayor said, two reading rooms, a children's wing and a new roof.\n\nPrices rose, officials said, by 4 percent in May.\n";
    const claims = itAttributes(body, [
      ["The 90 million crown aid package for Castria includes field kitchens.", "officials"],
      ["The 90 million crown aid package for Castria includes water purifiers.", "officials"],
      ["The $3 million library grant will fund two reading rooms.", "the mayor"],
      ["The $3 million library grant will fund a children's wing.", "the mayor"],
      ["The $3 million library grant will fund a new roof.", "the mayor"],
    ]);

    it("spans each item, and leaves a tag after an intransitive verb as it was", () => {
      expect(
        find(claims, "The 90 million crown aid package for Castria includes water purifiers.").quote,
      ).toBe("water purifiers");
      expect(find(claims, "The $3 million library grant will fund a new roof.").quote).toBe("a new roof");
      expect(find(claims, "Prices rose, by 4 percent in May.").parentId).toBeNull();
    });
  });
});

describe("extractClaims on a thing described as 'package of A and B'", () => {
  const textsOf = (body: string) => extractClaims({ body }).map((claim) => claim.text);

  it("remembers both nouns of the 'of' phrase and what follows them", () => {
    const body =
      "Valdoria announced a $40 million package of weapons and equipment for Ostmark on Monday.\n\nThe package includes 20 armored trucks and 12 howitzers.\n\nNorvland pledged a 90 million crown package of food and spare parts for Castria.\n\nThe package will arrive by ship in May.\n";
    expect(textsOf(body)).toEqual(
      expect.arrayContaining([
        "The $40 million package of weapons and equipment for Ostmark includes 20 armored trucks.",
        "The $40 million package of weapons and equipment for Ostmark includes 12 howitzers.",
        "The 90 million crown package of food and spare parts for Castria will arrive by ship in May.",
      ]),
    );
  });

  it("stops at an 'and' that starts a clause, or whose noun has a verb of its own", () => {
    const sent =
      "Valdoria approved a $40 million package of weapons and sent 200 advisers to Ostmark.\n\nThe package includes 20 armored trucks and 12 howitzers.\n";
    expect(textsOf(sent)).toContain("The $40 million package of weapons includes 20 armored trucks.");
    const approved =
      "Valdoria said a $40 million package of weapons and ammunition was approved on Monday.\n\nThe package includes 20 armored trucks and 12 howitzers.\n";
    expect(textsOf(approved)).toContain("The $40 million package of weapons includes 12 howitzers.");
  });
});

describe("extractClaims on listed things set off by '— all part of the package —'", () => {
  const pkg = "part of the $40 million aid package for Ostmark, will arrive next month";
  const lead = "Valdoria announced a $40 million aid package for Ostmark on Monday.";

  it.each([
    ["dashes", "—", "—"],
    ["commas", ",", ","],
  ])("says of each item what the sentence says of all of them (%s)", (_, open, close) => {
    const body = `${lead}\n\nFifteen ambulances, two water-treatment plants and 5,000 blankets ${open} all part of the package${close} will arrive next month.\n`;
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expect(find(claims, `Fifteen ambulances, ${pkg}.`).quote).toBe("Fifteen ambulances");
    expect(find(claims, `Two water-treatment plants, ${pkg}.`).quote).toBe("two water-treatment plants");
    expect(find(claims, `5,000 blankets, ${pkg}.`).speaker).toBe("Valdoria");
  });

  it("reads 'all paid for by the grant' alike, with the verb agreeing with each item", () => {
    const body =
      "The regional government announced a $12 million grant for flood-hit towns on Monday.\n\nA new pumping station and 40 portable barriers – all paid for by the grant – are due by the spring.\n";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "A new pumping station, paid for by the $12 million grant for flood-hit towns, is due by the spring.",
        "40 portable barriers, paid for by the $12 million grant for flood-hit towns, are due by the spring.",
      ]),
    );
  });

  it("leaves one thing set off by commas as it is", () => {
    const body = `${lead}\n\nThe trucks, part of the package, will arrive next month.\n`;
    expect(extractClaims({ body }).map((claim) => claim.quote)).toContain(
      "The trucks, part of the package, will arrive next month.",
    );
  });
});

describe("extractClaims on a modal's two predicates around an appositive", () => {
  const body =
    "The Arvik council on Tuesday passed a 61 million euro budget for 2027. It would also raise pay for teachers by 5.2 percent, the largest increase in a decade, and extend a tax credit for families with young children.";
  const claims = extractClaims({ body });

  it("gives each predicate its own claim, the budget named in both", () => {
    expectExactOffsets(body, claims);
    expect(
      find(
        claims,
        "The 61 million euro budget for 2027 would also raise pay for teachers by 5.2 percent, the largest increase in a decade.",
      ).quote,
    ).toBe("It would also raise pay for teachers by 5.2 percent, the largest increase in a decade");
    expect(
      find(
        claims,
        "The 61 million euro budget for 2027 would also extend a tax credit for families with young children.",
      ).quote,
    ).toBe("extend a tax credit for families with young children");
  });
});

describe("extractClaims on a reported 'they' or 'it' after the speaker's own action", () => {
  const body = [
    "The minister criticised the new sanctions on Friday and said they would backfire.",
    "Finance Minister Ola Brandt met the union leaders on Saturday and said they had agreed to talks.",
    "The health minister toured a new clinic in Orvo and said it would open in May.",
    "The dockers' unions rejected the new rules on Sunday and said they would strike in June.",
    "The Bank of Tarvo kept its main rate at 4.25 percent on Wednesday and said it would cut rates in May.",
    "The Varna council approved two new bus routes in March and said they would open in June.",
    "The Korvo Port Authority froze its harbour fees on Monday and said they would rise again in 2027.",
  ].join(" ");
  const claims = itAttributes(body, [
    ["The new sanctions would backfire.", "the minister"],
    ["The union leaders had agreed to talks.", "Ola Brandt"],
    ["The new clinic would open in May.", "the health minister"],
    ["The Bank of Tarvo would cut rates in May.", "the Bank of Tarvo"],
    ["The two new bus routes would open in June.", "the Varna council"],
    ["The Korvo Port Authority's harbour fees would rise again in 2027.", "the Korvo Port Authority"],
  ]);

  it("leaves a 'they' that may be the speakers themselves", () => {
    expect(find(claims, "They would strike in June.").speaker).toBe("the dockers' unions");
  });

  it("spans the reported words of a split sentence", () => {
    expect(find(claims, "The Bank of Tarvo would cut rates in May.").quote).toBe("it would cut rates in May");
  });
});

describe("extractClaims on a sentence whose subject is a bare count", () => {
  const body =
    "Four people died in the blast at the Orvo fuel depot on Sunday. 120 were injured. Nine people died in a fire at a Tarn hostel. 40 were injured, and 12 remain in hospital. Eight miners were rescued from the Tarn pit on Monday. 12 remain trapped, the mine's owner said. The storm damaged 400 homes in Pell. 30 were hurt. Four workers died, 20 were injured and 300 were evacuated, police said.";
  const claims = extractClaims({ body });

  it("names what the count counts, keeping the sentence's own span", () => {
    expectExactOffsets(body, claims);
    expect(find(claims, "120 people were injured.").quote).toBe("120 were injured.");
    expect(find(claims, "12 miners remain trapped.").speaker).toBe("the mine's owner");
  });

  it("names the counts of a split sentence from the sentence before", () => {
    expect(find(claims, "40 people were injured.").quote).toBe("40 were injured");
    expect(find(claims, "12 people remain in hospital.").quote).toBe("12 remain in hospital");
  });

  it("names the counts of a split sentence from its first clause", () => {
    expect(find(claims, "20 workers were injured.").quote).toBe("20 were injured");
    expect(find(claims, "300 workers were evacuated.").quote).toBe("300 were evacuated");
  });

  it("leaves a count of people when only things were counted before", () => {
    expect(claims.some((claim) => claim.text.startsWith("30 homes"))).toBe(false);
  });
});

describe("extractClaims on reports that someone said nothing", () => {
  const body = [
    "The ministry declined to say when the aid would arrive.",
    "A spokesman for the Harbor Authority declined to comment on the figures.",
    "Police would not say how many people were arrested.",
    "Acme did not immediately respond to a request for comment.",
    "The energy ministry declined to say when the plant would reopen but said 40 engineers were on site.",
    "The club has declined to confirm the transfer fee, reported to be 40 million euros.",
    "The firm refused to pay the 2 million euro fine.",
  ].join(" ");
  const claims = extractClaims({ body });

  it("emits no claim for a refusal to say, comment or respond", () => {
    expectExactOffsets(body, claims);
    for (const refusal of [
      "declined to say when the aid",
      "declined to comment",
      "would not say",
      "did not immediately",
    ])
      expect(claims.some((claim) => claim.quote.includes(refusal))).toBe(false);
  });

  it("keeps what is said after the refusal, and refusals to act", () => {
    expect(find(claims, "40 engineers were on site.").speaker).toBe("the energy ministry");
    expect(claims.some((claim) => claim.text.startsWith("The energy ministry declined"))).toBe(false);
    find(claims, "The club has declined to confirm the transfer fee, reported to be 40 million euros.");
    find(claims, "The firm refused to pay the 2 million euro fine.");
  });
});

describe("extractClaims on an object pronoun that takes up the sentence before", () => {
  const body = [
    "The transport minister unveiled a new fuel levy on Monday. Farmers in the north oppose it.",
    "The Selby council hired three inspectors in May. It replaced them in June.",
    "Mayor Lina Ostby unveiled a new tram plan in May. The regional board will debate it in June.",
    "The Varna council approved the budget on Monday. Critics attacked it on Tuesday.",
    "Police arrested 14 protesters on Monday. A judge freed them on Tuesday.",
    "The valley has 9,000 residents. “We warned them about the river in 2023,” Ana Holt said.",
    "Police arrested Ivo Tarn on Monday. A court freed him on bail on Tuesday.",
    "Mayor Lina Ostby met striker Aro Vell on Friday. She thanked him for his work.",
    "Winger Tomas Brell scored twice on Saturday. Dunmore signed him from Halby in 2021.",
    "The dockers' union rejected the new rules on Friday. Management thanked them anyway.",
    "The mayor cancelled the parade and said both bands would play in May. The council thanked them.",
  ].join(" ");
  const claims = extractClaims({ body });

  it("names the one noun phrase of the pronoun's number the previous sentence's predicate holds", () => {
    expectExactOffsets(body, claims);
    expect(find(claims, "Farmers in the north oppose the new fuel levy.").quote).toBe(
      "Farmers in the north oppose it.",
    );
    find(claims, "The Selby council replaced the three inspectors in June.");
    find(claims, "The regional board will debate the new tram plan in June.");
  });

  it("names 'him' or 'her' as the one person the previous sentence names", () => {
    expect(find(claims, "A court freed Ivo Tarn on bail on Tuesday.").quote).toBe(
      "A court freed him on bail on Tuesday.",
    );
    find(claims, "Dunmore signed Tomas Brell from Halby in 2021.");
    find(claims, "She thanked him for his work.");
  });

  it("leaves a pronoun that may be the previous subject, and one inside a quotation", () => {
    find(claims, "Critics attacked it on Tuesday.");
    find(claims, "A judge freed them on Tuesday.");
    find(claims, "We warned them about the river in 2023.");
    // A union may be "them"; a reported clause's subject ("talks would resume") is no object.
    find(claims, "Management thanked them anyway.");
    find(claims, "The council thanked them.");
  });
});

describe("extractClaims on the money of a thing worth a sum ('The money will be spent on …')", () => {
  const grant = "The regional government announced a $40 million grant for flood-hit towns on Monday.";
  const named = "the $40 million grant for flood-hit towns";

  it("names the thing in each item of 'The money', 'The funds' and 'The cash'", () => {
    const body = `${grant}\n\nThe money will be spent on new pumps, sandbags and emergency shelters.\n\nThe city unveiled a 30 million euro fund for small businesses on Tuesday.\n\nThe funds will go to bakeries, repair shops and market stalls.\n\nNorvland announced a 90 million crown aid package for Castria on Friday.\n\nThe cash will pay for fuel and medicine.\n`;
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, "The $40 million grant for flood-hit towns will be spent on", [
      "new pumps",
      "sandbags",
      "emergency shelters",
    ]);
    expectItemsOwnSpans(claims, "The 30 million euro fund for small businesses will go to", [
      "bakeries",
      "repair shops",
    ]);
    expectItemsOwnSpans(claims, "The 90 million crown aid package for Castria will pay for", [
      "fuel",
      "medicine",
    ]);
  });

  it("splits 'Half of the money goes to A; the rest will fund B and C' into three claims", () => {
    const body = `${grant}\n\nHalf of the money goes to housing; the rest will fund schools and clinics.\n\nA third of the funds goes to roads; the remainder was spent on bridges and tunnels.\n`;
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expect(find(claims, `Half of ${named} goes to housing.`).quote).toBe("Half of the money goes to housing");
    expectItemsOwnSpans(claims, `The rest of ${named} will fund`, ["schools", "clinics"]);
    expect(find(claims, `A third of ${named} goes to roads.`).quote).toBe(
      "A third of the funds goes to roads",
    );
    expectItemsOwnSpans(claims, `The remainder of ${named} was spent on`, ["bridges", "tunnels"]);
  });

  it("splits 'Half of the money funds A; the rest will fund B and C' ('funds' as the first share's verb)", () => {
    const body = `${grant}\n\nHalf of the money funds housing; the rest will fund schools and clinics.\n\nA third of the funds pays for roads; the remainder covers bridges and tunnels.\n`;
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expect(find(claims, `Half of ${named} funds housing.`).quote).toBe("Half of the money funds housing");
    expectItemsOwnSpans(claims, `The rest of ${named} will fund`, ["schools", "clinics"]);
    expect(find(claims, `A third of ${named} pays for roads.`).quote).toBe(
      "A third of the funds pays for roads",
    );
    expectItemsOwnSpans(claims, `The remainder of ${named} covers`, ["bridges", "tunnels"]);
  });

  it("reads a predicate after 'and' as a claim, not an item, and names no money when nothing worth a sum came before", () => {
    const body = `${grant}\n\nThe grant will fund schools and create 300 jobs.\n`;
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual(
      expect.arrayContaining([
        "The $40 million grant for flood-hit towns will fund schools.",
        "The $40 million grant for flood-hit towns will create 300 jobs.",
      ]),
    );
    const helps = `${grant}\n\nThe grant will fund schools and help families.\n`;
    expect(extractClaims({ body: helps }).map((claim) => claim.text)).toContain(
      "The $40 million grant for flood-hit towns will fund schools and help families.",
    );
    const unnamed =
      "Residents met on Monday.\n\nThe money will be spent on new pumps, sandbags and emergency shelters.\n";
    expect(extractClaims({ body: unnamed }).map((claim) => claim.text)).toContain(
      "The money will be spent on new pumps.",
    );
  });
});

describe("extractClaims on bullets with no lead-in", () => {
  const pkg = "The $40 million aid package for Ostmark includes";

  it("reads bullets after a paragraph naming the package as its items", () => {
    const body =
      "Valdoria announced a $40 million aid package for Ostmark on Monday, its largest this year.\n\n- 20 armored ambulances\n- 300 field radios\n- 12 water trucks\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, pkg, ["20 armored ambulances", "300 field radios", "12 water trucks"]);
    expect(find(claims, `${pkg} 300 field radios.`).speaker).toBe("Valdoria");
    expect(
      new Set(claims.filter((claim) => claim.parentId !== null).map((claim) => claim.parentId)).size,
    ).toBe(1);
  });

  it("reads a fact sheet's groups of bullets under short headings as the package's items", () => {
    const body =
      "Valdoria announced a $40 million aid package for Ostmark on Monday.\n\nAir defence\n- 3 launchers\n- 2 radars\n\nOther\n- 100 trucks\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, pkg, ["3 launchers", "2 radars", "100 trucks"]);
  });

  it("reads a budget's bullets alike, and a sentence announcing 'the following items' as their lead", () => {
    const budget =
      "The council passed its 2026 budget of 480 million crowns on Tuesday.\n\n• 40 million crowns for new schools\n• a 3% raise for nurses\n• two new bus lines\n";
    expectItemsOwnSpans(extractClaims({ body: budget }), "The 2026 budget of 480 million crowns includes", [
      "40 million crowns for new schools",
      "a 3% raise for nurses",
      "two new bus lines",
    ]);
    const following =
      "Valdoria announced a $40 million aid package for Ostmark on Monday.\n\nThe package contains the following items.\n\n- 20 armored ambulances\n- 300 field radios\n";
    const claims = extractClaims({ body: following });
    expectItemsOwnSpans(claims, "The $40 million aid package for Ostmark contains", [
      "20 armored ambulances",
      "300 field radios",
    ]);
    expect(claims.filter((claim) => claim.text.includes("following"))).toEqual([]);
  });

  it("leaves bullets alone after a paragraph naming no package, and bullets that are sentences", () => {
    const polls =
      "Voters head to the polls in Arla on Sunday.\n\n- Polls open at 8 a.m.\n- Results are expected by midnight\n";
    expect(extractClaims({ body: polls }).map((claim) => claim.text)).toContain(
      "Results are expected by midnight.",
    );
    const notes =
      "Valdoria announced a $40 million aid package for Ostmark on Monday.\n\n- The first trucks left on Tuesday\n- Ostmark will pay for fuel\n";
    const texts = extractClaims({ body: notes }).map((claim) => claim.text);
    expect(texts).toEqual(
      expect.arrayContaining(["The first trucks left on Tuesday.", "Ostmark will pay for fuel."]),
    );
  });
});

describe("extractClaims on a sentence-case bullet list opening with a name", () => {
  it("keeps 'Skyrax' and 'Tarvos' capitalised and lowers the everyday openers", () => {
    const body =
      "Valdoria announced a 90 million crown aid package for Ostmark on Monday.\n\nThe package includes:\n- Skyrax missiles\n- Artillery rounds\n- Night-vision goggles\n- Tarvos launchers\n- Fuel trucks\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    const pkg = "The 90 million crown aid package for Ostmark includes";
    expect(find(claims, `${pkg} Skyrax missiles.`).quote).toBe("Skyrax missiles");
    expect(find(claims, `${pkg} Tarvos launchers.`).quote).toBe("Tarvos launchers");
    expect(find(claims, `${pkg} artillery rounds.`).quote).toBe("Artillery rounds");
    expect(find(claims, `${pkg} night-vision goggles.`).quote).toBe("Night-vision goggles");
    expect(find(claims, `${pkg} fuel trucks.`).quote).toBe("Fuel trucks");
  });
});

describe("extractClaims on an 'of' phrase joining two nouns before the sentence's end", () => {
  it("does not read the second noun as a verb ('a package of loans and grants for small farms')", () => {
    const body =
      "The ministry unveiled a 2 billion crown package of loans and grants for small farms on Tuesday.\n\nThe package includes cheap credit, tax breaks and export guarantees.\n";
    const claims = extractClaims({ body });
    expect(
      find(
        claims,
        "The ministry unveiled a 2 billion crown package of loans and grants for small farms on Tuesday.",
      ).parentId,
    ).toBeNull();
    expectItemsOwnSpans(claims, "The 2 billion crown package of loans and grants for small farms includes", [
      "cheap credit",
      "tax breaks",
      "export guarantees",
    ]);
  });

  it("still splits a shared subject's second verb ('cut the price of its phones and plans new stores')", () => {
    const claims = extractClaims({ body: "Acme cut the price of its phones and plans new stores in May.\n" });
    expect(find(claims, "Acme plans new stores in May.").quote).toBe("plans new stores in May");
  });
});

describe("extractClaims on a counted thing paired with a thing that has its own phrase", () => {
  const pkg = "The Kelvar government approved a $95 million winter aid package for Ostvale on Monday.";

  it("splits 'also contains 40 mobile clinics and fuel for district heating plants', tag and all", () => {
    const body = `${pkg} The package also contains 40 mobile clinics and fuel for district heating plants, the ministry said in a statement.\n`;
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    const lead = "The $95 million winter aid package for Ostvale also includes";
    expectItemsOwnSpans(claims, lead, ["40 mobile clinics", "fuel for district heating plants"]);
    expect(find(claims, `${lead} 40 mobile clinics.`).speaker).toBe("the ministry");
    expect(find(claims, `${lead} fuel for district heating plants.`).speaker).toBe("the ministry");
  });

  it("splits a spending pair the same way, and keeps 'supplies of food and water for …' whole", () => {
    const grant = extractClaims({ body: "The grant will fund 40 teachers and training for nurses.\n" });
    expectItemsOwnSpans(grant, "The grant will fund", ["40 teachers", "training for nurses"]);
    const body = `${pkg} It also includes supplies of food and water for 3,000 people.\n`;
    expect(extractClaims({ body }).map((claim) => claim.text)).toContain(
      "The $95 million winter aid package for Ostvale also includes supplies of food and water for 3,000 people.",
    );
  });
});

describe("extractClaims on a pair whose second thing is a plural noun with its own phrase", () => {
  it("lists 'Among the items are 40 tents and stoves for shelters' instead of reading 'stoves' as a verb", () => {
    const body =
      "Valdoria approved a $40 million aid package for Ostmark on Monday. Among the items are 40 tents and stoves for shelters. Also included are 300 cots and blankets for displaced families.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, "The $40 million aid package for Ostmark includes", [
      "40 tents",
      "stoves for shelters",
      "300 cots",
      "blankets for displaced families",
    ]);
  });
});

describe("extractClaims on a tranche described with a participle and a time", () => {
  it("names 'That tranche' as 'The earlier $30 million tranche announced in September'", () => {
    const body =
      "Kelvar approved a $95 million aid package for Ostvale on Monday. It follows an earlier $30 million tranche announced in September. That tranche paid for 200 field kitchens and 15 ambulances, according to ministry figures.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    const lead = "The earlier $30 million tranche announced in September paid for";
    expectItemsOwnSpans(claims, lead, ["200 field kitchens", "15 ambulances"]);
    expect(find(claims, `${lead} 15 ambulances.`).speaker).toBe("the ministry");
  });
});

describe("extractClaims on a purpose or a place after the last of counted things", () => {
  const texts = (body: string) =>
    extractClaims({ body })
      .sort((a, b) => a.start - b.start)
      .map((claim) => [claim.text, claim.quote]);

  it("gives every counted item the purpose ('to help with rescues', 'to clear debris'), spans kept", () => {
    expect(
      texts("The army has deployed 900 soldiers, 30 boats and four helicopters to help with rescues.\n"),
    ).toEqual([
      ["The army has deployed 900 soldiers to help with rescues.", "900 soldiers"],
      ["The army has deployed 30 boats to help with rescues.", "30 boats"],
      [
        "The army has deployed four helicopters to help with rescues.",
        "four helicopters to help with rescues",
      ],
    ]);
    expect(
      texts("Crews brought in 12 bulldozers, 40 trucks and 200 workers to clear debris.\n")[1]?.[0],
    ).toBe("Crews brought in 40 trucks to clear debris.");
  });

  it("gives every counted item the place ('across the region', 'in the flooded districts')", () => {
    expect(
      texts(
        "The agency has sent 300 medics, 40 ambulances and 12 field hospitals across the region.\n",
      )[0]?.[0],
    ).toBe("The agency has sent 300 medics across the region.");
    expect(
      texts("The Red Cross set up 15 shelters, 8 kitchens and 3 clinics in the flooded districts.\n")[1]?.[0],
    ).toBe("The Red Cross set up 8 kitchens in the flooded districts.");
  });

  it("leaves the purpose with its own item when the items are not all counted, and 'to families' alone", () => {
    expect(
      texts("The city sent two tugs, a diving team and a crane to lift the wreck.\n").map(([text]) => text),
    ).toEqual([
      "The city sent two tugs.",
      "The city sent a diving team.",
      "The city sent a crane to lift the wreck.",
    ]);
    expect(texts("The charity gave 300 blankets, 40 stoves and 12 heaters to families.\n")[0]?.[0]).toBe(
      "The charity gave 300 blankets.",
    );
  });
});

describe("extractClaims on a series closed by 'which together …'", () => {
  const lead = "The $40 million aid package for Ostmark includes";

  it("gives the items without the clause and one claim of the group with its figure", () => {
    const body =
      "Valdoria approved a $40 million aid package for Ostmark on Monday. The package includes 40 trucks, 12 cranes and 300 tents, which together cost $4 million.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, lead, ["40 trucks", "12 cranes", "300 tents"]);
    expect(
      find(claims, `${lead} 40 trucks, 12 cranes and 300 tents, which together cost $4 million.`).quote,
    ).toBe("40 trucks, 12 cranes and 300 tents, which together cost $4 million");
  });

  it("does the same for a pair ('between them', 'combined') and for a series of objects", () => {
    const pair =
      "Valdoria approved a $40 million aid package for Ostmark on Monday. It includes 40 trucks and 12 cranes, which combined are worth $3 million, the ministry said.\n";
    const pairClaims = extractClaims({ body: pair });
    expectItemsOwnSpans(pairClaims, lead, ["40 trucks", "12 cranes"]);
    expect(
      find(pairClaims, `${lead} 40 trucks and 12 cranes, which combined are worth $3 million.`).speaker,
    ).toBe("the ministry");
    const rebuild =
      "The fund will rebuild the Arla bridge, the Bex school and the Cove clinic, which between them cost $4 million.\n";
    const claims = extractClaims({ body: rebuild });
    expectItemsOwnSpans(claims, "The fund will rebuild", [
      "the Arla bridge",
      "the Bex school",
      "the Cove clinic",
    ]);
    expect(claims.filter((claim) => claim.text.includes("$4 million")).map((claim) => claim.quote)).toEqual([
      "the Arla bridge, the Bex school and the Cove clinic, which between them cost $4 million",
    ]);
  });
});

describe("extractClaims on a series whose last object closes with 'who lost crops'", () => {
  it("splits 'will pay for A, repairs to roads and bridges, and grants to farmers who lost crops' in three", () => {
    const body =
      "The province set up a 12 million crown relief fund on Friday. The relief fund will pay for temporary housing, repairs to roads and bridges, and grants to farmers who lost crops.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, "The 12 million crown relief fund will pay for", [
      "temporary housing",
      "repairs to roads and bridges",
      "grants to farmers who lost crops",
    ]);
  });
});

/** Each claim's text and quote, in body order. */
function read(body: string): string[][] {
  return extractClaims({ body })
    .sort((a, b) => a.start - b.start)
    .map((claim) => [claim.text, claim.quote]);
}

describe("extractClaims on count clauses with a left-out verb or noun", () => {
  it("gives a gapped count the first clause's noun and auxiliaries ('… and 1,100 damaged')", () => {
    const body = "The disaster agency said 480 homes had been destroyed and 1,100 damaged.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expect(read(body)).toEqual([
      ["480 homes had been destroyed.", "480 homes had been destroyed"],
      ["1,100 homes had been damaged.", "1,100 damaged"],
    ]);
    expect(claims.map((claim) => claim.speaker)).toEqual(["the disaster agency", "the disaster agency"]);
    expect(
      read("Officials said 480 homes had been destroyed and 1,100 damaged in the floods.\n")[1]?.[0],
    ).toBe("1,100 homes had been damaged in the floods.");
    expect(read("Police said 12 people were killed in Arna and 30 in Bel.\n")).toEqual([
      ["12 people were killed in Arna.", "12 people were killed in Arna"],
      ["30 people were killed in Bel.", "30 in Bel"],
    ]);
    expect(
      read("The ministry said 2,400 houses were flooded in the delta and at least 600 destroyed.\n")[1],
    ).toEqual(["At least 600 houses were destroyed.", "at least 600 destroyed"]);
  });

  it("reads a second count's own verb with the first's noun, both with the cause they share", () => {
    const body =
      "At least 14 people died and 3,200 were evacuated after heavy rain caused rivers to burst their banks in northern Carvania, officials said.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      [
        "At least 14 people died after heavy rain caused rivers to burst their banks in northern Carvania.",
        "At least 14 people died",
      ],
      [
        "3,200 people were evacuated after heavy rain caused rivers to burst their banks in northern Carvania.",
        "3,200 were evacuated after heavy rain caused rivers to burst their banks in northern Carvania",
      ],
    ]);
    expect(
      read(
        "Two people died and 14 were injured in a crash on the coast road on Sunday, police said.\n",
      )[0]?.[0],
    ).toBe("Two people died in a crash on the coast road on Sunday.");
    // A first clause with a place of its own keeps it alone; a count right before its verb needs no comma.
    expect(
      read("Nine miners died in the north and 40 were injured when the shaft collapsed.\n")[0]?.[0],
    ).toBe("Nine miners died in the north.");
    expect(read("Police arrested 14 people and 12 were later released.\n")).toEqual([
      ["Police arrested 14 people.", "Police arrested 14 people"],
      ["12 people were later released.", "12 were later released"],
    ]);
  });

  it("reads a second count with its own noun and a participle as passive, not one with an object", () => {
    expect(read("The ministry said 12 schools were closed and 40 teachers sent home.\n")).toEqual([
      ["12 schools were closed.", "12 schools were closed"],
      ["40 teachers were sent home.", "40 teachers sent home"],
    ]);
    expect(read("12 schools were closed and 40 teachers lost jobs in the cuts.\n")).toHaveLength(1);
    // People counted without a plural ending name a bare count too.
    expect(read("The council hired 40 staff and 12 were let go a month later.\n")[1]?.[0]).toBe(
      "12 staff were let go a month later.",
    );
  });

  it("leaves a participle after an active verb, and a verb after a bare count, whole", () => {
    // "30 injured" after "died": "were injured"? Not guessed.
    for (const body of [
      "At least 14 people died and 30 injured in the blast.\n",
      "The council approved 12 projects and 30 more are planned.\n",
      "Between 2019 and 2021 house prices rose.\n",
    ])
      expect(read(body)).toHaveLength(1);
  });

  it("gives a gapped amount the first clause's verb ('Exports rose 4 percent and imports 2 percent')", () => {
    const body = "Exports rose 4 percent and imports 2 percent.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["Exports rose 4 percent.", "Exports rose 4 percent"],
      ["Imports rose 2 percent.", "imports 2 percent"],
    ]);
    expect(read("The Dax fell 1.2% and the Cac 0.8% in late trading.\n")[1]?.[0]).toBe(
      "The Cac fell 0.8% in late trading.",
    );
    expect(read("Revenue climbed 8 percent to $4.2 billion and net income 12 percent.\n")[1]?.[0]).toBe(
      "Net income climbed 12 percent.",
    );
    expect(read("Unemployment fell to 4.1% and inflation to 2.3% in March.\n")[1]?.[0]).toBe(
      "Inflation fell to 2.3% in March.",
    );
    // A present "-s" verb before an amount is a verb of its own.
    expect(read("The port exports 40% of its grain and imports 20% of its fuel.\n")[1]?.[0]).toBe(
      "The port imports 20% of its fuel.",
    );
  });

  it("gives every gapped amount of a series the verb ('A won 52 percent, B 38 percent and C 6 percent')", () => {
    const body = "Lia Dorn won 48 percent of the vote, Ivo Mak 31 percent and Ada Sol 12 percent.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["Lia Dorn won 48 percent of the vote.", "Lia Dorn won 48 percent of the vote"],
      // Each later share is of the same whole (s23; it read "Ivo Mak won 31 percent." before).
      ["Ivo Mak won 31 percent of the vote.", "Ivo Mak 31 percent"],
      ["Ada Sol won 12 percent of the vote.", "Ada Sol 12 percent"],
    ]);
  });

  it("names what 'two more' counts after a predicate that counted it", () => {
    expect(
      read("Troops cleared six villages and captured three more in the east.\n").map(([text]) => text),
    ).toEqual(["Troops cleared six villages.", "Troops captured three more villages in the east."]);
    expect(read("The club signed two strikers and wants one more.\n")[1]?.[0]).toBe(
      "The club wants one more.",
    );
  });

  it("reads a named subject of up to four words in a gapped series and gives a bare count the first count's noun", () => {
    expect(
      read("The Rural Party won 38 seats, the Coast League 21 and the Free Voters 9.\n").map(
        ([text]) => text,
      ),
    ).toEqual([
      "The Rural Party won 38 seats.",
      "The Coast League won 21 seats.",
      "The Free Voters won 9 seats.",
    ]);
  });

  it("gives each count at a place what the first count counts ('14 died in A, nine in B and three in C')", () => {
    const body = "Floods killed 22 people in Varo, eight in Lund and five in Essel.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["Floods killed 22 people in Varo.", "Floods killed 22 people in Varo"],
      ["Floods killed eight people in Lund.", "eight in Lund"],
      ["Floods killed five people in Essel.", "five in Essel"],
    ]);
    expect(read("The chain runs 120 shops in Norra and 15 in Sudby.\n").map(([text]) => text)).toEqual([
      "The chain runs 120 shops in Norra.",
      "The chain runs 15 shops in Sudby.",
    ]);
  });
});

describe("extractClaims on a series of present-tense predicates", () => {
  it("repeats a plural subject before each base verb, and splits the last predicate's list", () => {
    const body =
      "The sanctions target 40 firms in the energy sector, freeze the assets of 12 officials and ban exports of drones, radars and engines.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      [
        "The sanctions target 40 firms in the energy sector.",
        "The sanctions target 40 firms in the energy sector",
      ],
      ["The sanctions freeze the assets of 12 officials.", "freeze the assets of 12 officials"],
      ["The sanctions ban exports of drones.", "drones"],
      ["The sanctions ban exports of radars.", "radars"],
      ["The sanctions ban exports of engines.", "engines"],
    ]);
    expect(
      read("The new rules cap rents, ban no-fault evictions and give tenants a right to repair.\n"),
    ).toEqual([
      ["The new rules cap rents.", "The new rules cap rents"],
      ["The new rules ban no-fault evictions.", "ban no-fault evictions"],
      ["The new rules give tenants a right to repair.", "give tenants a right to repair"],
    ]);
    expect(read("The measures cap rents at 3 percent and extend a ban on evictions until March.\n")).toEqual([
      ["The measures cap rents at 3 percent.", "The measures cap rents at 3 percent"],
      ["The measures extend a ban on evictions until March.", "extend a ban on evictions until March"],
    ]);
  });

  it("reads a series of objects after a plural subject's base verb with the verb ('target firms, banks and …')", () => {
    const body = "The sanctions target oil traders, ship insurers and state banks.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["The sanctions target oil traders.", "oil traders"],
      ["The sanctions target ship insurers.", "ship insurers"],
      ["The sanctions target state banks.", "state banks"],
    ]);
    expect(read("The rules cover pay, pensions and holidays.\n").map(([text]) => text)).toEqual([
      "The rules cover pay.",
      "The rules cover pensions.",
      "The rules cover holidays.",
    ]);
  });

  it("repeats a singular subject before each '-s' verb of a series", () => {
    expect(read("The plan cuts fares by 10 percent, raises parking fees and closes two depots.\n")).toEqual([
      ["The plan cuts fares by 10 percent.", "The plan cuts fares by 10 percent"],
      ["The plan raises parking fees.", "raises parking fees"],
      ["The plan closes two depots.", "closes two depots"],
    ]);
    expect(
      read("The grant funds new schools, repairs roads and builds parks.\n").map(([text]) => text),
    ).toEqual(["The grant funds new schools.", "The grant repairs roads.", "The grant builds parks."]);
  });

  it("reads a predicate after a list its own 'and' closed ('grow wheat, barley and oats and sell them')", () => {
    expect(
      read("Farmers grow wheat, barley and oats and sell them at market.\n").map(([text]) => text),
    ).toEqual([
      "Farmers grow wheat.",
      "Farmers grow barley.",
      "Farmers grow oats.",
      "Farmers sell them at market.",
    ]);
    expect(
      read("The rebels control three towns, two airports and a port and hold 200 prisoners.\n").at(-1),
    ).toEqual(["The rebels hold 200 prisoners.", "hold 200 prisoners"]);
  });

  it("leaves things, an infinitive's verbs and an inner clause's verbs alone", () => {
    for (const body of [
      "Residents fear the plans will raise rents and cut services.\n",
      "The new rules require banks to hold more capital and limit bonuses for senior staff.\n",
    ])
      expect(read(body)).toHaveLength(1);
    // After predicates only, the last "and" opens one more with any verb that agrees ("push").
    expect(
      read("Residents say the changes hurt small shops, raise costs and push families out.\n").map(
        ([text]) => text,
      ),
    ).toEqual([
      "The changes hurt small shops.",
      "The changes raise costs.",
      "The changes push families out.",
    ]);
    // "subsidies for" with no subject before it still lends its phrase to the bare words after it.
    expect(
      read("The plan raises subsidies for farmers, fishers and truckers.\n").map(([text]) => text),
    ).toEqual([
      "The plan raises subsidies for farmers.",
      "The plan raises subsidies for fishers.",
      "The plan raises subsidies for truckers.",
    ]);
  });
});

describe("extractClaims on a usual verb's past tense before a bare noun", () => {
  it("splits after a first predicate with its determined object ('approved the budget and raised parking fees')", () => {
    const body = "The city council approved the budget and raised parking fees on Tuesday.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["The city council approved the budget.", "The city council approved the budget"],
      ["The city council raised parking fees on Tuesday.", "raised parking fees on Tuesday"],
    ]);
    expect(read("The board rejected the offer and cut staff bonuses by half.\n")[1]?.[0]).toBe(
      "The board cut staff bonuses by half.",
    );
    expect(read("Regulators fined the bank and froze client accounts.\n")[1]?.[0]).toBe(
      "Regulators froze client accounts.",
    );
  });

  it("leaves an '-ed' adjective, a bare first object and a range whole", () => {
    for (const body of [
      "The council approved the budget and revised plans for the harbour.\n",
      "The firm cut jobs and raised prices in May.\n",
      "Talks broke down between the union and hired staff over pay.\n",
    ])
      expect(read(body)).toHaveLength(1);
  });
});

describe("extractClaims on a subject with an age between commas", () => {
  it("repeats the name without the age before a second predicate ('Paulsen, 62, founded … and sold it …')", () => {
    const body = "Paulsen, 62, founded the firm in 1990 and sold it in 2015.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["Paulsen, 62, founded the firm in 1990.", "Paulsen, 62, founded the firm in 1990"],
      ["Paulsen sold the firm in 2015.", "sold it in 2015"],
    ]);
    expect(read("Lind, 48, joined the club in 2023 and led it to a fourth-place finish.\n")[1]?.[0]).toBe(
      "Lind led the club to a fourth-place finish.",
    );
  });

  it("leaves a subject with a longer appositive whole", () => {
    expect(read("Ana Berg, the coach, joined the club in 2023 and led it to the title.\n")).toHaveLength(1);
  });
});

describe("extractClaims on a team named in the plural", () => {
  it("names a later 'them' by the one team the first predicate names ('joined the Rovers … and led them')", () => {
    const body =
      "Lind, 48, joined the Rovers in 2023 and led them to a fourth-place finish in his first season.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(read(body)).toEqual([
      ["Lind, 48, joined the Rovers in 2023.", "Lind, 48, joined the Rovers in 2023"],
      [
        "Lind led the Rovers to a fourth-place finish in his first season.",
        "led them to a fourth-place finish in his first season",
      ],
    ]);
    expect(
      read("Marta Oduya, 31, joined the Harbour Hawks in May and helped them reach the final.\n")[1]?.[0],
    ).toBe("Marta Oduya helped the Harbour Hawks reach the final.");
  });

  it("leaves 'them' after a place named in the plural", () => {
    expect(read("The governor visited the Philippines and praised them for their response.\n")[1]?.[0]).toBe(
      "The governor praised them for their response.",
    );
  });
});

describe("extractClaims on a reported 'it' after 'called it “…” and said'", () => {
  it("names the reported 'it' by what the speaker's own 'it' took up from the sentence before", () => {
    const body =
      'Sen. Mark Delaney voted against the measure. He called it "a monument to waste" and said it added $300 billion to the deficit.\n';
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expect(find(claims, "The measure added $300 billion to the deficit.").speaker).toBe("Mark Delaney");
    expect(
      read(
        "Mayor Ana Ruiz vetoed the zoning bill on Friday. She called it “a giveaway to developers” and said it would raise rents.\n",
      )[1]?.[0],
    ).toBe("The zoning bill would raise rents.");
    // "as" ends the object's phrase: "the new levy", not "the new levy as fair".
    expect(
      read(
        "Finance Minister Ola Brandt unveiled the new levy. He described it as fair and said it would raise 2 billion crowns.\n",
      )[1]?.[0],
    ).toBe("The new levy would raise 2 billion crowns.");
  });

  it("leaves 'it' when the sentence before has a subject it may mean, or after 'called it a day'", () => {
    expect(
      read(
        'The council approved the budget. Mayor Ana Ruiz called it "a good start" and said it would fund 40 new teachers.\n',
      )[1]?.[0],
    ).toBe("It would fund 40 new teachers.");
    expect(
      read(
        "Sen. Mark Delaney met the governor. He called it a day and said it had cost the state $40 million.\n",
      )[1]?.[0],
    ).toBe("It had cost the state $40 million.");
  });
});

describe("extractClaims on a first predicate before a list after a modal", () => {
  const bySpan = (body: string) =>
    extractClaims({ body })
      .sort((a, b) => a.start - b.start)
      .map((claim) => [claim.text, claim.quote]);

  it("gives 'will cost X and include A, B and C' the cost claim and one claim per item, each with the modal", () => {
    const body =
      "The campaign will cost 12 million crowns and include mobile clinics, text-message reminders and school visits.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(bySpan(body)).toEqual([
      ["The campaign will cost 12 million crowns.", "The campaign will cost 12 million crowns"],
      ["The campaign will include mobile clinics.", "mobile clinics"],
      ["The campaign will include text-message reminders.", "text-message reminders"],
      ["The campaign will include school visits.", "school visits"],
    ]);
    expect(
      bySpan("The plan would cost 3 billion euros and include new dikes, pumps and flood walls.\n"),
    ).toEqual([
      ["The plan would cost 3 billion euros.", "The plan would cost 3 billion euros"],
      ["The plan would include new dikes.", "new dikes"],
      ["The plan would include pumps.", "pumps"],
      ["The plan would include flood walls.", "flood walls"],
    ]);
    expect(
      bySpan("The city will hire 40 nurses and add 200 beds at the main hospital.\n").map(([text]) => text),
    ).toEqual(["The city will hire 40 nurses.", "The city will add 200 beds at the main hospital."]);
  });

  it("keeps 'will fund schools and support for farmers' whole: 'support for' is a noun", () => {
    const body = "The bill will fund schools and support for farmers.\n";
    expect(bySpan(body)).toEqual([[body.trim(), body.trim()]]);
    const help = "Farmers will need seeds and help with irrigation.\n";
    expect(bySpan(help)).toEqual([[help.trim(), help.trim()]]);
  });
});

describe("extractClaims on a dash bullet with two counted things", () => {
  it("makes each counted thing its own item, and keeps an uncounted pair whole", () => {
    const body =
      "Norvland on Thursday announced a $420 million aid package for Kesh.\n\nThe package includes:\n\n- 18 self-propelled howitzers and 40,000 rounds of 155 mm ammunition\n- Radars and launchers for air defense\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, "The $420 million aid package for Kesh includes", [
      "18 self-propelled howitzers",
      "40,000 rounds of 155 mm ammunition",
    ]);
    expect(
      find(claims, "The $420 million aid package for Kesh includes radars and launchers for air defense.")
        .quote,
    ).toBe("Radars and launchers for air defense");
  });
});

describe("extractClaims on a series whose first object has its own relative clause", () => {
  it("splits the series, the first item keeping its clause ('who were evacuated', 'that linked …')", () => {
    expect(
      itemClaimsOf(
        "The fund covers rent for families who were evacuated, repairs to schools and new boats.\n",
      ),
    ).toEqual([
      ["The fund covers rent for families who were evacuated.", "rent for families who were evacuated"],
      ["The fund covers repairs to schools.", "repairs to schools"],
      ["The fund covers new boats.", "new boats"],
    ]);
    expect(
      itemClaimsOf("The storm destroyed the bridge that linked the islands, two schools and a clinic.\n"),
    ).toEqual([
      ["The storm destroyed the bridge that linked the islands.", "the bridge that linked the islands"],
      ["The storm destroyed two schools.", "two schools"],
      ["The storm destroyed a clinic.", "a clinic"],
    ]);
    expect(
      itemClaimsOf(
        "The court convicted the men who ran the scheme, their accountant and a bank clerk.\n",
      ).map(([text]) => text),
    ).toEqual([
      "The court convicted the men who ran the scheme.",
      "The court convicted their accountant.",
      "The court convicted a bank clerk.",
    ]);
  });

  it("keeps a sentence whole when the later parts are the relative clause's own verbs", () => {
    for (const body of [
      "Senators backed provisions that would raise taxes, cut spending and end subsidies.\n",
      "The council backed a law that cuts taxes, raises the fuel duty and ends subsidies.\n",
      "The rules that raised fees, ended grants and cut staff were repealed.\n",
      "The law bans groups that receive foreign money, imposes fines and requires audits.\n",
      "The storm hit towns that had just rebuilt, cutting power, flooding roads and closing schools.\n",
    ])
      expect(itemClaimsOf(body)).toEqual([]);
  });
});

describe("extractClaims on a counted pair after a verb of giving", () => {
  it("makes each thing given its own claim, with the receiver and a shared destination", () => {
    expect(itemClaimsOf("Valdoria will send 40 tents and stoves for shelters.\n")).toEqual([
      ["Valdoria will send 40 tents.", "40 tents"],
      ["Valdoria will send stoves for shelters.", "stoves for shelters"],
    ]);
    expect(
      itemClaimsOf("Valdoria will send Kesh 40 tents and stoves for shelters.\n").map(([text]) => text),
    ).toEqual(["Valdoria will send Kesh 40 tents.", "Valdoria will send Kesh stoves for shelters."]);
    expect(
      itemClaimsOf("The charity donated 300 blankets and medical kits.\n").map(([text]) => text),
    ).toEqual(["The charity donated 300 blankets.", "The charity donated medical kits."]);
    expect(
      itemClaimsOf("Valdoria will send $20 million and medical teams to Kesh next month.\n").map(
        ([text]) => text,
      ),
    ).toEqual([
      "Valdoria will send $20 million to Kesh next month.",
      "Valdoria will send medical teams to Kesh next month.",
    ]);
  });

  it("reads any non-verb after a past verb of giving as a thing ('shipped 12 generators and spare parts')", () => {
    expect(itemClaimsOf("Norvland shipped 12 generators and spare parts.\n")).toEqual([
      ["Norvland shipped 12 generators.", "12 generators"],
      ["Norvland shipped spare parts.", "spare parts"],
    ]);
    expect(itemClaimsOf("Valdoria sent 40 tents and trained soldiers.\n")).toEqual([]);
  });

  it("keeps a predicate after 'and' and a counted receiver whole", () => {
    expect(itemClaimsOf("Valdoria will send 40 tents and train soldiers.\n")).toEqual([]);
    expect(itemClaimsOf("The agency gave 3,000 families food and water.\n")).toEqual([]);
  });
});

describe("extractClaims on a package whose value is given in an appositive", () => {
  it("says the value in every later item, the appositive closed ('worth', 'valued at', 'totalling')", () => {
    const body =
      "Norvland on Thursday announced its largest military aid package for Kesh to date, worth $420 million.\n\nIt includes 250 armored personnel carriers and 30 field hospitals. Valdoria will send 20 jeeps under the package.\n";
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    const pkg = "Norvland's largest military aid package for Kesh to date, worth $420 million,";
    expectItemsOwnSpans(claims, `${pkg} includes`, ["250 armored personnel carriers", "30 field hospitals"]);
    find(
      claims,
      "Valdoria will send 20 jeeps under Norvland's largest military aid package for Kesh to date, worth $420 million.",
    );
    expect(
      itemClaimsOf(
        "Norvland announced a new aid package for Kesh, valued at $420 million. The package includes 40 trucks and 12 radars.\n",
      ).map(([text]) => text),
    ).toEqual([
      "The new aid package for Kesh, valued at $420 million, includes 40 trucks.",
      "The new aid package for Kesh, valued at $420 million, includes 12 radars.",
    ]);
    expect(
      itemClaimsOf(
        "The government approved a flood relief plan on Monday, totalling 3 billion euros. The plan will fund new dikes, pumping stations and sirens.\n",
      ).map(([text]) => text)[0],
    ).toBe("The flood relief plan, totalling 3 billion euros, will fund new dikes.");
  });

  it("says the value once when the reference repeats it, and names 'Of the total' after it", () => {
    const body =
      "Norvland announced a new aid package for Kesh, worth $420 million. The package, worth $420 million, includes 40 trucks and 12 radars. Of the total, $40 million goes to demining.\n";
    const claims = extractClaims({ body });
    expectItemsOwnSpans(claims, "The new aid package for Kesh, worth $420 million, includes", [
      "40 trucks",
      "12 radars",
    ]);
    find(claims, "Of the new aid package for Kesh, worth $420 million, $40 million goes to demining.");
  });

  it("keeps a value given in brackets in the description ('(worth $420 million)')", () => {
    expect(
      itemClaimsOf(
        "Norvland announced a new aid package for Kesh (worth $420 million). The package includes 40 trucks and 12 radars.\n",
      ).map(([text]) => text)[0],
    ).toBe("The new aid package for Kesh (worth $420 million) includes 40 trucks.");
  });

  it("leaves a package without an appositive value as it was", () => {
    expect(
      itemClaimsOf(
        "Norvland announced a new aid package for Kesh on Monday, saying it was urgent. The package includes 40 trucks and 12 radars.\n",
      )
        .map(([text]) => text)
        .filter((text) => text?.includes(" includes ")),
    ).toEqual([
      "The new aid package for Kesh includes 40 trucks.",
      "The new aid package for Kesh includes 12 radars.",
    ]);
  });
});

describe("extractClaims on a package whose value only the headline gives", () => {
  const headline = "Norvland unveils $420 million military aid package for Kesh";
  const story =
    "Norvland on Thursday announced its largest military aid package for Kesh to date.\n\nThe package includes 250 armored personnel carriers and 30 field hospitals.\n";
  const pkg = "Norvland's largest military aid package for Kesh to date, worth $420 million, includes";

  it("gives the body's description the headline's amount, from a headline line or a separate title", () => {
    const body = `${headline}\n\n${story}`;
    const claims = extractClaims({ body });
    expectExactOffsets(body, claims);
    expectItemsOwnSpans(claims, pkg, ["250 armored personnel carriers", "30 field hospitals"]);
    // The headline line stays no claim of its own.
    expect(claims.some((claim) => claim.quote === headline)).toBe(false);
    expectItemsOwnSpans(extractClaims({ title: headline, body: story }), pkg, [
      "250 armored personnel carriers",
    ]);
    const short = `${headline}\n\nNorvland announced its largest military aid package. The package includes 40 trucks and 12 radars.\n`;
    expect(itemClaimsOf(short).map(([text]) => text)[0]).toBe(
      "Norvland's largest military aid package, worth $420 million, includes 40 trucks.",
    );
  });

  it("gives an institution owning the headline's thing its article ('the Senate's … bill')", () => {
    const body =
      "Senate passes $95 billion aid bill\n\nThe Senate passed the aid package early Tuesday. The bill passed 70-29 after an all-night session.\n";
    expect(extractClaims({ body }).map((claim) => claim.text)).toContain(
      "The Senate's $95 billion aid bill passed 70-29 after an all-night session.",
    );
  });

  it("leaves a package for another country, an earlier one and a title-case headline without it", () => {
    const other = `${headline}\n\nNorvland also announced a military aid package for Ostmark. The package includes 40 trucks and 12 radars.\n`;
    expect(itemClaimsOf(other).map(([text]) => text)[0]).toBe(
      "The military aid package for Ostmark includes 40 trucks.",
    );
    const earlier = `${headline}\n\nNorvland sent its first military aid package for Kesh in May. The package includes 40 trucks and 12 radars.\n`;
    expect(itemClaimsOf(earlier).map(([text]) => text)[0]).toBe(
      "Norvland's first military aid package for Kesh includes 40 trucks.",
    );
    const titleCase = `Norvland Unveils $420 Million Military Aid Package for Kesh\n\n${story}`;
    expect(itemClaimsOf(titleCase).map(([text]) => text)[0]).toBe(
      "Norvland's largest military aid package for Kesh to date includes 250 armored personnel carriers.",
    );
  });
});

describe("extractClaims on a second predicate after 'and also'", () => {
  it("repeats the subject (and modal) before 'also', which stays in the second claim", () => {
    expect(
      itemClaimsOf(
        "The bill funds the government through September and also includes $886 billion for defense, a pay raise for troops and $1.6 billion for border security.\n",
      ).map(([text]) => text),
    ).toEqual([
      "The bill funds the government through September.",
      "The bill also includes $886 billion for defense.",
      "The bill also includes a pay raise for troops.",
      "The bill also includes $1.6 billion for border security.",
    ]);
    expect(
      itemClaimsOf(
        "The campaign will cost 12 million crowns and also include mobile clinics and school visits.\n",
      )
        .map(([text]) => text)
        .slice(0, 2),
    ).toEqual([
      "The campaign will cost 12 million crowns.",
      "The campaign will also include mobile clinics.",
    ]);
    expect(itemClaimsOf("Police arrested 14 people and then seized 200 kilograms of cocaine.\n")).toEqual([
      ["Police arrested 14 people.", "Police arrested 14 people"],
      ["Police then seized 200 kilograms of cocaine.", "then seized 200 kilograms of cocaine"],
    ]);
  });

  it("keeps 'includes trucks and also radios for the army' one claim: 'radios' is no verb there", () => {
    expect(itemClaimsOf("The package includes trucks and also radios for the army.\n")).toEqual([]);
  });
});

describe("extractClaims on a subject with a relative clause between commas", () => {
  it("repeats the bare subject before the second predicate ('The bill, which passed 286-134, funds … and includes …')", () => {
    const body =
      "The bill, which passed 286-134, funds the government through September and includes $886 billion for defense and $1.6 billion for border security.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(itemClaimsOf(body)).toEqual([
      [
        "The bill, which passed 286-134, funds the government through September.",
        "The bill, which passed 286-134, funds the government through September",
      ],
      ["The bill includes $886 billion for defense.", "$886 billion for defense"],
      ["The bill includes $1.6 billion for border security.", "$1.6 billion for border security"],
    ]);
    expect(
      itemClaimsOf(
        "Acme, which makes tractors, is closing 12 stores and plans new outlets in the north.\n",
      ).map(([text]) => text),
    ).toEqual(["Acme, which makes tractors, is closing 12 stores.", "Acme plans new outlets in the north."]);
    expect(
      itemClaimsOf(
        "The council, which meets on Mondays, approved the budget and expects a surplus of 3 million.\n",
      )
        .map(([text]) => text)
        .at(-1),
    ).toBe("The council expects a surplus of 3 million.");
  });
});

describe("extractClaims on a predicate series after a subject with a relative clause", () => {
  it("never makes 'The mayor, who' the subject of the later predicates", () => {
    const body =
      "The mayor, who took office in May, visited the site, met families and promised new homes.\n";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts.filter((text) => text.startsWith("The mayor, who "))).toEqual(
      texts.filter((text) => text.startsWith("The mayor, who took office in May,")),
    );
    expect(
      itemClaimsOf("The storm killed 12 people, destroyed 300 homes and cut power to 4,000 homes.\n").length,
    ).toBe(3);
  });
});

describe("extractClaims on a lead whose thing later claims describe in full", () => {
  it("keeps the lead: a later claim restating its description is no restatement of the lead", () => {
    const body =
      "Norvland announced a new aid package for Kesh, worth $420 million.\n\nThe first trucks left the border on Friday.\n\nThe package also includes 12 patrol boats.\n";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("Norvland announced a new aid package for Kesh, worth $420 million.");
    expect(texts).toContain(
      "The new aid package for Kesh, worth $420 million, also includes 12 patrol boats.",
    );
    const total =
      "Norvland announced its $420 million military aid package for Kesh.\n\nOf the total, $40 million goes to demining.\n\nThe money will be spent on trucks.\n";
    expect(extractClaims({ body: total }).map((claim) => claim.quote)).toContain(
      "Of the total, $40 million goes to demining.",
    );
    const lead = find(
      extractClaims({ body: TOLLAN_PACKAGE }),
      "Ardenne on Thursday unveiled a 55 million crown winter aid package for Tollan.",
    );
    expect(lead.start).toBe(0);
  });
});

describe("extractClaims on an '-s' noun with a relative clause after 'and'", () => {
  it("reads 'and doctors who speak the language' as a thing, not a predicate of the subject", () => {
    expect(
      itemClaimsOf("The ministry will send 40 ambulances and doctors who speak the language.\n"),
    ).toEqual([
      ["The ministry will send 40 ambulances.", "40 ambulances"],
      ["The ministry will send doctors who speak the language.", "doctors who speak the language"],
    ]);
    expect(itemClaimsOf("Acme is cutting prices and plans new stores.\n").map(([text]) => text)).toEqual([
      "Acme is cutting prices.",
      "Acme plans new stores.",
    ]);
  });
});

describe("extractClaims on predicates a modal, a relative clause or 'that' do not share", () => {
  const whole = (body: string) => expect(itemClaimsOf(`${body}\n`)).toEqual([]);

  it("repeats no modal past a negation, an infinitive or a later modal", () => {
    whole("The council should not close the library and sell the land.");
    whole("The city will hire staff to help farmers and cut costs.");
    whole("The city could become a place where we would offer and provide free transit.");
  });

  it("leaves out a relative clause only after a verbless subject, which may end in an '-s' noun", () => {
    expect(
      itemClaimsOf(
        "One winner is Ana Ruiz, who rebuilt the school, and the other is Ivo Tarn, who ran the clinic.\n",
      ).map(([text]) => text),
    ).toEqual([
      "One winner is Ana Ruiz, who rebuilt the school.",
      "The other is Ivo Tarn, who ran the clinic.",
    ]);
    expect(
      itemClaimsOf("Our rival suppliers, who are cutting prices, pay less and have bigger plants.\n").map(
        ([text]) => text,
      ),
    ).toEqual([
      "Our rival suppliers, who are cutting prices, pay less.",
      "Our rival suppliers have bigger plants.",
    ]);
  });

  it("reads the parts after 'that' with a subject of its own as that clause's verbs", () => {
    whole("We think that the city should require owners to test all pipes, test wells and water tanks.");
  });
});

describe("'the package' after a later mention of aid", () => {
  it("names the package, not a running total of aid given since", () => {
    const body = [
      "Dunrow will send Pellia a $80 million package of medical supplies, the ministry said on Monday.",
      "Dunrow has now given more than $900 million in aid to Pellia since the floods, the ministry said.",
      "Four mobile clinics are also part of the package, along with 30 water pumps.",
    ].join("\n\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain(
      "The $80 million package of medical supplies for Pellia includes four mobile clinics.",
    );
    expect(texts).toContain(
      "The $80 million package of medical supplies for Pellia includes 30 water pumps.",
    );
  });
});

describe("extractClaims on a series of predicates a reported modal's subject shares", () => {
  it("credits each predicate to the speaker, read with the subject and modal", () => {
    const body =
      "Transport Minister Oda Krell criticised the rail operator.\n\nShe said the state would buy 12 new carriages for the coast line, extend night services and fund a fare review.\n";
    const items = extractClaims({ body })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start);
    expect(items.map((claim) => [claim.text, claim.quote, claim.speaker])).toEqual([
      [
        "The state would buy 12 new carriages for the coast line.",
        "the state would buy 12 new carriages for the coast line",
        "Oda Krell",
      ],
      ["The state would extend night services.", "extend night services", "Oda Krell"],
      ["The state would fund a fare review.", "fund a fare review", "Oda Krell"],
    ]);
  });
});

describe("extractClaims on bullet lines after a lead ending in a verb and a colon", () => {
  const lines = (marker: (k: number) => string) =>
    `The brewery said on Monday it would sell two sites.\n\nThe sale will include:\n${marker(1)} The Harlow malt house, with 90 staff\n${marker(2)} A bottling hall in Penrith\n`;

  it.each([
    ["-", () => "-"],
    ["•", () => "•"],
    ["*", () => "*"],
    ["1.", (k: number) => `${k}.`],
    ["1)", (k: number) => `${k})`],
  ])("reads on into each '%s' line with its article in lower case", (_, marker) => {
    expect(itemClaimsOf(lines(marker)).map(([text]) => text)).toEqual([
      "The sale will include the Harlow malt house, with 90 staff.",
      "The sale will include a bottling hall in Penrith.",
    ]);
  });

  it("drops a counted phrase the lines are, and keeps the colon after one they are not objects of", () => {
    const body =
      "The board met on Friday.\n\nThe layoffs will hit two depots:\n- The Kirkby yard\n- A wharf in Selby\n\nThe board set two targets:\n- Halve the deficit\n- Sell the annex\n";
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "The layoffs will hit the Kirkby yard.",
      "The layoffs will hit a wharf in Selby.",
      "The board set two targets: halve the deficit.",
      "The board set two targets: sell the annex.",
    ]);
  });
});

describe("a bare 'Quantities:' or 'Breakdown:' lead over 'Label: count' lines", () => {
  it("lists the thing the article described last", () => {
    const body = [
      "Osvik approved a 30 million crown flood relief package for Tarn on Monday.",
      "Quantities:\nSandbags: 90,000\nWater pumps: 45",
    ].join("\n\n");
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "The 30 million crown flood relief package for Tarn includes 90,000 sandbags.",
      "The 30 million crown flood relief package for Tarn includes 45 water pumps.",
    ]);
  });
});

describe("a table of 'Label — count' lines under a header row", () => {
  it("lists each line as an item and the header row as nothing", () => {
    const body = [
      "Osvik approved a 30 million crown flood relief package for Tarn on Monday.",
      "Contents of the package:\n\nItem — quantity\nSandbags — 90,000\nWater pumps — 45\nBoats — 12",
      "The first boats arrived on Tuesday.",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      ["The 30 million crown flood relief package for Tarn includes 90,000 sandbags.", "Sandbags — 90,000"],
      ["The 30 million crown flood relief package for Tarn includes 45 water pumps.", "Water pumps — 45"],
      ["The 30 million crown flood relief package for Tarn includes 12 boats.", "Boats — 12"],
    ]);
    expect(extractClaims({ body }).filter((claim) => /quantity|Contents/.test(claim.quote))).toEqual([]);
  });
});

describe("a pasted table of rows under a header row, with no lead", () => {
  it("reads tab-separated rows as items of the package the paragraph before names", () => {
    const body = [
      "Kelmar released the contents of its 12 million euro aid package for Vosk on Friday.",
      "Item\tQuantity\nStretchers\t300\nWater tanks\t1,500",
      "The first trucks left on Saturday.",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      ["The 12 million euro aid package for Vosk includes 300 stretchers.", "Stretchers\t300"],
      ["The 12 million euro aid package for Vosk includes 1,500 water tanks.", "Water tanks\t1,500"],
    ]);
  });

  it("reads pipe-framed rows without their frame, skipping the rule under the header", () => {
    const body = [
      "Kelmar released the contents of its 12 million euro aid package for Vosk on Friday.",
      "| Item | Quantity |\n|------|----------|\n| Stretchers | 300 |\n| Water tanks | 1,500 |",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      ["The 12 million euro aid package for Vosk includes 300 stretchers.", "Stretchers | 300"],
      ["The 12 million euro aid package for Vosk includes 1,500 water tanks.", "Water tanks | 1,500"],
    ]);
    expect(extractClaims({ body }).filter((claim) => /\||Quantity/.test(claim.text))).toEqual([]);
  });

  it("reads rows of purposes and their money as the money for each", () => {
    const body = [
      "Kelmar released the contents of its 12 million euro aid package for Vosk on Friday.",
      "| Sector | Amount |\n|---|---|\n| Stretchers | $2 million |\n| Water tanks | 1.5 million euros |",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      [
        "The 12 million euro aid package for Vosk includes $2 million for stretchers.",
        "Stretchers | $2 million",
      ],
      [
        "The 12 million euro aid package for Vosk includes 1.5 million euros for water tanks.",
        "Water tanks | 1.5 million euros",
      ],
    ]);
  });

  it("reads a third column after the money as no part of the claim", () => {
    const body = [
      "Kelmar released the contents of its 12 million euro aid package for Vosk on Friday.",
      "Sector\tAmount\tChange\nStretchers\t$2 million\t+12%\nWater tanks\t1.5 million euros\t-3%",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      [
        "The 12 million euro aid package for Vosk includes $2 million for stretchers.",
        "Stretchers\t$2 million\t+12%",
      ],
      [
        "The 12 million euro aid package for Vosk includes 1.5 million euros for water tanks.",
        "Water tanks\t1.5 million euros\t-3%",
      ],
    ]);
  });

  it("reads a closing total row as no item", () => {
    const body = [
      "Kelmar released the contents of its 12 million euro aid package for Vosk on Friday.",
      "Item | Quantity\nStretchers | 300\nTotal | 300",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      ["The 12 million euro aid package for Vosk includes 300 stretchers.", "Stretchers | 300"],
    ]);
  });
});

describe("a box of facts and 'told the chamber'", () => {
  it("reads each line under 'Key facts:' as a claim of its own", () => {
    const body =
      "The council met on Monday.\n\nKey facts:\n• Road budget: 14 million crowns\n• Bus fares: up 5 percent\n";
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "Road budget: 14 million crowns.",
      "Bus fares: up 5 percent.",
    ]);
    const sofar =
      "Storms hit the coast on Monday.\n\nKey numbers so far:\n• 3 people confirmed dead\n• 150 flood warnings in force\n";
    expect(itemClaimsOf(sofar).map(([text]) => text)).toEqual([
      "3 people confirmed dead.",
      "150 flood warnings in force.",
    ]);
  });

  it("reads the claim after 'told the chamber'", () => {
    const claim = extractClaims({
      body: "Minister Eva Lind told the chamber the levy would raise 2 billion crowns.",
    })[0];
    expect([claim?.text, claim?.speaker]).toEqual(["The levy would raise 2 billion crowns.", "Eva Lind"]);
  });
});

describe("a count before a describing participle", () => {
  it("is a listed thing, not a clause of its own ('…, and 40 armored vehicles')", () => {
    const body =
      "The package includes radar systems, including Tarn radars and Vell jammers, and 30 armored ambulances.\n";
    expect(
      extractClaims({ body })
        .map((claim) => claim.text)
        .sort(),
    ).toEqual([
      "The package includes 30 armored ambulances.",
      "The package includes radar systems, including Tarn radars.",
      "The package includes radar systems, including Vell jammers.",
    ]);
  });

  it("keeps a nested list of examples before 'as well as' with its kind", () => {
    const body =
      "The package includes radar systems, including Tarn radars and Vell jammers, as well as 30 armored ambulances.\n";
    expect(
      extractClaims({ body })
        .map((claim) => claim.text)
        .sort(),
    ).toEqual([
      "The package includes 30 armored ambulances.",
      "The package includes radar systems, including Tarn radars.",
      "The package includes radar systems, including Vell jammers.",
    ]);
  });

  it("keeps its noun after the participle ('12 injured miners were taken to hospital')", () => {
    const texts = extractClaims({
      body: "Crews freed 30 people, and 9 injured divers were flown to Orn.\n",
    }).map((claim) => claim.text);
    expect(texts).toContain("9 injured divers were flown to Orn.");
  });
});

describe("'Among the equipment pledged were A and B'", () => {
  it("lists the package described last, past the participle after the items word", () => {
    const body =
      "Osta unveiled a 90 million euro aid package for Velm on Monday.\n\nAmong the equipment pledged were 12 field hospitals and 40 water trucks.\n";
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "The 90 million euro aid package for Velm includes 12 field hospitals.",
      "The 90 million euro aid package for Velm includes 40 water trucks.",
    ]);
  });
});

describe("'It is worth …' after a thing", () => {
  it("names the thing when an amount follows, and leaves 'It is worth noting' alone", () => {
    const lead = "The council approved a new harbour plan for Ostby on Monday.\n\n";
    expect(extractClaims({ body: `${lead}It is worth 80 million crowns.` }).map((c) => c.text)).toContain(
      "The new harbour plan for Ostby is worth 80 million crowns.",
    );
    expect(
      extractClaims({ body: `${lead}It is worth noting that the port asked for more.` }).map((c) => c.text),
    ).toContain("It is worth noting that the port asked for more.");
  });
});

describe("', and <plural> <past verb>' and a comparison after a forecast", () => {
  it("splits off a clause whose subject is a bare plural", () => {
    expect(
      read("Rents rose 6 percent in Orna last year, and house sales fell 11 percent.\n").map(
        ([text]) => text,
      ),
    ).toEqual(["Rents rose 6 percent in Orna last year.", "House sales fell 11 percent."]);
    // A list of things with no verb after it stays a list.
    expect(read("The port handled grain, timber, and steel coils worth 4 million crowns.\n")).toHaveLength(3);
  });

  it("takes no 'a year later than it' for a speaker", () => {
    const claim = extractClaims({
      body: "The bank expects growth of 2 percent in 2027, a year later than it forecast in June.\n",
    })[0];
    expect(claim?.speaker).toBe("the bank");
  });
});

describe("a deed after what the speaker said, listing things", () => {
  it("is one claim per thing, each spanning its own words", () => {
    const body =
      "Mayor Ida Rask said the queues were too long and announced a plan to hire 40 clerks, open two offices and extend opening hours.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "The queues were too long.",
      "Mayor Ida Rask announced a plan to hire 40 clerks.",
      "Mayor Ida Rask announced a plan to open two offices.",
      "Mayor Ida Rask announced a plan to extend opening hours.",
    ]);
  });
});

describe("'Most …' after a count", () => {
  it("names what was counted, in each item of a list too", () => {
    expect(read("Police held 60 fans after the match. Many were released on Sunday.\n")[1]?.[0]).toBe(
      "Many fans were released on Sunday.",
    );
    const body = "About 9,000 tourists visited Orn in May.\n\nMost came from Vel, Tarn and Ost.\n";
    expectExactOffsets(body, extractClaims({ body }));
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "Most tourists came from Vel.",
      "Most tourists came from Tarn.",
      "Most tourists came from Ost.",
    ]);
  });
});

describe("lines under an opening adverbial ('Under the plan:')", () => {
  const body = [
    "The relief office will spend 60 million euros on a flood relief plan for the Tesk delta.",
    "",
    "Under the plan:",
    "",
    "1. 18 million euros goes to temporary housing.",
    "2. The region gets 12 water treatment units.",
    "",
  ].join("\n");

  it("reads each clause after the adverbial, the thing named, instead of after a colon", () => {
    expect(itemClaimsOf(body).map(([text, quote]) => [text, quote])).toEqual([
      [
        "Under the flood relief plan for the Tesk delta, 18 million euros goes to temporary housing.",
        "18 million euros goes to temporary housing.",
      ],
      [
        "Under the flood relief plan for the Tesk delta, the region gets 12 water treatment units.",
        "The region gets 12 water treatment units.",
      ],
    ]);
  });

  it("keeps the colon before a line that is only a thing ('20 trucks')", () => {
    const things = "The deal was signed on Friday.\n\nUnder the deal:\n- 20 trucks\n- 40 radars\n";
    expect(itemClaimsOf(things).map(([text]) => text)).toEqual([
      "Under the deal: 20 trucks.",
      "Under the deal: 40 radars.",
    ]);
  });
});

describe("an explainer's list: 'Here is what it contains' over sections of counted things", () => {
  const body = [
    "What's in Norvik's new aid package",
    "",
    "Norvik on Tuesday approved a 1.1 billion euro aid package for Castria. Here is what it contains, according to a list published by the defence ministry.",
    "",
    "Air defence",
    "Two Falke-M air defence systems with 300 missiles. The systems will arrive this summer.",
    "",
    "Artillery",
    "Twelve self-propelled howitzers and 80,000 artillery shells.",
    "",
    "Defence Minister Klara Hof said Norvik would keep its aid at the same level next year.",
  ].join("\n");
  const claims = extractClaims({ body });

  it("reads each section's counted things as the package's items, credited to the list's source", () => {
    const items = claims
      .filter((claim) => claim.text.includes(" includes "))
      .sort((a, b) => a.start - b.start)
      .map((claim) => [claim.text, claim.quote, claim.speaker]);
    expect(items).toEqual([
      [
        "The 1.1 billion euro aid package for Castria includes two Falke-M air defence systems with 300 missiles.",
        "Two Falke-M air defence systems with 300 missiles.",
        "the defence ministry",
      ],
      [
        "The 1.1 billion euro aid package for Castria includes twelve self-propelled howitzers.",
        "Twelve self-propelled howitzers",
        "the defence ministry",
      ],
      [
        "The 1.1 billion euro aid package for Castria includes 80,000 artillery shells.",
        "80,000 artillery shells",
        "the defence ministry",
      ],
    ]);
  });

  it("makes no claim of the lead or the section headings, and reads the rest as usual", () => {
    const texts = claims.map((claim) => claim.text);
    expect(texts.some((text) => /Here is what|^Air defence|^Artillery/.test(text))).toBe(false);
    expect(texts).toContain("The systems will arrive this summer.");
    expect(texts).toContain("Norvik would keep its aid at the same level next year.");
  });
});

describe("bullets after a phrasal verb ('The budget sets aside:')", () => {
  it("read on after the verb and its particle, the budget named", () => {
    const body =
      "The council approved a 2.3 billion kroner budget for 2027.\n\nThe budget sets aside:\n• 640 million kroner for schools;\n• 410 million kroner for elderly care.\n";
    expect(itemClaimsOf(body).map(([text]) => text)).toEqual([
      "The 2.3 billion kroner budget for 2027 sets aside 640 million kroner for schools.",
      "The 2.3 billion kroner budget for 2027 sets aside 410 million kroner for elderly care.",
    ]);
  });
});

describe("'the rest' after a share of something", () => {
  it("is the rest of that thing ('About 40% of the aid has been delivered, and the rest …')", () => {
    const texts = extractClaims({
      body: "About 40% of the aid has been delivered, and the rest is expected by July.",
    }).map((claim) => claim.text);
    expect(texts).toContain("The rest of the aid is expected by July.");
  });
});

describe("an opening 'Its' after a sentence about a company", () => {
  it("names the company ('Its shares fell' → 'Velto Motors' shares fell')", () => {
    const texts = extractClaims({
      body: "Velto Motors cut its full-year forecast. Its shares fell 6.3% in early trading.",
    }).map((claim) => claim.text);
    expect(texts).toContain("Velto Motors' shares fell 6.3% in early trading.");
    // After a sentence about a person, "Its" is left as it is.
    expect(
      extractClaims({ body: "The mayor opened the new bridge. Its span is 400 meters." }).map(
        (claim) => claim.text,
      ),
    ).toContain("Its span is 400 meters.");
  });
});

describe("a reported pronoun opening a predicate series", () => {
  it("names each item's 'it' or 'she' as the sentence's, not an 'it' that is the thing listed", () => {
    expect(
      itemClaimsOf(
        "Brask Motors said on Monday it would shut two plants, sell its bus unit and hire 300 engineers.",
      ),
    ).toEqual([
      ["Brask Motors would shut two plants.", "it would shut two plants"],
      ["Brask Motors would sell its bus unit.", "sell its bus unit"],
      ["Brask Motors would hire 300 engineers.", "hire 300 engineers"],
    ]);
    expect(
      itemClaimsOf("Ada Quist said she would sell her shares, quit the board and write a book.")[2]?.[0],
    ).toBe("Ada Quist would write a book.");
    expect(itemClaimsOf("The port said it includes 40 cranes, two tugs and a dry dock.")[0]?.[0]).toBe(
      "It includes 40 cranes.",
    );
  });
});

describe("an inverted list with a tag after its lead", () => {
  it("reads 'Among the items, the ministry said, are A and B' and 'Also included, …, are' as lists", () => {
    const lead = "Orsk announced a 90 million crown relief package for Vell.";
    const pkg = "The 90 million crown relief package for Vell includes";
    expect(itemClaimsOf(`${lead} Among the items, the ministry said, are 30 pumps and 900 tents.`)).toEqual([
      [`${pkg} 30 pumps.`, "30 pumps"],
      [`${pkg} 900 tents.`, "900 tents"],
    ]);
    expect(itemClaimsOf(`${lead} Also included, officials said, are stoves and 12 boats.`)[1]).toEqual([
      `${pkg} 12 boats.`,
      "12 boats",
    ]);
  });
});

describe("bullets that open with a category label", () => {
  it("lists what each bullet counts, without its label ('- Shelter: 900 tents and 4,000 blankets')", () => {
    const body = [
      "Orsk approved a 90 million crown relief package for Vell on Monday.",
      "The package includes:",
      "- Shelter: 900 family tents and 4,000 blankets\n- Transport: 12 rescue boats\n- Medical care for 2,000 people",
    ].join("\n\n");
    const pkg = "The 90 million crown relief package for Vell includes";
    expect(itemClaimsOf(body)).toEqual([
      [`${pkg} 900 family tents.`, "900 family tents"],
      [`${pkg} 4,000 blankets.`, "4,000 blankets"],
      [`${pkg} 12 rescue boats.`, "12 rescue boats"],
      [`${pkg} medical care for 2,000 people.`, "Medical care for 2,000 people"],
    ]);
  });
});

describe("'The company' after a sentence opening with a company's name", () => {
  it("names the company, in every item of a list too, but not after a ministry", () => {
    expect(
      itemClaimsOf(
        "Brask Foods said its sales rose 4 percent. The company also cut 300 jobs, shut a plant and sold its bakery unit.",
      ).map(([text]) => text),
    ).toEqual([
      "Brask Foods also cut 300 jobs.",
      "Brask Foods also shut a plant.",
      "Brask Foods also sold its bakery unit.",
    ]);
    const claims = extractClaims({
      body: "Orra Air, the island's largest airline, cut fares on Monday. The company expects 2 million passengers.",
    });
    expect(claims.map((claim) => claim.text)).toContain("Orra Air expects 2 million passengers.");
    const ministry = extractClaims({
      body: "The Finance Ministry cut its forecast. The company also cut 300 jobs.",
    });
    expect(ministry.map((claim) => claim.text)).toContain("The company also cut 300 jobs.");
  });
});

describe("link labels in a page pasted from a browser", () => {
  it("reads ', opens new tab' after a link as nothing, and quotes the original text", () => {
    const body = [
      "The company said in a statement, opens new tab on Monday that sales rose 4% in May.",
      "The package includes 40 armoured vehicles, opens new tab, 12 howitzers and 3,000 rounds of ammunition, the defence ministry said, opens new tab.",
      "Mayor Ruth Kessler told the Ostra Gazette (opens in a new window) that the city would hire 300 teachers.",
    ].join("\n\n");
    const claims = extractClaims({ body });
    const byText = new Map(claims.map((claim) => [claim.text, claim]));
    expect([...byText.keys()].sort()).toEqual([
      "Sales rose 4% in May.",
      "The city would hire 300 teachers.",
      "The package includes 12 howitzers.",
      "The package includes 3,000 rounds of ammunition.",
      "The package includes 40 armoured vehicles.",
    ]);
    expect(byText.get("Sales rose 4% in May.")?.speaker).toBe("the company");
    expect(byText.get("The city would hire 300 teachers.")?.speaker).toBe("Ruth Kessler");
    expect(byText.get("The package includes 12 howitzers.")?.speaker).toBe("the defence ministry");
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(byText.get("Sales rose 4% in May.")?.quote).toContain(", opens new tab on Monday");
  });
});

describe("a hard-wrapped text", () => {
  it("reads a line break inside a paragraph as a space, in the claim text and the attribution", () => {
    const body = [
      "The Ministry of Health today announced a 300 million crown programme",
      "to cut hospital waiting times.",
      "",
      "Waiting lists have grown by 35% since 2020, according to the statistics",
      "office.",
    ].join("\r\n");
    const claims = extractClaims({ body });
    const waiting = claims.find((claim) => claim.text.startsWith("Waiting lists"));
    expect(waiting?.text).toBe("Waiting lists have grown by 35% since 2020.");
    expect(waiting?.speaker).toBe("the statistics office");
    expect(waiting?.quote).toBe(
      "Waiting lists have grown by 35% since 2020, according to the statistics\r\noffice.",
    );
    expect(claims.map((claim) => claim.text)).toContain(
      "The Ministry of Health today announced a 300 million crown programme to cut hospital waiting times.",
    );
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("reads every fixture alike with Windows line breaks", () => {
    const articles: string[] = Object.values(fixtures).filter((value) => typeof value === "string");
    expect(articles.length).toBeGreaterThan(40);
    const read = (body: string) =>
      extractClaims({ body }).map((c) => [c.text, c.speaker, c.reportedBy, c.score]);
    for (const body of articles) expect(read(body.replace(/\n/g, "\r\n"))).toEqual(read(body));
  });
});

describe("a tag in the middle of a sentence whose predicate goes on after it", () => {
  it("reads 'X would cost A, the ministry said, and create B' as two claims of the same subject", () => {
    for (const tag of ["the ministry said", "according to the ministry"]) {
      const body = `The plan would cost 4 billion crowns over five years, ${tag}, and create 12,000 jobs.`;
      const claims = extractClaims({ body }).sort((a, b) => a.start - b.start);
      expect(claims.map((claim) => [claim.text, claim.quote, claim.speaker])).toEqual([
        [
          "The plan would cost 4 billion crowns over five years.",
          "The plan would cost 4 billion crowns over five years",
          "the ministry",
        ],
        ["The plan would create 12,000 jobs.", "create 12,000 jobs", "the ministry"],
      ]);
    }
  });
});

describe("a fact sheet whose list goes on under category headings", () => {
  it("reads each heading as a category, not an item, and every bullet under it as an item of the list", () => {
    const body = [
      "Valdoria has committed 2.1 billion crowns in security assistance to Norland since 2022. This includes:",
      "",
      "Air defence",
      "- 6 Harrow air defence systems;",
      "- 40 counter-drone guns;",
      "",
      "Artillery",
      "- 72 towed howitzers and over 300,000 artillery rounds;",
      "",
      "Armoured vehicles",
      "- 90 Tarn armoured personnel carriers",
    ].join("\n");
    const items = extractClaims({ body })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.quote);
    expect(items).toEqual([
      "6 Harrow air defence systems",
      "40 counter-drone guns",
      "72 towed howitzers",
      "over 300,000 artillery rounds",
      "90 Tarn armoured personnel carriers",
    ]);
  });
});

describe("lines of names and amounts under a lead ending in 'were:'", () => {
  it("reads each line as the name's amount, a country keeping its capital", () => {
    const body = [
      "Donors pledged $2.3 billion for Varna at a conference on Sunday.",
      "",
      "The largest pledges were:",
      "",
      "Qatar: $300 million",
      "Norland: $150 million",
      "",
    ].join("\n");
    const items = extractClaims({ body })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start);
    expect(items.map((claim) => [claim.text, claim.quote])).toEqual([
      ["The largest pledges were Qatar's $300 million.", "Qatar: $300 million"],
      ["The largest pledges were Norland's $150 million.", "Norland: $150 million"],
    ]);
  });
});

describe("a one-word name the article calls an organisation", () => {
  it("names its reported 'it', in every item of its list too; a person's 'it' stays", () => {
    const body = [
      "Vossen, Norland's biggest carmaker, will cut 4,500 jobs by the end of 2026.",
      "",
      "Vossen said it would invest 800 million crowns in a new battery line.",
      "",
      "Arden, which runs 40 stores, said it would close 12 shops, sell its warehouse and cut 300 jobs.",
      "",
      "Roe said it would cost 40 million crowns.",
    ].join("\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("Vossen would invest 800 million crowns in a new battery line.");
    expect(texts).toContain("Arden would close 12 shops.");
    expect(texts).toContain("Arden would cut 300 jobs.");
    expect(texts).toContain("It would cost 40 million crowns.");
  });

  it("names the reported 'it' of a name the article introduced with its kind ('the social network Kinora')", () => {
    const body = [
      "The regulator fined the social network Kinora 310 million euros on Thursday.",
      "",
      "Kinora said it would appeal against the fine within 30 days.",
    ].join("\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("Kinora would appeal against the fine within 30 days.");
  });

  it("names a country's or a capital's reported 'it' without being told what it is", () => {
    const body = [
      "Britain said it would give £1m in emergency aid.",
      "",
      "Tokyo said it had sent a team of 60 rescuers.",
    ].join("\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("Britain would give £1m in emergency aid.");
    expect(texts).toContain("Tokyo had sent a team of 60 rescuers.");
  });
});

describe("a package's list after a tag in the middle of its sentence", () => {
  it("reads 'X will send a package, the ministry announced Friday, including A and 155 mm and 105 mm rounds'", () => {
    const body =
      "Valdoria will send Norland a $90 million military aid package, the defence ministry announced Friday, including Harrow air defence missiles and 155 mm and 105 mm artillery rounds.";
    const items = extractClaims({ body })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start);
    expect(items.map((claim) => [claim.quote, claim.speaker])).toEqual([
      ["Harrow air defence missiles", "the defence ministry"],
      ["155 mm and 105 mm artillery rounds", "the defence ministry"],
      ["105 mm artillery rounds", "the defence ministry"],
    ]);
    for (const item of items)
      expect(item.text).toMatch(
        /^Valdoria will send Norland a \$90 million military aid package, including /,
      );
  });
});

describe("a list after a tag in the middle of the sentence", () => {
  it("lists each thing after 'including' with the clause before the tag", () => {
    const body =
      "Velmark will send 40 million crowns in aid to Tosk, Aid Minister Ada Roe said on Monday, including 12 pumps, 300 tents and spare filters.";
    expect(itemClaimsOf(body)).toEqual([
      ["Velmark will send 40 million crowns in aid to Tosk, including 12 pumps.", "12 pumps"],
      ["Velmark will send 40 million crowns in aid to Tosk, including 300 tents.", "300 tents"],
      ["Velmark will send 40 million crowns in aid to Tosk, including spare filters.", "spare filters"],
    ]);
    expect(extractClaims({ body }).every((claim) => claim.speaker === "Ada Roe")).toBe(true);
  });
});

describe("an explainer's question about a package answered by a list without a verb", () => {
  it("lists the answer's things as the package's, credited to the answer's source", () => {
    const body = [
      "Velmark has approved a 30 million crown flood package for Tosk.",
      "What does the package contain? Mostly 40 pumps, 12 boats and two cranes, according to the ministry.",
    ].join("\n\n");
    expect(itemClaimsOf(body)).toEqual([
      ["The 30 million crown flood package for Tosk includes 40 pumps.", "40 pumps"],
      ["The 30 million crown flood package for Tosk includes 12 boats.", "12 boats"],
      ["The 30 million crown flood package for Tosk includes two cranes.", "two cranes"],
    ]);
    expect(extractClaims({ body }).some((claim) => claim.text.includes("What does"))).toBe(false);
  });

  it("leaves an answer with a verb of its own as it is", () => {
    const body = [
      "Velmark has approved a 30 million crown flood package for Tosk.",
      "What does the package contain? Officials have not said, but pumps and boats are expected.",
    ].join("\n\n");
    expect(extractClaims({ body }).some((claim) => claim.text.includes("includes"))).toBe(false);
  });
});

describe("a source that lists a package's items 'as' a list", () => {
  it("lists them as the package's, credited to whoever listed them", () => {
    const body =
      "Velmark approved a 30 million crown flood package for Tosk on Monday. The ministry listed the items as 40 pumps, 12 boats and two cranes.";
    expect(itemClaimsOf(body)).toEqual([
      ["The 30 million crown flood package for Tosk includes 40 pumps.", "40 pumps"],
      ["The 30 million crown flood package for Tosk includes 12 boats.", "12 boats"],
      ["The 30 million crown flood package for Tosk includes two cranes.", "two cranes"],
    ]);
    const items = extractClaims({ body }).filter((claim) => claim.parentId !== null);
    expect(items.map((claim) => claim.speaker)).toEqual(["the ministry", "the ministry", "the ministry"]);
  });
});

describe("pages pasted from outlets' sites", () => {
  const textsOf = (body: string) => extractClaims({ body }).map((claim) => claim.text);

  it("drops a wire page's date, time and update note glued together", () => {
    const body = [
      "Norland weighs cutting transit fees",
      "November 24, 20263:41 PM GMTUpdated 2 hours ago",
      "OSTRA, Nov 24 (Wire) - Norland is considering cutting transit fees by up to 30%, two officials said.",
    ].join("\n\n");
    expect(textsOf(body)).toEqual(["Norland is considering cutting transit fees by up to 30%."]);
  });

  it("drops a broadcaster's caption pasted under its own 'Image caption,' label", () => {
    const body = [
      "Image source, Pressbild Images",
      "Image caption,",
      "Supporters of the Civic Union gathered in the capital on Sunday night",
      "With 98% of votes counted, the Civic Union won 31.4% of the vote.",
    ].join("\n");
    expect(textsOf(body)).toEqual(["With 98% of votes counted, the Civic Union won 31.4% of the vote."]);
  });

  it("drops a correction notice set after a bullet, with the earlier version it quotes", () => {
    const body = [
      "The council spent 1.1 million euros on water tankers, figures show.",
      "• This article was amended on 22 November 2026. An earlier version said the council spent 1.4 million euros on tankers; the correct figure is 1.1 million euros.",
    ].join("\n\n");
    expect(textsOf(body)).toEqual(["The council spent 1.1 million euros on water tankers."]);
  });

  it("reads a live blog post's headline as a headline when a blank line or quotation marks set it off", () => {
    const body = [
      "Storm batters the north coast",
      "The weather service has issued its highest warning for the coast.",
      "14:31 GMT",
      "Third death confirmed",
      "Police in Harrow say a man in his 70s died after a tree fell on his car.",
      "14:05 GMT",
      "‘I have never seen anything like it’",
      "Posted at 14:05",
      "Fisherman Tom Rask, 58, has lived in the harbour town of Porth all his life.",
    ].join("\n\n");
    const texts = textsOf(body);
    expect(texts).not.toContain("Third death confirmed.");
    expect(texts.some((text) => text.includes("never seen"))).toBe(false);
    expect(texts).toContain("A man in his 70s died after a tree fell on his car.");
  });
});

describe("quotations around other speakers", () => {
  it("keeps a quotation's next sentences with its speaker, even when one opens 'Then nobody told us'", () => {
    const body = [
      "“We were told it would be two weeks,” said Ana Lisk, who runs the bakery. “Then it was a month. Then nobody told us anything.”",
      "“Volumes are collapsing,” one of the sources said, declining to be named because the talks are private.",
    ].join("\n\n");
    const claims = extractClaims({ body }).map((claim) => [claim.text, claim.speaker]);
    expect(claims).toContainEqual(["Then it was a month.", "Ana Lisk"]);
    expect(claims).toContainEqual(["Then nobody told us anything.", "Ana Lisk"]);
    expect(claims).toContainEqual(["Volumes are collapsing.", "one of the sources"]);
  });
});

describe("a rough count after 'and'", () => {
  it("opens a clause of its own: 'and dozens more are missing'", () => {
    const body =
      "At least 46 people have been killed and dozens more are missing after flash floods tore through villages in Kessa province.";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("At least 46 people have been killed.");
    expect(texts).toContain(
      "Dozens more people are missing after flash floods tore through villages in Kessa province.",
    );
  });
});

describe("news sources the debates never used", () => {
  const credits = (body: string) => extractClaims({ body }).map((claim) => [claim.text, claim.speaker]);

  it("credits an institution after an opening 'But'", () => {
    expect(
      credits('But the Royal College of Nursing said the package did "nothing to fix the crisis".'),
    ).toEqual([["The package did nothing to fix the crisis.", "the Royal College of Nursing"]]);
    expect(credits("But the union said the deal would cost 300 jobs.")).toEqual([
      ["The deal would cost 300 jobs.", "the union"],
    ]);
  });

  it("credits 'a study of more than 90,000 adults', which counts what it studied", () => {
    expect(
      credits(
        "Walkers are 21% less likely to develop heart disease, according to a study of more than 90,000 adults.",
      ),
    ).toEqual([
      ["Walkers are 21% less likely to develop heart disease.", "a study of more than 90,000 adults"],
    ]);
  });

  it("reads 'said lead author Prof X of the University of Y' as X's tag", () => {
    expect(
      credits("“Walking is good for the heart,” said lead author Prof Maria Lund of the University of Vell."),
    ).toEqual([["Walking is good for the heart.", "Maria Lund"]]);
  });

  it("reads a participle that says where the words were said: 'writing on Telegram that'", () => {
    expect(
      credits(
        "President Ivan Dorosh thanked Valdoria for the tanks, writing on Telegram that the systems will save thousands of lives.",
      ),
    ).toContainEqual(["The systems will save thousands of lives.", "Ivan Dorosh"]);
  });

  it("names 'the money' after a sum in pounds written '£2.3bn'", () => {
    const body =
      "Ministers have pledged £2.3bn over three years to cut waiting lists. The health secretary, Clara Moen, said the money would pay for 40 new surgical hubs.";
    expect(credits(body)).toContainEqual(["The £2.3bn would pay for 40 new surgical hubs.", "Clara Moen"]);
  });
});

describe("a credential after a speaker's name", () => {
  it("is no part of the speaker: 'Dr. Jon Ek, Ph.D., who teaches …, said', 'Ana Roe, MP, said'", () => {
    const credits = (body: string) => extractClaims({ body }).map((claim) => [claim.text, claim.speaker]);
    expect(
      credits("Dr. Jon Ek, Ph.D., who teaches at Vell University, said the figures were worrying."),
    ).toEqual([["The figures were worrying.", "Jon Ek"]]);
    expect(credits("Ana Roe, MP, said the hospital had lost 40 beds.")).toEqual([
      ["The hospital had lost 40 beds.", "Ana Roe"],
    ]);
  });
});

describe("a newsletter's bold labels", () => {
  it("leaves 'Why it matters:', 'Driving the news:', 'By the numbers:' out of the claims and drops 'Go deeper:' links", () => {
    const body = [
      "Inflation in Ostmark fell to 3.1% in October, the statistics office said.",
      "Why it matters: Falling prices give the central bank room to cut rates.",
      "Driving the news: Food prices rose just 1.2% from a year earlier.",
      "By the numbers: The benchmark rate stands at 5.25%, the highest since 2008.",
      "Go deeper: Ostmark's central bank holds rates steady",
    ].join("\n\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("Food prices rose just 1.2% from a year earlier.");
    expect(texts).toContain("The benchmark rate stands at 5.25%, the highest since 2008.");
    expect(texts).toContain("Falling prices give the central bank room to cut rates.");
    expect(texts.some((text) => /matters|Driving|numbers|deeper/.test(text))).toBe(false);
  });
});

describe("what a poll, survey or study found", () => {
  const credits = (body: string) => extractClaims({ body }).map((claim) => [claim.text, claim.speaker]);

  it("is its author's claim, the author named before the document", () => {
    expect(
      credits(
        "A Vell Institute poll of 1,200 adults conducted Nov. 3-5 found 41% of voters backed the pension reform.",
      ),
    ).toEqual([["41% of voters backed the pension reform.", "the Vell Institute"]]);
  });

  it("is the author's of 'An investigation by the Vell Herald has found'", () => {
    expect(
      credits(
        "An investigation by the Vell Herald has found that the ministry paid 40 million crowns for ventilators.",
      ),
    ).toEqual([["The ministry paid 40 million crowns for ventilators.", "the Vell Herald"]]);
  });

  it("is the document's, as described, when no author is named", () => {
    expect(credits("A study of 90,000 adults found that daily walkers live four years longer.")).toEqual([
      ["Daily walkers live four years longer.", "a study of 90,000 adults"],
    ]);
  });
});

describe("a country speaking of itself", () => {
  it("names the 'it' of a one-word speaker the article shows to be a country ('Ostmark's army')", () => {
    const body = [
      "Ostmark said on Saturday it had downed 62 of 75 drones launched overnight.",
      "Ostmark's foreign minister said the country needed 10 more air defence systems.",
    ].join("\n\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("Ostmark had downed 62 of 75 drones launched overnight.");
  });

  it("leaves a one-word speaker's 'it' alone when nothing shows the speaker to be a country", () => {
    const body = "Roe said on Saturday it had cost 3 million jobs.";
    expect(extractClaims({ body }).map((claim) => claim.text)).toEqual(["It had cost 3 million jobs."]);
  });
});

describe("a package's items over sentences opening 'Additionally, it' and 'Finally, it'", () => {
  it("names the package in each without gluing sentences together", () => {
    const body =
      "Velmark approved a 30 million crown flood package for Tosk on Monday. Additionally, it includes 40 pumps and 12 boats. Finally, it provides two cranes.";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("The 30 million crown flood package for Tosk includes 40 pumps.");
    expect(texts).toContain("The 30 million crown flood package for Tosk includes 12 boats.");
    expect(texts).toContain("The 30 million crown flood package for Tosk provides two cranes.");
  });
});

describe("a lone colon over a line of bare marks", () => {
  it("lists nothing (no claim with empty text)", () => {
    expect(extractClaims({ body: ":\r\n“" }).filter((claim) => claim.text.trim() === "")).toEqual([]);
  });
});

describe("a hard-wrapped text that breaks words at a hyphen (a PDF's)", () => {
  it("joins a common word again and keeps a compound's hyphen", () => {
    const body =
      "The economy will grow by 2.1 per cent in 2027, according to the econ-\nomic fore-\ncast of the well-\nknown Vell Institute.";
    const claims = extractClaims({ body });
    expect(claims.map((claim) => [claim.text, claim.speaker])).toEqual([
      [
        "The economy will grow by 2.1 per cent in 2027.",
        "the economic forecast of the well-known Vell Institute",
      ],
    ]);
  });
});

describe("'the company said' after a company named with its kind", () => {
  it("credits the company the sentence opens with: 'Vell Systems, the Norland software maker, will cut …'", () => {
    const body =
      "Vell Systems, the Norland software maker, will cut 1,800 jobs, the company said on Tuesday.";
    expect(extractClaims({ body }).map((claim) => [claim.text, claim.speaker])).toEqual([
      ["Vell Systems, the Norland software maker, will cut 1,800 jobs.", "Vell Systems"],
    ]);
  });
});

describe("bullet lines under leads of other shapes (s15)", () => {
  const claims = (body: string) =>
    extractClaims({ body })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.text);

  it("reads 'What it pays for: $sum' lines as the sum for that", () => {
    expect(
      claims(
        "The Dorne council approved $4 million in repairs.\n\nThe projects include:\n\n- Debris removal: $1.2 million\n- Culvert repairs on 14 roads: $900,000",
      ),
    ).toEqual([
      "The projects include $1.2 million for debris removal.",
      "The projects include $900,000 for culvert repairs on 14 roads.",
    ]);
  });

  it("reads a lead's 'are' as 'include' and a line's own 'to hire A and B'", () => {
    expect(
      claims(
        "The budget's main spending lines are:\n\n- $2.4 billion over three years to hire 3,000 nurses and 1,200 doctors\n- $1.1 billion for new hospital beds",
      ),
    ).toEqual([
      "The budget's main spending lines include $2.4 billion over three years to hire 3,000 nurses and 1,200 doctors.",
      "The budget's main spending lines include $1.1 billion for new hospital beds.",
    ]);
  });

  it("reads 'does the following:' lines as the subject's predicates, and 'feature:' lines as its things", () => {
    expect(
      claims(
        "The law does the following:\n\n1. Allows flats of up to five stories near stations.\n2. Creates a $3 billion fund for housing.\n3. Penalizes towns that miss their targets.",
      ),
    ).toEqual([
      "The law allows flats of up to five stories near stations.",
      "The law creates a $3 billion fund for housing.",
      "The law penalizes towns that miss their targets.",
    ]);
    expect(
      claims(
        "The new phones feature:\n\n- a physical shutter over the lens\n- two-factor login for every account",
      ),
    ).toEqual([
      "The new phones feature a physical shutter over the lens.",
      "The new phones feature two-factor login for every account.",
    ]);
  });
});

describe("a kicker in capitals above the headline (s15)", () => {
  it("leaves the headline to merge with the lead it repeats", () => {
    const claims = extractClaims({
      body: "DORNE CROWN COURT\nDrug gang leaders jailed for total of 41 years\n\nFive members of a drug gang that sold heroin in Dorne have been jailed for a total of 41 years.",
    });
    expect(claims.map((claim) => [claim.text, claim.spans.length])).toEqual([
      ["Five members of a drug gang that sold heroin in Dorne have been jailed for a total of 41 years.", 2],
    ]);
  });
});

describe("restated figures and 'took the following actions' (s15)", () => {
  it("keeps a figure put another way with it", () => {
    expect(
      extractClaims({ body: "Net income: $24.7 million, or $0.52 per diluted share" }).map((c) => c.text),
    ).toEqual(["Net income: $24.7 million, or $0.52 per diluted share."]);
  });

  it("reads numbered actions as the subject's past predicates", () => {
    const claims = extractClaims({
      body: "Council took the following actions:\n\n1. Approved the 2027 operating budget by a 6-1 vote.\n2. Rejected a proposal to rezone the old mill site.",
    })
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.text);
    expect(claims).toEqual([
      "Council approved the 2027 operating budget by a 6-1 vote.",
      "Council rejected a proposal to rezone the old mill site.",
    ]);
  });
});

describe("questions (s16)", () => {
  it("makes no claim of a question, asked in the text or in a quotation", () => {
    const claims = extractClaims({
      body: 'Will the new tunnel ever pay for itself? Tolls raised $40 million last year. "Who will pay for the rest?" asked Ana Ruiz.',
    }).map((claim) => claim.text);
    expect(claims).toEqual(["Tolls raised $40 million last year."]);
  });
});

describe("more of a package's things, places named between commas, counted operations (s16)", () => {
  it("reads 'A, B and C will also be included' after a package's list as more of the package", () => {
    const claims = extractClaims({
      body: "Norvland announced a new $90 million aid package for Kesh on Monday. Field radios and 40 trucks were part of the package, along with 12 ambulances, officials said. Mortar rounds, spare barrels and body armour will also be included, they said.",
    }).map((claim) => claim.text);
    expect(claims).toContain("The new $90 million aid package for Kesh will also include mortar rounds.");
    expect(claims).toContain("The new $90 million aid package for Kesh will also include body armour.");
  });

  it("starts the claim after 'told reporters in the capital, Orsk, that'", () => {
    expect(
      extractClaims({
        body: "Finance Minister Ida Lunn told reporters in the capital, Orsk, that the government would cut fuel subsidies in May.",
      })[0]?.text,
    ).toBe("The government would cut fuel subsidies in May.");
  });

  it("leaves 'three operations:' out of the first item", () => {
    const claims = extractClaims({
      body: "The bank approved a $700 million financing package for Tessa. The package consists of three operations: a $400 million energy project; a $200 million school programme; and a $100 million water grant.",
    }).map((claim) => claim.text);
    expect(claims).toContain(
      "The $700 million financing package for Tessa includes a $400 million energy project.",
    );
    expect(claims.some((text) => text.includes("operations:"))).toBe(false);
  });
});

describe("a table line whose name is read with 'the' (s19)", () => {
  it("gives 'the European Union's' and 'the World Bank's', not 'European Union's'", () => {
    const body = [
      "Donors pledged $2.3 billion for Varna at a conference on Sunday.",
      "",
      "The largest pledges were:",
      "",
      "European Union: $400 million",
      "World Bank: $250 million",
      "Qatar: $150 million",
      "",
    ].join("\n");
    const texts = extractClaims({ body })
      .filter((claim) => claim.parentId !== null)
      .sort((a, b) => a.start - b.start)
      .map((claim) => claim.text);
    expect(texts).toEqual([
      "The largest pledges were the European Union's $400 million.",
      "The largest pledges were the World Bank's $250 million.",
      "The largest pledges were Qatar's $150 million.",
    ]);
  });
});

describe("'According to the news agency X, it comprises:' (s19)", () => {
  it("lists the package described before, not the agency", () => {
    const body =
      "Norvland has announced a $100 million aid package for Kesh. According to the state news agency NVA, it comprises:\n\n1. A field hospital with 150 beds\n2. 4,000 tonnes of food parcels\n";
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("The $100 million aid package for Kesh includes 4,000 tonnes of food parcels.");
    expect(texts.some((text) => text.startsWith("NVA includes"))).toBe(false);
  });
});

describe("a press release's numbered paragraphs after a bulleted list (s19)", () => {
  it("ends the list at the next numbered paragraph, and names the grant it announces", () => {
    const body = [
      "2. The relief goods consist of the following items:",
      "• 2,000 tents",
      "• 1,500 blankets",
      "",
      "3. In addition, the Government of Norvland has decided to extend Emergency Grant Aid of 7 million US dollars to Kesh. The grant will fund:",
      "- food rations for 300,000 people;",
      "- hygiene kits.",
      "",
      "4. Norvland expresses its heartfelt condolences to the people affected by the floods.",
    ].join("\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain("The relief goods include 1,500 blankets.");
    expect(texts.some((text) => text.startsWith("The relief goods include in addition"))).toBe(false);
    expect(texts).toContain(
      "The Emergency Grant Aid of 7 million US dollars to Kesh will fund hygiene kits.",
    );
    expect(texts.some((text) => text.includes("fund Norvland expresses"))).toBe(false);
  });
});

describe("a dot-leader table under 'breaks down as follows:' (s19)", () => {
  it("reads each line as money for its purpose, the lead's aside left out", () => {
    const body = [
      "The city council approved a $48.6 million storm recovery package on Tuesday.",
      "",
      "The package, funded through reserve funds and a short-term bond, breaks down as follows:",
      "",
      "Debris removal and cleanup ........................ $12.4 million",
      "Road and bridge repair ............................ $15.0 million",
    ].join("\n");
    const texts = extractClaims({ body }).map((claim) => claim.text);
    expect(texts).toContain(
      "The $48.6 million storm recovery package includes $12.4 million for debris removal and cleanup.",
    );
    expect(texts).toContain(
      "The $48.6 million storm recovery package includes $15.0 million for road and bridge repair.",
    );
  });
});

describe("an opening 'But' or 'And' (s24)", () => {
  it("is dropped from the standalone claim, but not 'But for …' ('except for')", () => {
    const texts = extractClaims({
      body: "But productivity in Vell grew 3.8% last year. And the bridge closed in May. But for the rescue crews, 40 people would have died.",
    }).map((claim) => claim.text);
    expect(texts).toContain("Productivity in Vell grew 3.8% last year.");
    expect(texts).toContain("The bridge closed in May.");
    expect(texts).toContain("But for the rescue crews, 40 people would have died.");
  });
});
