export { extractClaims } from "./extract.js";
export { CHECKWORTHY_THRESHOLD, isCheckworthy, scoreSentence } from "./score/index.js";
export type { ArticleInput, ExtractedClaim, Span } from "./types.js";
