/**
 * Sentence → hashed sparse features for the check-worthiness model.
 *
 * Written for speed: one char-code scan tokenises the sentence into reusable typed arrays,
 * every token's lower-cased form is hashed while it is scanned, lexicon look-ups go by that
 * hash, and n-gram features combine token hashes arithmetically, so scoring a sentence builds
 * no strings. Training and scoring share this code, so their features always agree.
 */
import { fnv1a, hashTable } from "./hash";
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
import { committedWordVectors } from "./word-vectors";

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
  /** Class 4-grams and class skip-bigrams: longer syntactic shape, independent of topic words. */
  shape: number;
  /** Character 3- and 4-grams inside content words (with word boundaries): partial evidence for unseen words. */
  chars: number;
  /** Sentence-length buckets (words, content words). Debate sentences got shorter era by era. */
  length: number;
  /** n-gram values are scaled by 1 / tokens^lengthPower: 0.5 tempers long sentences, 1 averages. */
  lengthPower: number;
  /**
   * Pooled pre-trained word vectors (unit mean and unit max over the sentence's words), in columns
   * after the hashed ones: words the training debates never used still look like words they did.
   */
  vectors: number;
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
  shape: 0,
  chars: 0,
  length: 1,
  lengthPower: 0.5,
  vectors: 8,
};

/** Columns of the weight vector: the hashed features, then the pooled word-vector features. */
export function featureDimension(config: FeatureConfig): number {
  return (1 << config.hashBits) + (config.vectors === 0 ? 0 : 2 * committedWordVectors().dimensions);
}

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

// ---------------------------------------------------------------------------------------------
// Lexicon, looked up by the FNV-1a hash of the lower-cased word (the hash the scan computes anyway).
// A 32-bit collision between an ordinary word and one of these few hundred words is possible in
// principle but vanishingly rare, and it would only change one token's class.

enum Lex {
  Function = 1 << 0,
  FirstSingular = 1 << 1,
  FirstPlural = 1 << 2,
  Second = 1 << 3,
  Attribution = 1 << 4,
  Hedge = 1 << 5,
  Quantity = 1 << 6,
  NumberWord = 1 << 7,
  Comparative = 1 << 8,
  Time = 1 << 9,
  Negation = 1 << 10,
  Modal = 1 << 11,
  Discourse = 1 << 12,
  Percent = 1 << 13,
}

const lexiconFlags = new Map<number, number>();
function addWords(words: ReadonlySet<string>, flag: Lex): void {
  for (const word of words) {
    const hash = fnv1a(word);
    lexiconFlags.set(hash, (lexiconFlags.get(hash) ?? 0) | flag);
  }
}
addWords(FUNCTION_WORDS, Lex.Function);
addWords(FIRST_PERSON_SINGULAR, Lex.FirstSingular);
addWords(FIRST_PERSON_PLURAL, Lex.FirstPlural);
addWords(SECOND_PERSON, Lex.Second);
addWords(ATTRIBUTION_VERBS, Lex.Attribution);
addWords(HEDGES_AND_OPINION, Lex.Hedge);
addWords(QUANTITY_WORDS, Lex.Quantity);
addWords(NUMBER_WORDS, Lex.NumberWord);
addWords(COMPARATIVES, Lex.Comparative);
addWords(TIME_WORDS, Lex.Time);
addWords(NEGATIONS, Lex.Negation);
addWords(MODALS, Lex.Modal);
addWords(DISCOURSE_OPENERS, Lex.Discourse);
addWords(new Set(["percent", "percentage"]), Lex.Percent);
/** Lexicon flags of a word's hash, 0 for other words. */
const lexiconOf = hashTable(lexiconFlags, 0);

// ---------------------------------------------------------------------------------------------
// Word classes. Function words are their own class (hash = the word's hash); the rest get a code.

