export { pageFurniture } from "./clean/furniture";
export { extractClaims } from "./extract";
export { CHECKWORTHY_THRESHOLD, isCheckworthy, scoreSentence } from "./score/index";
export type { ArticleField, ArticleInput, ExtractedClaim, Span } from "./types";
export { decodeCharacterReferences } from "./util/entities";
