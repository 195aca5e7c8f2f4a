import { describe, expect, it } from "vitest";
import { lintClaimReview } from "./claim-review-lint";

const SITE = "https://checks.example.org";

function good() {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${SITE}/verdicts/ridership-grew`,
    claimReviewed: "Ridership grew by 18 percent last year",
    datePublished: "2026-03-04T10:00:00.000Z",
    author: { "@type": "Organization", name: "Ledger Fact Check" },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: "Lena Ortiz" },
      datePublished: "2026-03-02T09:00:00.000Z",
      appearance: { "@type": "CreativeWork", url: "https://news.example.org/a" },
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: "Mostly false",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
    },
  };
}

const fields = (value: unknown) => lintClaimReview(value, { siteUrl: SITE }).map((issue) => issue.field);

describe("lintClaimReview", () => {
  it("passes a complete review", () => {
    expect(lintClaimReview(good(), { siteUrl: SITE })).toEqual([]);
  });

  it("flags a long claim and a rating word inside it", () => {
    const review = { ...good(), claimReviewed: `It is false that ${"x".repeat(80)}` };
    const issues = lintClaimReview(review, { siteUrl: SITE });
    expect(issues.map((issue) => issue.field)).toEqual(["claimReviewed", "claimReviewed"]);
    expect(issues[0]?.message).toContain("75");
    expect(issues[1]?.message).toContain('"false"');
  });

  it("flags a missing appearance, claim author and claim date", () => {
    const review = good();
    expect(fields({ ...review, itemReviewed: { "@type": "Claim" } })).toEqual([
      "itemReviewed.author",
      "itemReviewed.appearance",
      "itemReviewed.datePublished",
    ]);
  });

  it("flags rating problems, a foreign URL and bad dates as errors", () => {
    const review = good();
    const issues = lintClaimReview(
      {
        ...review,
        url: "https://elsewhere.example/x",
        datePublished: "yesterday",
        dateModified: "24/06/2020",
        reviewRating: { "@type": "Rating", ratingValue: 7, bestRating: 5, worstRating: 1 },
      },
      { siteUrl: SITE },
    );
    expect(issues.filter((issue) => issue.severity === "error").map((issue) => issue.field)).toEqual([
      "reviewRating.alternateName",
      "reviewRating.ratingValue",
      "url",
      "datePublished",
      "dateModified",
    ]);
    expect(fields({ ...review, reviewRating: { alternateName: "False", ratingValue: 1 } })).toEqual([
      "reviewRating.bestRating",
    ]);
  });

  it("rejects what isn't a ClaimReview", () => {
    expect(fields(null)).toEqual(["@type"]);
    expect(fields({ "@type": "NewsArticle" })).toContain("@type");
  });
});
