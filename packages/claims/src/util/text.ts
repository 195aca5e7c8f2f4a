/** Small string helpers shared by the pipeline stages. */
import { hashTable } from "../score/hash";

/*
 * Letter-case shapes of a word, shared at module level: esbuild (tsx and the CLI bundle) compiles a
 * `\p{…}` regex literal written inside a function to `new RegExp(…)`, built again on every call.
 */
export const STARTS_UPPER_CASE = /^\p{Lu}/u;
/** "AFAD", "UNHCR", "WHO": capitals only, an organisation's short name, never a person's. */
export const ACRONYM = /^\p{Lu}{2,8}$/u;
export const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** "trucks", "repairs": lower-case letters only. */
export const LOWER_CASE_LETTERS = /^\p{Ll}+$/u;
/** "trucks", "nations": a lower-case letter, then a final "s". */
export const LOWER_CASE_THEN_S = /\p{Ll}s$/u;
/** "well-armed", "trucks": lower-case letters and hyphens. */
export const LOWER_CASE_HYPHENATED = /^\p{Ll}[\p{Ll}-]*$/u;
/** "sending", "training": an "-ing" form of at least two letters before "ing". */
export const ING_FORM = /^\p{Ll}{2,}ing$/u;

export function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A month's name or its abbreviation ("Feb", "February", "Sept"), as a regex source. */
export const MONTH_NAME = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*";
/** Counts written as words, as a regex alternation: "two" to "twelve" ("one" is too often no count). */
/** "240,000", "4.5": a number alone, digits with their separators. */
export const BARE_NUMBER = /^\d[\d,.]*$/;
export const SPELLED_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/** Same set as the regex `\s`, without running a regex per character. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  return isSpaceCode(ch.charCodeAt(0));
}

/** `isSpace` of a UTF-16 code unit. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The text with its first character in upper case; "iPhone" and "eBay" keep theirs. */
export function capitalize(text: string): string {
  const first = text.charAt(0);
  if (INNER_CAPITAL_NAME.test(text)) return text;
  return first.toUpperCase() + text.slice(1);
}
/** "iPhone", "eBay", "iOS": a name written with a lower-case first letter and a capital after it. */
const INNER_CAPITAL_NAME = /^[a-z]{1,2}[A-Z]/;

