import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { nameOpeningPronoun } from "./pronouns";

describe("nameOpeningPronoun", () => {
  it("leaves an 'it' that owns things to the speaker, not to what the speaker announced", () => {
    expect(
      nameOpeningPronoun(
        "it would close its Orna plant by 2027",
        "Vossen",
        "announced a share buyback of $150 million",
      ),
    ).not.toMatch(/buyback/);
  });

  it("leaves a pronoun of the other sex than the speaker's first name to someone else", () => {
    expect(nameOpeningPronoun("he opposed the sale", "Ana Berg")).toBe("he opposed the sale");
    expect(nameOpeningPronoun("her office had closed", "Thomas Berg")).toBe("her office had closed");
    expect(nameOpeningPronoun("she opposed the sale", "Ana Berg")).toBe("Ana Berg opposed the sale");
  });

  it("names the speaker for an opening he/she", () => {
    expect(nameOpeningPronoun("he’s not qualified to answer", "Dana Roe")).toBe(
      "Dana Roe is not qualified to answer",
    );
    expect(nameOpeningPronoun("she's been told twice", "Jane Roe")).toBe("Jane Roe has been told twice");
    expect(nameOpeningPronoun("she supports the decision", "Mia Lund")).toBe(
      "Mia Lund supports the decision",
    );
  });

  it("names the speaker for an opening possessive", () => {
    expect(nameOpeningPronoun("her house had flooded twice", "Mia Lund")).toBe(
      "Mia Lund's house had flooded twice",
    );
    expect(nameOpeningPronoun("its plant will close", "Acme Group")).toBe("Acme Group's plant will close");
    expect(nameOpeningPronoun("his plan will cost $4 million", "the ministry")).toBe(
      "his plan will cost $4 million",
    );
    expect(nameOpeningPronoun("hers is the only bid", "Mia Lund")).toBe("hers is the only bid");
  });

  it("names the person for whom an office, a campaign or a lawyer speaks, not the office", () => {
    expect(nameOpeningPronoun("he had backed two of the five bills", "Ivo Lind's campaign")).toBe(
      "Ivo Lind had backed two of the five bills",
    );
    expect(nameOpeningPronoun("her flight was delayed", "Mia Lund's spokeswoman")).toBe(
      "Mia Lund's flight was delayed",
    );
  });

  it("leaves other openings and organisations alone", () => {
    expect(nameOpeningPronoun("shelters are full", "Mia Lund")).toBe("shelters are full");
    expect(nameOpeningPronoun("he will resign", "the ministry")).toBe("he will resign");
    expect(nameOpeningPronoun("it will appeal", "the Finance Ministry")).toBe(
      "the Finance Ministry will appeal",
    );
    expect(nameOpeningPronoun("it will appeal", "Jane Roe")).toBe("it will appeal");
    // A role names a person, whose "it" is not themself.
    expect(nameOpeningPronoun("it would hurt small farms", "the minister")).toBe("it would hurt small farms");
    expect(nameOpeningPronoun("it will close in May", "the bank's chief economist")).toBe(
      "it will close in May",
    );
    expect(nameOpeningPronoun("its budget is too small", "the mayor")).toBe("its budget is too small");
    expect(nameOpeningPronoun("it would reach half the farms", "the opposition")).toBe(
      "it would reach half the farms",
    );
    expect(nameOpeningPronoun("he will resign", null)).toBe("he will resign");
  });
});

describe("an organisation's 'it' that is a measure", () => {
  it("is left as it is: 'it was the largest rise' is no company", () => {
    expect(nameOpeningPronoun("it was the largest rise in two decades", "the Farmers' Union")).toBe(
      "it was the largest rise in two decades",
    );
    expect(nameOpeningPronoun("it was the largest employer in Kelby", "the Farmers' Union")).toBe(
      "the Farmers' Union was the largest employer in Kelby",
    );
  });
});

describe("a group's 'he'", () => {
  it("is someone else: 'People close to the minister say he …' keeps 'he'", () => {
    expect(nameOpeningPronoun("he has considered resigning", "people close to the finance minister")).toBe(
      "he has considered resigning",
    );
    expect(nameOpeningPronoun("he has considered resigning", "Jon Varg")).toBe(
      "Jon Varg has considered resigning",
    );
  });
});

describe("a label another side gave a thing (s19)", () => {
  it("is not what a rival's reported 'it' means", () => {
    const texts = extractClaims({
      body: "Hungarian officials described this as a victory; other diplomats said it gave Budapest nothing it did not already have.",
    }).map((claim) => claim.text);
    expect(texts).not.toContain("The victory gave Budapest nothing it did not already have.");
  });
});

describe("a one-word name described by a compound kind (s19)", () => {
  it("names the company's reported 'it' ('the Santa Clara-based chipmaker')", () => {
    const texts = extractClaims({
      body: "Vexacore, the Santa Clara-based chipmaker, said Thursday that it will lay off about 1,800 employees.",
    }).map((claim) => claim.text);
    expect(texts).toEqual(["Vexacore will lay off about 1,800 employees."]);
  });
});
