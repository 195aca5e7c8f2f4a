import { describe, expect, it } from "vitest";
import { isBareDenial, isRefusalToSay } from "./refusals";

describe("isRefusalToSay", () => {
  it("reads refusals to say, comment, disclose or answer requests", () => {
    for (const text of [
      "The ministry declined to say when the aid would arrive.",
      "He declined to comment.",
      "Police would not say how many people were arrested.",
      "The company refused to disclose the price of the deal.",
      "Representatives for the club did not immediately respond to requests for comment.",
      "The port authority could not be reached for comment on Monday.",
      "The minister did not give a date.",
      "The agency would not provide a timeline for the repairs.",
    ])
      expect(isRefusalToSay(text), text).toBe(true);
  });

  it("reads notes on how sources spoke as no claim", () => {
    for (const text of [
      "They spoke on condition of anonymity because the inquiry is continuing.",
      "The official asked not to be named.",
      "The official, who was not authorized to speak, asked not to be identified.",
      "Both people were not authorized to discuss the talks.",
    ])
      expect(isRefusalToSay(text), text).toBe(true);
    expect(isRefusalToSay("An official who spoke on condition of anonymity said 40 soldiers had died.")).toBe(
      false,
    );
  });

  it("leaves refusals to act, refusals with more said after them, and a refusal inside the subject", () => {
    for (const text of [
      "The firm refused to pay the fine.",
      "The army did not respond to the attack.",
      "The ministry declined to say when the aid would arrive but said 40 trucks were ready.",
      "The club declined to confirm the fee, reported to be 40 million euros.",
      "An official who declined to be named said 40 soldiers had died.",
    ])
      expect(isRefusalToSay(text), text).toBe(false);
  });
});

describe("isBareDenial", () => {
  it("reads a denial of something said before as nothing to check", () => {
    for (const text of [
      "Brekke rejected that",
      "The mayor denied the claim.",
      "The ministry has disputed those figures' account.",
      "Police dismissed the allegations.",
    ])
      expect(isBareDenial(text), text).toBe(true);
  });

  it("keeps a denial that says what was denied", () => {
    for (const text of [
      "The mayor denied taking bribes.",
      "The court rejected the appeal.",
      "The board rejected a 4 percent pay offer.",
    ])
      expect(isBareDenial(text), text).toBe(false);
  });
});

describe("'Neither X nor Y responded to requests for comment'", () => {
  it("is a refusal; 'Neither X nor Y has ratified the treaty' is not", () => {
    expect(isRefusalToSay("Neither the ministry nor the army responded to requests for comment.")).toBe(true);
    expect(isRefusalToSay("Neither Ostmark nor Tavria could be reached for comment.")).toBe(true);
    expect(isRefusalToSay("Neither Ostmark nor Tavria has ratified the treaty.")).toBe(false);
  });
});