const CLASS_NAMES = [
  "", // 0: function word, named by the word itself
  "NUM",
  "NUMX",
  "YEAR",
  "PCT",
  "CUR",
  "?",
  "!",
  '"',
  "NUMW",
  "ACR",
  "DATE",
  "CAP",
  "QTY",
  "ATTR",
  "OPIN",
  "CMP",
  "TIME",
  "ING",
  "ED",
  "LY",
  "EST",
  "NOM",
  "ADJ",
  "ER",
  "S",
  "W",
] as const;
type ClassName = (typeof CLASS_NAMES)[number];
const CLASS_CODE = new Map<ClassName, number>(CLASS_NAMES.map((name, code) => [name, code]));
function code(name: ClassName): number {
  return CLASS_CODE.get(name) ?? 0;
}
const C = {
  FUNCTION: 0,
  NUM: code("NUM"),
  NUMX: code("NUMX"),
  YEAR: code("YEAR"),
  PCT: code("PCT"),
  CUR: code("CUR"),
  QUESTION: code("?"),
  EXCLAMATION: code("!"),
  QUOTE: code('"'),
  NUMW: code("NUMW"),
  ACR: code("ACR"),
  DATE: code("DATE"),
  CAP: code("CAP"),
  QTY: code("QTY"),
  ATTR: code("ATTR"),
  OPIN: code("OPIN"),
  CMP: code("CMP"),
  TIME: code("TIME"),
  ING: code("ING"),
  ED: code("ED"),
  LY: code("LY"),
  EST: code("EST"),
  NOM: code("NOM"),
  ADJ: code("ADJ"),
  ER: code("ER"),
  S: code("S"),
  W: code("W"),
};
const CLASS_HASH = Uint32Array.from(CLASS_NAMES, (name) => fnv1a(name));
/** Numbers enter word n-grams as their class ("<NUM>"), not their digits. */
const NUMBER_WORD_HASH = Uint32Array.from(CLASS_NAMES, (name) => fnv1a(`<${name}>`));
const BOUNDARY_START = fnv1a("<s>");
const BOUNDARY_END = fnv1a("</s>");

// ---------------------------------------------------------------------------------------------
// Character table, filled lazily: 0 unknown, 1 other, 2 letter or mark, 3 digit.

const CHAR_OTHER = 1;
const CHAR_LETTER = 2;
const CHAR_DIGIT = 3;
const charKind = new Uint8Array(0x10000);
const lowerOf = new Uint16Array(0x10000);
/** 1 = upper-case letter. */
const upperFlag = new Uint8Array(0x10000);
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;

function kindOf(c: number): number {
  const known = charKind[c] ?? 0;
  if (known !== 0) return known;
  const char = String.fromCharCode(c);
  const kind = DIGIT.test(char) ? CHAR_DIGIT : LETTER.test(char) ? CHAR_LETTER : CHAR_OTHER;
  charKind[c] = kind;
  lowerOf[c] = char.toLowerCase().charCodeAt(0);
  upperFlag[c] = UPPER.test(char) ? 1 : 0;
  return kind;
}

/** ASCII apostrophe, and the curly quotes, modifier letter and backtick used as apostrophes. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 96;
}

/** Single-character tokens: $ € £ ¥ % ? ! and straight or curly double quotes. */
function symbolClass(c: number): number {
  switch (c) {
    case 36:
    case 0x20ac:
    case 0xa3:
    case 0xa5:
      return C.CUR;
    case 37:
      return C.PCT;
    case 63:
      return C.QUESTION;
    case 33:
      return C.EXCLAMATION;
    case 34:
    case 0x201c:
    case 0x201d:
      return C.QUOTE;
    default:
      return -1;
  }
}

// ---------------------------------------------------------------------------------------------
// Reusable scratch space (scoring is synchronous, so one set of buffers serves every call).

const MAX_TOKENS = MAX_SCORED_CHARS + 1;
/** Lower-cased characters of all tokens, apostrophes normalised to '. */
const chars = new Uint16Array(MAX_SCORED_CHARS + 1);
const tokenStart = new Int32Array(MAX_TOKENS);
const tokenEnd = new Int32Array(MAX_TOKENS);
/** FNV-1a of the lower-cased token. */
const tokenHash = new Uint32Array(MAX_TOKENS);
const tokenLex = new Uint16Array(MAX_TOKENS);
const tokenClass = new Uint8Array(MAX_TOKENS);
/** Hash used in word n-grams (the word, or its number class) and in class n-grams. */
const wordHash = new Uint32Array(MAX_TOKENS + 2);
const classHash = new Uint32Array(MAX_TOKENS + 2);
const visible = new Uint8Array(MAX_TOKENS + 2);

function endsWith(start: number, end: number, suffix: string): boolean {
  const length = suffix.length;
  if (end - start < length) return false;
  // Backwards: most candidates already differ in their last letter.
  for (let k = length - 1; k >= 0; k--) {
    if (chars[end - length + k] !== suffix.charCodeAt(k)) return false;
  }
  return true;
}

