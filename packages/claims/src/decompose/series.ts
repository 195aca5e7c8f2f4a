import { asSentence } from "../util/text";
import { isUnambiguousVerb } from "./clauses";
import { type Piece, splitListItems } from "./list-items";

const MIN_SERIES = 3;
const MAX_SERIES_ITEM_WORDS = 8;
const SHORT_NOUN_PHRASE_WORDS = 6;
const SUBJECT_START = /^(?:\p{Lu}|the$|a$|an$)/u;
const ING_FORM = /^\p{Ll}+ing$/u;
const PREPOSITION = /^(?:for|to|in|on|at|with|by|from|of|into|about|as|than|against|between|among)$/;

/**
 * A series at the end of a sentence without an inclusion verb:
 * "The storm killed 12 people, destroyed 300 homes and cut power to 4,000 homes" → one claim per
 * predicate, each with the subject; "The council approved a pool, two parks and a library" → one
 * claim per object, each with the lead. Needs three or more items, so "A and B" sentences stay whole;
 * adjective series ("undertrained, underequipped and unprepared") stay whole too.
 */
export function seriesList(content: string, base: number): Piece[] | null {
  if (!content.includes(",") || !/\s(?:and|or)\s/.test(content)) return null;
  const items = splitListItems(content, base);
  if (items === null || items.length < MIN_SERIES) return null;
  const [first, ...rest] = items;
  if (first === undefined) return null;
  if (
    rest.every(startsWithPredicate) &&
    rest.every((item) => words(item.text).length <= MAX_SERIES_ITEM_WORDS)
  ) {
    return predicateSeries(first, rest);
  }
  return objectSeries(content, base, items);
}

/** "destroyed 300 homes": a verb, then its object (not a bare participle or "unprepared for"). */
function startsWithPredicate(item: Piece): boolean {
  const [verb, object] = words(item.text);
  return verb !== undefined && object !== undefined && isUnambiguousVerb(verb) && !PREPOSITION.test(object);
}

function predicateSeries(first: Piece, rest: Piece[]): Piece[] | null {
  const firstWords = words(first.text);
  const verbAt = firstWords.findIndex((w, k) => k > 0 && k <= 6 && isUnambiguousVerb(w));
  if (verbAt <= 0 || !SUBJECT_START.test(firstWords[0] ?? "")) return null;
  const subject = firstWords.slice(0, verbAt).join(" ");
  return [
    { ...first, text: asSentence(first.text) },
    ...rest.map((item) => ({ ...item, text: asSentence(`${subject} ${item.text}`) })),
  ];
}

/**
 * The objects are the trailing run of short noun phrases plus the end of the item before them:
 * "..., rejecting claims from the Port Authority, two unions and a bank" → "... claims from two unions".
 */
function objectSeries(content: string, base: number, items: Piece[]): Piece[] | null {
  let runStart = items.length;
  while (runStart > 0 && isShortNounPhrase(items[runStart - 1]?.text ?? "")) runStart--;
  const head = items[runStart - 1];
  const run = items.slice(runStart);
  if (head === undefined || run.length < MIN_SERIES - 1) return null;
  const firstItem = parallelObjectOf(head.text, run[0]?.text ?? "") ?? lastObjectOf(head.text);
  if (firstItem === null) return null;
  const firstStart = head.end - firstItem.length;
  const lead = content.slice(0, firstStart - base).trim();
  const objects = [{ text: firstItem, start: firstStart, end: head.end }, ...run];
  return objects.map((item) => ({ ...item, text: asSentence(`${lead} ${item.text}`) }));
}

/** "the buyout of 120 homes in the floodplain": a determined phrase may run a little longer. */
const DETERMINED_NOUN_PHRASE_WORDS = 8;
const DETERMINER_START =
  /^(?:the|a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;

function isShortNounPhrase(text: string): boolean {
  const itemWords = words(text);
  const limit = DETERMINER_START.test(itemWords[0] ?? "")
    ? DETERMINED_NOUN_PHRASE_WORDS
    : SHORT_NOUN_PHRASE_WORDS;
  return (
    itemWords.length <= limit &&
    !ING_FORM.test(itemWords[0] ?? "") &&
    !itemWords.some((w, k) => isUnambiguousVerb(w) && !isAttributive(w, itemWords[k - 1]))
  );
}

/** "40 armored vehicles", "the elected officials": an "-ed" word after a number or article describes. */
function isAttributive(word: string, before: string | undefined): boolean {
  return /ed$/.test(word) && before !== undefined && DETERMINER_START.test(before);
}

const AMOUNT = /^(?:\$|€|£)?\d/;

/**
 * When the listed objects are amounts ("400 billion yen on repairs"), the first one is the amount in
 * the head: "will also spend 1.2 trillion yen on ammunition" → "1.2 trillion yen on ammunition".
 */
function parallelObjectOf(head: string, nextItem: string): string | null {
  if (!AMOUNT.test(nextItem)) return null;
  const matches = [...head.matchAll(/\S+/g)];
  for (let i = 1; i < matches.length; i++) {
    const word = matches[i];
    if (word === undefined || matches.length - i > DETERMINED_NOUN_PHRASE_WORDS) continue;
    if (AMOUNT.test(word[0])) return head.slice(word.index);
  }
  return null;
}

/**
 * The object after the last verb or preposition: "bought paintings" → "paintings". A determined
 * phrase right after one is taken whole: "pay for a levee along the river" → "a levee along the river".
 */
function lastObjectOf(text: string): string | null {
  const matches = [...text.matchAll(/\S+/g)];
  for (let i = 1; i < matches.length - 1; i++) {
    const word = matches[i];
    const opener = matches[i - 1];
    if (word === undefined || opener === undefined || matches.length - i > DETERMINED_NOUN_PHRASE_WORDS)
      continue;
    const opens = isUnambiguousVerb(opener[0]) || PREPOSITION.test(opener[0]);
    if (opens && /^(?:the|a|an|\d[\d,.]*)$/i.test(word[0])) return text.slice(word.index);
  }
  for (let i = matches.length - 2; i >= 1; i--) {
    const word = matches[i];
    const next = matches[i + 1];
    if (word === undefined || next === undefined) continue;
    if (matches.length - i - 1 > SHORT_NOUN_PHRASE_WORDS) return null;
    const opens = isUnambiguousVerb(word[0]) || PREPOSITION.test(word[0]);
    if (opens && !PREPOSITION.test(next[0]) && !isUnambiguousVerb(next[0])) return text.slice(next.index);
  }
  return null;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}
