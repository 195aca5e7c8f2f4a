import { type Piece, splitTopLevel, type Word, wordsOf } from "../util/text";

/**
 * Splits coordinated statements into separate claims:
 * "Acme cut prices and plans new stores" → "Acme cut prices" + "Acme plans new stores";
 * "Sales rose 4%, and the company hired 200 staff" → two independent clauses;
 * "Rents rose 3% in May; wages stayed flat" → two clauses.
 * Each piece keeps the body offsets of its own words; `text` is its standalone wording.
 */
const MAX_CLAUSE_SENTENCE = 1200;

export function splitClauses(content: string, base: number): Piece[] {
  if (content.length > MAX_CLAUSE_SENTENCE)
    return [{ text: content, start: base, end: base + content.length }];
  // "Under the bill, farmers will get A, premiums will be cut B, and hospitals will get C".
  const series = splitClauseSeries(content, base);
  if (series !== null) return series;
  // "(found that) A, and that B" or "…, but that B": two reported claims.
  const thatClauses = splitThatClauses(content, base);
  if (thatClauses !== null) return thatClauses.flatMap((p) => splitAtAnd(p.text, p.start));
  // "Inflation rose to 3.1%, while unemployment fell to 4.2%": two claims.
  const contrast = splitContrast(content, base);
  if (contrast !== null) return contrast.flatMap((p) => splitAtAnd(p.text, p.start));
  const bySemicolon = content.includes(";") ? splitTopLevel(content, ";") : [];
  // Each side needs a verb that cannot be a plural noun: "A; spare parts for launchers; and B" lists things.
  if (
    bySemicolon.length > 1 &&
    bySemicolon.every((p) => hasClauseVerb(p.text) && wordsOf(p.text).length >= 4)
  ) {
    return bySemicolon.flatMap((p) => splitAtAnd(p.text, base + p.start));
  }
  return splitAtAnd(content, base);
}

const OPENING_ADVERBIAL = /^(?:under|in|for|with|after|since|by|at|on|during|according to|as part of)\s/i;
const CLAUSE_SUBJECT = /^(?:the|a|an|its|their|his|her|this|these|those|some|all|most|\d[\d,.]*%?|\p{L}+)$/iu;
const MAX_SUBJECT_WORDS = 6;

/**
 * Three or more comma-separated independent clauses, the last after "and", each with its own subject
 * and verb: one claim per clause, each keeping a shared opening adverbial ("Under the bill, ...").
 */
function splitClauseSeries(content: string, base: number): Piece[] | null {
  // The last "and" must come after the last comma (", and C" or ", B and C"), else there is no series.
  const lastComma = content.lastIndexOf(", ");
  if (lastComma < 0 || content.lastIndexOf(" and ") < lastComma) return null;
  const parts = splitTopLevel(content, ",");
  if (parts.length < 2) return null;
  let prefix = "";
  const first = parts[0];
  if (first !== undefined && OPENING_ADVERBIAL.test(first.text.trim()) && !hasUnambiguousVerb(first.text)) {
    prefix = `${first.text.trim()}, `;
    parts.shift();
  }
  const last = parts.at(-1);
  if (last === undefined) return null;
  // "Exports rose 4%, imports fell 2% and the surplus widened": the last "and" needs no comma.
  if (!/^\s*and\s/.test(last.text)) parts.splice(-1, 1, ...splitLastClause(last));
  if (parts.length < 3 || !/^\s*and\s/.test(parts.at(-1)?.text ?? "")) return null;
  const clauses: Piece[] = [];
  for (const part of parts) {
    const lead = /^\s*(?:and\s+)?/.exec(part.text)?.[0].length ?? 0;
    const text = part.text.slice(lead).replace(/[\s.]+$/, "");
    if (!isClause(text)) return null;
    const start = base + part.start + lead;
    clauses.push({ text: `${prefix}${text}`, start, end: start + text.length });
  }
  return clauses;
}