/** Suffixes grouped by their last character (all ASCII), so a word is compared only with those that can match. */
type SuffixesByLastChar = ReadonlyArray<readonly string[] | undefined>;

function byLastChar(suffixes: readonly string[]): SuffixesByLastChar {
  const groups: Array<string[] | undefined> = Array.from({ length: 128 }, () => undefined);
  for (const suffix of suffixes) {
    const last = suffix.charCodeAt(suffix.length - 1);
    groups[last] = [...(groups[last] ?? []), suffix];
  }
  return groups;
}

function endsWithAny(start: number, end: number, suffixes: SuffixesByLastChar): boolean {
  const candidates = suffixes[chars[end - 1] ?? 0];
  if (candidates === undefined) return false;
  for (const suffix of candidates) if (endsWith(start, end, suffix)) return true;
  return false;
}

const NOMINAL_SUFFIXES = byLastChar(["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism"]);
const ADJECTIVE_SUFFIXES = byLastChar(["al", "ive", "ous", "ful", "able", "ible", "ic", "less"]);

function suffixClass(start: number, end: number): number {
  const length = end - start;
  if (length > 4 && endsWith(start, end, "ing")) return C.ING;
  if (length > 3 && endsWith(start, end, "ed")) return C.ED;
  if (length > 3 && endsWith(start, end, "ly")) return C.LY;
  if (length > 5 && endsWith(start, end, "est")) return C.EST;
  const withoutS = endsWith(start, end, "s") ? end - 1 : end;
  if (endsWithAny(start, end, NOMINAL_SUFFIXES) || endsWithAny(start, withoutS, NOMINAL_SUFFIXES)) {
    return C.NOM;
  }
  if (endsWithAny(start, end, ADJECTIVE_SUFFIXES)) return C.ADJ;
  if (length > 4 && endsWith(start, end, "er")) return C.ER;
  if (length > 3 && endsWith(start, end, "s") && !endsWith(start, end, "ss")) return C.S;
  return C.W;
}

function numberClass(start: number, end: number): number {
  let separator = false;
  for (let k = start; k < end; k++) {
    const c = chars[k];
    if (c === 46 || c === 44) separator = true;
  }
  if (end - start === 4 && !separator) {
    let year = 0;
    let ascii = true;
    for (let k = start; k < end; k++) {
      const digit = (chars[k] ?? 0) - 48;
      if (digit < 0 || digit > 9) ascii = false;
      year = year * 10 + digit;
    }
    if (ascii && year >= 1800 && year <= 2099) return C.YEAR;
  }
  return separator ? C.NUMX : C.NUM;
}

const STEM_SUFFIXES = ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"];
const STEM_SUFFIXES_BY_LAST_CHAR = byLastChar(STEM_SUFFIXES);

/** Length of the crude stem: lets "taxes"/"taxed"/"taxing" share evidence without a stemmer. */
function stemEnd(start: number, end: number): number {
  const length = end - start;
  if (length <= 4) return end;
  // The group keeps the list's order, so the first suffix that matches is the same.
  for (const suffix of STEM_SUFFIXES_BY_LAST_CHAR[chars[end - 1] ?? 0] ?? []) {
    if (length - suffix.length >= 3 && endsWith(start, end, suffix)) return end - suffix.length;
  }
  return end;
}

/** Crude suffix stripping, as the stem features see it. */
export function crudeStem(lower: string): string {
  if (lower.length <= 4) return lower;
  for (const suffix of STEM_SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3) return lower.slice(0, -suffix.length);
  }
  return lower;
}

