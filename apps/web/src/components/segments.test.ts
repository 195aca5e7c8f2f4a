import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("keeps every character exactly once, in order", () => {
    const text = "Alpha beta. Gamma delta. Epsilon.";
    const segments = segmentText(text, [
      { id: "b", start: 12, end: 24 },
      { id: "a", start: 0, end: 11 },
      { id: "inside", start: 14, end: 18 },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((segment) => segment.highlight).map((segment) => segment.highlight?.id)).toEqual([
      "a",
      "b",
    ]);
  });

  it("ignores spans outside the text", () => {
    expect(segmentText("abc", [{ id: "x", start: 2, end: 10 }])).toEqual([
      { start: 0, text: "abc", highlight: null },
    ]);
  });
});
