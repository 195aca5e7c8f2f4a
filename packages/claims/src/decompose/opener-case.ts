/**
 * Whether a list item's capitalised first word is a name ("Kestrel anti-tank missiles") or only
 * opens the item in sentence case ("Artillery rounds"), so that inside a claim's sentence names
 * keep their capitals and common words read in lower case.
 */
import { lowerFirst } from "../util/text";

/** Words an item copied from a list in sentence case opens with, never part of a name. */
const COMMON_OPENER =
  /^(?:A|An|The|Additional|More|Further|Extra|Spare|Other|New|Various|Several|Some|Over|About|Nearly|Approximately|Roughly|Around|Up to)\s+(?=[\p{Ll}\d])/u;

/**
 * One capitalised word, then lower case, a number, a count or nothing: "Kestrel missiles",
 * "Generators: 60", "Howitzers (18)", "Generators".
 */
const CAPITALISED_OPENING = /^(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*)(?=\s+[\p{Ll}\p{N}(]|:\s|[\s.]*$)/u;

/**
 * A word written mid-sentence, edge punctuation aside: not the first of its sentence and not after
 * a token that opens a sentence, a quotation or a colon's list (whose next word is capitalised
 * anyway). Group 1 is a lower-case word, group 2 a capitalised one ("Kestrel", "Anti-armor").
 */
const MID_SENTENCE_WORD =
  /(?<=[^\s.!?:;"“‘(—–]\s+)[^\s\p{L}]*(?:(\p{Ll}[\p{Ll}-]*)|(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*))[^\s\p{L}]*(?=\s|$)/gu;

/**
 * How the article writes each word inside its sentences. Built once per article on first use, so
 * articles without such a list pay nothing; one pass over the text, however many items ask.
 */
export class WordCases {
  private lower: Set<string> | null = null;
  private capitalised: Set<string> | null = null;

  constructor(private readonly sentences: readonly { text: string }[]) {}

  /** No article to look at: every capital of a list's style is lowered, as before word cases were known. */
  static readonly NONE = new WordCases([]);

  /** "lower": written in lower case mid-sentence; "capitalised": only ever capitalised there; else null. */
  caseOf(word: string): "lower" | "capitalised" | null {
    if (this.lower === null || this.capitalised === null) [this.lower, this.capitalised] = this.index();
    const key = word.toLowerCase();
    if (this.lower.has(key)) return "lower";
    return this.capitalised.has(key) ? "capitalised" : null;
  }

  private index(): [Set<string>, Set<string>] {
    const lower = new Set<string>();
    const capitalised = new Set<string>();
    // One regular expression over each sentence: about 4x faster than testing token by token.
    for (const { text } of this.sentences) {
      for (const [, lowerWord, capitalisedWord] of text.matchAll(MID_SENTENCE_WORD)) {
        if (lowerWord !== undefined) lower.add(lowerWord);
        else if (capitalisedWord !== undefined) capitalised.add(capitalisedWord.toLowerCase());
      }
    }
    return [lower, capitalised];
  }
}

/** "Additional interceptors" inside a sentence reads "additional interceptors"; "Kestrel drones" stays. */
export function lowerCommonOpener(text: string): string {
  return COMMON_OPENER.test(text) ? lowerFirst(text) : text;
}

/**
 * A list line's opener in lower case when it is a common word: a common opener, or a word the
 * article writes in lower case mid-sentence. A word the article only capitalises is a name. With
 * no evidence either way, `sentenceCase` (every line of the list opens with a capital, so the
 * capital is the list's style) decides.
 */
export function lowerLineOpener(text: string, cases: WordCases, sentenceCase: boolean): string {
  if (COMMON_OPENER.test(text)) return lowerFirst(text);
  const word = CAPITALISED_OPENING.exec(text)?.[1];
  if (word === undefined) return text;
  const written = cases.caseOf(word);
  return written === "lower" || (written === null && sentenceCase) ? lowerFirst(text) : text;
}