/** Drops quotation marks left unbalanced by cutting a claim out of a longer quotation. */
function balanceQuotes(text: string): string {
  const unquoted =
    text.includes("‘") || text.includes("'") || text.includes("’") ? withoutOuterSingleQuotes(text) : text;
  if (!/["“”]/.test(unquoted)) return unquoted;
  let result = unquoted;
  const opens = (result.match(/“/g) ?? []).length;
  const closes = (result.match(/”/g) ?? []).length;
  if (opens !== closes) result = result.replace(/[“”]/g, "");
  if ((result.match(/"/g) ?? []).length % 2 === 1) result = result.replace(/"/g, "");
  if (/^[“"].*[”"]$/su.test(result.trim()) && !/[“”"]/.test(result.trim().slice(1, -1))) {
    result = result.trim().slice(1, -1);
  }
  return result;
}

/**
 * "‘The defences failed at 3am.’", "'Prices are rising.'": a sentence opening a quotation in single
 * marks; not an elision ("'Cause I'm going to …").
 */
export const SINGLE_QUOTE_OPENING = /^\s*(?:‘|'(?!(?:Cause|Cos|Til|Tis|Twas|Em)\b)(?=\p{Lu}))/u;
/** ".’", "?'": the single mark closing a quotation after its stop. */
const SINGLE_QUOTE_AFTER_STOP = /(?<=[.!?,])['’](\s*)$/;

/**
 * "‘The defences failed at 3am.’" → "The defences failed at 3am.": a quotation's own single marks, a
 * sentence's whole (or its first or last sentence's end), are no part of the claim, as double marks are not.
 */
function withoutOuterSingleQuotes(text: string): string {
  const openings = (text.match(INNER_QUOTE_OPENING) ?? []).length;
  if (SINGLE_QUOTE_OPENING.test(text)) {
    // "‘He said ‘no’ twice.’": a quotation inside it keeps all its marks.
    if (openings !== 1) return text;
    return text.replace(SINGLE_QUOTE_OPENING, "").replace(SINGLE_QUOTE_AFTER_STOP, "$1");
  }
  // "Nobody warned the residents in time.’": the last sentence of a quotation opened before.
  return openings === 0 ? text.replace(SINGLE_QUOTE_AFTER_STOP, "$1") : text;
}

/** "The budget" → "the budget": a sentence's opening read inside another sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends a standalone claim with exactly one terminal mark. */
export function asSentence(text: string): string {
  const trimmed = trimTrailing(withoutDoubledComma(balanceQuotes(text)).trim(), " \t\n\r,;:—–-").trim();
  if (trimmed === "") return "";
  const body = capitalize(trimmed);
  if (endsWithTerminator(body)) return body;
  // "… was “the most we can afford,”": the quotation's comma, which led on to more, becomes the stop.
  if (COMMA_IN_CLOSING_QUOTE.test(body)) return body.replace(COMMA_IN_CLOSING_QUOTE, ".$1");
  // "He said, 'Get rid of it,'" Falk said.": the inner quotation's mark went with the tag's.
  return `${body}.${unclosedInnerQuote(body)}`;
}

/** An inner quotation's opening mark after a space: "said, 'Get", "told us, ‘Close". */
const INNER_QUOTE_OPENING = /(?:^|\s)['‘](?=\p{L})/gu;
/** Its closing mark: after a letter or a stop, before a space, a stop or the end ("it,'", "ward’ and"). */
const INNER_QUOTE_CLOSING = /(?<=[\p{L}\d.,!?])['’](?=[\s.,;:!?]|$)/gu;

/** The mark that closes an inner quotation left open ("'" or "’"), or "" when none is open. */
function unclosedInnerQuote(text: string): string {
  if (!text.includes("'") && !text.includes("‘")) return "";
  const opens = text.match(INNER_QUOTE_OPENING) ?? [];
  const last = opens.at(-1);
  if (last === undefined || opens.length <= (text.match(INNER_QUOTE_CLOSING) ?? []).length) return "";
  return last.endsWith("‘") ? "’" : "'";
}

const COMMA_IN_CLOSING_QUOTE = /,(["”’]+)$/;

/** A comma right before other punctuation. */
const COMMA_BEFORE_PUNCTUATION = /,(?=[,.;:!?])/g;

/**
 * "Of the package, worth $40 million,, half goes …" → "…, worth $40 million, half goes …": a closed
 * appositive put before the claim's own punctuation leaves one mark.
 */
function withoutDoubledComma(text: string): string {
  return text.includes(",") ? text.replace(COMMA_BEFORE_PUNCTUATION, "") : text;
}

const TERMINATORS = ".!?…";
const CLOSERS = `"”’)`;

/** Same as `/[.!?…]["”’)]*$/u.test(text)`, read from the end instead of tried at every position. */
function endsWithTerminator(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end--;
  return end > 0 && TERMINATORS.includes(text.charAt(end - 1));
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Non-ASCII code units already classified by `isLetterOrNumberCode`: 0 not yet, 1 no, 2 yes. */
const letterOrNumberKnown = new Uint8Array(0x10000);

/**
 * `/^[\p{L}\p{N}]$/u` of one UTF-16 code unit (not half of a surrogate pair). ASCII is classified by
 * its code; any other code unit is looked up in the Unicode tables once, not once per occurrence.
 */
function isLetterOrNumberCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = letterOrNumberKnown[code] ?? 0;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 2 : 1;
    letterOrNumberKnown[code] = known;
  }
  return known === 2;
}

/** `/^[\p{L}\p{N}]$/u.test(character)` for one character (one code unit or a surrogate pair). */
export function isLetterOrNumber(character: string): boolean {
  return character.length === 1
    ? isLetterOrNumberCode(character.charCodeAt(0))
    : LETTER_OR_NUMBER.test(character);
}

/** Non-ASCII code units already looked at by `lowerCasesAsAscii`: 0 not yet, 1 unchanged, 2 changed. */
const lowerCaseChange = new Uint8Array(0x10000);

/**
 * Whether lower-casing `text` changes only ASCII letters, so that it can be lower-cased a character
 * at a time: true for most text, whose other characters are quotation marks and dashes. False for a
 * non-ASCII letter with a lower case, which may depend on its context (a final "Σ") or be two
 * characters ("İ"), and for surrogate pairs (their letters are not looked up one half at a time).
 */
function lowerCasesAsAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (code >= 0xd800 && code <= 0xdfff) return false;
    let change = lowerCaseChange[code] ?? 0;
    if (change === 0) {
      const character = String.fromCharCode(code);
      change = character.toLowerCase() === character ? 1 : 2;
      lowerCaseChange[code] = change;
    }
    if (change === 2) return false;
  }
  return true;
}

/**
 * Whether every character of `word` is an ASCII lower-case letter: true, false when one is another
 * ASCII character, or undefined when the word has non-ASCII characters (for `\p{Ll}` to decide).
 * `^\p{Ll}+…$` patterns run on every word of a sentence; most words are settled here without the
 * Unicode tables.
 */
export function asciiLowerCaseLetters(word: string): boolean | undefined {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) ascii = false;
    else if (code < 97 || code > 122) return false;
  }
  return ascii ? true : undefined;
}

/** The key being built, as UTF-16 code units; reused, so a key costs one string and no arrays. */
let keyBuffer = new Uint16Array(256);
const KEY_DECODER = new TextDecoder("utf-16le", { ignoreBOM: true });
const SPACE = 32;

/**
 * Lower-cased letters and digits with one space between runs: the same as
 * `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()`, about three times faster because
 * ASCII characters are classified without the Unicode tables.
 */
export function comparisonKey(text: string): string {
  // `toLowerCase` goes through the Unicode case tables for any text with a curly quote or a dash;
  // when only ASCII letters change, they are lower-cased as they are copied instead.
  const asciiCase = lowerCasesAsAscii(text);
  const lower = asciiCase ? text : text.toLowerCase();
  if (keyBuffer.length < lower.length) keyBuffer = new Uint16Array(lower.length * 2);
  let length = 0;
  let separated = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let width = 1;
    let letterOrNumber: boolean;
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one character ("𝐀" is a letter); a lone surrogate is not a letter.
      const next = lower.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) width = 2;
      letterOrNumber = isLetterOrNumber(lower.slice(i, i + width));
    } else letterOrNumber = isLetterOrNumberCode(code);
    if (!letterOrNumber) separated = true;
    else {
      if (separated && length > 0) keyBuffer[length++] = SPACE;
      separated = false;
      if (width === 1) keyBuffer[length++] = asciiCase && code >= 65 && code <= 90 ? code + 32 : code;
      else for (let k = 0; k < width; k++) keyBuffer[length++] = lower.charCodeAt(i + k);
    }
    i += width - 1;
  }
  // Only letters, digits (whole surrogate pairs) and spaces were written: decoding changes nothing.
  return KEY_DECODER.decode(keyBuffer.subarray(0, length));
}

/** A whitespace-separated word and its offsets in the text it was read from. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * FNV-1a of `word[start, end)` in lower case, or -1 when it has a non-ASCII character (whose lower
 * case may still be ASCII: the Kelvin sign is "k"). Hashing in place builds no string.
 */
function asciiLowerHash(word: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let code = word.charCodeAt(i);
    if (code >= 128) return -1;
    if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

/**
 * Lower-case ASCII words, looked up by a stretch of a string: an in-place hash rules most stretches
 * out before a lower-case copy is made for the exact lookup.
 */
export class LowerCaseWords {
  private readonly words: Set<string>;
  /**
   * 1 for the hash of a word, else 0. A typed-array table, not a `Set`: most hashes are beyond the
   * small-integer range, and a `Set` boxes them and hashes the box on every look-up.
   */
  private readonly hashed: (hash: number) => number;
  /** The length of the longest word. */
  readonly longest: number;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.hashed = hashTable(
      new Map([...this.words].map((word) => [asciiLowerHash(word, 0, word.length), 1])),
      0,
    );
    this.longest = Math.max(0, ...[...this.words].map((word) => word.length));
  }

  /** Whether `text.slice(start, end)` in lower case is one of the words. */
  has(text: string, start = 0, end = text.length): boolean {
    const hash = asciiLowerHash(text, start, end);
    if (hash !== -1 && this.hashed(hash) === 0) return false;
    return this.words.has(text.slice(start, end).toLowerCase());
  }
}
/**
 * `text.replace(/[\s.]+$/, "")` read from the end: the regex tries every space and full stop of the
 * text, and many sentences pass through it several times.
 */
export function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 46 && !isSpaceCode(code)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** `text.split(/\s+/).length` without building the array: one more than the runs of white space. */
export function splitLength(text: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/**
 * The first `limit` whitespace-separated words, like `text.matchAll(/\S+/g)` without allocating a
 * match array per word.
 */
export function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && words.length < limit; i++) {
    const boundary = i === text.length || isSpaceCode(text.charCodeAt(i));
    if (boundary && start >= 0) {
      words.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    } else if (!boundary && start < 0) start = i;
  }
  return words;
}

/**
 * The matches of a global `pattern` in `text`, like `[...text.matchAll(pattern)]` without the copy
 * of the pattern `matchAll` makes on every call. The pattern must not match the empty string.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/** Lower-cased words used for fuzzy comparisons (dedupe, headline matching). */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2);
}

