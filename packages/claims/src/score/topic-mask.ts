import { STARTS_UPPER_CASE } from "../util/text";
/**
 * Replaces a share of topic words (anything outside the closed/cue word lists) with nonce words
 * that keep case and the last four letters: simulates another source's vocabulary when estimating
 * transfer. Training augmentation uses `topicWordHider` instead, which hides the same kind of words
 * at feature level, so the model learns to score sentences whose topic words it has never seen
 * from their shape, cues and function words.
 */
import { fnv1a } from "./hash";
import {
  ATTRIBUTION_VERBS,
  COMPARATIVES,
  FIRST_PERSON_PLURAL,
  FIRST_PERSON_SINGULAR,
  FUNCTION_WORDS,
  HEDGES_AND_OPINION,
  NUMBER_WORDS,
  QUANTITY_WORDS,
  SECOND_PERSON,
  TIME_WORDS,
} from "./lexicon";

const KEPT_WORDS = [
  FUNCTION_WORDS,
  ATTRIBUTION_VERBS,
  HEDGES_AND_OPINION,
  QUANTITY_WORDS,
  NUMBER_WORDS,
  COMPARATIVES,
  TIME_WORDS,
  FIRST_PERSON_SINGULAR,
  FIRST_PERSON_PLURAL,
  SECOND_PERSON,
];

function isTopicWord(lower: string): boolean {
  return lower.length >= 3 && /^\p{L}/u.test(lower) && !KEPT_WORDS.some((words) => words.has(lower));
}

/** Deterministically picks about `rate` of topic word types (same choice for every occurrence). */
export function topicWordHider(rate: number, seed: string): (lower: string) => boolean {
  return (lower) => isTopicWord(lower) && (fnv1a(`${seed}:${lower}`) % 1000) / 1000 < rate;
}

export function maskTopicWords(text: string, rate: number, seed = "mask"): string {
  if (rate <= 0) return text;
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (word.length < 3 || KEPT_WORDS.some((words) => words.has(lower))) return word;
    if ((fnv1a(`${seed}:${lower}`) % 1000) / 1000 >= rate) return word;
    const nonce = `zq${fnv1a(`${seed}|${lower}`).toString(36).slice(0, 3)}${lower.slice(-4)}`;
    return STARTS_UPPER_CASE.test(word) ? nonce.charAt(0).toUpperCase() + nonce.slice(1) : nonce;
  });
}