function hashRange(start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    hash ^= chars[k] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

interface ScanResult {
  tokens: number;
  /** Tokens made of letters or digits (not symbols). */
  words: number;
  /** A question mark was scanned. */
  question: boolean;
}

/** Adds one token covering chars[start, end), classifies it and returns the next token slot. */
function pushToken(
  slot: number,
  start: number,
  end: number,
  wordsSeen: number,
  firstUpper: boolean,
  allUpper: boolean,
): number {
  const hash = hashRange(start, end);
  const lex = lexiconOf(hash);
  let cls: number;
  if ((lex & Lex.Percent) !== 0) cls = C.PCT;
  else if ((lex & Lex.Function) !== 0) cls = C.FUNCTION;
  else if ((lex & Lex.NumberWord) !== 0) cls = C.NUMW;
  else if (allUpper && end - start >= 2) cls = C.ACR;
  else if (firstUpper && wordsSeen > 0) cls = (lex & Lex.Time) !== 0 ? C.DATE : C.CAP;
  else if ((lex & Lex.Quantity) !== 0) cls = C.QTY;
  else if ((lex & Lex.Attribution) !== 0) cls = C.ATTR;
  else if ((lex & Lex.Hedge) !== 0) cls = C.OPIN;
  else if ((lex & Lex.Comparative) !== 0) cls = C.CMP;
  else if ((lex & Lex.Time) !== 0) cls = C.TIME;
  else cls = suffixClass(start, end);
  tokenStart[slot] = start;
  tokenEnd[slot] = end;
  tokenHash[slot] = hash;
  tokenLex[slot] = lex;
  tokenClass[slot] = cls;
  return slot + 1;
}

/**
 * Tokenises like /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|[$€£¥%?!"“”]/u, splitting
 * clitics ("didn't" → "did" "n't", "it's" → "it" "'s") into the scratch arrays.
 */
function scan(text: string): ScanResult {
  const length = Math.min(text.length, MAX_SCORED_CHARS);
  let count = 0;
  let words = 0;
  let question = false;
  let used = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const kind = kindOf(c);
    if (kind === CHAR_DIGIT) {
      const start = used;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (kindOf(d) === CHAR_DIGIT) {
          chars[used++] = d;
          i++;
        } else if (
          (d === 46 || d === 44 || d === 58) &&
          i + 1 < length &&
          kindOf(text.charCodeAt(i + 1)) === CHAR_DIGIT
        ) {
          chars[used++] = d;
          i++;
        } else break;
      }
      tokenStart[count] = start;
      tokenEnd[count] = used;
      tokenHash[count] = hashRange(start, used);
      tokenLex[count] = 0;
      tokenClass[count] = numberClass(start, used);
      count++;
      words++;
    } else if (kind === CHAR_LETTER) {
      const start = used;
      let firstApostrophe = -1;
      const firstUpper = upperFlag[c] === 1;
      let allUpper = true;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (kindOf(d) === CHAR_LETTER) {
          if (upperFlag[d] !== 1) allUpper = false;
          chars[used++] = lowerOf[d] ?? d;
          i++;
        } else if (isApostrophe(d) && i + 1 < length && kindOf(text.charCodeAt(i + 1)) === CHAR_LETTER) {
          if (firstApostrophe < 0) firstApostrophe = used;
          allUpper = false;
          chars[used++] = 39;
          i++;
        } else break;
      }
      const end = used;
      const negated =
        end - start > 3 && chars[end - 3] === 110 && chars[end - 2] === 39 && chars[end - 1] === 116;
      const split = negated ? end - 3 : firstApostrophe;
      if (split > start) {
        count = pushToken(count, start, split, words, firstUpper, allUpper);
        words++;
        count = pushToken(count, split, end, words, false, false);
      } else {
        count = pushToken(count, start, end, words, firstUpper, allUpper);
      }
      words++;
    } else {
      const cls = symbolClass(c);
      if (cls === C.QUESTION) question = true;
      if (cls >= 0) {
        chars[used] = cls === C.QUOTE ? 34 : c;
        tokenStart[count] = used;
        tokenEnd[count] = used + 1;
        tokenHash[count] = CLASS_HASH[cls] ?? 0;
        tokenLex[count] = 0;
        tokenClass[count] = cls;
        used++;
        count++;
      }
      i++;
    }
  }
  return { tokens: count, words, question };
}

function isNumberClass(cls: number): boolean {
  return cls === C.NUM || cls === C.NUMX || cls === C.YEAR;
}

