import { fnv1a } from "./hash";
import {
  ATTRIBUTION_VERBS,
  COMPARATIVES,
  DISCOURSE_OPENERS,
  FIRST_PERSON_PLURAL,
  FIRST_PERSON_SINGULAR,
  FUNCTION_WORDS,
  HEDGES_AND_OPINION,
  MODALS,
  NEGATIONS,
  NUMBER_WORDS,
  QUANTITY_WORDS,
  SECOND_PERSON,
  TIME_WORDS,
} from "./lexicon";

/** Longer inputs are not sentences; scoring only their start keeps worst-case time bounded. */
export const MAX_SCORED_CHARS = 2000;

/** Per-group multipliers. Under L2 a smaller scale means a stronger prior on that group. */
export interface FeatureConfig {
  hashBits: number;
  word: number;
  stem: number;
  bigram: number;
  class1: number;
  class2: number;
  class3: number;
  cue: number;
  /** Prefix/suffix trigrams of content words: morphology that survives new topic vocabulary. */
  affix: number;
  /** word|next-class and class|next-word pairs. */
  mixed: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  hashBits: 19,
  word: 1,
  stem: 1,
  bigram: 1,
  class1: 1,
  class2: 1,
  class3: 1,
  cue: 1,
  affix: 0,
  mixed: 0,
};

export interface Token {
  /** Lower-cased surface form (numbers keep their digits). */
  lower: string;
  /** POS-like class: function words verbatim, everything else a shape/cue class. */
  cls: string;
}

export interface SparseFeatures {
  indices: number[];
  values: number[];
}

const TOKEN_PATTERN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|[$€£¥%?!"]/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}{2,}$/u;
const DIGIT_START = /^\p{N}/u;

function splitClitics(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.endsWith("n't") && lower.length > 3) return [word.slice(0, -3), "n't"];
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) return [word.slice(0, apostrophe), word.slice(apostrophe)];
  return [word];
}

function numberClass(raw: string): string {
  if (/^\d{4}$/.test(raw)) {
    const year = Number(raw);
    if (year >= 1800 && year <= 2099) return "YEAR";
  }
  return /[.,]/.test(raw) ? "NUMX" : "NUM";
}

function suffixClass(lower: string): string {
  if (lower.length > 4 && lower.endsWith("ing")) return "ING";
  if (lower.length > 3 && lower.endsWith("ed")) return "ED";
  if (lower.length > 3 && lower.endsWith("ly")) return "LY";
  if (lower.length > 5 && lower.endsWith("est")) return "EST";
  if (/(tion|sion|ment|ness|ity|ance|ence|ism)s?$/.test(lower)) return "NOM";
  if (/(al|ive|ous|ful|able|ible|ic|less)$/.test(lower)) return "ADJ";
  if (lower.length > 4 && lower.endsWith("er")) return "ER";
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss")) return "S";
  return "W";
}

function wordClass(surface: string, lower: string, sentenceInitial: boolean): string {
  if (DIGIT_START.test(surface)) return numberClass(surface);
  if (surface === "%" || lower === "percent" || lower === "percentage") return "PCT";
  if (surface === "$" || surface === "€" || surface === "£" || surface === "¥") return "CUR";
  if (surface === "?" || surface === "!" || surface === '"') return surface;
  if (FUNCTION_WORDS.has(lower)) return lower;
  if (NUMBER_WORDS.has(lower)) return "NUMW";
  if (ALL_UPPER.test(surface)) return "ACR";
  if (UPPER_START.test(surface) && !sentenceInitial) return TIME_WORDS.has(lower) ? "DATE" : "CAP";
  if (QUANTITY_WORDS.has(lower)) return "QTY";
  if (ATTRIBUTION_VERBS.has(lower)) return "ATTR";
  if (HEDGES_AND_OPINION.has(lower)) return "OPIN";
  if (COMPARATIVES.has(lower)) return "CMP";
  if (TIME_WORDS.has(lower)) return "TIME";
  return suffixClass(lower);
}

