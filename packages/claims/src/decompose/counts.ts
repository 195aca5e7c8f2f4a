import { wordsOf } from "../util/text";
import {
  countedAdjective,
  isCount,
  isPluralNoun,
  isUnambiguousVerb,
  ROUGH_COUNT_NOUN,
  YEAR,
} from "./clauses";

/**
 * "Four people died in the blast. 120 were injured." → "120 people were injured.": a count that is
 * a clause's whole subject is read with the plural it counts in the text just before. Each entry of
 * `context` is an earlier piece of text, nearest first; only the nearest one that counts anything is
 * used, so a count is never taken from far back.
 */
export function nameBareCount(text: string, context: ReadonlyArray<string | undefined>): string | null {
  // Most claims open with no count and no rough lead: ruled out by their first word.
  const space = text.indexOf(" ");
  const first = text.slice(0, space < 0 ? text.length : space);
  if (!isCount(first) && !COUNT_OPENERS.has(first.toLowerCase())) return null;
  const bare = BARE_COUNT.exec(text);
  if (bare === null) return null;
  // "12 more would follow": more of the same things.
  const [whole, opening = "", lead = "", count = "", more = "", verb = ""] = bare;
  // "Most came from Kesh" after "48,000 migrants crossed …": most of what was counted.
  const quantifier = opening === "" && lead === "" && QUANTIFIER.test(count);
  if (!quantifier && (!isCount(count) || !WHOLE_COUNT.test(count) || YEAR.test(count))) return null;
  if (!isUnambiguousVerb(verb)) return null;
  // "2023 was the warmest year": a count of several takes a plural verb.
  if (SINGULAR_VERB.test(verb)) return null;
  const predicate = text.slice(whole.length - verb.length);
  // "12 injured miners were taken to hospital": the count has its noun after a describing word.
  if (countedAdjective(verb, wordsOf(predicate, 2)[1])) return null;
  const aboutPeople = PEOPLE_PREDICATE.test(predicate);
  for (const earlier of context) {
    if (earlier === undefined) continue;
    const counted = countedNouns(earlier);
    if (counted.length === 0) continue;
    const noun = pickCounted(counted, aboutPeople);
    if (noun === null) return null;
    // "Of those, 12 were children" → "Of the pupils, 12 were children": the count itself may be rough.
    if (opening !== "") return `Of the ${noun}, ${lead}${count} ${more}${predicate}`;
    // "hundreds are missing" → "Hundreds of people are missing": a count that is a noun takes "of".
    const of = more === "" && ROUGH_COUNT_NOUN.test(count.toLowerCase()) ? "of " : "";
    return `${lead}${count} ${more}${of}${noun} ${predicate}`;
  }
  return null;
}

/** Words standing for part of what was counted before: "Most came from Kesh". */
const QUANTIFIERS = ["most", "many", "several", "few"];
const QUANTIFIER = new RegExp(`^(?:${QUANTIFIERS.join("|")})$`, "i");

/** How a rough count opens: "at least 120", "an estimated 200". */
const ROUGH_LEADS = [
  "at least",
  "more than",
  "fewer than",
  "less than",
  "about",
  "around",
  "nearly",
  "almost",
  "some",
  "another",
  "over",
  "up to",
  "only",
  "roughly",
  "an estimated",
];

/** "(Of those, )(at least )120 were …": an optional back reference, a rough count, the count, then a verb. */
const BARE_COUNT = new RegExp(
  String.raw`^((?:Of|Among) (?:those|them|these),\s+)?((?:${ROUGH_LEADS.join("|")})\s+)?([\d,.]+|\p{L}+)\s+(more\s+)?([\p{Ll}’']+)`,
  "iu",
);

/** The first words BARE_COUNT allows before its count, and the quantifiers that may stand for one. */
const COUNT_OPENERS = new Set([
  ...QUANTIFIERS,
  "of",
  "among",
  ...ROUGH_LEADS.map((lead) => lead.split(" ")[0] ?? lead),
]);

