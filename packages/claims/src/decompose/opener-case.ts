import { isCountryOrCapital } from "../attribute/countries";
/**
 * Whether a list item's capitalised first word is a name ("Kestrel anti-tank missiles") or only
 * opens the item in sentence case ("Artillery rounds"), so that inside a claim's sentence names
 * keep their capitals and common words read in lower case.
 */
import { isCommonWord } from "../score/word-vectors";
import { lowerFirst } from "../util/text";

/** Words an item copied from a list in sentence case opens with, never part of a name. */
const COMMON_OPENER =
  /^(?:A|An|The|Additional|More|Further|Extra|Spare|Other|New|Various|Several|Some|Over|About|Nearly|Approximately|Roughly|Around|Up to)\s+(?=[\p{Ll}\d])/u;

/**
 * One capitalised word, then lower case, a number, a count or nothing: "Kestrel missiles",
 * "Generators: 60", "Howitzers (18)", a table's "Generators | 60", "Generators".
 */
/** "Two Falke-M systems": a count in words is no name, whatever follows it. */
const NUMBER_WORD_OPENER =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Dozens|Hundreds|Thousands)\s/;
const CAPITALISED_OPENING =
  /^(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*)(?=\s+[\p{Ll}\p{N}($€£]|[:,]\s|\s+[—–|]\s|[\s.]*$)/u;

/**
 * A word written mid-sentence, edge punctuation aside: the whole whitespace-delimited token. Group 1
 * is a lower-case word, group 2 a capitalised one ("Kestrel", "Anti-tank").
 */
const WORD_TOKEN = /^[^\s\p{L}]*(?:(\p{Ll}[\p{Ll}-]*)|(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*))[^\s\p{L}]*$/u;

/**
 * Ends a token that opens a sentence, a quotation or a colon's list: the next word is capitalised
 * anyway, so its case says nothing.
 */
const OPENS_WHAT_FOLLOWS = /[.!?:;"“‘(—–]/;

const WHITESPACE = /\s/;

/**
 * Joins the sentences so one search covers the article. The separator is its own token that ends
 * like a sentence, so no word reads as following the previous sentence's last word.
 */
const SENTENCE_SEPARATOR = "\n.\n";

/**
 * How the article writes a word inside its sentences. Each word asked is looked up once, by a plain
 * substring search of the whole article: lists ask about a handful of words, so indexing every word
 * of a long article up front cost far more.
 */
export class WordCases {
  private text: string | null = null;
  private readonly known = new Map<string, "lower" | "capitalised" | null>();

  constructor(private readonly sentences: readonly { text: string }[]) {}

  /** No article to look at: every capital of a list's style is lowered, as before word cases were known. */
  static readonly NONE = new WordCases([]);

  /** "lower": written in lower case mid-sentence; "capitalised": only ever capitalised there; else null. */
  caseOf(word: string): "lower" | "capitalised" | null {
    const key = word.toLowerCase();
    let written = this.known.get(key);
    if (written === undefined) {
      // A capitalised token is found by all but its capital.
      written = this.writtenMidSentence(key, key, 1)
        ? "lower"
        : this.writtenMidSentence(key.slice(1), key, 2)
          ? "capitalised"
          : null;
      this.known.set(key, written);
    }
    return written;
  }

  /** Whether a mid-sentence token containing `needle` has group `group` of WORD_TOKEN reading `key`. */
  private writtenMidSentence(needle: string, key: string, group: 1 | 2): boolean {
    if (needle === "") return false;
    this.text ??= this.sentences.map((sentence) => sentence.text).join(SENTENCE_SEPARATOR);
    const text = this.text;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      let start = at;
      while (start > 0 && !WHITESPACE.test(text.charAt(start - 1))) start--;
      let end = at + needle.length;
      while (end < text.length && !WHITESPACE.test(text.charAt(end))) end++;
      let before = start;
      while (before > 0 && WHITESPACE.test(text.charAt(before - 1))) before--;
      // The first word of a sentence, or one after an opener: its capital is the sentence's.
      if (before === start || before === 0 || OPENS_WHAT_FOLLOWS.test(text.charAt(before - 1))) continue;
      const written = WORD_TOKEN.exec(text.slice(start, end))?.[group];
      if (written !== undefined && written.toLowerCase() === key) return true;
    }
    return false;
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
  if (text.includes(" and ") && pairedWithName(text)) return text;
  if (COMMON_OPENER.test(text) || NUMBER_WORD_OPENER.test(text) || isCommonCompoundBeforeName(text))
    return lowerFirst(text);
  const word = CAPITALISED_OPENING.exec(text)?.[1];
  // "Qatar: $300 million": a country is a name whatever the list's style.
  if (word === undefined || isCountryOrCapital(word) || namesSystem(word, text)) return text;
  const written = cases.caseOf(word);
  return written === "lower" || (written === null && sentenceCase) ? lowerFirst(text) : text;
}

/**
 * Everyday words that are also the names of weapon systems, written before the kind they name
 * ("Patriot interceptors", "Harpoon missiles", "Leopard 2 tanks"), where a list's capital is no style.
 */
const SYSTEM_NAMES = new Set([
  "patriot",
  "harpoon",
  "hellfire",
  "avenger",
  "hawk",
  "sidewinder",
  "tomahawk",
  "switchblade",
  "phoenix",
  "puma",
  "raven",
  "leopard",
  "challenger",
  "cheetah",
  "mastiff",
  "husky",
  "brimstone",
  "trident",
  "vampire",
  "hornet",
  "sparrow",
  "sentinel",
  "scorpion",
  "jackal",
  "viking",
  "warrior",
  "spartan",
  "falcon",
  "cobra",
  "apache",
  "reaper",
  "predator",
  "caesar",
  "archer",
]);

/** The kinds of thing a weapon system's name goes before. */
const SYSTEM_KIND =
  /^\S+\s+(?:\d+\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:missiles?|interceptors?|launchers?|systems?|drones?|vehicles?|tanks?|rockets?|munitions|radars?|helicopters?|aircraft|jets?|howitzers?|batter(?:y|ies)|rounds|warheads?)\b/u;

/** "Patriot interceptors", "Leopard 2 tanks": a system's name before its kind, not a common opener. */
function namesSystem(word: string, text: string): boolean {
  return SYSTEM_NAMES.has(word.toLowerCase()) && SYSTEM_KIND.test(text);
}

/**
 * "Halberd and AT-4 anti-tank systems", "Skyrax and Avenger air defense systems": a word paired with
 * a name before the lower-case kind they share is a name of that kind too.
 */
// "Javelin-type and AT-4-type anti-armour systems": a name may carry a lower-case suffix of its own.
const PAIRED_WITH_NAME =
  /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?((?:\s+[\p{Ll}\d-]+){0,3})\s+and\s+\p{Lu}[\p{L}\d-]*(\s+\p{Ll}.*)$/u;

/** Also "Halberd anti-tank systems and AT-4 anti-tank systems": the kind said after each name. */
function pairedWithName(text: string): boolean {
  const pair = PAIRED_WITH_NAME.exec(text);
  if (pair === null) return false;
  const kind = pair[1] ?? "";
  return kind === "" || kind === pair[2];
}

/** "Long-range Skyfire rockets": a hyphenated opener before a name. */
const COMPOUND_BEFORE_NAME = /^(\p{Lu}\p{Ll}+-\p{Ll}+)\s+\p{Lu}/u;

/** "Long-range", "Anti-tank" before a name: a compound of everyday words describes the named thing. */
function isCommonCompoundBeforeName(text: string): boolean {
  return COMPOUND_BEFORE_NAME.exec(text)?.[1]?.toLowerCase().split("-").every(isCommonWord) === true;
}

/**
 * `lowerLineOpener` for a bullet line: in a list whose lines all open with a capital, a word the
 * article says nothing else about keeps its capital when it looks like a name ("Skyrax missiles").
 * Not for an item opening a sentence: there the rare everyday nouns ("Howitzer shells are among …")
 * outnumber lone names, which prose tends to name again mid-sentence.
 */
export function lowerBulletOpener(text: string, cases: WordCases, sentenceCase: boolean): string {
  const word = sentenceCase && !COMMON_OPENER.test(text) ? CAPITALISED_OPENING.exec(text)?.[1] : undefined;
  if (word !== undefined && cases.caseOf(word) === null && looksLikeName(word, text)) return text;
  return lowerLineOpener(text, cases, sentenceCase);
}

/** The opener, then a lower-case word it can modify: "Skyrax missiles", not "Excavators and cranes" or "Pumps, hoses". */
const MODIFIES_NEXT_WORD = /^[^\s,;:]+\s+(?!(?:and|or|for|with|of|from|to|in|on|at|by)\b)\p{Ll}/u;
/**
 * "Demining", "Riverine", "Tactical", "Demolitions", "Replacement": endings of everyday words, which
 * no weapon or brand name here has.
 */
const EVERYDAY_ENDING = /(?:ing|ine|al|ic|ive|ous|ary|tions?|ments?|ness)$/;

/**
 * "Skyrax missiles", "Tarvos launchers": a capitalised word naming the kind of the word after it,
 * and no everyday English word ("Artillery rounds", "Night-vision goggles" are). A word alone on its
 * line ("Howitzers", "Stretchers: 200") or before a conjunction ("Excavators and cranes") is the thing itself, however rare.
 */
function looksLikeName(word: string, text: string): boolean {
  if (!MODIFIES_NEXT_WORD.test(text)) return false;
  const lower = word.toLowerCase();
  return !EVERYDAY_ENDING.test(lower) && !lower.split("-").every(isCommonWord);
}
