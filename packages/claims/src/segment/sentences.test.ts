import { describe, expect, it } from "vitest";
import { segmentSentences } from "./sentences";

function split(text: string): string[] {
  return segmentSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe("segmentSentences", () => {
  it("keeps titles, initials and abbreviations inside sentences", () => {
    expect(
      split(
        "Sen. Maria Delgado (D-Calif.) met Gov. Tom Reyes on Oct. 4. Dr. Ana J. Pereira of Lumen Inc. said the U.S. Senate agreed. The vote was 51 vs. 49.",
      ),
    ).toEqual([
      "Sen. Maria Delgado (D-Calif.) met Gov. Tom Reyes on Oct. 4.",
      "Dr. Ana J. Pereira of Lumen Inc. said the U.S. Senate agreed.",
      "The vote was 51 vs. 49.",
    ]);
  });

  it("keeps clergy and diplomatic titles with their names, and ends a sentence after 'Univ.' before a capital", () => {
    expect(
      split(
        "Rev. Martin Lund said 1,200 people came. Fr. Peter Holm led the prayers. Amb. Ola Dow spoke at Vell Univ. The hall was full.",
      ),
    ).toEqual([
      "Rev. Martin Lund said 1,200 people came.",
      "Fr. Peter Holm led the prayers.",
      "Amb. Ola Dow spoke at Vell Univ.",
      "The hall was full.",
    ]);
  });

  it("does not split decimals, money or initials like J.R.R.", () => {
    expect(
      split("Prices rose 3.9% to $1.5 billion. Fans of J.R.R. Tolkien and John F. Kennedy agreed."),
    ).toEqual(["Prices rose 3.9% to $1.5 billion.", "Fans of J.R.R. Tolkien and John F. Kennedy agreed."]);
  });

  it("ends a sentence after the platform in 'wrote on X.', not after an initial", () => {
    expect(
      split("“It is untrue,” Lind wrote on X. “Rents fell 2%.” The spotlight fell on J. Smith."),
    ).toEqual(["“It is untrue,” Lind wrote on X.", "“Rents fell 2%.”", "The spotlight fell on J. Smith."]);
  });

  it("splits after an abbreviation that ends the sentence", () => {
    expect(split("The plant moved to the U.S. The union objected.")).toEqual([
      "The plant moved to the U.S.",
      "The union objected.",
    ]);
  });

  it("ends a sentence at 'etc.' before a capital, and at 'Inc.' or 'Jr.' before a title", () => {
    expect(
      split(
        "The army had tanks, jets, etc. Brig. Gen. Ott Lind disagreed. Sales fell at Norvex Inc. Dr. Amal Reyes said so. Chairs, desks, etc. are included. U.S. Rep. Dana Roe voted no.",
      ),
    ).toEqual([
      "The army had tanks, jets, etc.",
      "Brig. Gen. Ott Lind disagreed.",
      "Sales fell at Norvex Inc.",
      "Dr. Amal Reyes said so.",
      "Chairs, desks, etc. are included.",
      "U.S. Rep. Dana Roe voted no.",
    ]);
    expect(split("He met Tom Ash Jr. Gen. Kay was there.")).toEqual([
      "He met Tom Ash Jr.",
      "Gen. Kay was there.",
    ]);
    expect(split("She thanked Ash Jr. Reyes for it.")).toEqual(["She thanked Ash Jr. Reyes for it."]);
  });

  it("ends a sentence after a month or a clock time before a capital that is no day or time zone", () => {
    expect(
      split(
        "Prices climbed 6% in Oct. Food costs led the rise. The vote is on Oct. 26. Talks ended at 4 p.m. Negotiators left. They resume at 9 a.m. Tuesday and end at 5 p.m. GMT. Polls close at 8 p.m. and counting starts.",
      ),
    ).toEqual([
      "Prices climbed 6% in Oct.",
      "Food costs led the rise.",
      "The vote is on Oct. 26.",
      "Talks ended at 4 p.m.",
      "Negotiators left.",
      "They resume at 9 a.m. Tuesday and end at 5 p.m. GMT.",
      "Polls close at 8 p.m. and counting starts.",
    ]);
  });

  it("splits inside multi-sentence quotes and after closing quotes", () => {
    expect(split("“We won. We will win again,” the coach said. “Next year,” she added.")).toEqual([
      "“We won.",
      "We will win again,” the coach said.",
      "“Next year,” she added.",
    ]);
  });

  it("keeps a question or exclamation followed by a lowercase tag together", () => {
    expect(split("“Why now?” she asked. It rained!")).toEqual(["“Why now?” she asked.", "It rained!"]);
  });

  it("leaves zero-width characters a pasted page left at a sentence's edge out of its span", () => {
    expect(split("\u200bThe ministry said the aid would arrive by May. \u2060Exports rose.\u200b")).toEqual([
      "The ministry said the aid would arrive by May.",
      "Exports rose.",
    ]);
  });

  it("keeps a currency abbreviated before its amount inside the sentence ('Rs. 400 crore') (s23)", () => {
    expect(split("Sales rose 3.5% to Rs. 400 crore. Costs fell to Tk. 4.5 crore in May.")).toEqual([
      "Sales rose 3.5% to Rs. 400 crore.",
      "Costs fell to Tk. 4.5 crore in May.",
    ]);
  });
});

describe("QA round s24d segmentation", () => {
  it("ends a sentence after a letter that labels a group or variant, not after an initial", () => {
    expect(
      split(
        "Vell face Orsk in Group C. They beat Orsk in March. He took vitamin D. The trial met Ana C. Holm.",
      ),
    ).toEqual([
      "Vell face Orsk in Group C.",
      "They beat Orsk in March.",
      "He took vitamin D.",
      "The trial met Ana C. Holm.",
    ]);
  });
});
