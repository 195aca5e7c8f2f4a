import { describe, expect, it } from "vitest";
import { isClaimCandidate } from "./candidates";

describe("isClaimCandidate", () => {
  it.each([
    "Here is what it does.",
    "Here's what we know so far.",
    "Here are the key numbers:",
    "Will the tunnel ever pay for itself?",
    "Sign up for our newsletter",
    "12 43 ,,",
  ])("reads %s as no claim", (text) => {
    expect(isClaimCandidate(text)).toBe(false);
  });

  it.each([
    "Here is where the fire started, police said.",
    "Here, 40 homes burned down on Monday.",
    "Rent rises will be capped at 4% a year.",
  ])("keeps %s", (text) => {
    expect(isClaimCandidate(text)).toBe(true);
  });
});