/** "120 were injured", "the surplus widened to 3 billion": a subject of a few words, then a verb. */
function isClause(text: string): boolean {
  const words = wordsOf(text);
  const verbAt = words.findIndex((w) => isUnambiguousVerb(w.text));
  return (
    words.length >= 3 &&
    verbAt >= 1 &&
    verbAt <= MAX_SUBJECT_WORDS &&
    CLAUSE_SUBJECT.test(words[0]?.text ?? "") &&
    // "farmers whose crops failed", "shops that flooded": the verb is a relative clause's.
    !words.slice(1, verbAt).some((w) => RELATIVE_WORD.test(w.text))
  );
}

const RELATIVE_WORD = /^(?:who|whose|that|which)$/i;

/** "imports fell 2% and the surplus widened" → the two clauses, the second keeping its "and". */
function splitLastClause(part: Piece): Piece[] {
  const at = part.text.lastIndexOf(" and ");
  if (at < 0) return [part];
  const [first, second] = [part.text.slice(0, at), part.text.slice(at)];
  if (!isClause(first.trim()) || !isClause(second.replace(/^\s*and\s+/, "").replace(/[\s.]+$/, "")))
    return [part];
  return [
    { text: first, start: part.start, end: part.start + at },
    { text: second, start: part.start + at, end: part.end },
  ];
}

/** "Half of the money goes to housing": a present tense no plural noun reads like, where money goes. */
const GOES_TO = /\sgoes\s+(?:to|toward|towards|into)\s/;

/**
 * "Half of the money funds housing", "The rest pays for roads", "$4 million covers fuel": after a
 * share of money, an "-s" word of spending is its verb, not a plural noun.
 */
const MONEY_SPENT_ON =
  /^\s*(?:(?:half|most|much|some|all|part|(?:a|one|two)\s+(?:third|quarter|fifth)s?|\d[\d.]*(?:%|\s+percent))\s+of\s+the\s+(?:money|funds|cash|sum|total)|the\s+(?:rest|remainder|balance)|(?:\$|€|£)?\d[\d,.]*(?:\s+(?:million|billion))?)\s+(?:funds|pays\s+for|covers|buys|finances)\s/i;

/** A verb that makes a semicolon part a clause of its own, not a listed thing. */
function hasClauseVerb(text: string): boolean {
  return hasUnambiguousVerb(text) || GOES_TO.test(text) || MONEY_SPENT_ON.test(text);
}

function hasUnambiguousVerb(text: string): boolean {
  return wordsOf(text).some((w) => isUnambiguousVerb(w.text));
}

const CONTRAST = /,\s+(?:while|whereas)\s+/;

/** Splits "A, while B" when both sides are clauses; null otherwise ("…, while in office"). */
function splitContrast(content: string, base: number): Piece[] | null {
  const match = CONTRAST.exec(content);
  if (match === null || quoteOrBracketOpen(content.slice(0, match.index))) return null;
  const first = content.slice(0, match.index);
  const secondStart = match.index + match[0].length;
  const second = content.slice(secondStart);
  if (!hasVerbForm(first) || !isClause(second.replace(/[\s.]+$/, ""))) return null;
  return [
    { text: first, start: base, end: base + first.length },
    { text: second, start: base + secondStart, end: base + content.length },
  ];
}

const AND_THAT = /,?\s+(?:and|but)\s+that\s+/g;

/** Splits at ", and that" or ", but that" when each side has a verb; null when the text has no such split. */
function splitThatClauses(content: string, base: number): Piece[] | null {
  if (!content.includes(" and that ") && !content.includes(" but that ")) return null;
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of content.matchAll(AND_THAT)) {
    if (quoteOrBracketOpen(content.slice(0, match.index))) continue;
    pieces.push({ text: content.slice(start, match.index), start: base + start, end: base + match.index });
    start = match.index + match[0].length;
  }
  pieces.push({ text: content.slice(start), start: base + start, end: base + content.length });
  return pieces.length > 1 && pieces.every((p) => hasVerbForm(p.text)) ? pieces : null;
}