/** Removes trailing `chars` without a regex (`[...]+$` is quadratic on long runs). */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** A stretch of a sentence and where it lies: `start`/`end` are offsets of `text` in its source. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Splits on `separator` (one character) outside brackets and quotes. */
export function splitTopLevel(text: string, separator: string): Piece[] {
  const pieces: Piece[] = [];
  // Compared as char codes: `charAt` would make a one-character string of every character.
  const separatorCode = separator.charCodeAt(0);
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_PAREN || code === CLOSE_BRACKET) && depth > 0) depth--;
    else if (code === OPEN_CURLY_QUOTE) inQuote = true;
    else if (code === CLOSE_CURLY_QUOTE) inQuote = false;
    else if (
      code === separatorCode &&
      depth === 0 &&
      !inQuote &&
      !isThousandsSeparator(text, i) &&
      !(code === SEMICOLON && endsHtmlEntity(text, i))
    ) {
      pieces.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), start, end: text.length });
  return pieces;
}

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_CURLY_QUOTE = 0x201c;
const CLOSE_CURLY_QUOTE = 0x201d;
const SEMICOLON = 59;

/** "&amp;", "&#8217;": a character reference left in pasted text ends with a ";" that separates nothing. */
const HTML_ENTITY_BEFORE = /&(?:[a-z]{2,8}|#\d{2,6}|#x[\da-f]{2,6})$/i;

function endsHtmlEntity(text: string, semicolon: number): boolean {
  const ampersand = text.lastIndexOf("&", semicolon);
  return (
    ampersand >= 0 && semicolon - ampersand <= 9 && HTML_ENTITY_BEFORE.test(text.slice(ampersand, semicolon))
  );
}

/** "2,000" is a number, not a list. */
function isThousandsSeparator(text: string, index: number): boolean {
  // `/\d/` before and `/^\d{3}\b/` after, read by char codes (past either end there is none).
  return (
    isDigitCode(text.charCodeAt(index - 1)) &&
    isDigitCode(text.charCodeAt(index + 1)) &&
    isDigitCode(text.charCodeAt(index + 2)) &&
    isDigitCode(text.charCodeAt(index + 3)) &&
    !isWordCode(text.charCodeAt(index + 4))
  );
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII letters, digits and "_": the characters a regex's `\w` (and so `\b`) counts as a word's. */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigitCode(code) || code === 95;
}

/** "Dorne Bank's", "Velto Motors'": a name with a plural ending takes the apostrophe alone. */
export function possessiveOf(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/** A third cell after a table row's count or money ("+12%", "2024"), which a claim leaves out. */
export const EXTRA_CELL = String.raw`(?:(?:\s*\|\s*|\t\s*)[^\t|]{1,20})?`;

/** A double quotation mark, straight or curly. */
/** Hedges of a rough count: "as many as 12". */
export const ROUGH_COUNT_HEDGE =
  "as many as|as much as|more than|fewer than|less than|at least|at most|up to|close to|an estimated|nearly|roughly|almost|approximately";
/** Hedges that are prepositions too ("talked about 12 jets"). */
export const PREPOSITION_HEDGE = "about|around|some|over";
/** "Tk", "Rs.", "KSh", "US$", "₹": a currency's code or sign, as a regex source (no anchors). */
export const CURRENCY_CODE_SOURCE = String.raw`(?:Rs\.?|Tk\.?|KSh|Ksh|USh|TSh|Sh|INR|USD|EUR|GBP|BDT|PKR|NPR|LKR|KES|NGN|ZAR|PHP|Php|Rp|RM|AED|SAR|QAR|CHF|SEK|NOK|DKK|JPY|CNY|[$€£¥₹₦৳]|[A-Z]{1,3}\$)`;
export const DOUBLE_QUOTE_MARK = /["“”]/;

const OPENING_DOUBLE_QUOTE = 0x201c;
const CLOSING_DOUBLE_QUOTE = 0x201d;
const OPENING_GUILLEMET = 0xab;
const CLOSING_GUILLEMET = 0xbb;
const STRAIGHT_DOUBLE_QUOTE = 34;

/**
 * Whether a quotation is open after `text`, given whether one was open before it: curly marks and
 * guillemets open and close, a straight mark toggles. Read by code unit: the marks are single ones,
 * and no half of a surrogate pair is one of them.
 */
export function quotationOpenAfter(text: string, open: boolean): boolean {
  let state = open;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPENING_DOUBLE_QUOTE || code === OPENING_GUILLEMET) state = true;
    else if (code === CLOSING_DOUBLE_QUOTE || code === CLOSING_GUILLEMET) state = false;
    else if (code === STRAIGHT_DOUBLE_QUOTE) state = !state;
  }
  return state;
}
