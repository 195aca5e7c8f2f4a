import type { ClaimReview, WithContext } from "schema-dts";
import type { PublishedVerdict } from "./verdicts";

/**
 * ClaimReview JSON-LD for a verdict page, following Google's field rules. Built from the same
 * published snapshot the page renders, so the markup always matches what readers see.
 */
export function buildClaimReview(verdict: PublishedVerdict, siteUrl: string): WithContext<ClaimReview> {
  const { snapshot, article, newsroom } = verdict;
  const pageUrl = new URL(`/verdicts/${verdict.slug}`, siteUrl).toString();
  const appearance = article.url ?? new URL(`/articles/${article.id}`, siteUrl).toString();
  const claimAuthor = snapshot.speaker ?? article.publisher ?? undefined;
  // Corrections bump the version and updatedAt; either one means the review was modified.
  const modified = verdict.version > 1 || verdict.updatedAt.getTime() - verdict.publishedAt.getTime() > 1000;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    claimReviewed: snapshot.claimText,
    datePublished: verdict.publishedAt.toISOString(),
    ...(modified ? { dateModified: verdict.updatedAt.toISOString() } : {}),
    author: { "@type": "Organization", name: newsroom.name, ...(newsroom.url ? { url: newsroom.url } : {}) },
    itemReviewed: {
      "@type": "Claim",
      ...(claimAuthor ? { author: { "@type": authorType(claimAuthor), name: claimAuthor } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
      appearance: { "@type": "CreativeWork", url: appearance },
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: snapshot.ratingLabel,
      ...(snapshot.ratingValue !== null && snapshot.bestRating !== null && snapshot.worstRating !== null
        ? {
            ratingValue: snapshot.ratingValue,
            bestRating: snapshot.bestRating,
            worstRating: snapshot.worstRating,
          }
        : {}),
    },
  };
}

/** "the Health Ministry" is an organisation; "Jane Roe" a person. */
function authorType(name: string): "Person" | "Organization" {
  return /^the\s|\b(ministry|department|agency|office|council|house|government|party|inc|corp)\b/i.test(name)
    ? "Organization"
    : "Person";
}
