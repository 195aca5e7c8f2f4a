export { extractClaims } from "./extract";
export { CHECKWORTHY_THRESHOLD, isCheckworthy, scoreSentence } from "./score/index";
export type { ArticleInput, ExtractedClaim, Span } from "./types";
