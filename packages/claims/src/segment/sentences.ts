import type { Span } from "../types";
import { isLowerLetter, isSpace, isSpaceCode, isUpperLetter } from "../util/text";
import {
  AFTER_CLOCK_TIME,
  MAYBE_FINAL,
  MONTHS,
  NEVER_FINAL,
  PERSON_TITLES,
  SENTENCE_STARTERS,
} from "./abbreviations";

const TERMINATORS = ".!?…";
const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«([¿¡";

// Unicode classes as constants: a literal inside a function becomes `new RegExp` per call once
// esbuild lowers it (tsx, the CLI bundle).
const IS_NUMBER = /\p{N}/u;
const IS_LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const PARTY_STATE_TAG = /^[RDI]-[\p{Lu}]/u;
const WORD_CHAR = /[\p{L}.-]/u;
const OPENING_WORD = /^[“"‘']?([\p{L}]+)/u;

/**
 * Splits `body[start, end)` into sentence spans. Linear in the block length: each character is
 * visited a bounded number of times (look-behind for the word before a period is capped).
 */
export function segmentSentences(body: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    while (i < end && !isTerminator(body.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i + 1;
    while (j < end && TERMINATORS.includes(body.charAt(j))) j++;
    while (j < end && CLOSERS.includes(body.charAt(j))) j++;
    if (j < end && !isSpace(body.charAt(j))) {
      i = j - 1;
      continue;
    }
    let next = j;
    while (next < end && isSpace(body.charAt(next))) next++;
    if (next >= end) break;
    if (endsSentence(body, i, j, next)) {
      pushTrimmed(body, sentenceStart, j, spans);
      sentenceStart = next;
    }
    i = j - 1;
  }
  pushTrimmed(body, sentenceStart, end, spans);
  return spans;
}

/** ".", "!", "?" or "…", read by code so no match object is made per mark. */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** `mark` is the first terminator, `after` is just past terminators and closers, `next` the next word. */
function endsSentence(body: string, mark: number, after: number, next: number): boolean {
  const nextChar = body.charAt(next);
  if (isLowerLetter(nextChar)) return false;
  const startsLikeSentence =
    isUpperLetter(nextChar) ||
    IS_NUMBER.test(nextChar) ||
    OPENERS.includes(nextChar) ||
    !IS_LETTER_OR_NUMBER.test(nextChar);
  if (!startsLikeSentence) return false;
  if (body.charAt(mark) !== ".") return true;
  const closedQuote = after > mark + 1 && CLOSERS.includes(body.charAt(after - 1));
  if (after - mark > 1 && body.charAt(mark + 1) === "." && !closedQuote) return isUpperLetter(nextChar);

  const word = wordBefore(body, mark);
  const lower = word.toLowerCase();
  if (word === "") return true;
  // "rose 6% in Oct. Food costs led": a month before a day or year keeps its sentence; before a capital it ends it.
  if (MONTHS.has(lower)) return isUpperLetter(nextChar);
  if (NEVER_FINAL.has(lower)) return false;
  // An initial: "John F. Kennedy". Not the platform in "wrote on X." before a quotation or a new sentence.
  // "in Group C. They beat …", "Plan B. The council …": a letter naming a group or a variant, no
  // initial, before a word that opens sentences.
  if (SINGLE_CAPITAL.test(word))
    return (
      (body.startsWith(" on ", mark - 5) ||
        LETTER_LABEL.test(body.slice(Math.max(0, mark - 14), mark - 1))) &&
      platformEnds(body, next)
    );
  const ambiguous =
    MAYBE_FINAL.has(lower) ||
    word.includes(".") || // "U.S.", "a.m.", "J.R.R."
    PARTY_STATE_TAG.test(word); // party-state tags: "(R-Miss.)"
  if (!ambiguous) return true;
  const following = nextWord(body, next).toLowerCase();
  if (SENTENCE_STARTERS.has(following)) return true;
  // "ended at 4 p.m. Negotiators said": a clock time runs on only into a day or a time zone.
  if (lower === "a.m" || lower === "p.m") return isUpperLetter(nextChar) && !AFTER_CLOCK_TIME.has(following);
  // "tanks, jets, etc. Brig. Gen. Lind disagreed": a list's "etc." never runs on into a capital, and
  // a title after "Inc." or "Jr." opens the next speaker's sentence. Not after "U.S." ("U.S. Rep. Roe").
  if (!MAYBE_FINAL.has(lower)) return false;
  return lower === "etc" || (PERSON_TITLES.has(following) && body.charAt(next + following.length) === ".");
}

/** "Group", "Plan", "Vitamin": a word a single capital letter labels, right before it. */
const LETTER_LABEL =
  /(?:^|\s)(?:Group|Pool|Block|Plan|Category|Class|Grade|Division|Zone|Phase|Section|Part|Annex|Appendix|Exhibit|Wing|Ward|Gate|Terminal|Level|Tier|Type|Vitamin|Hepatitis|Stage|Round|Platform|Hall|Pier|Runway|Unit)\s$/i;
/** After "on X.": a quotation or a word that opens sentences follows the platform, not a surname. */
function platformEnds(body: string, next: number): boolean {
  const nextChar = body.charAt(next);
  return QUOTE_OPENERS.includes(nextChar) || SENTENCE_STARTERS.has(nextWord(body, next).toLowerCase());
}
const QUOTE_OPENERS = '"“‘«';

/** The word (letters, inner dots and hyphens) ending right before `index`. */
function wordBefore(body: string, index: number): string {
  let k = index;
  const limit = Math.max(0, index - 40);
  while (k > limit && WORD_CHAR.test(body.charAt(k - 1))) k--;
  return body.slice(k, index).replace(/^[.-]+/, "");
}

function nextWord(body: string, index: number): string {
  const match = OPENING_WORD.exec(body.slice(index, index + 40));
  return match?.[1] ?? "";
}

function pushTrimmed(body: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isBlankAtEdge(body.charCodeAt(s))) s++;
  while (e > s && isBlankAtEdge(body.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/**
 * White space, or an invisible format character a pasted page leaves at a sentence's edge (zero-width
 * space, joiners, word joiner), which would hide "The ministry said" from the attribution patterns.
 */
function isBlankAtEdge(code: number): boolean {
  return isSpaceCode(code) || (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}