/** Crude suffix stripping: lets "taxes"/"taxed"/"taxing" share evidence without a stemmer dependency. */
export function crudeStem(lower: string): string {
  if (lower.length <= 4) return lower;
  for (const suffix of ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"]) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length);
  }
  return lower;
}

export function tokenize(text: string): Token[] {
  const normalized = text
    .slice(0, MAX_SCORED_CHARS)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  const tokens: Token[] = [];
  let wordsSeen = 0;
  for (const match of normalized.matchAll(TOKEN_PATTERN)) {
    for (const surface of splitClitics(match[0])) {
      const lower = surface.toLowerCase();
      const isWord = /\p{L}/u.test(surface);
      tokens.push({ lower, cls: wordClass(surface, lower, wordsSeen === 0) });
      if (isWord) wordsSeen++;
    }
  }
  return tokens;
}

function bucket(count: number, edges: readonly number[]): number {
  let index = 0;
  while (index < edges.length && count >= (edges[index] ?? Number.POSITIVE_INFINITY)) index++;
  return index;
}

function cueFeatures(text: string, tokens: readonly Token[]): string[] {
  const cues: string[] = [];
  let numbers = 0;
  let capitalised = 0;
  let hedges = 0;
  let attribution = false;
  let comparative = false;
  let quantity = false;
  let firstSingular = false;
  let firstPlural = false;
  let secondPerson = false;
  let negation = false;
  let modal = false;
  let pastTense = false;
  let contentWords = 0;
  for (const token of tokens) {
    const { lower, cls } = token;
    if (cls === "NUM" || cls === "NUMX" || cls === "YEAR" || cls === "NUMW") numbers++;
    if (cls === "CAP" || cls === "ACR" || cls === "DATE") capitalised++;
    if (HEDGES_AND_OPINION.has(lower)) hedges++;
    if (ATTRIBUTION_VERBS.has(lower)) attribution = true;
    if (COMPARATIVES.has(lower) || cls === "EST") comparative = true;
    if (QUANTITY_WORDS.has(lower) || cls === "PCT" || cls === "CUR") quantity = true;
    if (FIRST_PERSON_SINGULAR.has(lower)) firstSingular = true;
    if (FIRST_PERSON_PLURAL.has(lower)) firstPlural = true;
    if (SECOND_PERSON.has(lower)) secondPerson = true;
    if (NEGATIONS.has(lower)) negation = true;
    if (MODALS.has(lower)) modal = true;
    if (cls === "ED") pastTense = true;
    if (!FUNCTION_WORDS.has(lower) && /\p{L}/u.test(lower)) contentWords++;
  }
  const words = tokens.filter((token) => /\p{L}|\p{N}/u.test(token.lower)).length;
  cues.push(`len${bucket(words, [4, 7, 11, 16, 26, 41])}`);
  cues.push(`content${bucket(contentWords, [1, 2, 4, 7, 12])}`);
  cues.push(`num${bucket(numbers, [1, 2, 3])}`);
  cues.push(`caps${bucket(capitalised, [1, 2, 4])}`);
  cues.push(`hedge${bucket(hedges, [1, 2])}`);
  if (attribution) cues.push("attribution");
  if (comparative) cues.push("comparative");
  if (quantity) cues.push("quantity");
  if (quantity && numbers > 0) cues.push("quantity+number");
  if (firstSingular) cues.push("first-singular");
  if (firstPlural) cues.push("first-plural");
  if (secondPerson) cues.push("second-person");
  if (negation) cues.push("negation");
  if (modal) cues.push("modal");
  if (pastTense) cues.push("past-tense");
  if (numbers > 0 && capitalised > 0) cues.push("number+entity");
  if (firstSingular && hedges > 0) cues.push("first-singular+hedge");
  const trimmed = text.trimEnd();
  if (trimmed.endsWith("?")) cues.push("question");
  else if (trimmed.includes("?")) cues.push("inner-question");
  if (trimmed.endsWith("!")) cues.push("exclamation");
  const first = tokens[0];
  if (first !== undefined && DISCOURSE_OPENERS.has(first.lower)) cues.push("discourse-opener");
  return cues;
}

