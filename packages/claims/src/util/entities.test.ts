import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { decodeCharacterReferences } from "./entities";

describe("decodeCharacterReferences", () => {
  it("reads named and numbered references as their characters", () => {
    expect(decodeCharacterReferences("Norland&rsquo;s &euro;90m &mdash; &#8220;aid&#x201D; &amp; more")).toBe(
      "Norland’s €90m — “aid” & more",
    );
  });

  it("keeps unknown names, bare ampersands and references to no character as written or drops the latter", () => {
    expect(decodeCharacterReferences("AT&T &madeup; R&D")).toBe("AT&T &madeup; R&D");
    expect(decodeCharacterReferences("a&#0;b&#xD800;c")).toBe("abc");
  });

  it("is what a claim reads, while its quote keeps the text as written", () => {
    const body = "The aid is Norland&rsquo;s sixth package this year, worth &euro;90 million.";
    const [claim] = extractClaims({ body });
    expect(claim?.text).toBe("The aid is Norland’s sixth package this year, worth €90 million.");
    expect(claim?.quote).toBe(body);
  });
});
