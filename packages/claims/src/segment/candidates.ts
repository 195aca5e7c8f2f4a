const BOILERPLATE =
  /^(?:read more|click here|sign up|subscribe|follow us|follow (?:him|her|them) on|all rights reserved|copyright (?:©|\(c\)|\d)|©|related:|see also|this (?:article|story) (?:was|has been) (?:updated|corrected)|editor'?s note|contact (?:the )?(?:author|reporter)|share (?:this|on)|follow (?:@|\S+ (?:\S+ )?on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin))|sign up for|get (?:the|our) (?:latest|newsletter|app)|download (?:the|our) app|click to|tap to|watch:|listen:|read:|more:|also read|skip to (?:main )?content|skip navigation)(?!\p{L})/iu;

const HAS_LETTER = /\p{L}/u;

/** Real sentences stay far below this; longer runs are unpunctuated page dumps. */
const MAX_CLAIM_CHARS = 1500;

/** Obvious non-claims: fragments, page boilerplate, strings with no words. */
export function isClaimCandidate(text: string): boolean {
  if (text.length > MAX_CLAIM_CHARS) return false;
  if (!hasAtLeastWords(text, 4)) return false;
  if (!HAS_LETTER.test(text)) return false;
  return !BOILERPLATE.test(text.trim());
}

/** Counts whitespace-separated words only as far as needed. */
function hasAtLeastWords(text: string, wanted: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < wanted; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= wanted;
}