const AUX =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|does|did|do|may|might|must|should|remains?|remained|says|said)$/;
/** Present-tense "-s" verbs; "-ed" words are too often participles ("mobilized forces") to split on. */
const VERB_S = /^\p{Ll}{3,}s$/u;
const NOT_VERB_S = /(?:ss|us|is|ics|ness|ous)$/;
const DETERMINER =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|our|some|all|no|more|\d[\d,.]*%?|\$[\d.,]+)$/i;
/** Common irregular past tenses, and "died", too short for `PAST_FORM`. */
const IRREGULAR_PAST =
  /^(?:died|fled|fell|rose|grew|went|came|saw|took|made|won|lost|beat|left|held|ran|hit|cut|set|put|met|sold|paid|told|gave|got|began|became|stood|kept|brought|built|spent|sent|fought|led|drove|flew|shut|slid|sank|struck|wrote|drew|threw|bought|caught|chose|found|ate|broke|spoke|swore|won)$/;
const INDEPENDENT_START = /^(?:the|a|an|its|their|his|her|this|these|those|our|\p{Lu}\p{L}*)$/u;
const NUMBER = /^\d[\d,.]*%?$/;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
const ED_FORM = /^\p{Ll}+ed$/u;
/** "-ed" words long enough to be verbs ("cited", "mobilized"), not "red" or "bed". */
const PAST_FORM = /^\p{Ll}{3,}ed$/u;
const SUBJECT_START = /^(?:\p{Lu}|the$|a$|an$)/u;

function splitAtAnd(text: string, base: number): Piece[] {
  const offsetLead = text.length - text.replace(/^[\s;,]+/, "").length;
  const body = text.slice(offsetLead);
  const at = body.includes(" and ") || body.includes(" but ") ? findCoordination(body) : null;
  if (at === null) return [whole(body, base + offsetLead)];
  const first = body.slice(0, at.andStart).replace(/[\s,]+$/, "");
  const second = body.slice(at.secondStart).replace(/[\s.]+$/, "");
  return [
    { text: first, start: base + offsetLead, end: base + offsetLead + first.length },
    {
      text: at.subject === "" ? second : `${at.subject} ${namedObject(second, first)}`,
      start: base + offsetLead + at.secondStart,
      end: base + offsetLead + at.secondStart + second.length,
    },
  ];
}

const FULL_NAME = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;
/** "him", and "her" before "to": an object pronoun, not a possessive ("her house"). */
const OBJECT_PRONOUN = /\b(?:him|her(?=\s+to\b))\b/;

/**
 * "The court sentenced Ivo Tarn … and ordered him to pay" → "… ordered Ivo Tarn to pay": the second
 * predicate's "him" is the one person the first names. Unchanged when the first names no one or several.
 */
function namedObject(second: string, first: string): string {
  const names = first.slice(1).match(FULL_NAME) ?? [];
  const [name] = names;
  return name !== undefined && names.length === 1 ? second.replace(OBJECT_PRONOUN, name) : second;
}

interface Coordination {
  andStart: number;
  secondStart: number;
  /** Subject to repeat before the second predicate; empty for independent clauses. */
  subject: string;
}