/** "120", "3,000", "twelve": a whole count, not "40%" or "1.5". */
const WHOLE_COUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+|\p{L}+)$/u;
const SINGULAR_VERB = /^(?:is|was|has|does|remains)$/;

/** Predicates only people take: "were injured", "remain missing", "died". */
const PEOPLE_PREDICATE =
  /^(?:\S+\s+){0,2}?(?:injured|hurt|wounded|killed|dead|died|missing|trapped|hospitali[sz]ed|treated|rescued|evacuated|arrested|detained|displaced|unaccounted|stranded|jailed|charged|sick|infected|homeless|lost their|fled|survived|walked)\b/;

/** "miners", "residents", "civilians": plurals of people. */
const PEOPLE_NOUN =
  /^(?:people|persons|children|men|women|staff|crew|troops|police|fans|victims|pupils|civilians|hostages|refugees|migrants|patients|students|residents|passengers|soldiers|workers|\p{Ll}+(?:ers|ors|ists|ians|ees))$/u;

const UNMARKED_PLURAL = /^(?:staff|crew|personnel|police|cattle|livestock)$/;

interface Counted {
  noun: string;
  people: boolean;
}

/** "miners,", "homes": a lower-case word, punctuation after it allowed. */
const LOWER_CASE_WORD_PUNCTUATED = /^\p{Ll}+[,.;:]?$/u;

/** The counted plurals of a text, in order: "Four people died …" → [Four people]. */
function countedNouns(text: string): Counted[] {
  const words = wordsOf(text);
  const counted: Counted[] = [];
  for (let k = 0; k < words.length - 1; k++) {
    const count = words[k]?.text ?? "";
    if (!isCount(count)) continue;
    // "120 coal miners": up to three words, the last a plural; "1.2 million shells" counts shells;
    // "2,400 unaccompanied or separated children", four.
    // "18 F-16s", "12 MiG-29s": a model's plural counts the model.
    const model = MODEL_PLURAL.exec(words[k + 1]?.text ?? "")?.[1];
    if (model !== undefined) {
      counted.push({ noun: model, people: false });
      continue;
    }
    const scaled = SCALE_WORD.test(words[k + 1]?.text ?? "") ? 1 : 0;
    for (let end = k + 1 + scaled; end <= k + MAX_COUNTED_WORDS + scaled && end < words.length; end++) {
      const word = words[end]?.text ?? "";
      if (!LOWER_CASE_WORD_PUNCTUATED.test(word)) break;
      const head = word.replace(/[,.;:]$/, "");
      // "40 staff", "12 crew": people counted without a plural ending.
      if (isPluralNoun(head) || UNMARKED_PLURAL.test(head)) {
        const noun = [...words.slice(k + 1 + scaled, end).map((w) => w.text), head].join(" ");
        counted.push({ noun, people: PEOPLE_NOUN.test(head) });
        break;
      }
      if (head !== word) break;
    }
  }
  return counted;
}

const SCALE_WORD = /^(?:thousand|million|billion|trillion)$/;
/** "F-16s", "MiG-29s", "A321s": a model name with a digit, made plural. */
const MODEL_PLURAL = /^(\p{Lu}[\p{L}-]*\d[\p{L}\d-]*s)[,.;:]?$/u;
const MAX_COUNTED_WORDS = 4;

/** The first plural a text counts ("killed at least 12 people" → "people"), or null. */
export function firstCountedNoun(text: string): string | null {
  return countedNouns(text)[0]?.noun ?? null;
}

/** People for a people's predicate, the only thing counted otherwise; null when unclear. */
function pickCounted(counted: Counted[], aboutPeople: boolean): string | null {
  const nouns = new Set(counted.filter((c) => c.people || !aboutPeople).map((c) => c.noun));
  const [only] = nouns;
  return nouns.size === 1 ? (only ?? null) : null;
}
