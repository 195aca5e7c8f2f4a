export { buildClaimReview } from "./claim-review";
export { CLAIM_REVIEWED_MAX, type LintIssue, lintClaimReview } from "./claim-review-lint";
export { type ExternalReviewFilters, listPublicExternalReviews, type PublicExternalReview } from "./external";
export { buildAtomFeed, buildClaimReviewFeedPage, buildRssFeed, FEED_SIZE } from "./feeds";
export * from "./search";
export { siteUrl } from "./site-url";
export * from "./verdicts";