function findCoordination(text: string): Coordination | null {
  const all = wordsOf(text);
  const appositive = relativeAppositive(all);
  const words = appositive?.words ?? all;
  const subject = appositive?.subject ?? subjectOf(words);
  // The first clause needs a verb: an "and" before the first verb joins nouns.
  const firstVerb = words.findIndex((w, k) => isVerbForm(w.text) && !afterPossessive(words, k));
  for (let i = 2; i < words.length - 2; i++) {
    const word = words[i];
    const next = words[i + 1];
    const after = words[i + 2];
    // "welcomed the plan but said clinics were short": "but" joins two claims as "and" does.
    if ((word?.text !== "and" && word?.text !== "but") || next === undefined || after === undefined) continue;
    // At least four words before "and", one of them a verb, and three after it.
    if (i < 4 || firstVerb < 0 || firstVerb >= i || words.length - i - 1 < 3) continue;
    if (quoteOrBracketOpen(text.slice(0, word.start)) || insideFromTo(text, word.start)) continue;
    const precededByComma = /,$/.test(words[i - 1]?.text ?? "");
    // Independent clause: ", and the squad includes ..." (its own subject, then a verb).
    // "…, and 310 patients needed care": a number subject needs a verb that is no plural noun ("crowns").
    const independent =
      (INDEPENDENT_START.test(next.text) && hasVerbFormIn(words, i + 2, i + 6)) ||
      (NUMBER.test(next.text) && words.slice(i + 2, i + 6).some((w) => isUnambiguousVerb(w.text)));
    if (precededByComma && independent) {
      return { andStart: word.start, secondStart: next.start, subject: "" };
    }
    // Shared subject: "Acme is cutting prices and plans new stores". Not the last "and" of a series
    // ("includes stoves, cots and lanterns from …"): its "-s" word is a noun; the list reads the series.
    const series = words.slice(firstVerb + 1, i).some((w) => w.text.endsWith(","));
    // "… and also includes A": an adverb before the second verb stays in the second clause.
    const adverb = SECOND_CLAUSE_ADVERB.test(next.text) ? 1 : 0;
    const verb = words[i + 1 + adverb] ?? next;
    const object = words[i + 2 + adverb] ?? after;
    // "The campaign will cost 12 million crowns and include A, B and C": after a modal the second
    // predicate's verb is in its base form, and the modal is part of what it repeats.
    const modal =
      isFiniteVerb(verb.text) || subject === null
        ? null
        : sharedModal(words, firstVerb, i, verb, object, subject);
    if (
      subject !== null &&
      !series &&
      (isFiniteVerb(verb.text) || modal !== null) &&
      (DETERMINER.test(object.text) || STARTS_LOWER_CASE.test(object.text))
    ) {
      // "... and deaths fell": the word after "and" was a noun subject, not a verb.
      if (AUX.test(object.text) || ED_FORM.test(object.text) || IRREGULAR_PAST.test(object.text)) continue;
      // "a package of loans and grants for farmers": a second noun of an "of" phrase, then its own phrase.
      if (words[i - 2]?.text === "of" && NOUN_PHRASE_GOES_ON.test(object.text)) continue;
      // "includes 40 tents and stoves for shelters": an "-s" word before "for" or "of" is a noun,
      // unless it is a verb that takes one ("and calls for talks", "and warns of delays").
      if (/^(?:for|of)$/.test(object.text) && !VERB_BEFORE_FOR_OR_OF.test(verb.text)) continue;
      // "will send 40 ambulances and doctors who speak the language": a relative clause follows a noun.
      if (/^(?:who|whose|which)$/.test(object.text)) continue;
      return {
        andStart: word.start,
        secondStart: next.start,
        subject: modal === null ? subject : `${subject} ${modal}`,
      };
    }
    // "Police arrested 14 people and seized 200 kilograms", "… and ordered him to pay": two past tenses,
    // the second before its object ("and adjusted earnings" is a noun phrase: no determiner follows).
    if (
      subject !== null &&
      !series &&
      isPastTense(words[firstVerb]?.text ?? "") &&
      isPastTense(verb.text) &&
      (DETERMINER.test(object.text) || /^(?:him|her|them|us|it)$/.test(object.text))
    ) {
      return { andStart: word.start, secondStart: next.start, subject };
    }
  }
  return null;
}

const MAX_APPOSITIVE_WORDS = 12;

