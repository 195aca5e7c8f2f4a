import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";

/** Each claim's text, speaker and reporter, in the article's order. */
function attributed(body: string): Array<[string, string | null, string | null]> {
  return extractClaims({ body })
    .sort((a, b) => a.start - b.start)
    .map((claim) => [claim.text, claim.speaker, claim.reportedBy]);
}

describe("an appositive set off by dashes", () => {
  it("is no speaker: the name before it is ('Ilse Varga — a former judge — said')", () => {
    expect(attributed("Ilse Varga — a former judge — said the court had lost 300 files.")).toEqual([
      ["The court had lost 300 files.", "Ilse Varga", null],
    ]);
  });
});

describe("'said Minister of X Ana Roe had told …' after a named spokesman", () => {
  it("is the minister's claim, relayed by the spokesman", () => {
    expect(
      attributed(
        "The press officer, Marco Lindqvist, said Minister of Trade Hanna Solberg had told her counterpart in Oslo that tariffs would fall.",
      ),
    ).toEqual([["Tariffs would fall.", "Hanna Solberg", "Marco Lindqvist"]]);
  });
});