/** Tokens with their classes, for tests and inspection (scoring uses the scratch arrays directly). */
export function tokenize(text: string): Token[] {
  const { tokens } = scan(text);
  const result: Token[] = [];
  for (let t = 0; t < tokens; t++) {
    const lower = String.fromCharCode(...chars.subarray(tokenStart[t] ?? 0, tokenEnd[t] ?? 0));
    const cls = tokenClass[t] ?? 0;
    result.push({ lower, cls: cls === C.FUNCTION ? lower : (CLASS_NAMES[cls] ?? "W") });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Feature hashing.

/** Murmur3's finaliser: spreads combined hashes over the table. */
function finalize(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(a: number, b: number): number {
  return (Math.imul(a ^ (a >>> 15), 0x9e3779b1) + b) | 0;
}

const SALT = {
  word: fnv1a("w:"),
  stem: fnv1a("s:"),
  bigram: fnv1a("b:"),
  class1: fnv1a("c1:"),
  class2: fnv1a("c2:"),
  class3: fnv1a("c3:"),
  class4: fnv1a("c4:"),
  skip: fnv1a("cs:"),
  prefix: fnv1a("p3:"),
  charGram: fnv1a("ch:"),
  suffix: fnv1a("s3:"),
  wordClass: fnv1a("wc:"),
  classWord: fnv1a("cw:"),
  cue: fnv1a("d:"),
};

function cueHash(name: string): number {
  return finalize(combine(SALT.cue, fnv1a(name)));
}

/** Sentence-level binary cues (the hash of each name is its feature). */
const CUE = {
  attribution: cueHash("attribution"),
  comparative: cueHash("comparative"),
  quantity: cueHash("quantity"),
  quantityNumber: cueHash("quantity+number"),
  firstSingular: cueHash("first-singular"),
  firstPlural: cueHash("first-plural"),
  secondPerson: cueHash("second-person"),
  negation: cueHash("negation"),
  modal: cueHash("modal"),
  pastTense: cueHash("past-tense"),
  numberEntity: cueHash("number+entity"),
  firstSingularHedge: cueHash("first-singular+hedge"),
  question: cueHash("question"),
  innerQuestion: cueHash("inner-question"),
  exclamation: cueHash("exclamation"),
  discourseOpener: cueHash("discourse-opener"),
};

/** A count cue: which of its buckets (split at `edges`) the count falls in, one feature per bucket. */
interface BucketCue {
  edges: readonly number[];
  hashes: Uint32Array;
}
function bucketCueOf(prefix: string, edges: readonly number[]): BucketCue {
  return {
    edges,
    hashes: Uint32Array.from({ length: edges.length + 1 }, (_, k) => cueHash(`${prefix}${k}`)),
  };
}
const BUCKETS = {
  length: bucketCueOf("len", [4, 7, 11, 16, 26, 41]),
  content: bucketCueOf("content", [1, 2, 4, 7, 12]),
  numbers: bucketCueOf("num", [1, 2, 3]),
  capitalised: bucketCueOf("caps", [1, 2, 4]),
  hedges: bucketCueOf("hedge", [1, 2]),
};

function bucketCue(cue: BucketCue, count: number): number {
  let index = 0;
  while (index < cue.edges.length && count >= (cue.edges[index] ?? Number.POSITIVE_INFINITY)) index++;
  return cue.hashes[index] ?? 0;
}

// The buffer being written and its fill level: module state rather than closures, which keeps the
// per-sentence path free of allocations.
let target: FeatureBuffer = { indices: new Int32Array(0), values: new Float64Array(0), count: 0 };
let targetMask = 0;

function emit(hash: number, value: number): void {
  emitColumn(hash & targetMask, value);
}

function emitColumn(column: number, value: number): void {
  const k = target.count;
  target.indices[k] = column;
  target.values[k] = value;
  target.count = k + 1;
}

/** Where extractFeaturesInto writes: parallel index/value arrays, reused between calls. */
export interface FeatureBuffer {
  indices: Int32Array;
  values: Float64Array;
  count: number;
}

/** Enough room for every group at the longest input. */
export function createFeatureBuffer(): FeatureBuffer {
  const capacity = (MAX_TOKENS + 2) * 14 + MAX_SCORED_CHARS * 4 + 64 + MAX_POOLED_FEATURES;
  return { indices: new Int32Array(capacity), values: new Float64Array(capacity), count: 0 };
}

/**
 * Hashed sparse features of `text`, written into `out` (count = number written).
 * n-gram groups are scaled by 1/sqrt(token count) so that long sentences do not get extreme
 * scores just by having more features.
 * `hideWord` (training augmentation only) drops the lexical features of chosen words while
 * keeping their classes, exactly as a word never seen in training would look at scoring time.
 */
export function extractFeaturesInto(
  text: string,
  config: FeatureConfig,
  out: FeatureBuffer,
  hideWord?: (lower: string) => boolean,
): void {
  const { tokens: n, words, question } = scan(text);
  target = out;
  target.count = 0;
  targetMask = (1 << config.hashBits) - 1;

  // Padded sequences: position 0 is <s>, n + 1 is </s>.
  wordHash[0] = BOUNDARY_START;
  classHash[0] = BOUNDARY_START;
  visible[0] = 1;
  for (let t = 0; t < n; t++) {
    const cls = tokenClass[t] ?? 0;
    const hash = tokenHash[t] ?? 0;
    wordHash[t + 1] = isNumberClass(cls) ? (NUMBER_WORD_HASH[cls] ?? 0) : hash;
    classHash[t + 1] = cls === C.FUNCTION ? hash : (CLASS_HASH[cls] ?? 0);
    visible[t + 1] =
      hideWord === undefined ||
      !hideWord(String.fromCharCode(...chars.subarray(tokenStart[t] ?? 0, tokenEnd[t] ?? 0)))
        ? 1
        : 0;
  }
  wordHash[n + 1] = BOUNDARY_END;
  classHash[n + 1] = BOUNDARY_END;
  visible[n + 1] = 1;

  // The default power keeps 1/sqrt exactly (the committed weights were trained with it).
  const norm =
    config.lengthPower === 0.5 ? 1 / Math.sqrt(Math.max(1, n)) : Math.max(1, n) ** -config.lengthPower;
  const wordValue = config.word * norm;
  const stemValue = config.stem * norm;
  const bigramValue = config.bigram * norm;
  const class1Value = config.class1 * norm;
  const class2Value = config.class2 * norm;
  const class3Value = config.class3 * norm;
  const affixValue = config.affix * norm;
  const mixedValue = config.mixed * norm;
  const shapeValue = config.shape * norm;
  const charValue = config.chars * norm;

  for (let p = 1; p <= n; p++) {
    const t = p - 1;
    const cls = tokenClass[t] ?? 0;
    if (visible[p] === 1) {
      const word = wordHash[p] ?? 0;
      if (wordValue !== 0) emit(finalize(word ^ SALT.word), wordValue);
      if (stemValue !== 0) {
        const start = tokenStart[t] ?? 0;
        const end = tokenEnd[t] ?? 0;
        // Numbers share the stem of their class; words drop a crude inflection.
        const stem = isNumberClass(cls) || cls === C.CUR ? word : hashRange(start, stemEnd(start, end));
        emit(finalize(stem ^ SALT.stem), stemValue);
      }
      if (affixValue !== 0 && cls !== C.FUNCTION && !isNumberClass(cls)) {
        const start = tokenStart[t] ?? 0;
        const end = tokenEnd[t] ?? 0;
        if (end - start >= 5) {
          emit(finalize(hashRange(start, start + 3) ^ SALT.prefix), affixValue);
          emit(finalize(hashRange(end - 3, end) ^ SALT.suffix), affixValue);
        }
      }
    }
    if (charValue !== 0 && visible[p] === 1 && cls !== C.FUNCTION && !isNumberClass(cls)) {
      emitCharGrams(tokenStart[t] ?? 0, tokenEnd[t] ?? 0, charValue);
    }
    if (class1Value !== 0) emit(finalize((classHash[p] ?? 0) ^ SALT.class1), class1Value);
  }
  for (let p = 0; p <= n; p++) {
    const a = classHash[p] ?? 0;
    const b = classHash[p + 1] ?? 0;
    if (bigramValue !== 0 && visible[p] === 1 && visible[p + 1] === 1) {
      emit(finalize(combine(combine(SALT.bigram, wordHash[p] ?? 0), wordHash[p + 1] ?? 0)), bigramValue);
    }
    if (class2Value !== 0) emit(finalize(combine(combine(SALT.class2, a), b)), class2Value);
    if (p + 2 <= n + 1) {
      const c = classHash[p + 2] ?? 0;
      if (class3Value !== 0) emit(finalize(combine(combine(combine(SALT.class3, a), b), c)), class3Value);
      if (shapeValue !== 0) {
        emit(finalize(combine(combine(SALT.skip, a), c)), shapeValue);
        if (p + 3 <= n + 1) {
          const d = classHash[p + 3] ?? 0;
          emit(finalize(combine(combine(combine(combine(SALT.class4, a), b), c), d)), shapeValue);
        }
      }
    }
    if (mixedValue !== 0) {
      if (visible[p] === 1) emit(finalize(combine(combine(SALT.wordClass, wordHash[p] ?? 0), b)), mixedValue);
      if (visible[p + 1] === 1) {
        emit(finalize(combine(combine(SALT.classWord, a), wordHash[p + 1] ?? 0)), mixedValue);
      }
    }
  }
  if (config.cue !== 0) emitCues(text, n, words, question, config.cue, config.length);
  scannedTokens = n;
  if (config.vectors !== 0 && poolVectors(n)) {
    const { dimensions } = committedWordVectors();
    const firstColumn = 1 << config.hashBits;
    emitUnit(vectorSum, dimensions, firstColumn, config.vectors);
    emitUnit(vectorMax, dimensions, firstColumn + dimensions, config.vectors);
  }
}

/** Tokens of the text `extractFeaturesInto` read last: what `addPooledVectorMargin` pools. */
let scannedTokens = 0;

/**
 * `margin` plus the pooled-vector columns' terms, for the text `extractFeaturesInto` last read with
 * `vectors` off. Each term is added in the order those columns are emitted, with the same factors, so
 * the sum is bit-identical to scoring the emitted columns; scoring skips writing 100 columns only to
 * read them back. `weights`: the mean's columns, then the max's.
 */
export function addPooledVectorMargin(margin: number, weights: Float64Array, value: number): number {
  if (!poolVectors(scannedTokens)) return margin;
  const { dimensions } = committedWordVectors();
  let sum = unitTerms(margin, vectorSum, weights, 0, dimensions, value);
  sum = unitTerms(sum, vectorMax, weights, dimensions, dimensions, value);
  return sum;
}

function unitTerms(
  margin: number,
  vector: Int32Array,
  weights: Float64Array,
  firstWeight: number,
  dimensions: number,
  value: number,
): number {
  const factor = unitFactor(vector, dimensions, value);
  if (factor === 0) return margin;
  let sum = margin;
  for (let d = 0; d < dimensions; d++) sum += (weights[firstWeight + d] ?? 0) * ((vector[d] ?? 0) * factor);
  return sum;
}

/** Word-vector dimensions times two (mean and max) must fit the buffer. */
const MAX_POOLED_FEATURES = 512;
// Integers: sums and maxima of int8 values are exact in int32, as they were in float64.
const vectorSum = new Int32Array(MAX_POOLED_FEATURES / 2);
const vectorMax = new Int32Array(MAX_POOLED_FEATURES / 2);
/** Where each of the sentence's known words starts in the vector table. */
const rowStarts = new Int32Array(MAX_TOKENS);

/**
 * Mean and element-wise max of the vectors of the sentence's words, each scaled to unit length,
 * go in the columns after the hashed ones. Every word counts, including the ones augmentation
 * hides: a word unseen in training still has its vector at scoring time.
 * Sums and maxima of the `n` tokens' vectors into `vectorSum` and `vectorMax`; false when no token
 * has a vector.
 */
function poolVectors(n: number): boolean {
  const { dimensions, rowOf, table } = committedWordVectors();
  let found = 0;
  for (let t = 0; t < n; t++) {
    const row = rowOf(tokenHash[t] ?? 0);
    if (row >= 0) rowStarts[found++] = row * dimensions;
  }
  if (found === 0) return false;
  // One dimension at a time over the few rows (which stay in cache): the running sum and max live
  // in registers instead of being loaded and stored for every value.
  for (let d = 0; d < dimensions; d++) {
    let sum = 0;
    let max = -128;
    for (let k = 0; k < found; k++) {
      const x = table[(rowStarts[k] ?? 0) + d] ?? 0;
      sum += x;
      if (x > max) max = x;
    }
    vectorSum[d] = sum;
    vectorMax[d] = max;
  }
  return true;
}

/** What scales `vector` to length `value`, or 0 for a zero vector (which gets no columns). */
function unitFactor(vector: Int32Array, dimensions: number, value: number): number {
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += (vector[d] ?? 0) ** 2;
  return norm === 0 ? 0 : value / Math.sqrt(norm);
}

function emitUnit(vector: Int32Array, dimensions: number, firstColumn: number, value: number): void {
  const factor = unitFactor(vector, dimensions, value);
  if (factor === 0) return;
  for (let d = 0; d < dimensions; d++) emitColumn(firstColumn + d, (vector[d] ?? 0) * factor);
}

const WORD_BOUNDARY = 32;

/** 3- and 4-grams of " word " (space = boundary), each hashed incrementally from its first character. */
function emitCharGrams(start: number, end: number, value: number): void {
  const length = end - start + 2;
  if (length < 5) return;
  for (let i = 0; i + 3 <= length; i++) {
    let hash = SALT.charGram;
    for (let k = 0; k < 4 && i + k < length; k++) {
      const position = i + k;
      const c =
        position === 0 || position === length - 1 ? WORD_BOUNDARY : (chars[start + position - 1] ?? 0);
      hash = Math.imul(hash ^ c, 0x01000193);
      if (k >= 2) emit(finalize(hash), value);
    }
  }
}

function emitCues(
  text: string,
  n: number,
  words: number,
  question: boolean,
  value: number,
  lengthValue: number,
): void {
  let numbers = 0;
  let capitalised = 0;
  let hedges = 0;
  let contentWords = 0;
  let any = 0;
  let comparative = false;
  let quantity = false;
  let pastTense = false;
  for (let t = 0; t < n; t++) {
    const cls = tokenClass[t] ?? 0;
    const lex = tokenLex[t] ?? 0;
    any |= lex;
    if (isNumberClass(cls) || cls === C.NUMW) numbers++;
    if (cls === C.CAP || cls === C.ACR || cls === C.DATE) capitalised++;
    if ((lex & Lex.Hedge) !== 0) hedges++;
    if ((lex & Lex.Comparative) !== 0 || cls === C.EST) comparative = true;
    if ((lex & Lex.Quantity) !== 0 || cls === C.PCT || cls === C.CUR) quantity = true;
    if (cls === C.ED) pastTense = true;
    if ((lex & Lex.Function) === 0 && kindOf(chars[tokenStart[t] ?? 0] ?? 0) === CHAR_LETTER) contentWords++;
  }
  if (lengthValue !== 0) {
    emit(bucketCue(BUCKETS.length, words), value * lengthValue);
    emit(bucketCue(BUCKETS.content, contentWords), value * lengthValue);
  }
  emit(bucketCue(BUCKETS.numbers, numbers), value);
  emit(bucketCue(BUCKETS.capitalised, capitalised), value);
  emit(bucketCue(BUCKETS.hedges, hedges), value);
  const firstSingular = (any & Lex.FirstSingular) !== 0;
  if ((any & Lex.Attribution) !== 0) emit(CUE.attribution, value);
  if (comparative) emit(CUE.comparative, value);
  if (quantity) emit(CUE.quantity, value);
  if (quantity && numbers > 0) emit(CUE.quantityNumber, value);
  if (firstSingular) emit(CUE.firstSingular, value);
  if ((any & Lex.FirstPlural) !== 0) emit(CUE.firstPlural, value);
  if ((any & Lex.Second) !== 0) emit(CUE.secondPerson, value);
  if ((any & Lex.Negation) !== 0) emit(CUE.negation, value);
  if ((any & Lex.Modal) !== 0) emit(CUE.modal, value);
  if (pastTense) emit(CUE.pastTense, value);
  if (numbers > 0 && capitalised > 0) emit(CUE.numberEntity, value);
  if (firstSingular && hedges > 0) emit(CUE.firstSingularHedge, value);
  const last = lastVisibleChar(text);
  if (last === 63) emit(CUE.question, value);
  // Every "?" of the scored part is a token of its own, so the scan saw any there is.
  else if (question) emit(CUE.innerQuestion, value);
  if (last === 33) emit(CUE.exclamation, value);
  if (n > 0 && ((tokenLex[0] ?? 0) & Lex.Discourse) !== 0) emit(CUE.discourseOpener, value);
}

/** Last non-whitespace character code of the scored part of the text (0 if none). */
function lastVisibleChar(text: string): number {
  for (let i = Math.min(text.length, MAX_SCORED_CHARS) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0xfeff) return c;
  }
  return 0;
}

const sharedBuffer = createFeatureBuffer();

/** Features as plain arrays (a copy): for training, tests and inspection. */
export function extractFeatures(
  text: string,
  config: FeatureConfig,
  hideWord?: (lower: string) => boolean,
): SparseFeatures {
  extractFeaturesInto(text, config, sharedBuffer, hideWord);
  return {
    indices: Array.from(sharedBuffer.indices.subarray(0, sharedBuffer.count)),
    values: Array.from(sharedBuffer.values.subarray(0, sharedBuffer.count)),
  };
}