/**
 * "The bill, which passed 286-134, funds …" read as "The bill funds …", with "The bill" as its
 * subject: a relative clause between commas right after a verbless subject is left out of the words
 * the coordination is found in (offsets kept), so the second predicate repeats the subject. Null
 * without such a clause ("One is Harriman, who visited …" has a verb before it).
 */
function relativeAppositive(words: Word[]): { words: Word[]; subject: string } | null {
  const comma = words.findIndex((w, k) => k <= MAX_SUBJECT_WORDS && w.text.endsWith(","));
  const subjectEnd = words[comma];
  if (subjectEnd === undefined || !/^(?:which|who)$/.test(words[comma + 1]?.text ?? "")) return null;
  // "Our industrial competitors, who …": an "-s" word may end the subject; "The plan cuts taxes, which
  // …" has its verb before the clause.
  const before = words.slice(0, comma);
  if (!SUBJECT_START.test(words[0]?.text ?? "") || before.some((w) => isVerbForm(w.text))) return null;
  if (isUnambiguousVerb(subjectEnd.text.slice(0, -1))) return null;
  const close = words.findIndex(
    (w, k) => k > comma + 1 && k <= comma + MAX_APPOSITIVE_WORDS && w.text.endsWith(","),
  );
  if (close < 0) return null;
  const bareEnd = { ...subjectEnd, text: subjectEnd.text.slice(0, -1), end: subjectEnd.end - 1 };
  const subject = [...words.slice(0, comma), bareEnd].map((w) => w.text).join(" ");
  return { words: [...words.slice(0, comma), bareEnd, ...words.slice(close + 1)], subject };
}

const MODAL = /^(?:will|would|can|could|may|might|must|should)$/;
const SECOND_CLAUSE_ADVERB = /^(?:also|then|now|later|still)$/;

/** Base verbs a thing or its maker takes ("include", "cost"); "end", "support" may be nouns too often. */
const BASE_VERB =
  /^(?:include|contain|provide|allocate|cover|fund|require|cost|total|amount|add|give|offer|target|affect|allow|apply|exclude|limit|raise|cut|expand|extend|ban|replace|range|account|represent|comprise|feature|help|need|face|plan|want|expect|oppose|support|agree)$/;

/** A base verb ("include", "cost"): the form after a modal, or after a plural subject. */
export function isBaseVerb(word: string): boolean {
  return BASE_VERB.test(word);
}

/**
 * "will" in "The plan will cost 3 billion euros and include …": the modal that opens the first
 * predicate, when the word after "and" is a base verb it governs too; else null.
 */
function sharedModal(
  words: Word[],
  firstVerb: number,
  andAt: number,
  next: Word,
  object: Word,
  subject: string,
): string | null {
  const modal = words[firstVerb]?.text ?? "";
  // "will need seeds and help with irrigation": before a preposition the base verb may be a noun.
  if (!MODAL.test(modal) || !isBaseVerb(next.text) || PREPOSITION.test(object.text)) return null;
  // "should not force … and give": the negation would be lost; "can make changes to help bring …
  // and give", "where we would offer and provide": the base verb may be another verb's.
  const between = words.slice(firstVerb + 1, andAt);
  if (/^(?:not|never)$/.test(between[0]?.text ?? "")) return null;
  if (between.some((w) => w.text === "to" || AUX.test(w.text))) return null;
  // "If you believe that we": a subject holding a clause's opening is no subject to repeat.
  return SUBORDINATING.test(subject) ? null : modal;
}

const SUBORDINATING = /\b(?:if|that|which|who|where|when|whether|because|while|although)\b/i;

const NOUN_PHRASE_GOES_ON = /^(?:for|worth|valued|totaling|totalling)$/;
const VERB_BEFORE_FOR_OR_OF =
  /^(?:calls|pays|looks|asks|accounts|waits|stands|votes|argues|cares|searches|applies|opts|prepares|qualifies|campaigns|lobbies|works|competes|allows|provides|consists|approves|warns|dies|speaks|thinks|hears|learns|smells|tires|disposes|reminds|informs|convinces|accuses|robs|clears|relieves|deprives)$/;

