import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD } from "../score/index";
import { adjustListedScore, adjustScore } from "./adjust";

describe("adjustScore", () => {
  it("halves opinions and holds them below the threshold, and discounts plain futures", () => {
    expect(adjustScore(0.9, "I think the fee is far too high.")).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(adjustScore(0.5, "The port will cut its fees in April.")).toBeCloseTo(0.4);
    expect(adjustScore(0.5, "The port cut its fees in April.")).toBe(0.5);
  });

  it("makes a count of the dead or injured check-worthy whatever the model learned of 'died'", () => {
    for (const text of ["17 people died in Velsk.", "Two miners have died.", "Four pupils were injured."])
      expect(adjustScore(0.05, text)).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
    expect(adjustScore(0.05, "My grandfather died in 1990.")).toBe(0.05);
    // An opinion about casualties stays an opinion.
    expect(adjustScore(0.9, "I think 17 people died in Velsk.")).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });
});

describe("measured comparisons", () => {
  it("holds '21% less likely' and 'three times more likely' above the threshold, and 'likely to rise' is still a hedge", () => {
    expect(adjustScore(0.2, "Coffee drinkers are 21% less likely to develop liver disease.")).toBeGreaterThan(
      CHECKWORTHY_THRESHOLD,
    );
    expect(adjustScore(0.2, "Smokers were three times more likely to die.")).toBeGreaterThan(
      CHECKWORTHY_THRESHOLD,
    );
    expect(adjustScore(0.9, "Prices are likely to rise.")).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });
});

describe("an election's count", () => {
  it("holds 'won 44 seats' and 'took 52% of the vote' above the threshold; a forecast is still discounted", () => {
    for (const text of [
      "The Greens won 12 seats.",
      "Ruiz took 52% of the vote.",
      "Labour won 58 of the 179 seats.",
    ])
      expect(adjustScore(0.09, text)).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
    expect(adjustScore(0.5, "The Greens will win 12 seats.")).toBeCloseTo(0.4);
    expect(adjustScore(0.09, "The Greens won the argument.")).toBe(0.09);
  });
});

describe("a poll's finding", () => {
  it("is no opinion however its respondents put it ('58% of voters believe Dunn should resign')", () => {
    expect(adjustScore(0.2, "58% of voters believe Dunn should resign.")).toBeGreaterThan(
      CHECKWORTHY_THRESHOLD,
    );
    expect(adjustScore(0.9, "Dunn should resign.")).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });
});

describe("a counted item of a list", () => {
  it("is held just under the headline's floor, above the threshold ('Valdoria will get 12 Leopard tanks.')", () => {
    expect(adjustListedScore(0.1, "Valdoria will get 12 Leopard tanks.")).toBeGreaterThan(
      CHECKWORTHY_THRESHOLD,
    );
    expect(adjustListedScore(0.1, "Valdoria will get two Hawk batteries.")).toBeGreaterThan(
      CHECKWORTHY_THRESHOLD,
    );
    expect(adjustListedScore(0.95, "Valdoria will get 12 Leopard tanks.")).toBe(0.95);
  });

  it("leaves uncounted items and opinions alone", () => {
    expect(adjustListedScore(0.1, "Valdoria will get body armor.")).toBe(0.1);
    expect(adjustListedScore(0.1, "We think 12 tanks should go to Valdoria.")).toBe(0.1);
  });
});

describe("an announced measure with a count or a sum (s18)", () => {
  it("holds 'will close … and eliminate about 420 jobs' above the threshold; a forecast or a promise keeps its discount", () => {
    expect(
      adjustScore(0.3, "Norvale Foods will close its plant by March and eliminate about 420 jobs."),
    ).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
    expect(
      adjustScore(0.3, "Valdoria will send Ostmark a tranche worth 640 million crowns."),
    ).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
    expect(adjustScore(0.5, "The Greens will win 12 seats.")).toBeCloseTo(0.4);
    expect(adjustScore(0.3, "We will create 10,000 jobs.")).toBeCloseTo(0.24);
  });
});

describe("an imperative (s19)", () => {
  it("is held below the threshold, as opinions are", () => {
    expect(adjustScore(0.9, "Publish the current numbers.")).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(adjustScore(0.9, "Publishers cut 40 jobs.")).toBe(0.9);
  });
});