function numberAwareWord(token: Token): string {
  return token.cls === "NUM" || token.cls === "NUMX" || token.cls === "YEAR" ? `<${token.cls}>` : token.lower;
}

/**
 * Hashed sparse features. n-gram groups are scaled by 1/sqrt(token count) so that long
 * sentences do not get extreme scores just by having more features.
 * `hideWord` (training augmentation only) drops the lexical features of chosen words while
 * keeping their classes, exactly as a word never seen in training would look at scoring time.
 */
export function extractFeatures(
  text: string,
  config: FeatureConfig,
  hideWord?: (lower: string) => boolean,
): SparseFeatures {
  const sample = text.slice(0, MAX_SCORED_CHARS);
  const tokens = tokenize(sample);
  const mask = (1 << config.hashBits) - 1;
  const indices: number[] = [];
  const values: number[] = [];
  const emit = (key: string, value: number): void => {
    if (value === 0) return;
    indices.push(fnv1a(key) & mask);
    values.push(value);
  };
  const norm = 1 / Math.sqrt(Math.max(1, tokens.length));
  const words = tokens.map(numberAwareWord);
  const classes = tokens.map((token) => token.cls);
  const hidden = [false, ...tokens.map((token) => hideWord?.(token.lower) === true), false];
  const visible = (paddedIndex: number): boolean => hidden[paddedIndex] !== true;
  const paddedWords = ["<s>", ...words, "</s>"];
  const paddedClasses = ["<s>", ...classes, "</s>"];

  words.forEach((word, i) => {
    if (!visible(i + 1)) return;
    emit(`w:${word}`, config.word * norm);
    if (config.stem !== 0 && /\p{L}/u.test(word)) emit(`s:${crudeStem(word)}`, config.stem * norm);
  });
  for (let i = 0; i + 1 < paddedWords.length; i++) {
    if (!visible(i) || !visible(i + 1)) continue;
    emit(`b:${paddedWords[i]}|${paddedWords[i + 1]}`, config.bigram * norm);
  }
  for (const cls of classes) emit(`c1:${cls}`, config.class1 * norm);
  for (let i = 0; i + 1 < paddedClasses.length; i++) {
    emit(`c2:${paddedClasses[i]}|${paddedClasses[i + 1]}`, config.class2 * norm);
    if (i + 2 < paddedClasses.length) {
      emit(`c3:${paddedClasses[i]}|${paddedClasses[i + 1]}|${paddedClasses[i + 2]}`, config.class3 * norm);
    }
  }
  if (config.affix !== 0) {
    for (const [i, token] of tokens.entries()) {
      if (
        visible(i + 1) &&
        token.lower.length >= 5 &&
        !FUNCTION_WORDS.has(token.lower) &&
        /^\p{L}+$/u.test(token.lower)
      ) {
        emit(`p3:${token.lower.slice(0, 3)}`, config.affix * norm);
        emit(`s3:${token.lower.slice(-3)}`, config.affix * norm);
      }
    }
  }
  if (config.mixed !== 0) {
    for (let i = 0; i + 1 < paddedWords.length; i++) {
      if (visible(i)) emit(`wc:${paddedWords[i]}|${paddedClasses[i + 1]}`, config.mixed * norm);
      if (visible(i + 1)) emit(`cw:${paddedClasses[i]}|${paddedWords[i + 1]}`, config.mixed * norm);
    }
  }
  for (const cue of cueFeatures(sample, tokens)) emit(`d:${cue}`, config.cue);
  return { indices, values };
}