function isPastTense(word: string): boolean {
  return PAST_FORM.test(word) || IRREGULAR_PAST.test(word);
}

/** "Doctors' unions", "the city's buses": the word after a possessive is a noun, not a verb. */
function afterPossessive(words: Word[], index: number): boolean {
  return /['’]s?$/.test(words[index - 1]?.text ?? "");
}

/** Leading noun phrase before the first finite verb: "Acme Corp." in "Acme Corp. is cutting ...". */
function subjectOf(words: Word[]): string | null {
  // "The company moved from Ohio and plans …": a past form ends the subject too, unless it is
  // attributive ("The revised plan cuts …").
  const verbAt = words.findIndex(
    (w, k) =>
      k > 0 &&
      k <= 6 &&
      !afterPossessive(words, k) &&
      isVerbForm(w.text) &&
      // "The unions", "The revised plan": a word after a determiner is a noun or an adjective.
      (AUX.test(w.text) || !DETERMINER.test(words[k - 1]?.text ?? "")),
  );
  if (verbAt <= 0) return null;
  const subject = words.slice(0, verbAt).map((w) => w.text);
  if (subject.some((w) => /[,;:]$/.test(w))) return null;
  const first = subject[0] ?? "";
  return SUBJECT_START.test(first) && !/^(?:It|He|She|They|This|That)$/.test(first)
    ? subject.join(" ")
    : null;
}

/** A verb that cannot be a plural noun: auxiliaries, "-ed" forms, common irregular past tenses. */
export function isUnambiguousVerb(word: string): boolean {
  return AUX.test(word) || isPastTense(word);
}

/** An auxiliary or a present-tense "-s" verb ("includes", not "business"). */
export function isFiniteVerb(word: string): boolean {
  return AUX.test(word) || (VERB_S.test(word) && !NOT_VERB_S.test(word));
}

/** Any verb form these heuristics know: finite (`isFiniteVerb`) or past (`isUnambiguousVerb`). */
export function isVerbForm(word: string): boolean {
  return isFiniteVerb(word) || isPastTense(word);
}

export function hasVerbForm(text: string): boolean {
  return wordsOf(text).some((w) => isVerbForm(w.text));
}

const PREPOSITION = /^(?:of|for|to|in|on|at|with|by|from|into|about|than|per)$/;

/**
 * A finite or past verb among `words[from, to)` ("…, and 310 patients needed care"). A word right
 * after a determiner, number or preposition is a noun or an adjective: "the buyout of 120 homes" has no verb.
 */
function hasVerbFormIn(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, words.length); k++) {
    const word = words[k]?.text ?? "";
    if (!isVerbForm(word)) continue;
    const before = words[k - 1]?.text ?? "";
    if (!AUX.test(word) && (DETERMINER.test(before) || PREPOSITION.test(before))) continue;
    return true;
  }
  return false;
}

const RANGE_VERB_BEFORE = /\s(?:range[sd]?|ran|runs?|varie[sd]|vary)$/;

/** "ranges from rifles and helmets to radios": the "and" joins the start of a range, not clauses. */
function insideFromTo(text: string, at: number): boolean {
  const from = text.lastIndexOf(" from ", at);
  if (from < 0 || !RANGE_VERB_BEFORE.test(text.slice(Math.max(0, from - 8), from))) return false;
  return !text.slice(from, at).includes(" to ") && text.indexOf(" to ", at) >= 0;
}

function quoteOrBracketOpen(prefix: string): boolean {
  const opens = (prefix.match(/[“(]/g) ?? []).length;
  const closes = (prefix.match(/[”)]/g) ?? []).length;
  return opens > closes;
}

function whole(text: string, base: number): Piece {
  const trimmed = text.replace(/[\s.]+$/, "");
  return { text: trimmed, start: base, end: base + trimmed.length };
}
