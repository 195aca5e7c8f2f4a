import { isPagePrompt } from "../clean/noise";

const HAS_LETTER = /\p{L}/u;

/** Real sentences stay far below this; longer runs are unpunctuated page dumps. */
const MAX_CLAIM_CHARS = 1500;

/** Closing quotation marks, brackets and spaces, which a question's mark or a lead's colon may stand before. */
function isClosingMark(code: number): boolean {
  return code <= 32 || code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41;
}

/**
 * "Will the tunnel ever pay for itself?", "Population by city (2014 in brackets):": the last mark
 * before any closing quotation marks, brackets or spaces is a question mark or a colon; or a quoted
 * question opens the text ('"Who will pay?" asked Ana Ruiz.').
 */
function asksOrIntroduces(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && isClosingMark(text.charCodeAt(end))) end--;
  const last = text.charCodeAt(end);
  return last === QUESTION_MARK || last === COLON || (text.includes("?") && QUOTED_QUESTION.test(text));
}
const QUESTION_MARK = 63;
const COLON = 58;
/** '"Who will pay for the rest?" asked Ana Ruiz.': a quoted question, then its tag. */
const QUOTED_QUESTION = /^["“][^"“”]{3,}\?["”]\s+(?:\S+\s+){0,8}\S+$/;

/**
 * "Here is what it does.", "Here's what we know.": a signpost to what follows, no claim. (As a line over
 * bullets it is their lead, which the list reads before this is asked.)
 */
const SIGNPOST =
  /^here(?:['’]s|\s+is|\s+are)\s+(?:what|how|why|where|when|who|a look at|everything)\b[^.!?:,]{0,50}[.!]$/i;

/** Obvious non-claims: fragments, questions, signposts, page boilerplate, strings with no words. */
export function isClaimCandidate(text: string): boolean {
  if (text.length > MAX_CLAIM_CHARS || asksOrIntroduces(text)) return false;
  if (!hasAtLeastWords(text, 4)) return false;
  if (!HAS_LETTER.test(text)) return false;
  if ((text.startsWith("Here") || text.startsWith("here")) && SIGNPOST.test(text.trim())) return false;
  return !isPagePrompt(text.trim());
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
