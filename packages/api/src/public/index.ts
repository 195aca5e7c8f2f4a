export { buildClaimReview } from "./claim-review";
export * from "./verdicts";
