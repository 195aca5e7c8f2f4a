import { isPagePrompt } from "../clean/noise";

const HAS_LETTER = /\p{L}/u;

/** Real sentences stay far below this; longer runs are unpunctuated page dumps. */
const MAX_CLAIM_CHARS = 1500;

/** "Will the tunnel ever pay for itself?": a question, closing quotation marks after it allowed. */
const QUESTION_END = /\?["”’')]*\s*$/;
const COLON_END = /:\s*$/;
/** '"Who will pay for the rest?" asked Ana Ruiz.': a quoted question, then its tag. */
const QUOTED_QUESTION = /^["“][^"“”]{3,}\?["”]\s+(?:\S+\s+){0,8}\S+$/;

/** Obvious non-claims: fragments, questions, page boilerplate, strings with no words. */
export function isClaimCandidate(text: string): boolean {
  // "Population by city, 2024 (2014 in brackets):": a line ending in a colon introduces; it claims nothing.
  if (
    text.length > MAX_CLAIM_CHARS ||
    QUESTION_END.test(text) ||
    QUOTED_QUESTION.test(text) ||
    COLON_END.test(text)
  )
    return false;
  if (!hasAtLeastWords(text, 4)) return false;
  if (!HAS_LETTER.test(text)) return false;
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
