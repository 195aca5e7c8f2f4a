import { pronounOfName } from "../attribute/gender";
import { hasRoleWord, isGroupNoun } from "../attribute/names";
import { PLURAL_REPORTING_VERB } from "../attribute/verbs";
import {
  allMatches,
  asciiLowerCaseLetters,
  capitalize,
  ING_FORM,
  LOWER_CASE_HYPHENATED,
  LOWER_CASE_LETTERS,
  type Piece,
  SPELLED_NUMBERS,
  STARTS_LOWER_CASE,
  STARTS_UPPER_CASE,
  splitTopLevel,
  type Word,
  withoutTrailingStops,
  wordsOf,
} from "../util/text";

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
  const series =
    splitClauseSeries(content, base) ??
    splitPredicateSeries(content, base) ??
    splitPerfectSeries(content, base);
  if (series !== null) return series;
  // "(Rutte said) allies had delivered 1.2 million shells, adding that another 800,000 were on order":
  // what was added is a claim of its own.
  const added = content.includes(" that ") ? ADDING_THAT.exec(content) : null;
  if (added !== null) {
    const rest = added.index + added[0].length;
    return [
      ...splitClauses(content.slice(0, added.index), base),
      ...splitClauses(content.slice(rest), base + rest),
    ];
  }
  // "(found that) A, and that B" or "…, but that B": two reported claims.
  const thatClauses = splitThatClauses(content, base);
  if (thatClauses !== null)
    return thatClauses.flatMap((p) =>
      (splitContrast(p.text, p.start) ?? [p]).flatMap((q) => splitAtAnd(q.text, q.start)),
    );
  // "Inflation rose to 3.1%, while unemployment fell to 4.2%": two claims.
  const contrast = splitContrast(content, base);
  if (contrast !== null) return contrast.flatMap((p) => splitAtAnd(p.text, p.start));
  const bySemicolon = content.includes(";") ? splitTopLevel(content, ";") : [];
  // Each side needs a verb that cannot be a plural noun: "A; spare parts for launchers; and B" lists things.
  // Or the first side's subject and present verb ("The package includes A") and a pronoun for it
  // opening each later side ("it also covers B").
  const subject = bySemicolon.length > 1 ? semicolonSubject(bySemicolon[0]?.text ?? "") : null;
  if (
    bySemicolon.length > 1 &&
    bySemicolon.every(
      (p, k) =>
        wordsOf(p.text).length >= 4 &&
        (hasClauseVerb(p.text) ||
          (subject !== null && (k === 0 || pronounClauseVerb(p.text, subject) !== null))),
    )
  ) {
    // "Under the plan, A must X; B must Y; and C may Z": the opening phrase is every side's, and the
    // "and" before the last side joins the series, no word of its claim.
    const firstSide = bySemicolon[0]?.text ?? "";
    const opening = OPENING_ADVERBIAL.test(firstSide)
      ? (OPENING_PHRASE_COMMA.exec(firstSide)?.[0] ?? "")
      : "";
    return bySemicolon.flatMap((p, k) => {
      const and = k > 0 ? (SERIES_AND_OPENING.exec(p.text)?.[0].length ?? 0) : 0;
      const clauses = splitAtAnd(p.text.slice(and), base + p.start + and);
      // Not before "which made …" or "cruise missiles that could …": no clause of its own.
      const opened =
        k === 0 || opening === ""
          ? clauses
          : clauses.map((c) =>
              isClause(c.text) && !OPENS_RELATIVE_WORD.test(c.text)
                ? { ...c, text: `${opening}${c.text}` }
                : c,
            );
      // "The package includes A; it also covers B": the later side's "it" is the first side's subject.
      const [own, ...rest] = clauses;
      const pronoun =
        k > 0 && subject !== null && own !== undefined ? pronounClauseVerb(own.text, subject) : null;
      if (own === undefined || pronoun === null || subject === null) return opened;
      return [{ ...own, text: `${subject.text}${own.text.slice(pronoun.length)}` }, ...rest];
    });
  }
  return splitAtAnd(content, base);
}

const OPENING_ADVERBIAL = /^(?:under|in|for|with|after|since|by|at|on|of|during|according to|as part of)\s/i;
/** "and " opening the last side of a semicolon series. */
const SERIES_AND_OPENING = /^\s*and\s+(?=\S)/;
/** "€1,199", "$4m", "£30": a sum of money. */
const MONEY = /^(?:[A-Z]{0,2}[$€£¥])\d/;
const ADDING_THAT =
  /,\s+(?:adding|noting|warning|stressing|insisting|arguing|explaining|claiming)\s+that\s+(?=\S)/;
const CLAUSE_SUBJECT = /^(?:the|a|an|its|their|his|her|this|these|those|some|all|most|\d[\d,.]*%?|\p{L}+)$/iu;
const MAX_SUBJECT_WORDS = 6;

/**
 * Three or more comma-separated independent clauses, the last after "and", each with its own subject
 * and verb: one claim per clause, each keeping a shared opening adverbial ("Under the bill, ...").
 */
const DEPENDENT_OPENING = /^(?:which|who|whom|whose|that)\s/i;
/** "after", "because": words that open a clause with a subject of its own. */
const SUBORDINATORS = "after|before|because|since|although|though|until|once|whereas";
/** "Since the war began", "though aid groups": a subordinate clause opens with one of these. */
export const SUBORDINATE_OPENING = new RegExp(`^(?:${SUBORDINATORS}|when|while|if)\\s`, "i");

function splitClauseSeries(content: string, base: number): Piece[] | null {
  // The last "and" must come after the last comma (", and C" or ", B and C"), else there is no series.
  const lastComma = content.lastIndexOf(", ");
  if (lastComma < 0 || content.lastIndexOf(" and ") < lastComma) return null;
  const parts = splitTopLevel(content, ",");
  if (parts.length < 2) return null;
  let prefix = "";
  const first = parts[0];
  // "Since the war began, …": a subordinate clause opening the sentence is every clause's, verb and all.
  const opening = first?.text.trim() ?? "";
  if (
    first !== undefined &&
    ((OPENING_ADVERBIAL.test(opening) && !hasUnambiguousVerb(first.text)) ||
      SUBORDINATE_OPENING.test(opening))
  ) {
    prefix = `${first.text.trim()}, `;
    parts.shift();
  }
  const last = parts.at(-1);
  if (last === undefined) return null;
  // "Exports rose 4%, imports fell 2% and the surplus widened": the last "and" needs no comma.
  if (!/^\s*and\s/.test(last.text)) parts.splice(-1, 1, ...splitLastClause(last));
  if (parts.length < 3 || !/^\s*and\s/.test(parts.at(-1)?.text ?? "")) return null;
  // "We have a modern, federally inspected plant and …": adjectives of one noun, no clauses.
  if (adjectivesBeforeOneNoun(parts[0]?.text ?? "", parts[1]?.text ?? "")) return null;
  const clauses: Piece[] = [];
  for (const part of parts) {
    const lead = /^\s*(?:and\s+)?/.exec(part.text)?.[0].length ?? 0;
    const text = withoutTrailingStops(part.text.slice(lead));
    // "…, which was corrected, and that the retests were …": a relative or a "that" clause is no
    // independent clause of a series.
    if (!isClause(text) || DEPENDENT_OPENING.test(text)) return null;
    // "…, while exports to China fell 8% and to the EU rose 1.5%": a later part opening with a
    // preposition has no subject of its own; it shares the part before's.
    if (clauses.length > 0 && PREPOSITION.test(text.slice(0, text.indexOf(" ")))) return null;
    const start = base + part.start + lead;
    clauses.push({ text: `${prefix}${text}`, start, end: start + text.length });
  }
  // "The fund will cover rent, repair damaged schools and replace lost boats": base verbs sharing the
  // first's modal, not clauses with "repair" as their subject; the series reads them.
  const [head, ...later] = clauses;
  if (head !== undefined && sharedPredicateLead(head.text, later) !== null) return null;
  return clauses;
}

/**
 * "The sanctions target 40 firms, freeze the assets of 12 officials and ban exports of A, B and C"
 * → one clause per predicate, each later one read with the subject ("The sanctions freeze …"). The
 * verbs agree with the subject: base forms after a plural ("The sanctions target", two or more),
 * "-s" forms after a singular ("The plan cuts …, raises … and closes …", three or more: a pair is
 * `findCoordination`'s). A comma part that opens with no such verb continues the last predicate's
 * list ("…, radars and engines"); a predicate after such a part leaves the sentence whole unless that
 * list's own "and" closed it ("grow wheat, barley and oats and sell them at market").
 */
function splitPredicateSeries(content: string, base: number): Piece[] | null {
  // The subject and its verb come first: only then are all the words read.
  if (!content.includes(" and ") || presentVerbAt(content) < 0) return null;
  const words = wordsOf(content);
  const verbAt = presentVerbAfterSubject(words);
  if (verbAt < 0) return null;
  const plural = !isFiniteVerb(words[verbAt]?.text ?? "");
  // Only a sentence with an opening quotation mark or bracket can have one open before a word.
  const mayQuote = /[“(]/.test(content);
  // Where each later predicate starts, and where the one before it ends (before its comma or "and").
  const breaks: Array<{ end: number; start: number; afterAnd: boolean; afterList: boolean }> = [];
  let continued = false;
  let listClosed = false;
  for (let k = verbAt + 1; k < words.length - 1; k++) {
    const word = words[k];
    if (word === undefined) continue;
    // "aim to end the strike and restore …", "fear the plan will raise rents and cut …", "say that …":
    // a later verb may be the inner clause's.
    if (
      OPENS_INNER_CLAUSE.test(word.text) ||
      opensSubordinateClause(words, k) ||
      MODAL.test(word.text) ||
      (word.text === "to" && mayBeBaseVerb(words[k + 1]?.text ?? ""))
    )
      return null;
    const afterComma = word.text.endsWith(",");
    if (!afterComma && word.text !== "and") continue;
    // ", and ban …": the verb after the comma's "and".
    const verbWord = afterComma && words[k + 1]?.text === "and" ? k + 2 : k + 1;
    const verb = words[verbWord];
    if (verb === undefined || (mayQuote && quoteOrBracketOpen(content.slice(0, word.start)))) continue;
    // "…, and freeze": the comma's word found the predicate after its "and" already; the "and" opens no other.
    if (breaks.at(-1)?.start === verb.start) continue;
    const afterAnd = verbWord === k + 2 || word.text === "and";
    // "hurt small shops, raise costs and push families out": after predicates only, the "and" opens
    // one more with any verb that agrees.
    const lastOfSeries =
      afterAnd && breaks.length > 0 && !continued && agreesBeforeBareNoun(words, verbWord, plural);
    // "gives farmers seed and fuel, and pays for 300 pumps": a comma's "and", then a verb and its preposition.
    const commaAnd = verbWord === k + 2;
    const prepositional =
      commaAnd &&
      !plural &&
      PREPOSITIONAL_VERB.test(verb.text) &&
      PREPOSITION.test(words[verbWord + 1]?.text ?? "");
    // "comes with A, B and C, and costs €1,199": a comma's "and", then a verb and its amount.
    const priced =
      commaAnd && !plural && isFiniteVerb(verb.text) && MONEY.test(words[verbWord + 1]?.text ?? "");
    if (lastOfSeries || prepositional || priced || opensAgreeingPredicate(words, verbWord, plural)) {
      // "grow wheat, barley and oats and sell them": a list its own "and" closed may come before.
      if (continued && !(listClosed && afterAnd)) return null;
      const afterList = continued && commaAnd;
      [continued, listClosed] = [false, false];
      const end = afterComma ? word.end - 1 : (words[k - 1]?.end ?? word.start);
      breaks.push({ end, start: verb.start, afterAnd, afterList });
    } else if (afterComma) continued = true;
    else listClosed ||= continued;
  }
  // "hurt small shops, raise costs and push families out": the last predicate follows the "and", or
  // the series is not read here.
  // A singular's pair of predicates is `findCoordination`'s, unless a comma and "and" part them after a list
  // of the first's ("gives farmers seed, fertiliser and fuel, and pays for 300 pumps").
  const pairAfterList = breaks.length === 1 && breaks[0]?.afterList === true;
  if ((breaks.length < (plural ? 1 : 2) && !pairAfterList) || breaks.at(-1)?.afterAnd !== true) return null;
  const subject = content.slice(0, words[verbAt - 1]?.end ?? 0);
  const end = withoutTrailingStops(content).length;
  let previous = "";
  return [{ start: 0 }, ...breaks].map(({ start }, index) => {
    const text = content.slice(start, breaks[index]?.end ?? end).replace(/[\s,]+$/, "");
    // "… and sell them at market": "them" named as after any shared subject.
    const own = index === 0 ? text : `${subject} ${namedObject(text, previous)}`;
    previous = text;
    return { text: own, start: base + start, end: base + start + text.length };
  });
}

/** "pays for", "calls for", "applies to": a singular verb that takes its object after a preposition. */
const PREPOSITIONAL_VERB = /^(?:pays|calls|provides|allows|applies|goes|looks|sets|puts|opens|adds)$/;

const OPENS_INNER_CLAUSE = /^(?:that|which|who|whose|if|whether|because|when|while)$/;

/**
 * Where the verb after a sentence's subject is, when it is present tense: a base form after a
 * plural ("The sanctions target", "They ban"), an "-s" form after a singular ("The plan cuts"); -1
 * for anything else ("The council cut", "The plan will cut").
 */
const CONTRACTION = /^(?:let|it|that|he|she|there|here|what|who|where)['’]s$/i;

export function presentVerbAfterSubject(words: Word[]): number {
  const first = words[0]?.text ?? "";
  if (!SUBJECT_START.test(first) && first !== "They") return -1;
  for (let k = 1; k <= MAX_SUBJECT_WORDS && k < words.length - 1; k++) {
    const word = words[k]?.text ?? "";
    const before = words[k - 1]?.text ?? "";
    if (/[,;:]$/.test(before) || AUX.test(word)) return -1;
    // "The sanctions": the word after a determiner is a noun; so is "central" in "Ostmark's central bank"
    // (not after "Let's" or "There's").
    if (DETERMINER.test(before) || (/['’]s?$/.test(before) && !CONTRACTION.test(before))) continue;
    // "The affected districts need food": after a determiner and an "-ed" adjective comes the noun, no verb.
    if (DETERMINER.test(words[k - 2]?.text ?? "") && isPastTense(before)) continue;
    // "Sales of cars rose": the word after a preposition is its object, not the verb.
    if (PREPOSITION.test(before)) continue;
    const head = k === 1 ? before.toLowerCase() : before;
    if ((isCountedNoun(head) || before === "They") && isBaseForm(word)) return k;
    // "The new rules cap rents": a plural before a base verb is the subject's noun ("The plan funds
    // new pumps": "new" is no verb).
    if (isCountedNoun(word) && opensBasePredicate(words, k + 1)) continue;
    if (isFiniteVerb(word) && !isPluralNoun(head)) return k;
    if (isPastTense(word)) return -1;
  }
  return -1;
}

/** A base form after a plural subject, an "-s" form after a singular one. */
function agrees(verb: string, plural: boolean): boolean {
  return plural ? isBaseForm(verb) : isFiniteVerb(verb) && !AUX.test(verb);
}

/** "push families out": a verb that agrees, before a bare noun. */
function agreesBeforeBareNoun(words: Word[], at: number, plural: boolean): boolean {
  const next = words[at + 1]?.text ?? "";
  return agrees(words[at]?.text ?? "", plural) && opensBareNoun(next);
}

/** `presentVerbAfterSubject` of a text's first words: "The sanctions target firms" → 2. */
export function presentVerbAt(text: string): number {
  return presentVerbAfterSubject(wordsOf(text, MAX_SUBJECT_WORDS + 2));
}

/** "target 40 firms", "cap rents", "hold the line": a base verb, usual or before its object; not "new pumps". */
function opensBasePredicate(words: Word[], at: number): boolean {
  const verb = words[at]?.text ?? "";
  return isBaseForm(verb) && (BASE_VERB.test(verb) || opensObject(words[at + 1]?.text ?? ""));
}

/** "target", "freeze": a base verb, not "shipping" or "banks". */
function isBaseForm(word: string): boolean {
  return mayBeBaseVerb(word) && !word.endsWith("ing");
}

/**
 * Whether `words[at]` opens a predicate whose verb agrees as the first one does (a base form after a
 * plural, an "-s" form after a singular), before an object ("freeze the assets") or, for a usual
 * verb, a bare noun ("ban exports"). "banks", "oil traders" and "shipping companies" are things.
 */
function opensAgreeingPredicate(words: Word[], at: number, plural: boolean): boolean {
  const verb = words[at]?.text ?? "";
  const next = words[at + 1]?.text.replace(/[,.;:]$/, "") ?? "";
  if (next === "" || !agrees(verb, plural)) return false;
  if (opensObject(next)) return true;
  const stems = plural ? [verb] : [verb.slice(0, -1), verb.slice(0, -2)];
  return stems.some((stem) => BASE_VERB.test(stem)) && opensBareNoun(next);
}

/** "120 were injured", "the surplus widened to 3 billion": a subject of a few words, then a verb. */
function isClause(text: string): boolean {
  const words = wordsOf(text);
  let verbAt = -1;
  for (let k = 0; k < words.length && verbAt < 0; k++)
    if (isUnambiguousVerb(words[k]?.text ?? "") || modalBeforeVerb(words, k)) verbAt = k;
  return (
    words.length >= 3 &&
    verbAt >= 1 &&
    verbAt <= MAX_SUBJECT_WORDS &&
    (CLAUSE_SUBJECT.test(words[0]?.text ?? "") || MONEY.test(words[0]?.text ?? "")) &&
    // "farmers whose crops failed", "shops that flooded": the verb is a relative clause's.
    !words.slice(1, verbAt).some((w) => RELATIVE_WORD.test(w.text))
  );
}

const RELATIVE_WORD = /^(?:who|whose|that|which)$/i;
const OPENS_RELATIVE_WORD = /^(?:who|whose|that|which)\s/i;

/** Where the first modal with a base verb after it stands before `end`, or -1. */
function modalAt(words: readonly Word[], end: number): number {
  for (let k = 0; k < end; k++) if (modalBeforeVerb(words, k)) return k;
  return -1;
}

/** Whether `modal` and a base verb follow within a short subject from `from` ("the region would get"). */
function modalClauseAfter(words: readonly Word[], from: number, modal: string | undefined): boolean {
  if (modal === undefined) return false;
  for (let k = from; k < Math.min(words.length, from + MAX_SUBJECT_WORDS - 1); k++) {
    const text = words[k]?.text ?? "";
    if (text === modal) return modalBeforeVerb(words, k);
    // "a program that I would recommend": the modal is a relative clause's, inside a noun phrase.
    if (isUnambiguousVerb(text) || RELATIVE_WORD.test(text) || /[,;:]$/.test(text)) return false;
  }
  return false;
}

/** "$11 billion would fund …", "Ana will run …": a modal and the base verb after it, a clause's verb. */
function modalBeforeVerb(words: readonly Word[], at: number): boolean {
  const next = words[at + 1]?.text ?? "";
  return MODAL.test(words[at]?.text ?? "") && (mayBeBaseVerb(next) || /^(?:be|have)$/.test(next));
}

/** "imports fell 2% and the surplus widened" → the two clauses, the second keeping its "and". */
function splitLastClause(part: Piece): Piece[] {
  const at = part.text.lastIndexOf(" and ");
  if (at < 0) return [part];
  const [first, second] = [part.text.slice(0, at), part.text.slice(at)];
  if (!isClause(first.trim()) || !isClause(withoutTrailingStops(second.replace(/^\s*and\s+/, ""))))
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

/** "The package includes", "Its new budget covers": a short subject before a present verb. */
const MAX_SEMICOLON_SUBJECT_WORDS = 3;
const THING_SUBJECT = /^(?:The|This|These|Its|Their)\s/;

interface SemicolonSubject {
  text: string;
  /** The subject is one thing ("The package includes"): "it" stands for it, else "they". */
  singular: boolean;
}

/**
 * "The package includes A and B" → "The package": a short noun phrase and its present verb open the
 * clause (an "-s" word after "The package" is its verb, not a plural noun); else null.
 */
function semicolonSubject(text: string): SemicolonSubject | null {
  // "Because economic growth means …; it means …": only a plain noun phrase stands in for "it".
  if (!THING_SUBJECT.test(text)) return null;
  // "includes, among other things, A": an aside's comma after the verb does not end the subject.
  const words = wordsOf(text, MAX_SUBJECT_WORDS + 2).map((word) => ({
    ...word,
    text: word.text.replace(/,$/, ""),
  }));
  const verbAt = presentVerbAfterSubject(words);
  const last = words[verbAt - 1];
  if (verbAt <= 0 || verbAt > MAX_SEMICOLON_SUBJECT_WORDS || last === undefined) return null;
  return { text: text.slice(0, last.end), singular: isFiniteVerb(words[verbAt]?.text ?? "") };
}

/** "it also covers", "they include": a pronoun subject, maybe an adverb, then its verb's word. */
const PRONOUN_SUBJECT = /^\s*(it|they)\s+(?:(?:also|still|now|further)\s+)?(\p{Ll}+)\s/u;

/**
 * "it also covers pilot training" after "The package includes A": the pronoun standing for the
 * subject (its text, "it"), when a verb that agrees with the subject follows; else null.
 */
function pronounClauseVerb(text: string, subject: SemicolonSubject): string | null {
  const match = PRONOUN_SUBJECT.exec(text);
  const [, pronoun = "", verb = ""] = match ?? [];
  if (match === null || (pronoun === "it") !== subject.singular) return null;
  return (subject.singular ? isFiniteVerb(verb) : isBaseVerb(verb)) ? pronoun : null;
}

/** A verb that makes a semicolon part a clause of its own, not a listed thing. */
function hasClauseVerb(text: string): boolean {
  return hasUnambiguousVerb(text) || GOES_TO.test(text) || MONEY_SPENT_ON.test(text);
}

function hasUnambiguousVerb(text: string): boolean {
  return wordsOf(text).some((w) => isUnambiguousVerb(w.text));
}

/**
 * ", while" or ", whereas"; without the comma only before a change in a figure ("Unemployment fell
 * to 5.1% while wages rose 3.2%"), where "while" is no "during".
 */
const CONTRAST =
  /,\s+(?:while|whereas)\s+|\s+(?:while|whereas)\s+(?=(?:\S+\s+){1,3}?(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|gained|edged|eased)\s)/;

/** Splits "A, while B" when both sides are clauses; null otherwise ("…, while in office"). */
function splitContrast(content: string, base: number): Piece[] | null {
  const match = CONTRAST.exec(content);
  if (match === null || quoteOrBracketOpen(content.slice(0, match.index))) return null;
  const first = content.slice(0, match.index);
  const secondStart = match.index + match[0].length;
  const second = content.slice(secondStart);
  const clause = withoutTrailingStops(second);
  // "…, while the second includes B": a present verb after its subject makes a clause too.
  // So does an ordinal whose noun is left out ("…, while the second includes B").
  // ("Middle-class families are burdened": a word before an auxiliary is the subject's, no verb.)
  const verbAt = presentVerbAt(capitalize(clause));
  const presentClause = verbAt > 0 && !AUX.test(clause.split(/\s+/, verbAt + 2)[verbAt + 1] ?? "");
  const clauseAfter = isClause(clause) || presentClause || ELIDED_ORDINAL_CLAUSE.test(clause);
  if (!hasVerbForm(first) || !clauseAfter) return null;
  return [
    { text: first, start: base, end: base + first.length },
    { text: second, start: base + secondStart, end: base + content.length },
  ];
}

/** "the second includes", "the other will": an ordinal with no noun, then a verb a part of a whole takes. */
const ELIDED_ORDINAL_CLAUSE =
  /^the (?:second|third|fourth|last|final|other|latter)\s+(?:includes|contains|covers|provides|will|would|is|was|has|had)\s/i;

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
    // "…, and that will hit margins": a demonstrative "that" before its verb is the clause's subject.
    if (AUX.test(content.slice(start).split(" ", 1)[0] ?? "")) start -= "that ".length;
  }
  pieces.push({ text: content.slice(start), start: base + start, end: base + content.length });
  // 'the plan "lacks sufficient ambition"': a quotation mark is no part of the verb it opens.
  // 'and that the two "share the same goal"': a later piece opening with a subject is a clause,
  // whatever its verb.
  const isThatClause = (piece: Piece, k: number) =>
    hasVerbForm(piece.text.replace(QUOTE_MARKS, "")) ||
    (k > 0 && THAT_CLAUSE_SUBJECT.test(piece.text) && piece.text.split(" ").length >= 4);
  return pieces.length > 1 && pieces.every(isThatClause) ? pieces : null;
}
const THAT_CLAUSE_SUBJECT = /^(?:the|they|we|he|she|it|both|all|these|those)\s/i;
const QUOTE_MARKS = /["“”]/g;

export const PERFECT_AUXILIARY = /^(?:has|have|had)$/;
const AUX =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|does|did|do|may|might|must|should|remains?|remained|says|said)$/;
/** Present-tense "-s" verbs; "-ed" words are too often participles ("retired officers") to split on. */
const VERB_S = /^\p{Ll}{3,}s$/u;
const NOT_VERB_S = /(?:ss|us|is|ics|ness|ous)$/;
const DETERMINER =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|our|some|all|no|more|first|second|third|last|next|final|\d[\d,.]*%?|\$[\d.,]+)$/i;
/** Common irregular past tenses, and "died", too short for `PAST_FORM`. */
const IRREGULAR_PAST =
  /^(?:died|fled|fell|rose|grew|went|came|saw|took|made|won|lost|beat|left|held|ran|hit|cut|set|put|met|sold|paid|told|gave|got|began|became|stood|kept|brought|built|spent|sent|fought|led|drove|flew|shut|slid|sank|struck|wrote|drew|threw|bought|caught|chose|found|ate|broke|spoke|swore|froze|sought|swept|withdrew|upheld|withheld|overtook|undertook|underwent|knew|meant|heard|dealt|lent|stole|hid|fed|shook|rebuilt)$/;
const INDEPENDENT_START = /^(?:the|a|an|its|their|his|her|this|these|those|our|\p{Lu}\p{L}*)$/u;
const NUMBER = /^\d[\d,.]*%?$/;
/** "2023", "1990": a year, no count of things. */
export const YEAR = /^(?:1[89]|20)\d\d$/;
const ED_FORM = /^\p{Ll}+ed$/u;
/** "-ed" words long enough to be verbs ("cited", "digitized"), not "red" or "bed". */
const PAST_FORM = /^\p{Ll}{3,}ed$/u;

/**
 * `pattern.test(word)` for a `^\p{Ll}{n,}<suffix>$` pattern (`minLength` counts the suffix): an ASCII
 * word, as most are, is read by its codes; only a word with other characters runs the pattern.
 */
function hasLowerCaseForm(word: string, pattern: RegExp, minLength: number, suffix: string): boolean {
  const lower = asciiLowerCaseLetters(word);
  if (lower === undefined) return pattern.test(word);
  return lower && word.length >= minLength && word.endsWith(suffix);
}
const SUBJECT_START = /^(?:\p{Lu}|the$|a$|an$)/u;

/** "he knew would", "they thought could": a clause of belief inside an object, its modal after the verb. */
const INNER_MODAL =
  /\b(?:knew|thought|believed|expected|hoped|feared|felt|assumed|said)\s+(?:\S+\s+)?(would|will|could|might|can)\s/;

/** Whether the part after "and" opens with the modal of a clause of belief inside the part before it. */
function innerModalGoesOn(body: string, andStart: number, secondStart: number): boolean {
  const modal = INNER_MODAL.exec(body.slice(0, andStart))?.[1];
  return modal !== undefined && body.startsWith(`${modal} `, secondStart);
}

function splitAtAnd(text: string, base: number): Piece[] {
  const offsetLead = text.length - text.replace(/^[\s;,]+/, "").length;
  // "kept rates at 4.25%, as expected, but signalled …": the aside is read as blank space, so the
  // "but" still joins two predicates; offsets are unchanged.
  const written = text.slice(offsetLead);
  const body = written.includes(", as ")
    ? written.replace(EXPECTED_ASIDE, (aside) => " ".repeat(aside.length))
    : written;
  // "480 homes were destroyed and 1,100 damaged", "Exports rose 4% and imports 2%": a verb left out.
  const gapped = body.includes(" and ")
    ? (splitCountPair(body) ??
      splitAmountGap(body) ??
      splitPlaceCounts(body) ??
      (SHARED_HEAD_AND.test(body) ? splitSharedHead(body) : null))
    : endsWithCommaFigure(body)
      ? splitAmountGap(body)
      : null;
  if (gapped !== null)
    return gapped.map((piece) => ({
      ...piece,
      start: base + offsetLead + piece.start,
      end: base + offsetLead + piece.end,
    }));
  const found = body.includes(" and ") || body.includes(" but ") ? findCoordination(body) : null;
  // "chose people he knew would trust him and would be slow to complain": the second modal goes on the
  // clause inside the object ("he knew would …"), not the sentence's; it stays whole.
  const at = found !== null && innerModalGoesOn(body, found.andStart, found.secondStart) ? null : found;
  // "it would cut costs and calling it historic": an "-ing" word after "and" is no second predicate
  // of the modal's, which would read "would calling".
  if (
    at === null ||
    (MODAL.test(lastWord(at.subject)) && ING_FORM.test(body.slice(at.secondStart).split(" ", 1)[0] ?? ""))
  )
    return [whole(body, base + offsetLead)];
  const first = body.slice(0, at.andStart).replace(/[\s,]+$/, "");
  const second = withoutTrailingStops(body.slice(at.secondStart));
  // "Of that, $11 billion would … and $14 billion would …": an opening phrase before the first
  // clause's own subject is the second clause's too.
  const opening = at.subject === "" ? (OPENING_PHRASE_COMMA.exec(first)?.[0] ?? "") : "";
  return [
    { text: first, start: base + offsetLead, end: base + offsetLead + first.length },
    {
      text: at.subject === "" ? `${opening}${second}` : `${at.subject} ${namedObject(second, first)}`,
      start: base + offsetLead + at.secondStart,
      end: base + offsetLead + at.secondStart + second.length,
    },
  ];
}

/** A finite verb whose subject is plural: "were", "are", "have". */
const PLURAL_AUXILIARY = /^(?:are|were|have|do)$/;

const OBJECT_OPENING = /^(?:\p{Lu}|(?:the|a|an)\s+\p{Lu}|\d)/u;
/** "Of that, ", "In May, ": a short opening phrase (no verb) set off by a comma. */
const OPENING_PHRASE_COMMA =
  /^(?:Of|In|Under|After|Since|By|At|On|During|For)\s+(?!(?:instance|example|fact|addition|short|contrast|comparison|particular|general|turn|all|total|sum|other|course)\b)[^,\s]+(?:\s+[^,\s]+){0,3},\s/;
/** The last whitespace-separated word of `text`. */
function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}
/**
 * ", as expected,", ", as widely forecast,": an aside saying only that something was foreseen, right
 * before the "but" or "and" of a second predicate (so it ends the first one, and is trimmed with it).
 */
const EXPECTED_ASIDE =
  /,\s+as\s+(?:(?:widely|had\s+been|was)\s+)?(?:expected|forecast|predicted|planned|anticipated),(?=\s+(?:but|and)\s)/g;
/** " and to ", " and in ": a second phrase that may share the first one's head noun. */
const SHARED_HEAD_PREPOSITION = "to|from|in|for|at|on|among";
const SHARED_HEAD_AND = new RegExp(String.raw`\sand\s(?:${SHARED_HEAD_PREPOSITION})\s`);
const SHARED_HEAD_PAIR = new RegExp(
  String.raw`^(?:while\s+|whereas\s+)?((?:\p{L}+\s+){0,2}?\p{L}+)\s+(${SHARED_HEAD_PREPOSITION})\s+(\S.{1,80}?),?\s+and\s+(${SHARED_HEAD_PREPOSITION})\s+(\S.*)$`,
  "u",
);

/**
 * "Exports to China fell 8% and to the EU rose 1.5%" → "Exports to China fell 8%" and "Exports to the
 * EU rose 1.5%": the second clause leaves out the head noun it shares with the first, keeping the
 * preposition. Only when each side has a verb ("Aid to Kesh and to Varna was cut" is one clause).
 */
function splitSharedHead(body: string): Piece[] | null {
  const match = SHARED_HEAD_PAIR.exec(body);
  if (match === null) return null;
  const [, head = "", preposition = "", first = "", repeated = "", second = ""] = match;
  const hasVerb = (phrase: string) => wordsOf(phrase).some((word) => isVerbForm(word.text));
  // Each preposition's object is a name or a noun phrase ("China", "the EU"): "I want to see … and
  // to the degree they do" joins two infinitives, not two of the head's kinds.
  const namesThing = (phrase: string) => OBJECT_OPENING.test(phrase);
  if (repeated !== preposition || !namesThing(first) || !namesThing(second)) return null;
  if (!hasVerb(first) || !hasVerb(second) || PERSONAL_PRONOUN.test(head.split(" ", 1)[0] ?? "")) return null;
  const secondStart = body.length - second.length - repeated.length - 1;
  const firstText = body.slice(0, body.lastIndexOf(" and ", secondStart)).replace(/[\s,]+$/, "");
  const secondText = withoutTrailingStops(body.slice(secondStart));
  return [
    { text: firstText, start: 0, end: firstText.length },
    { text: `${capitalize(head)} ${secondText}`, start: secondStart, end: secondStart + secondText.length },
  ];
}

/** "Sales of ", "Exports of ": a measure of a kind, which later gapped kinds are measures of too. */
const MEASURE_OF =
  /^((?:Sales|Exports|Imports|Prices|Production|Output|Shipments|Deliveries|Registrations) of )\p{Ll}/u;

/** How a rough count opens: "at least 14", "more than 3,000", "an estimated 200". */
const ROUGH_LEAD =
  /^(?:(?:at least|more than|fewer than|less than|about|around|nearly|almost|some|over|up to|roughly|an estimated|another)\s+)?/i;
/** Auxiliaries of a count's verb: "had been destroyed", "were evacuated", "will be rehoused". */
const CHAIN_AUX = /^(?:is|are|was|were|has|have|had|will|would|be|been|being)$/;
/**
 * A phrase both of two count clauses happened in: "… and 3,200 were evacuated after heavy rain …",
 * "… and 14 were injured in a crash …" (an event; "in the north" may be the second's place alone).
 */
const SHARED_CAUSE = /^(?:after|following|when|as|amid|during|since|in an?)\s/;

interface CountClause {
  /** "At least 14", "480". */
  count: string;
  /** "people", "family homes": empty when the clause leaves its noun out ("3,200 were evacuated"). */
  noun: string;
  /** "had been destroyed", "died"; empty when the verb is left out ("and 1,100 damaged"). */
  auxiliaries: string[];
  verb: string;
  /** What follows the verb: "in the north", "after heavy rain …". */
  rest: string;
}

/**
 * "At least 14 people died", "480 homes had been destroyed in the north", "1,100 damaged", "30 in
 * the south": a (rough) count, up to three words ending in its plural noun (only when `withNoun`),
 * its auxiliaries and verb (possibly left out), then the rest. Null for anything else.
 */
function countClause(text: string, withNoun: boolean): CountClause | null {
  const lead = ROUGH_LEAD.exec(text)?.[0] ?? "";
  const words = wordsOf(text.slice(lead.length), 12);
  const count = words[0]?.text ?? "";
  if (!isCount(count) || count.endsWith("%") || YEAR.test(count)) return null;
  let at = 1;
  if (withNoun) {
    // "480 homes", "120 coal miners": up to three lower-case words, the last a plural.
    while (at <= 3 && !isCountedNoun(words[at]?.text ?? "")) {
      const word = words[at]?.text ?? "";
      if (!LOWER_CASE_HYPHENATED.test(word) || isVerbForm(word)) return null;
      at++;
    }
    if (at > 3) return null;
    at++;
  }
  const noun = words
    .slice(1, at)
    .map((w) => w.text)
    .join(" ");
  const auxiliaries: string[] = [];
  while (CHAIN_AUX.test(words[at]?.text ?? "")) auxiliaries.push(words[at++]?.text ?? "");
  // After an auxiliary any predicate word will do ("were hurt", "were missing"); alone, a past tense.
  const candidate = words[at]?.text.replace(/[,.;:]$/, "") ?? "";
  const verb =
    isPastTense(candidate) ||
    (auxiliaries.length > 0 && LOWER_CASE_LETTERS.test(candidate) && !PREPOSITION.test(candidate))
      ? candidate
      : "";
  if (auxiliaries.length > 0 && verb === "") return null;
  const end = verb === "" ? (words[at - 1]?.end ?? 0) : (words[at]?.start ?? 0) + verb.length;
  return {
    count: `${lead}${count}`,
    noun,
    auxiliaries,
    verb,
    rest: text.slice(lead.length + end).trim(),
  };
}

/** "homes", "people": a plural that a count counts, not "was" or "has". */
function isCountedNoun(word: string): boolean {
  return isPluralNoun(word) && !AUX.test(word) && !CHAIN_AUX.test(word);
}

/**
 * "480 homes had been destroyed and 1,100 damaged" → "1,100 homes had been damaged"; "12 people were
 * killed in Arna and 30 in Bel" → "30 people were killed in Bel"; "At least 14 people died and 3,200
 * were evacuated after heavy rain" → "3,200 people were evacuated after heavy rain", the first
 * read with the cause both share ("At least 14 people died after heavy rain"). Null unless the
 * sentence is two such count clauses, the first with its noun.
 */
function splitCountPair(text: string, joiner: RegExp = COUNT_AFTER_AND): Piece[] | null {
  // The first word after a rough lead, read in place: most sentences open with no count.
  const from = ROUGH_LEAD.exec(text)?.[0].length ?? 0;
  const space = text.indexOf(" ", from);
  const opening = text.slice(from, space < 0 ? text.length : space);
  if (!isCount(opening)) return null;
  for (const match of allMatches(joiner, text)) {
    const firstText = text.slice(0, match.index).replace(/,$/, "");
    const first = countClause(firstText, true);
    if (first === null || first.verb === "") return null;
    const secondStart = match.index + match[0].length;
    const secondText = withoutTrailingStops(text.slice(secondStart));
    // "and 40 teachers sent home": the second may count a noun of its own.
    const second = countClause(secondText, true) ?? countClause(secondText, false);
    if (second === null) continue;
    const predicate = gappedPredicate(first, second);
    if (predicate === null) continue;
    const shared = first.rest === "" && SHARED_CAUSE.test(second.rest) ? ` ${second.rest}` : "";
    // "More than 1,200 homes were destroyed, 3,400 damaged and 41 bridges washed away": a count
    // clause before the "and" after a comma leaves out the first one's verb too.
    const before =
      joiner === COUNT_AFTER_AND && !SHARED_CAUSE.test(second.rest) && firstText.includes(", ")
        ? splitCountPair(firstText, COUNT_AFTER_COMMA)
        : null;
    return [
      ...(before ?? [{ text: `${firstText}${shared}`, start: 0, end: firstText.length }]),
      {
        text: `${second.count} ${second.noun || first.noun} ${predicate}`,
        start: secondStart,
        end: secondStart + secondText.length,
      },
    ];
  }
  return null;
}

/** " and 1,100", " and at least 30": an "and" before a (rough) count. */
const COUNT_AFTER_AND =
  /\s+and\s+(?=(?:at least|more than|about|around|nearly|almost|some|over|another|roughly|an estimated)?\s*\d)/gi;
/** ", 3,400 damaged": a comma before a count, joining the clauses before a series' "and". */
const COUNT_AFTER_COMMA =
  /,\s+(?=(?:at least|more than|about|around|nearly|almost|some|over|another|roughly|an estimated)?\s*\d)/gi;

/** The second count clause's verb and rest, its left-out words taken from the first; null if unclear. */
function gappedPredicate(first: CountClause, second: CountClause): string | null {
  const rest = second.rest === "" ? "" : ` ${second.rest}`;
  // "and 3,200 were evacuated after …": a verb of its own.
  if (second.auxiliaries.length > 0) return `${second.auxiliaries.join(" ")} ${second.verb}${rest}`;
  // "30 in Bel", "1,100 damaged in the floods": the rest of a left-out verb is a place or time, no clause.
  if (hasUnambiguousVerb(second.rest)) return null;
  if (second.verb === "") {
    if (!PREPOSITION.test(second.rest.split(" ", 1)[0] ?? "")) return null;
    return `${[...first.auxiliaries, first.verb].join(" ")}${rest}`;
  }
  // "and 1,100 damaged" after "had been destroyed": the participle takes the first's auxiliaries.
  // After "14 people died", "30 injured" is unclear ("were injured"?): left whole.
  if (first.auxiliaries.length === 0)
    return IRREGULAR_PAST.test(second.verb) ? `${second.verb}${rest}` : null;
  // "40 teachers sent home", "12 charged with assault"; "40 teachers lost jobs" has an object: active.
  const next = second.rest.split(" ", 1)[0] ?? "";
  if (next !== "" && !PREPOSITION.test(next) && !OBJECT_END.test(next) && !PARTICIPLE_ADVERB.test(next))
    return null;
  return `${first.auxiliaries.join(" ")} ${second.verb}${rest}`;
}

/** What may follow a passive participle in place of a phrase: "sent home", "flown abroad". */
const PARTICIPLE_ADVERB = /^(?:home|abroad|away|back|overnight|later|again|too)$/;

/** "about 180,000", "nearly 40%": a hedge before an amount, which opens no gapped subject. */
const AMOUNT_HEDGE_WORD =
  /^(?:about|around|some|nearly|almost|roughly|over|under|more|less|than|just|only|up|down)$/;
/** ", followed by", ", followed closely by": the runners-up after the first of a ranking. */
export const RANKING_TAIL = /,\s+followed\s+(?:closely\s+)?by\s/;
/** "4%", "$310", "€120m", "C$45", "300m": an amount in one word. */
const AMOUNT = /^(?:[A-Z]{0,2}[$€£¥])?\d[\d,.]*(?:%|m|bn)?$/;
/** A verb of change before its amount: "rose 4 percent", "fell by 2%", "climbed to $90". */
const CHANGE_VERB_END = /^(?:by|to)$/;

/**
 * "Exports rose 4 percent and imports 2 percent" → "Imports rose 2 percent": after a subject, a
 * past tense and an amount, "and" a short subject and an amount of its own takes the same verb. So
 * does each item of a series before it: "Ruiz won 52 percent, Vell 38 percent and Moss 6 percent".
 * "The port exports grain and imports 2 percent of its fuel" has no past tense: not read so.
 */
/** "up from 5,800", "compared with $6,120": a figure set against an earlier or another one. */
export const CHANGE_FROM = String.raw`(?:(?:up|down)\s+from|compared\s+(?:with|to))`;
const COMPARED_WITH = new RegExp(String.raw`\b(?:than|versus|against|${CHANGE_FROM})\s(?:[^,;]|,(?=\d))*$`);

/** " and " right after a figure: "construction 38,000 and leisure and hospitality 31,000". */
const AND_AFTER_FIGURE = /[\d%] and (?!.*[\d%] and )/;

/** "Fuel prices fell 6.2%, clothing 1.4%": no "and", a figure after the last comma. */
function endsWithCommaFigure(text: string): boolean {
  const comma = text.lastIndexOf(", ");
  return comma > 0 && /\d/.test(text.slice(comma)) && /[\d%]/.test(text.charAt(comma - 1));
}

function splitAmountGap(text: string): Piece[] | null {
  // The "and" after the last figure but one joins the last item, which may hold an "and" of its own
  // ("construction 38,000 and leisure and hospitality 31,000"); looked for only when the last "and"
  // follows no figure.
  const lastAnd = text.lastIndexOf(" and ");
  const afterFigure =
    lastAnd > 0 && !/[\d%]/.test(text.charAt(lastAnd - 1)) ? AND_AFTER_FIGURE.exec(text) : null;
  // "Fuel prices fell 6.2%, clothing 1.4%": with no "and", the last comma joins the last item.
  const at = lastAnd < 0 ? text.lastIndexOf(", ") : afterFigure === null ? lastAnd : afterFigure.index + 1;
  if (at < 0) return null;
  const secondStart = at + (lastAnd < 0 ? ", ".length : " and ".length);
  const secondText = withoutTrailingStops(text.slice(secondStart));
  // Every amount holds a digit or closes with a count in words ("the Liberals nine"); most second
  // halves hold neither.
  if (!/\d/.test(secondText) && !SPELLED_COUNT_END.test(secondText)) return null;
  const second = gappedAmount(secondText);
  if (second === null) return null;
  // "Ruiz won 52 percent of the vote, Vell 38 percent": gapped items before the "and", last first.
  const gapped = [{ text: secondText, start: secondStart, ...second }];
  let head = text.slice(0, at).replace(/,$/, "");
  // "grew 2.1%, faster than Tervia's 1.4% and Vell's 0.9%": what it is compared with, not more clauses;
  // nor are a ranking's runners-up ("41% named the economy, followed by abortion at 22% and …").
  if (COMPARED_WITH.test(head) || RANKING_TAIL.test(head)) return null;
  for (let comma = head.lastIndexOf(", "); comma >= 0; comma = head.lastIndexOf(", ")) {
    const itemText = head.slice(comma + 2);
    const item = /\d/.test(itemText) || SPELLED_COUNT_END.test(itemText) ? gappedAmount(itemText) : null;
    if (item === null) break;
    gapped.unshift({ text: itemText, start: comma + 2, ...item });
    head = head.slice(0, comma);
  }
  // "Fuel duty is frozen, tobacco duty rose 6% and alcohol duty 3%": a clause of its own before the
  // series' first clause is a piece of its own.
  const clauseComma = head.lastIndexOf(", ");
  const opening =
    clauseComma > 0 &&
    hasUnambiguousVerb(head.slice(0, clauseComma)) &&
    hasVerbForm(head.slice(clauseComma + 2))
      ? { text: head.slice(0, clauseComma), start: 0, end: clauseComma }
      : null;
  const headStart = opening === null ? 0 : clauseComma + 2;
  head = head.slice(headStart);
  const first = wordsOf(head, 16);
  // "Exports rose 4 percent", "Prices of wheat fell by 2%": the subject, a past tense, the amount.
  const verbAt = first.findIndex(
    (w) => isPastTense(w.text) || MODAL.test(w.text) || PERFECT_AUXILIARY.test(w.text),
  );
  if (verbAt < 1 || verbAt > MAX_SUBJECT_WORDS || first.slice(0, verbAt).some((w) => /[,;:]$/.test(w.text)))
    return null;
  // "The Unity Party will have 88 seats, the Green Alliance 47": a modal and its verb, as a past tense.
  // So is a perfect: "The United States has given $812 million, the European Union $420 million".
  const auxiliary = first[verbAt]?.text ?? "";
  const verbEnd = MODAL.test(auxiliary) || PERFECT_AUXILIARY.test(auxiliary) ? verbAt + 1 : verbAt;
  const mainVerb = first[verbEnd]?.text ?? "";
  if (MODAL.test(auxiliary) && !(mainVerb === "have" || isBaseVerbForm(mainVerb))) return null;
  // "would close 22 stores and invest £60 million": after a modal, a usual base verb alone before an
  // amount opens a second predicate, no gapped subject.
  if (
    MODAL.test(auxiliary) &&
    gapped.some((item) => isUsualBaseVerb(item.text.slice(0, item.amountStart).trim()))
  )
    return null;
  if (PERFECT_AUXILIARY.test(auxiliary) && !(isPastTense(mainVerb) || GIVING_PARTICIPLE.test(mainVerb)))
    return null;
  // "A poll showed the Progress Party winning 41% of the vote, the Farmers' Union 23%": a subject and
  // a participle of winning between the verb and the first share; each later subject takes both.
  const winner =
    first[verbEnd + 1] !== undefined && !AMOUNT.test(first[verbEnd + 1]?.text ?? "")
      ? first.findIndex((w, k) => k > verbEnd + 1 && k <= verbEnd + 5 && WINNING.test(w.text))
      : -1;
  // "goes up by 6%", "is down 2%": a particle between the verb and its change.
  const particle = winner < 0 && /^(?:up|down)$/.test(first[verbEnd + 1]?.text ?? "") ? 1 : 0;
  const afterVerb = winner > 0 ? winner : verbEnd + particle;
  const firstAmount = CHANGE_VERB_END.test(first[afterVerb + 1]?.text ?? "") ? afterVerb + 2 : afterVerb + 1;
  const amount = first[firstAmount];
  // "received five years, inspector Karl Fenn four": a count in words opens the first amount too.
  const spelled = amount !== undefined && SPELLED_COUNT.test(amount.text);
  if (amount === undefined || !(spelled || AMOUNT.test(amount.text.replace(/[,;]$/, "")))) return null;
  const verb = first[verbAt];
  // "won 44 seats, the Farmers' Union 19": a bare count counts the same plural ("19 seats").
  // "will hold 78 of the 150 seats, the Greens 12": the count is of the seats too.
  const ofTotal = first[firstAmount + 1]?.text === "of" ? OF_A_TOTAL.exec(head.slice(amount.end)) : null;
  const unitWord = ofTotal?.[1] ?? first[firstAmount + 1]?.text.replace(/[,;.]$/, "") ?? "";
  // "received 5 years, Karl Fenn 4": a term's unit is counted too.
  const unit =
    (spelled || /^\d[\d,]*$/.test(amount.text)) && (isPluralNoun(unitWord) || TERM_UNIT.test(unitWord))
      ? unitWord
      : null;
  // "won 31.2% of the vote, the Greens 18.4%": a later share is of the same whole.
  const shareOf = SHARE_OF_WHOLE.exec(head.slice(amount.start))?.[1] ?? "";
  // "Fuel prices fell 6.2%, clothing 1.4%": a later kind alone is the same measure of that kind.
  const measureHead =
    verbAt === 2 ? KIND_MEASURE.exec(`${first[0]?.text ?? ""} ${first[1]?.text ?? ""}`)?.[1] : undefined;
  const pieces: Piece[] = [
    ...(opening === null ? [] : [opening]),
    { text: head, start: headStart, end: headStart + head.length },
  ];
  // "Sales of cars rose 14%, vans 8%": each later kind is sales of that kind.
  const measureOf = MEASURE_OF.exec(head)?.[1];
  // "Germany's inflation rate rose to 2.4%, France's to 1.7%": each later owner's is the same thing.
  const owner = OWNER_OPENING.exec(head);
  const owned = owner === null ? "" : head.slice(owner[0].length, verb?.start ?? 0);
  // "An exit poll for NTV showed ": said before each later subject when a participle follows it.
  const shown = winner > 0 ? head.slice(0, first[verbEnd + 1]?.start ?? 0) : "";
  for (const item of gapped) {
    // "fell to 4.1% and inflation to 2.3%": an item keeps its own "to".
    const change =
      winner > 0
        ? head.slice(first[winner]?.start ?? 0, amount.start)
        : item.ownPreposition
          ? `${head.slice(verb?.start ?? 0, first[verbEnd + particle]?.end ?? 0)} `
          : head.slice(verb?.start ?? 0, amount.start);
    const { amountStart, start } = item;
    const itemOwner = owned === "" ? null : OWNER_OPENING.exec(item.text);
    const itemText =
      itemOwner !== null && itemOwner !== undefined
        ? `${itemOwner[0]}${owned}${item.text.slice(itemOwner[0].length)}`
        : measureOf !== undefined && STARTS_LOWER_CASE.test(item.text)
          ? `${measureOf}${item.text}`
          : measureHead !== undefined && SINGULAR_KIND.test(item.text.slice(0, amountStart))
            ? `${item.text.slice(0, amountStart - 1)} ${measureHead} ${item.text.slice(amountStart)}`
            : item.text;
    const at = amountStart + itemText.length - item.text.length;
    const counted =
      unit !== null && (/^\d[\d,]*$/.test(itemText.slice(at)) || SPELLED_COUNT.test(itemText.slice(at)))
        ? ` ${unit}`
        : shareOf !== "" && BARE_SHARE.test(itemText.slice(at))
          ? shareOf
          : "";
    pieces.push({
      text: `${shown}${itemText.slice(0, at)}${change}${itemText.slice(at)}${counted}`,
      start,
      end: start + item.text.length,
    });
  }
  return pieces;
}

/** "years", "months": the unit of a term, which a later bare count counts too. */
const TERM_UNIT = /^(?:years|months|weeks|days)$/;
/** "nine", "twelve": a count in words (not "one", which is as often a pronoun). */
const SPELLED_COUNT = new RegExp(`^(?:${SPELLED_NUMBERS})$`);
/** " nine" closing a gapped item ("the Liberals nine"). */
const SPELLED_COUNT_END = new RegExp(`\\s(?:${SPELLED_NUMBERS})$`);
/** "winning", "taking": the participle between a poll's subject and its share ("showed X winning 41%"). */
const WINNING = /^(?:winning|taking|getting|receiving|securing|polling|on)$/;
/** "31.2% of the vote", "52 percent of the seats": a share, then the whole it is of (group 1). */
const SHARE_OF_WHOLE =
  /^\d[\d.,]*(?:%|\s+percent|\s+per\s+cent)(\s+of\s+(?:the|all)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+)(?=[\s,.;]|$)/u;
/** "18.4%", "38 percent": a share with nothing after it. */
const BARE_SHARE = /^\d[\d.,]*(?:%|\s+percent|\s+per\s+cent)$/;
/** " of the 150 seats": the total a count is part of, and what it counts. */
const OF_A_TOTAL = /^\s+of\s+(?:the|all|its|their)\s+(?:\d[\d,]*\s+)?(\p{Ll}+)/u;
/** "Fuel prices", "Food costs": a kind (capitalised, opening the sentence), then what is measured of it. */
const KIND_MEASURE = /^\p{Lu}\p{Ll}+\s+(prices|costs|sales|exports|imports|output|bills)$/u;
/** "clothing ", "energy ": one lower-case word naming a kind, no plural that is a measure itself ("rents"). */
const SINGULAR_KIND = /^\p{Ll}+[^s\s]\s$/u;

/** Participles of giving and winning that no "-ed" ending or past tense gives back. */
const GIVING_PARTICIPLE = /^(?:given|won|taken|grown|risen|fallen|drawn|shown|lent)$/;

/** "Germany's ", "South Korea's ": an owner opening a clause, whose thing a later owner's shares. */
export const OWNER_OPENING = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s\s+/u;

/** "nine in Bel", "12 at the border": a count, then a preposition and where. */
const COUNT_AT_PLACE = /^(\S+)\s+(in|at|on|near|across|inside|outside|from)\s+\S/;

/** " people were killed in" → " person was killed in": what one of them did. */
function singular(counted: string): string {
  return counted
    .replace(/^ people\b/, " person")
    .replace(/^ (\p{Ll}+)s\b/u, " $1")
    .replace(/\b(?:were|are|have)\b/, (verb) => ({ were: "was", are: "is", have: "has" })[verb] ?? verb);
}

/** "nine in Bel", and "one in Corra" as the last of such counts. */
function isPlaceCount(word: string): boolean {
  return isCount(word) || word === "one";
}

/**
 * "14 people died in Arden, nine in Bel and three in Corra" → "Nine people died in Bel.", "Three
 * people died in Corra.": after a clause counting something at a place, each "<count> in <place>"
 * repeats what the count counts and what happened to it. Null unless every item has that shape.
 */
function splitPlaceCounts(text: string): Piece[] | null {
  const at = text.lastIndexOf(" and ");
  const lastText = withoutTrailingStops(text.slice(at + 5));
  const last = COUNT_AT_PLACE.exec(lastText);
  if (last === null || !isPlaceCount(last[1] ?? "") || YEAR.test(last[1] ?? "")) return null;
  const preposition = last[2] ?? "";
  const items = [{ text: lastText, start: at + 5, count: last[1] ?? "" }];
  let head = text.slice(0, at).replace(/,$/, "");
  for (let comma = head.lastIndexOf(", "); comma >= 0; comma = head.lastIndexOf(", ")) {
    const itemText = head.slice(comma + 2);
    const item = COUNT_AT_PLACE.exec(itemText);
    if (item === null || item[2] !== preposition || !isPlaceCount(item[1] ?? "")) break;
    items.unshift({ text: itemText, start: comma + 2, count: item[1] ?? "" });
    head = head.slice(0, comma);
  }
  // "found 7,200 people in the area, up from 5,800 in 2023 and 4,700 in 2022": earlier figures compared
  // with the first, no more places.
  if (COMPARED_WITH.test(head)) return null;
  // The head: a count, what it counts (a plural), what happened, then the same preposition.
  const words = wordsOf(head, 24);
  const countAt = words.findIndex((w) => isCount(w.text) && !YEAR.test(w.text));
  const countWord = words[countAt];
  const placeAt = words.findLastIndex((w, k) => k > countAt + 1 && w.text === preposition);
  if (countWord === undefined || placeAt < 0 || !isPluralNoun(words[countAt + 1]?.text ?? "")) return null;
  if (!words.slice(0, placeAt).some((w) => isVerbForm(w.text))) return null;
  const before = head.slice(0, countWord.start);
  const between = head.slice(countWord.end, words[placeAt]?.start ?? countWord.end);
  return [
    { text: head, start: 0, end: head.length },
    ...items.map(({ text: itemText, start, count }) => ({
      text: `${before}${count}${count === "one" ? singular(between) : between}${itemText.slice(count.length + 1)}`,
      start,
      end: start + itemText.length,
    })),
  ];
}

/**
 * "imports 2 percent", "the Dax 1.2% in late trading", "inflation to 2.3%", "the Farmers' Union 19":
 * a subject of two words at most (or a name of up to four), then an amount (and no verb after it);
 * where the amount, or its own "to", starts.
 */
function gappedAmount(text: string): { amountStart: number; ownPreposition: boolean } | null {
  const words = wordsOf(text, 10);
  // "the Liberals nine": a count in words closing the item is its amount.
  const amountAt = words.findIndex(
    (w, k) => AMOUNT.test(w.text) || (k === words.length - 1 && k > 0 && SPELLED_COUNT.test(w.text)),
  );
  const ownPreposition = CHANGE_VERB_END.test(words[amountAt - 1]?.text ?? "");
  const subjectEnd = ownPreposition ? amountAt - 1 : amountAt;
  // "imports", "the Dax", "the Farmers' Union": two words, or a name of up to four; "the order
  // backlog": two words after a determiner; "inspector Karl Fenn": a name after its role.
  const subject = words.slice(0, subjectEnd);
  const titled = subject.length > 1 && STARTS_UPPER_CASE.test(subject[1]?.text ?? "");
  const named = subject.every(
    (w, k) => STARTS_UPPER_CASE.test(w.text) || (k === 0 && (w.text === "the" || titled)),
  );
  const determined = /^(?:the|its|their)$/.test(subject[0]?.text ?? "") ? 1 : 0;
  if (subjectEnd < 1 || subjectEnd > (named ? 4 : 2 + determined)) return null;
  // "… will raise £3.1bn and pull about 180,000 more people …": a verb and a hedge are no subject.
  if (subject.some((w) => isPastTense(w.text) || AUX.test(w.text) || AMOUNT_HEDGE_WORD.test(w.text)))
    return null;
  // "… and open in 2029": a preposition before a year opens a predicate's phrase, no gapped subject.
  if (subject.some((w) => PREPOSITION.test(w.text)) || YEAR.test(words[amountAt]?.text ?? "")) return null;
  // "Italy 40 million euros": after a name, the words after the amount are read after it, so its noun
  // is no verb. ("add 200 beds" is a predicate: a lower-case subject keeps the plain test.)
  const measured = wordsOf(text.slice(words[amountAt]?.start ?? 0));
  if (
    named ? hasVerbFormIn(measured, 1, measured.length) : hasVerbForm(text.slice(words[amountAt]?.end ?? 0))
  )
    return null;
  return { amountStart: words[subjectEnd]?.start ?? 0, ownPreposition };
}

const FULL_NAME = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;
/** "in", "at", "near": a preposition of place, after which a capitalised pair is a place's name. */
const PLACE_BEFORE = /\b(?:in|at|near|from|outside|across)\s+$/;

/** The capitalised pairs `text` names, without those after a preposition of place ("a store in Ashby Magna"). */
function namesOutsidePlaces(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(FULL_NAME))
    if (!PLACE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) names.push(match[0]);
  return names;
}
/**
 * "him", and "her" before a preposition or at the end ("loaned her to", "released her on Friday"):
 * an object pronoun, not a possessive ("her house"). "named her chair" could be either: left alone.
 */
const OBJECT_PRONOUN =
  /\b(?:him|her(?=\s+(?:to|on|in|at|for|from|with|as|after|before|until|without|last|this)\s|[,;]|$))\b/;

/** "1,200 more" closing the object: a count of several with "more" and no noun after it. */
const MORE_OF =
  /\b(?!(?:one|1|a|an)\s)(?:\d[\d,.]*|\p{Ll}+)\s+more(?=[\s,.;]*$|\s+(?:in|on|at|across|near|after|during)\s)/u;
/** "300 homes": a count's plural noun. */
const COUNTED_PLURAL =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(\p{Ll}+)\b/u;

/**
 * "The court sentenced Ivo Tarn … and ordered him to pay" → "… ordered Ivo Tarn to pay": the second
 * predicate's "him" is the one person the first names. Unchanged when the first names no one or several.
 * "hired three inspectors in May but replaced them" → "replaced the three inspectors": the object
 * "them" or "it" right after the verb is the one noun phrase of its number the first predicate holds.
 */
function namedObject(second: string, first: string): string {
  // "destroyed 300 homes, damaged 1,200 more": more of what the first predicate counted.
  const more = second.includes(" more") ? MORE_OF.exec(second) : null;
  const counted = more === null ? undefined : COUNTED_PLURAL.exec(first)?.[1];
  if (more !== null && counted !== undefined && isPluralNoun(counted)) {
    const at = more.index + more[0].length;
    return `${second.slice(0, at)} ${counted}${second.slice(at)}`;
  }
  const names = first.slice(1).match(FULL_NAME) ?? [];
  const [name] = names;
  if (OBJECT_PRONOUN.test(second))
    return name !== undefined && names.length === 1 ? second.replace(OBJECT_PRONOUN, name) : second;
  const words = wordsOf(second, 4);
  const verbAt = LINKING_ADVERB.test(words[0]?.text ?? "") ? 1 : 0;
  return nameObjectAfter(second, words, verbAt, (plural) => predicateObject(first, plural));
}

/**
 * `text` with the object "them" or "it" right after the verb `words[verbAt]` named by `antecedent`
 * (given whether the pronoun is plural; null when it names none). Unchanged for other words.
 */
function nameObjectAfter(
  text: string,
  words: Word[],
  verbAt: number,
  antecedent: (plural: boolean) => string | null,
): string {
  const verb = words[verbAt]?.text ?? "";
  const pronoun = words[verbAt + 1];
  const object = pronoun === undefined ? "" : pronoun.text.replace(/[,.;:]$/, "");
  if (pronoun === undefined || (object !== "them" && object !== "it")) return text;
  // "called it a day" is an idiom; "called it “a monument to waste”" names what "it" is.
  if (NOT_REFERRING_VERB.test(verb) && !/^["“‘']/.test(words[verbAt + 2]?.text ?? "")) return text;
  // "said it would", "found them were": the pronoun opens a clause of its own.
  if (isVerbForm(words[verbAt + 2]?.text ?? "")) return text;
  const phrase = antecedent(object === "them");
  if (phrase === null) return text;
  return `${text.slice(0, pronoun.start)}${phrase}${text.slice(pronoun.start + object.length)}`;
}

/** How far into a sentence its verb and object pronoun are looked for: "Critics in the north attacked it". */
const OBJECT_SEARCH_WORDS = 8;

/**
 * "The minister unveiled a new levy. Farmers oppose it." → "Farmers oppose the new levy.": an object
 * "them" or "it" after a verb among a sentence's first words is the one noun phrase of its number in
 * the previous sentence's predicate, when that sentence's subject cannot be meant: "it" after someone
 * with a role, "them" after a singular. "The council approved the budget. Critics attacked it." stays:
 * the council or the budget? "him" and "her" are the one person the previous sentence names.
 */
export function nameObjectFromPrevious(sentence: string, previous: string | null): string {
  if (previous === null || !OBJECT_IN_REACH.test(sentence)) return sentence;
  const words = wordsOf(sentence, OBJECT_SEARCH_WORDS);
  // The pronoun after a verb, past the subject: "Farmers in the north oppose it", "will debate it".
  const at = words.findIndex((w, k) => k >= 2 && /^(?:them|it|him|her)[,.;:]?$/.test(w.text));
  const verb = words[at - 1]?.text ?? "";
  const pronoun = words[at];
  if (pronoun === undefined || !(isVerbForm(verb) || mayBeBaseVerb(verb)) || AUX.test(verb)) return sentence;
  // "“We warned them …”": a quotation's pronouns are the speaker's, not the article's.
  if (quoteOrBracketOpen(sentence.slice(0, pronoun.start)) || /^["“‘']/.test(sentence)) return sentence;
  if (/^(?:him|her)/.test(pronoun.text)) return namePerson(sentence, pronoun.start, previous);
  return nameObjectAfter(sentence, words, at - 1, (plural) => {
    const subject = subjectOf(wordsOf(previous, OBJECT_SEARCH_WORDS));
    // "The council hired three inspectors. The council replaced them": a subject of its own is excluded.
    const repeated = subject !== null && sentence.toLowerCase().startsWith(`${subject.toLowerCase()} `);
    if (subject === null || !(repeated || subjectExcluded(subject, plural))) return null;
    return predicateObject(previous, plural);
  });
}

const OBJECT_IN_REACH = /\s(?:them|it|him|her)\b/;

/**
 * "Police arrested Ivo Tarn on Monday. A court freed him on bail." → "A court freed Ivo Tarn on
 * bail.": an object "him" (or "her" before a preposition) at `at` is the one person `previous` names.
 */
function namePerson(sentence: string, at: number, previous: string): string {
  const rest = sentence.slice(at);
  const pronoun = OBJECT_PRONOUN.exec(rest);
  if (pronoun === null || pronoun.index !== 0) return sentence;
  // A capitalised first word is no name's part: "Midfielder Aro Vell scored …" names "Aro Vell".
  const inside = namesOutsidePlaces(previous.slice(1));
  const names = inside.length > 0 ? inside : namesOutsidePlaces(previous);
  const [name] = names;
  // "Irena Marek also banned him": whoever "him" is, not the subject, who would be "herself".
  if (name === undefined || names.length > 1 || sentence.slice(0, at).includes(name)) return sentence;
  // "quoted him" after "Dr Lena Vorster said …": a name the other sex's pronoun cannot mean.
  const title = /^(Mr|Mrs|Ms|Miss)\b/.exec(name)?.[1];
  const sex =
    title === undefined ? pronounOfName(name.replace(LEADING_TITLE, "")) : title === "Mr" ? "he" : "she";
  if (sex !== null && (sex === "he") !== pronoun[0].startsWith("him")) return sentence;
  return `${sentence.slice(0, at)}${name}${rest.slice(pronoun[0].length)}`;
}

const LEADING_TITLE = /^(?:Dr|Prof|Professor|Sen|Rep|Gov|Cllr)\.?\s+/;

const COLLECTIVE =
  /^(?:union|council|government|team|club|company|party|police|staff|board|committee|family|crowd|group|management|army|firm|ministry|agency|department|parliament|cabinet|court|jury|public|crew|side|squad|opposition)$/i;

/** "Nations", "Rangers": a capitalised word ending in "s". */
const CAPITALISED_PLURAL = /^\p{Lu}\p{L}*s$/u;

/** Whether a subject cannot be what the pronoun means: someone with a role for "it", a singular for "them". */
function subjectExcluded(subject: string, plural: boolean): boolean {
  const head = subject.split(/\s+/).at(-1) ?? "";
  // "The union … thanked them": a body of people may be "them" too.
  if (plural)
    return (
      !isPluralNoun(head) && !isGroupNoun(head) && !COLLECTIVE.test(head) && !CAPITALISED_PLURAL.test(head)
    );
  // "Finance Minister Ola Brandt", "The mayor": a bare name ("Korvo Mining") may be a company's.
  return hasRoleWord(subject);
}

/** Verbs whose "it" usually refers to nothing said before: "made it to the final", "called it a day". */
const NOT_REFERRING_VERB =
  /^(?:made|make|took|take|got|get|did|do|had|have|called|call|found|find|kept|keep|let|put|said|say|says|told)$/;
/** What may open a noun phrase: a determiner, a count ("14", "three") or a rough count ("about"). */
const ROUGH_COUNT = /^(?:some|several|many|about|around|nearly|roughly|almost)$/;
/** Heads that measure rather than name something a pronoun takes up: "12 years", "3 million euros". */
const MEASURE =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|times?|points?|percent|dollars?|euros?|pounds?|crowns?|tonnes?|tons?|kilo(?:gram|metre|meter)s?|miles?|million|billion|goals?|votes?)$/;
/** "men", "businessmen", "gunmen", "policewomen"; not "specimen" or "abdomen". */
const IRREGULAR_PLURAL = /^(?:(?:\p{Ll}{2,}[sernl])?men|\p{Ll}*women|children|people)$/u;
const PHRASE_WORD = /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}-]*)$/u;

interface NounPhrase {
  words: string[];
  /** The phrase opens with a determiner or a count. */
  opened: boolean;
}

/**
 * The one noun phrase of the given number after a clause's first verb: "hired three inspectors in
 * May" → "the three inspectors"; "bought a disused quarry" → "the disused quarry". Null when there
 * is none or more than one ("gave funds to the families": which does "them" mean?).
 */
export function predicateObject(clause: string, plural: boolean): string | null {
  const words = wordsOf(clause);
  const verbAt = words.findIndex((w, k) => isVerbForm(w.text) && !afterPossessive(words, k));
  if (verbAt < 0) return null;
  const found: NounPhrase[] = [];
  let phrase: NounPhrase | null = null;
  let coordinated = false;
  const close = () => {
    if (phrase !== null && referentNumber(phrase) === plural) found.push(phrase);
    phrase = null;
  };
  for (let k = verbAt + 1; k < words.length && found.length < 2; k++) {
    const raw = words[k]?.text ?? "";
    const word = raw.replace(/[,.;:!?]+$/, "");
    // "called off the strike and said talks would resume": a reported or subordinate clause holds
    // no object of the verb.
    if (CLAUSE_BOUNDARY.test(word)) break;
    if (/^(?:and|or)$/.test(word)) {
      // "bought two rifles and a pistol … hid them": "them" may mean both.
      const next = words[k + 1]?.text ?? "";
      coordinated ||= phrase !== null && (isOpener(next) || (!isPastTense(next) && !AUX.test(next)));
      close();
    } else if (AUX.test(word)) {
      // "talks would resume": a phrase right before a verb is its subject, no object.
      phrase = null;
    } else if (isOpener(word)) {
      // "gave the families the money": a determiner after a noun opens the next phrase; "its three" goes on.
      if (phrase !== null && !isOpener(phrase.words.at(-1) ?? "")) close();
      phrase ??= { words: [], opened: true };
      phrase.words.push(word);
    } else if (PHRASE_WORD.test(word) && !PREPOSITION.test(word) && !OBJECT_END.test(word)) {
      // A bare phrase may not open with a past tense or an adverb: "then fell", "sharply".
      if (phrase === null && (isPastTense(word) || word.endsWith("ly"))) continue;
      phrase ??= { words: [], opened: false };
      phrase.words.push(word);
    } else close();
    if (raw !== word) close();
  }
  close();
  const [only] = found;
  // "freeze their assets and bar them from entering": "them" may be the owners "their" speaks of as
  // well as the things; neither is named.
  const ownersThings = plural && only?.words[0] === "their";
  return only === undefined || found.length > 1 || (plural && coordinated) || ownersThings
    ? null
    : definiteObject(only);
}

/** Words that end an object's phrase as a preposition does: "described the levy as fair". */
const OBJECT_END =
  /^(?:as|against|over|after|before|since|until|during|under|across|through|without|amid|despite)$/;

/** Words after which a clause's own objects end: reporting verbs and subordinating words. */
const CLAUSE_BOUNDARY =
  /^(?:said|says|told|added|warned|that|which|who|because|while|whereas|although|but|if|when|where|unless)$/;

function isOpener(word: string): boolean {
  return DETERMINER.test(word) || NUMBER_WORD.test(word) || ROUGH_COUNT.test(word) || ANY.test(word);
}

/** "rejected any cap": "any" opens a phrase as a determiner does. */
const ANY = /^[Aa]ny$/;
/** "miners", "people", "bodies": a lower-case plural that names things, not a measure ("years", "euros"). */
export function isPluralNoun(word: string): boolean {
  if (!STARTS_LOWER_CASE.test(word) || MEASURE.test(word)) return false;
  return IRREGULAR_PLURAL.test(word) || (/s$/.test(word) && !NOT_VERB_S.test(word));
}

/** "120", "3,000", "Four": a count written in figures or words. */
export function isCount(word: string): boolean {
  return NUMBER.test(word) || NUMBER_WORD.test(word.toLowerCase());
}

/** Whether a phrase names a plural (true) or singular (false) referent; null when it names none. */
function referentNumber(phrase: NounPhrase): boolean | null {
  const head = phrase.words.at(-1) ?? "";
  // "the Rovers", "the Harbour Hawks": a team or group named in the plural.
  if (phrase.words[0] === "the" && PLURAL_NAME.test(head)) return !PLURAL_PLACE.test(head) || null;
  if (!STARTS_LOWER_CASE.test(head) || MEASURE.test(head) || isOpener(head)) return null;
  const plural = isPluralNoun(head);
  // A bare singular is a mass noun or an adverb ("opened fire", "scored twice").
  return plural || phrase.opened ? plural : null;
}

const PLURAL_NAME = /^\p{Lu}\p{Ll}+[^s]s$/u;
/** Places named in the plural, which "them" does not take up as it does a team ("the Rovers"). */
const PLURAL_PLACE =
  /^(?:Philippines|Netherlands|Bahamas|Maldives|Seychelles|Comoros|Alps|Andes|Balkans|Highlands|Midlands|Americas|Emirates|States|Islands)$/;

/** "a disused quarry" → "the disused quarry", "14 protesters" → "the 14 protesters", "about 200 migrants" → "the migrants". */
function definiteObject(phrase: NounPhrase): string {
  const [first = "", ...rest] = phrase.words;
  if (!phrase.opened) return `the ${phrase.words.join(" ")}`;
  if (/^(?:a|an)$/i.test(first)) return `the ${rest.join(" ")}`;
  if (ROUGH_COUNT.test(first))
    return `the ${rest.filter((w) => !NUMBER.test(w) && !NUMBER_WORD.test(w)).join(" ")}`;
  if (NUMBER.test(first) || NUMBER_WORD.test(first)) return `the ${phrase.words.join(" ")}`;
  return phrase.words.join(" ");
}

interface Coordination {
  andStart: number;
  secondStart: number;
  /** Subject to repeat before the second predicate; empty for independent clauses. */
  subject: string;
}

/**
 * "40 armored vehicles", "12 injured miners": a participle that describes things counted, before
 * their plural noun. "310 needed beds" is a count and its verb: only these usual describing words count.
 */
export function countedAdjective(word: string, next: Word | undefined): boolean {
  return (
    DESCRIBING_PARTICIPLE.test(word) && next !== undefined && isPluralNoun(next.text.replace(/[,.;:]$/, ""))
  );
}
const DESCRIBING_PARTICIPLE =
  /^(?:armou?red|injured|wounded|displaced|trained|unmanned|guided|mounted|tracked|wheeled|speciali[sz]ed|refurbished|used|advanced|upgraded|modified|detained|stranded|registered|qualified|skilled|licensed|dedicated|armed|damaged|destroyed|abandoned|rescued|evacuated|infected|vaccinated)$/;

/**
 * "…, and economists warned that …", "…, and aid groups say …": a group of people ("economists",
 * "aid groups"), then straight away its verb, opens a clause of its own. A verb is needed right
 * there: "hospitals, schools, and aid groups in the north" is a list.
 */
function groupThenVerb(words: Word[], at: number): boolean {
  const first = words[at]?.text ?? "";
  if (!STARTS_LOWER_CASE.test(first)) return false;
  const verbAt = isGroupNoun(first) ? at + 1 : isGroupNoun(words[at + 1]?.text ?? "") ? at + 2 : -1;
  const verb = words[verbAt]?.text ?? "";
  // "…, but officials say the money is running low": a plural reporting verb has no "-s" to show it.
  return verbAt > 0 && !verb.endsWith("ing") && (isVerbForm(verb) || PLURAL_REPORTING_VERB.has(verb));
}

/** Verbs by which a second speaker in the sentence says something. */
const SAYING =
  /^(?:said|says|told|argued|argues|warned|warns|added|insisted|insists|countered|counters|replied|responded|noted|claimed|claims|maintained|maintains|stressed|admitted|conceded)$/;

/** Words that open no second speaker: a pronoun ("but he said" is the same one's, "you said" is talk) or a question word. */
const NOT_A_SPEAKER =
  /^(?:he|she|it|they|we|i|you|that|this|there|what|who|which|how|why|where|when|as|so|then|also)$/i;

/**
 * "…, but federation chief Rolf Dahl said …", "…, while the employers' federation said …": a speaker
 * (no pronoun: "but he said" is the same one's) and then, within six words, a verb of saying.
 */
function speakerThenSaying(words: Word[], at: number): boolean {
  const first = words[at]?.text ?? "";
  if (NOT_A_SPEAKER.test(first) || NUMBER.test(first) || AUX.test(first) || isUnambiguousVerb(first))
    return false;
  for (let k = at + 1; k < at + 7 && k < words.length; k++) {
    const text = words[k]?.text ?? "";
    if (SAYING.test(text)) return true;
    if (/[,;:]$/.test(text) || isUnambiguousVerb(text) || AUX.test(text)) return false;
  }
  return false;
}

/** Words that open no noun phrase: "and so that people have …" is no clause of "people". */
const NOT_A_MODIFIER =
  /^(?:so|that|then|there|this|these|those|which|who|what|when|where|if|as|but|or|and|because|while|since|until|to|of|in|on|at|for|with|by|from|not|no|all|some|many|most|more|even|also|only|just)$/;

/**
 * "…, and house prices fell 3 percent": a bare plural of up to three words, then straight away a
 * past tense or an auxiliary, opens a clause of its own.
 */
function pluralThenPast(words: Word[], at: number): boolean {
  for (let end = at; end < at + 3; end++) {
    const word = words[end]?.text ?? "";
    if (!LOWER_CASE_LETTERS.test(word) || isUnambiguousVerb(word) || NOT_A_MODIFIER.test(word)) return false;
    const verb = words[end + 1]?.text ?? "";
    if (isPluralNoun(word) && (isUnambiguousVerb(verb) || AUX.test(verb))) return true;
  }
  return false;
}

const OPENING_AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|did|does|do)$/i;

/** Counts that end in "-s" like a verb: "dozens (more) are missing", "hundreds were evacuated". */
export const ROUGH_COUNT_NOUN = /^(?:dozens|hundreds|thousands|millions|scores|tens)$/;

/** An opening quotation mark without its closing one. */
function unbalancedQuote(text: string): boolean {
  if (!text.includes('"') && !text.includes("“")) return false;
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 || text.split("“").length > text.split("”").length;
}

/** "also", "will": what follows a plural subject noun before its verb ("glaciers also raise"). */
const PLURAL_BEFORE_ADVERB = /^(?:also|still|now|often|will|would|can|could|may|might|must|should)$/;

function findCoordination(text: string): Coordination | null {
  const all = wordsOf(text);
  const appositive = relativeAppositive(all);
  const words = appositive?.words ?? all;
  const found = appositive?.subject ?? subjectOf(words);
  // "Has made him … and has been funneling …": a sentence opening with its verb has no subject to repeat.
  const verbSubject = found !== null && OPENING_AUXILIARY.test(found) ? null : found;
  // "The mayor's statement that “we hired 300 officers” is accurate but …": a subject cut inside a
  // quotation would be repeated as half of it; the sentence stays whole.
  if (verbSubject !== null && unbalancedQuote(verbSubject)) return null;
  // The first clause needs a verb: an "and" before the first verb joins nouns.
  const firstVerb = words.findIndex((w, k) => isVerbForm(w.text) && !afterPossessive(words, k));
  // "Shrinking glaciers also raise the risk of rockfalls and mudslides as …": an "-s" word before an
  // adverb or a modal is the subject's plural noun, not its verb, so the subject found ("Shrinking")
  // is no subject to repeat.
  const pluralSubject =
    /^\p{Ll}{3,}[^s]s$/u.test(words[firstVerb]?.text ?? "") &&
    PLURAL_BEFORE_ADVERB.test(words[firstVerb + 1]?.text ?? "") &&
    !(verbSubject ?? "").endsWith(words[firstVerb]?.text ?? " ");
  const subject = pluralSubject ? null : verbSubject;
  for (let i = 2; i < words.length - 2; i++) {
    const word = words[i];
    const next = words[i + 1];
    const after = words[i + 2];
    // "welcomed the plan but said clinics were short": "but" joins two claims as "and" does; "while"
    // and "whereas" only before another speaker ("…, while the employers said …").
    if (word === undefined || next === undefined || after === undefined) continue;
    const contrast = word.text === "while" || word.text === "whereas";
    if (word.text !== "and" && word.text !== "but" && !contrast) continue;
    if (contrast && !(/,$/.test(words[i - 1]?.text ?? "") && speakerThenSaying(words, i + 1))) continue;
    // At least three words before "and" ("Vell scored twice and …"), one of them a verb, and three after it.
    if (i < 3 || firstVerb < 0 || firstVerb >= i || words.length - i - 1 < 3) continue;
    if (quoteOrBracketOpen(text.slice(0, word.start)) || insideFromTo(text, word.start)) continue;
    // "The decision sends a message: the Union stands with Dravonia and will help it": a colon after
    // the first verb opens a clause with a subject of its own, which the sentence's subject is not.
    if (text.lastIndexOf(": ", word.start) > (words[firstVerb]?.start ?? text.length)) continue;
    const precededByComma = /,$/.test(words[i - 1]?.text ?? "");
    // Independent clause: ", and the squad includes ..." (its own subject, then a verb).
    // "…, and 310 patients needed care": a number subject needs a verb that is no plural noun ("crowns").
    const independent =
      (INDEPENDENT_START.test(next.text) && hasVerbFormIn(words, i + 2, i + 6)) ||
      (NUMBER.test(next.text) &&
        words
          .slice(i + 2, i + 6)
          .some(
            (w, k) => isUnambiguousVerb(w.text) && !(k === 0 && countedAdjective(w.text, words[i + 3])),
          )) ||
      groupThenVerb(words, i + 1) ||
      pluralThenPast(words, i + 1) ||
      speakerThenSaying(words, i + 1);
    // "… arrested 14 people and 12 were later released": a count right before its verb needs no comma.
    // So does a rough count: "… 46 people have been killed and dozens more are missing".
    const countClauseNext =
      (NUMBER.test(next.text) && !YEAR.test(next.text) && AUX.test(after.text)) ||
      (ROUGH_COUNT_NOUN.test(next.text) && words.slice(i + 2, i + 5).some((w) => AUX.test(w.text))) ||
      // "found that 38% planned to quit and 21% worked longer hours": a share right before a past tense.
      (next.text.endsWith("%") && (PAST_FORM.test(after.text) || IRREGULAR_PAST.test(after.text)));
    // "The city would get 40 buses and the region would get 12 trains": a subject and the same modal
    // again make a clause of its own, comma or not.
    const parallelModal =
      !precededByComma &&
      (INDEPENDENT_START.test(next.text) || MONEY.test(next.text) || NUMBER.test(next.text)) &&
      modalClauseAfter(words, i + 2, words[modalAt(words, i)]?.text);
    if ((precededByComma && independent) || countClauseNext || parallelModal) {
      return { andStart: word.start, secondStart: next.start, subject: "" };
    }
    // Every reading below repeats the sentence's subject: without one there is nothing to repeat.
    if (subject === null) continue;
    // Shared subject: "Acme is cutting prices and plans new stores". Not the last "and" of a series
    // ("includes stoves, cots and lanterns from …"): its "-s" word is a noun; the list reads the series.
    // An appositive is no series ("cut 300 jobs, about 5% of staff, and closed two plants"), but then
    // only a verb plainly before its object splits.
    const afterSeries = predicateAfterSeries(words, firstVerb, i);
    const appositive = !afterSeries && closesAppositive(words, firstVerb, i);
    // "sent helmets, food and medicine, but would not send weapons": "but" closes no series of things
    // (unless a relative clause comes between: "countries that are …, but have …" is the countries').
    const butAfterThings =
      word.text === "but" && !words.slice(firstVerb + 1, i).some((w) => RELATIVE_WORD.test(w.text));
    const series =
      !butAfterThings &&
      !appositive &&
      !afterSeries &&
      words.slice(firstVerb + 1, i).some((w) => w.text.endsWith(","));
    // "The court heard that the defendant bought rifles and hid them": the "and" joins the reported
    // clause's predicates, whose subject is not the sentence's.
    if (reportsClause(words, firstVerb, i)) continue;
    // "urged anyone who had been at those sites and developed a rash to call": after a "who" clause,
    // a past tense after the "and" may be that clause's, whose subject is not the sentence's. An
    // "-s" verb agrees with the sentence's own subject ("jails soldiers who desert and threatens …").
    if (!isFiniteVerb(next.text) && words.slice(firstVerb + 1, i).some((w) => w.text === "who")) continue;
    // "… and also includes A": an adverb before the second verb stays in the second clause.
    const adverb = SECOND_CLAUSE_ADVERB.test(next.text) ? 1 : 0;
    const verb = words[i + 1 + adverb] ?? next;
    const object = words[i + 2 + adverb] ?? after;
    // "The campaign will cost 12 million crowns and include A, B and C": after a modal the second
    // predicate's verb is in its base form, and the modal is part of what it repeats.
    const modal = isFiniteVerb(verb.text) ? null : sharedModal(words, firstVerb, i, verb, object, subject);
    if (
      !series &&
      (isFiniteVerb(verb.text) || modal !== null) &&
      (appositive
        ? opensObject(object.text)
        : DETERMINER.test(object.text) ||
          STARTS_LOWER_CASE.test(object.text) ||
          (modal !== null && AMOUNT.test(object.text)))
    ) {
      // "... and deaths fell": the word after "and" was a noun subject, not a verb. So is "dozens".
      if (ROUGH_COUNT_NOUN.test(verb.text)) continue;
      // "Residents were moved to schools and sports halls": after a plural verb, an "-s" word cannot
      // agree with the subject, so it is a noun ("sports halls"), no second predicate.
      const subjectVerb = words[subject.split(" ").length]?.text ?? "";
      if (PLURAL_AUXILIARY.test(subjectVerb) && verb.text.endsWith("s") && !AUX.test(verb.text)) continue;
      if (AUX.test(object.text) || ED_FORM.test(object.text) || IRREGULAR_PAST.test(object.text)) continue;
      // "a package of loans and grants for farmers": a second noun of an "of" phrase, then its own phrase.
      if (words[i - 2]?.text === "of" && NOUN_PHRASE_GOES_ON.test(object.text)) continue;
      if (/^(?:for|of)$/.test(object.text)) {
        // "includes 40 tents and stoves for shelters": an "-s" word before "for" or "of" is a noun,
        // unless it is a verb that takes one ("and calls for talks", "and warns of delays").
        if (!VERB_BEFORE_FOR_OR_OF.test(verb.text)) continue;
      } else if (
        !AUX.test(verb.text) &&
        PREPOSITION.test(object.text) &&
        !(object.text === "to" && TAKES_INFINITIVE.test(verb.text))
      ) {
        // "delivered rice and beans to the town": an "-s" word before a preposition is a plural noun.
        continue;
      }
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
    // "scored twice and set up a third", "rose 3% and then fell back", "opened fire and wounded two guards".
    if (
      !series &&
      isPastTense(words[firstVerb]?.text ?? "") &&
      !reportsClause(words, firstVerb, i) &&
      (secondPastPredicate(words, i + 1) ||
        (DETERMINER.test(words[firstVerb + 1]?.text ?? "") &&
          !text.slice(0, word.start).includes(" between ") &&
          knownPastBeforeBareNoun(words, i + 1)))
    ) {
      return { andStart: word.start, secondStart: next.start, subject };
    }
    // "A wildfire has burned 34,000 hectares and forced 12,000 people from their homes": a perfect
    // tense's second participle, read with the auxiliary.
    const auxiliary = words[firstVerb]?.text ?? "";
    if (
      !series &&
      PERFECT_AUXILIARY.test(auxiliary) &&
      isParticiple(words[firstVerb + 1]?.text ?? "") &&
      secondPastPredicate(words, i + 1, true)
    ) {
      return { andStart: word.start, secondStart: next.start, subject: `${subject} ${auxiliary}` };
    }
    // "The package was worth 200 million crowns and included A and B": a value, then what the thing holds.
    if (
      !series &&
      COPULA.test(auxiliary) &&
      VALUE_COMPLEMENT.test(words[firstVerb + 1]?.text ?? "") &&
      HOLDING_VERB.test(next.text)
    ) {
      return { andStart: word.start, secondStart: next.start, subject };
    }
    // "The council will cut fares and raise parking fees": a modal's second base verb, read with the modal.
    // "The measures would cost …": the "-s" word found first is the subject's own plural.
    const modalFrom =
      (subject ?? "").endsWith(words[firstVerb]?.text ?? " ") && MODAL.test(words[firstVerb + 1]?.text ?? "")
        ? firstVerb + 1
        : firstVerb;
    const modalVerb = series ? -1 : verbAfterModal(words, modalFrom);
    if (
      modalVerb > 0 &&
      modalVerb < i &&
      !opensInfinitive(words, modalVerb, i) &&
      !opensClause(words, modalVerb, i) &&
      secondBasePredicate(words, i + 1, appositive)
    ) {
      const modalSubject = words.slice(0, modalVerb).map((w) => w.text);
      return { andStart: word.start, secondStart: next.start, subject: modalSubject.join(" ") };
    }
  }
  return null;
}

const COPULA = /^(?:is|was|are|were)$/;
/** "worth", "valued (at)": a thing's value after its copula. */
const VALUE_COMPLEMENT = /^(?:worth|valued|priced)$/;
/** "included", "contains": what a thing holds, after "and". */
const HOLDING_VERB =
  /^(?:includes?|included|contains?|contained|comprises?|comprised|covers?|covered|provides?|provided)$/;

const MAX_APPOSITIVE_WORDS = 12;
const APPOSITIVE_OPENER = /^(?:which|who)$/;

const SAID_AFTER_AND = /^(?:said|says|added|adds)$/;
/** A capitalised word of a name, with the comma that may close it. */
const NAME_WORD = /^\p{Lu}[\p{L}'’.&-]*,?$/u;

/**
 * "The bill, which passed 286-134, funds …" read as "The bill funds …", with "The bill" as its
 * subject: a relative clause or participle between commas right after a verbless subject ("The dam,
 * built in 1962, holds …") is left out of the words
 * the coordination is found in (offsets kept), so the second predicate repeats the subject. Null
 * without such a clause ("One is Harriman, who visited …" has a verb before it).
 */
function relativeAppositive(words: Word[]): { words: Word[]; subject: string } | null {
  // The first comma among the subject's words: a loop that stops there, not a callback over every word.
  let comma = -1;
  for (let k = 0; k <= MAX_SUBJECT_WORDS && k < words.length; k++) {
    if (words[k]?.text.endsWith(",")) {
      comma = k;
      break;
    }
  }
  const subjectEnd = words[comma];
  if (subjectEnd === undefined) return null;
  // "…, which passed 286-134,", "…, built in 1962,".
  const opener = words[comma + 1]?.text ?? "";
  // Before a deed and what was said (a description before two deeds keeps the sentence whole):
  // "Nordal Air, the largest airline in Kesh, reported a profit and said …", a name, then what it is;
  // "Vell's prime minister, Tomas Ilk, confirmed the shipment and said …", a role, then the name.
  const thenSaid = words.some((w, k) => w.text === "and" && SAID_AFTER_AND.test(words[k + 1]?.text ?? ""));
  const described =
    thenSaid &&
    /^(?:the|a|an)$/.test(opener) &&
    words.slice(0, comma + 1).every((w) => NAME_WORD.test(w.text));
  const nameClose = words.findIndex((w, k) => k > comma + 1 && k <= comma + 4 && w.text.endsWith(","));
  const named =
    thenSaid &&
    !described &&
    nameClose > comma + 1 &&
    words.slice(comma + 1, nameClose + 1).every((w) => NAME_WORD.test(w.text)) &&
    isVerbForm(words[nameClose + 1]?.text ?? "");
  const closing = words[nameClose];
  if (named && closing !== undefined) {
    // The name is the subject to repeat ("Tomas Ilk"), its closing comma dropped.
    const bareName = { ...closing, text: closing.text.slice(0, -1), end: closing.end - 1 };
    const subject = [...words.slice(comma + 1, nameClose), bareName].map((w) => w.text).join(" ");
    return { words: [...words.slice(0, nameClose), bareName, ...words.slice(nameClose + 1)], subject };
  }
  if (!described && !(APPOSITIVE_OPENER.test(opener) || isPastTense(opener))) return null;
  // "Our industrial competitors, who …": an "-s" word may end the subject; "The plan cuts taxes, which
  // …" has its verb before the clause.
  const before = words.slice(0, comma);
  if (!SUBJECT_START.test(words[0]?.text ?? "") || before.some((w) => isVerbForm(w.text))) return null;
  if (isUnambiguousVerb(subjectEnd.text.slice(0, -1))) return null;
  const close = words.findIndex(
    (w, k) => k > comma + 1 && k <= comma + MAX_APPOSITIVE_WORDS && w.text.endsWith(","),
  );
  if (close < 0 || (described && !isVerbForm(words[close + 1]?.text ?? ""))) return null;
  const bareEnd = { ...subjectEnd, text: subjectEnd.text.slice(0, -1), end: subjectEnd.end - 1 };
  const subject = [...words.slice(0, comma), bareEnd].map((w) => w.text).join(" ");
  return { words: [...words.slice(0, comma), bareEnd, ...words.slice(close + 1)], subject };
}

const SECOND_CLAUSE_ADVERB = /^(?:also|then|now|later|still)$/;

/** Base verbs a thing or its maker takes ("include", "cost"); "end", "support" may be nouns too often. */
const THING_BASE_VERB =
  /^(?:include|contain|provide|allocate|cover|fund|require|cost|total|amount|add|give|offer|target|affect|allow|apply|exclude|limit|raise|cut|expand|extend|ban|replace|range|account|represent|comprise|feature|help|need|face|plan|want|expect|oppose|support|agree)$/;

/** A base verb ("include", "cost"): the form after a modal, or after a plural subject. */
export function isBaseVerb(word: string): boolean {
  return THING_BASE_VERB.test(word);
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
  if (!MODAL.test(modal) || PREPOSITION.test(object.text)) return null;
  // "would close 22 stores and invest £60 million": a usual base verb before an amount is a verb too.
  if (!isBaseVerb(next.text) && !(isUsualBaseVerb(next.text) && AMOUNT.test(object.text))) return null;
  // "should not force … and give": the negation would be lost; "can make changes to help bring …
  // and give", "where we would offer and provide": the base verb may be another verb's.
  const between = words.slice(firstVerb + 1, andAt);
  if (/^(?:not|never)$/.test(between[0]?.text ?? "")) return null;
  if (between.some((w) => w.text === "to" || AUX.test(w.text))) return null;
  // "If you believe that we": a subject holding a clause's opening is no subject to repeat.
  if (SUBORDINATING.test(subject)) return null;
  // "would also cost … and include": the adverb goes with the modal it follows.
  let adverbs = 0;
  while (MODAL_ADVERB.test(between[adverbs]?.text ?? "")) adverbs++;
  return [modal, ...between.slice(0, adverbs).map((w) => w.text)].join(" ");
}

const SUBORDINATING = /\b(?:if|that|which|who|where|when|whether|because|while|although)\b/i;

const MODAL = /^(?:will|would|could|can|may|might|must|should|shall)$/;
/** Adverbs between a modal and its verb, repeated with it: "would also", "will now". */
const MODAL_ADVERB =
  /^(?:also|now|still|only|further|likely|soon|then|eventually|probably|instead|initially)$/;
/** Base verbs often coordinated after a modal whose object may open with a bare noun ("raise pay"). */
const BASE_VERB =
  /^(?:raise|extend|create|build|hire|provide|reduce|expand|introduce|launch|invest|spend|lower|scrap|double|lift|restore|replace|send|deploy|seek|boost|allow|require|close|add|give|make|take|keep|cut|increase|ban|open|train|buy|limit|cap|freeze|target|impose|block|restrict|suspend|tighten|ease|halt|protect|cover|affect|support|oppose|repair|rebuild|upgrade|fund|sell|lend|deliver|improve|reform|abolish|subsidi[sz]e|insulate|move|shift|merge|relocate|stop|end|start|resume|pause|delay|postpone|drop|slash|shed|axe|trim|acquire|join|phase|hurt|harm|damage|cost|destroy|threaten|weaken|undermine|worsen|publish|plant|install|recruit)$/;
// "nearly 500 rifles": an adverb of a rough count opens no predicate.
const NOT_BASE_VERB =
  /^(?:not|never|be|have|him|her|them|us|it|then|also|and|or|but|nearly|roughly|almost|approximately)$/;

/** "keep", "support", "give": a usual base verb, which may open a predicate rather than a thing. */
export function isUsualBaseVerb(word: string): boolean {
  return BASE_VERB.test(word);
}

/** "cut", "extend": a lower-case word that may be a base verb; not "fares", "more" or "not". */
export function mayBeBaseVerb(word: string): boolean {
  if (!LOWER_CASE_LETTERS.test(word) || (word.endsWith("s") && !word.endsWith("ss"))) return false;
  return !(
    NOT_BASE_VERB.test(word) ||
    DETERMINER.test(word) ||
    PREPOSITION.test(word) ||
    PARTICLE.test(word) ||
    NUMBER_WORD.test(word) ||
    AUX.test(word) ||
    (ED_FORM.test(word) && !BASE_ENDING_ED.test(word))
  );
}

/**
 * "will make it easier to hire staff and give workers …": after an infinitive, a second base verb
 * may be the infinitive's ("to hire … and give") as well as the modal's; neither reading is split.
 */
function opensInfinitive(words: Word[], from: number, andAt: number): boolean {
  for (let k = from + 1; k < andAt - 1; k++)
    if (words[k]?.text === "to" && mayBeBaseVerb(words[k + 1]?.text ?? "")) return true;
  return false;
}

/** "could become a place where we would offer and provide": a clause of its own opens before "and". */
function opensClause(words: Word[], from: number, andAt: number): boolean {
  for (let k = from + 1; k < andAt; k++) {
    const text = words[k]?.text ?? "";
    if (MODAL.test(text) || CLAUSE_OPENER.test(text)) return true;
  }
  return false;
}
const CLAUSE_OPENER = /^(?:where|when|who|which|that|if|because|while|although|unless)$/;

/** The base verb after a modal at `at` ("will also cut"); -1 when none follows or it is negated ("will not"). */
function verbAfterModal(words: Word[], at: number): number {
  if (!MODAL.test(words[at]?.text ?? "")) return -1;
  let k = at + 1;
  while (MODAL_ADVERB.test(words[k]?.text ?? "")) k++;
  return mayBeBaseVerb(words[k]?.text ?? "") ? k : -1;
}

/**
 * Words from `at` read as a second base verb: before an object ("and extend a tax credit"), or one
 * of the usual verbs before a bare noun ("and raise parking fees"), not after an appositive.
 * "will fund schools and hospitals" lists nouns: a plural is no base verb.
 */
function secondBasePredicate(words: Word[], at: number, afterAppositive: boolean): boolean {
  const verbAt = pastLinkingAdverb(words, at);
  const verb = words[verbAt]?.text ?? "";
  const after = words[verbAt + 1]?.text.replace(/[,.;:]$/, "") ?? "";
  if (!mayBeBaseVerb(verb) || after === "") return false;
  if (opensObject(after)) return true;
  return !afterAppositive && BASE_VERB.test(verb) && opensBareNoun(after);
}

/** How the verbs of a predicate series are inflected: "would fund" base, "funded" past, "funds" "-s". */
export type VerbForm = "base" | "past" | "s";

/**
 * Whether `text` opens with a predicate whose verb has the given form: a verb before its object
 * ("repave 2,000 miles", "froze its accounts", "raises the fee") or a usual verb before a bare noun
 * ("extend clinic hours"). "trains and buses", "shipping containers" and "cement mixers" open none.
 */
export function opensPredicate(text: string, form: VerbForm): boolean {
  const [verb = "", after = ""] = text.split(/\s+/, 2);
  const next = after.replace(/[,.;:]$/, "");
  if (next === "") return false;
  // "training two battalions" is no base form.
  if (form === "base")
    return isBaseVerbForm(verb) && (opensObject(next) || (BASE_VERB.test(verb) && opensBareNoun(next)));
  if (form === "past")
    return (
      isPastTense(verb) &&
      (opensObject(next) || (isKnownPastVerb(verb) && opensBareNoun(next) && !AUX.test(next)))
    );
  if (!isFiniteVerb(verb) || AUX.test(verb)) return false;
  const stems = [verb.slice(0, -1), verb.slice(0, -2)];
  return opensObject(next) || (stems.some((stem) => BASE_VERB.test(stem)) && opensBareNoun(next));
}

/** Base verbs that end in "-ed" as past forms do ("The districts need food"). */
const BASE_ENDING_ED = /^(?:need|feed|heed|seed|bleed|breed|speed|shed|embed)$/;

/** Base verbs that end in "-ing" as participles do. */
export const BASE_ENDING_ING = /^(?:bring|spring|swing|string|sting|cling|fling|wring|sing|ring|sling)$/;

/** "extend", "bring": a word that may be a base verb, not a participle ("training"). */
function isBaseVerbForm(word: string): boolean {
  return mayBeBaseVerb(word) && (!word.endsWith("ing") || BASE_ENDING_ING.test(word));
}

/** "-ing" forms that open a clause of result after a comma far more often than they describe a noun. */
const RESULT_PARTICIPLE =
  /^(?:killing|injuring|wounding|leaving|forcing|flooding|damaging|destroying|stranding|delaying|disrupting|cutting|closing|knocking|blocking|displacing|prompting|sparking|causing|halting|toppling|uprooting|burying|trapping|shutting|grounding|costing|triggering|affecting)$/;

/**
 * "killing 12 people", "cutting power": an "-ing" verb before its object, or one of the usual verbs
 * of a clause of result before a bare noun. "sleeping bags", "heating oil" open none.
 */
export function opensParticiplePredicate(text: string): boolean {
  const [verb = "", after = ""] = text.split(/\s+/, 2);
  const next = after.replace(/[,.;:]$/, "");
  if (next === "" || !ING_FORM.test(verb)) return false;
  return opensObject(next) || (RESULT_PARTICIPLE.test(verb) && opensBareNoun(next));
}

/**
 * "would", "would also", "aim to", "would not": what a base verb that heads a predicate follows.
 * "sure": a modal, or "to" after a verb that takes an infinitive ("plans to"), where "to" is no
 * preposition; "likely": any "to" ("send aid to", which a verb after it has to confirm).
 */
function beforeBaseVerb(words: readonly Word[], at: number): "sure" | "likely" | null {
  let k = at - 1;
  while (MODAL_ADVERB.test(words[k]?.text ?? "") || /^(?:not|never)$/.test(words[k]?.text ?? "")) k--;
  const word = words[k]?.text ?? "";
  if (MODAL.test(word)) return "sure";
  if (k < at - 1 || word !== "to") return null;
  return INFINITIVE_TAKER.test(words[k - 1]?.text ?? "") ? "sure" : "likely";
}

/**
 * Where "… to" ends in "agreed to boost trade" or "require banks to hold capital": after a verb that
 * takes an infinitive, or one whose object (of up to two words) does what the infinitive says; else -1.
 */
function infinitiveLeadEnd(first: string): number {
  const to = first.lastIndexOf(" to ");
  if (to < 0) return -1;
  const before = first.slice(0, to).split(/\s+/);
  const taker = before.at(-1) ?? "";
  if (INFINITIVE_TAKER.test(taker)) return to + " to".length;
  const controller = [before.at(-2), before.at(-3)].some((word) => OBJECT_CONTROL.test(word ?? ""));
  return controller ? to + " to".length : -1;
}
/** Verbs whose object does what the infinitive after it says ("urged Vesk to cut …"). */
const OBJECT_CONTROL =
  /^(?:requires?|required|urge[sd]?|ask(?:s|ed)?|allow(?:s|ed)?|force[sd]?|encourage[sd]?|want(?:s|ed)?|tell|tells|told|order(?:s|ed)?|help(?:s|ed)?|push(?:es|ed)?|call(?:s|ed)? on|oblige[sd]?|compel(?:s|led)?)$/;
/** "plans to", "voted to", "aim to": verbs whose "to" opens an infinitive. */
export const INFINITIVE_TAKER =
  /^(?:hope[sd]?|plan(?:s|ned)?|wants?|wanted|expect(?:s|ed)?|seeks?|sought|aim(?:s|ed)?|intend(?:s|ed)?|need(?:s|ed)?|agree[sd]?|refuse[sd]?|tries|tried|try|promise[sd]?|threaten(?:s|ed)?|vow(?:s|ed)?|pledge[sd]?|decide[sd]?|vote[sd]?|propose[sd]?)$/;

/**
 * Whether the words after `lead` are the object of its last word, so a list's items can follow it
 * with no colon: a verb ("The closures will affect", "The report names", "The winners are") or a
 * preposition ("is concentrated in"). `auxiliaries`: "has", "is" and the like count too.
 */
export function endsBeforeObject(lead: string, auxiliaries = true): boolean {
  const words = wordsOf(lead);
  const at = words.length - 1;
  const last = words[at]?.text ?? "";
  // "we know where the cash went:" ends a clause of its own ("The plan, which …, will fund:" closed
  // its clause with a comma); "They were told:" opens what was said.
  if (WH_WORD_AFTER_COMMA.test(lead) || REPORTING_VERB.test(last)) return false;
  // "have delivered to Ukraine:", "will send to Kesh:": a verb of giving and its receiver.
  const receiver = GIVEN_TO_END.exec(lead);
  if (receiver !== null && isPastTense(receiver[1] ?? "")) return true;
  // "The budget sets aside:": the verb before its particle decides.
  if (PARTICLE.test(last) && at > 0)
    return endsBeforeObject(lead.slice(0, words[at]?.start ?? lead.length).trimEnd(), auxiliaries);
  if (PREPOSITION.test(last)) return at > 0;
  if (AUX.test(last)) return auxiliaries;
  if (isPastTense(last)) return !afterPossessive(words, at) && !DETERMINER.test(words[at - 1]?.text ?? "");
  // "The report names:", not "three regions:" or "as follows:": an "-s" word right after the subject.
  if (isFiniteVerb(last)) {
    // The verb may end the lead: an empty word after it lets the subject's verb be found there.
    const after = { text: "", start: lead.length, end: lead.length };
    return presentVerbAfterSubject([...words, after]) === at;
  }
  return mayBeBaseVerb(last) && beforeBaseVerb(words, at) !== null;
}

/** "delivered to Ukraine", "sent to the Kesh army": a past verb of giving, then "to" and a receiver. */
const GIVEN_TO_END =
  /\s(delivered|sent|provided|supplied|donated|shipped|transferred|given|handed over|pledged|offered)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** A wh-word with no comma after it: its clause runs to the end. */
const WH_WORD_AFTER_COMMA = /\b(?:where|what|which|who|whom|whose|how|why|when)\b[^,]*$/i;
const REPORTING_VERB =
  /^(?:say|says|said|tell|tells|told|ask|asks|asked|write|writes|wrote|add|adds|added|warn|warns|warned|declare[sd]?|announce[sd]?|explain(?:s|ed)?|repl(?:y|ies|ied)|state[sd]?|insist(?:s|ed)?|argue[sd]?|note[sd]?)$/;

const MAX_SHARED_PREDICATE_WORDS = 10;

/**
 * "the government would send teams to schools" + "extend clinic hours", "fund a campaign": when every
 * later item of a series opens a predicate whose base verb agrees with one after a modal or "to" in
 * the first item ("would send"), and that verb has its object, the items are predicates sharing the
 * first's subject and auxiliary, not more objects of its verb. Returns that lead ("the government
 * would"); null otherwise. The last such verb is the one meant ("would send aid to help farmers, …"),
 * unless it has no object of its own ("would send aid to flood victims": "flood" is no verb there).
 */
export function sharedPredicateLead(first: string, rest: readonly Piece[]): string | null {
  if (rest.length === 0) return null;
  // "agreed to boost trade, share intelligence and hold annual summits": after a verb that takes an
  // infinitive, each later base verb opens a predicate of its own, whatever its object.
  // So after a verb, its object and "to" ("require banks to hold A, publish B and report C").
  const toAt = infinitiveLeadEnd(first);
  if (
    toAt > 0 &&
    rest.every((item) => {
      const [verb = "", next = ""] = item.text.trim().split(/\s+/, 2);
      return isBaseVerbForm(verb) && !PREPOSITION.test(next) && next !== "" && !isPluralNoun(verb);
    })
  )
    return first.slice(0, toAt);
  // "would sell its shares, leave the board and move to Orra": a base verb before a name or a
  // preposition opens a predicate too once another item surely does.
  let sure = false;
  for (const item of rest) {
    const opens = opensPredicate(item.text, "base");
    sure ||= opens;
    if (
      !(opens || opensLoosePredicate(item.text)) ||
      wordsOf(item.text, MAX_SHARED_PREDICATE_WORDS + 1).length > MAX_SHARED_PREDICATE_WORDS
    )
      return null;
  }
  if (!sure) return null;
  const words = wordsOf(first);
  for (let k = words.length - 2; k >= 1; k--) {
    const word = words[k];
    const context = beforeBaseVerb(words, k);
    if (word === undefined || context === null || !isBaseVerbForm(word.text)) continue;
    // "would fund teachers", "will pay for repairs": after a modal the word is a verb, whatever its
    // object; after a bare "to" ("send aid to flood victims") the verb must show an object.
    if (context === "sure" || opensPredicate(first.slice(word.start), "base"))
      return first.slice(0, word.start).trimEnd();
  }
  return null;
}

/** "join Orra Bank", "move to Orra": a base verb before a name or a preposition. */
function opensLoosePredicate(text: string): boolean {
  const [verb = "", next = ""] = text.split(/\s+/, 2);
  return isBaseVerbForm(verb) && (STARTS_UPPER_CASE.test(next) || LOOSE_PREPOSITION.test(next));
}
const LOOSE_PREPOSITION = /^(?:to|into|from|with|on|in|at|for|abroad|home)$/;

/** Whether a verb's "that" clause ("heard that …", "said that …") opens between `from` and `andAt`. */
function reportsClause(words: Word[], from: number, andAt: number): boolean {
  for (let k = from + 1; k < andAt; k++) {
    if (words[k]?.text === "that" && isVerbForm(words[k - 1]?.text ?? "")) return true;
    // "Shares fell 14% after the maker reported lower sales and cut its outlook": the "and" joins the
    // subordinate clause's predicates, whose subject is not the sentence's.
    if (opensSubordinateClause(words, k, andAt)) return true;
  }
  return false;
}

/**
 * "after the maker reported …", "before the council voted …": a subordinator, then a subject and its
 * verb before `limit` (not "after a raid", "after being defeated" or "until March").
 */
function opensSubordinateClause(words: Word[], at: number, limit = words.length): boolean {
  if (!SUBORDINATOR_WORD.test(words[at]?.text ?? "") || !SUBJECT_OPENER.test(words[at + 1]?.text ?? ""))
    return false;
  for (let k = at + 2; k < Math.min(limit, at + MAX_SUBORDINATE_SUBJECT_WORDS + 2); k++) {
    const text = words[k]?.text ?? "";
    if (isUnambiguousVerb(text)) return true;
    // "after a raid and seized …": the "and" opens the sentence's next predicate; "after the maker of
    // chips and cookies reported …" joins the subject's nouns.
    if ((text === "and" && isUnambiguousVerb(words[k + 1]?.text ?? "")) || /[,;:]$/.test(text)) return false;
  }
  return false;
}
/** "after", "because" (not "when", "while" or "if", which OPENS_INNER_CLAUSE reads): a word alone. */
const SUBORDINATOR_WORD = new RegExp(`^(?:${SUBORDINATORS})$`);
/** "the", "its", "Acme": how a subordinate clause's subject opens. */
const SUBJECT_OPENER = /^(?:the|a|an|its|their|his|her|this|these|those|\p{Lu}[\p{L}'’-]*)$/u;
const MAX_SUBORDINATE_SUBJECT_WORDS = 8;

/** Adverbs that may stand between "and" and a second verb: "and then fell back", "and later freed them". */
const LINKING_ADVERB = /^(?:then|later|also|subsequently|eventually|finally|again|quickly|briefly)$/;
/** Particles of phrasal verbs: "set up a third", "fell back", "called off the strike". */
const PARTICLE = /^(?:up|down|off|out|back|away|over|aside)$/;
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands|several|many)$/;

/**
 * "bought 40 buses, 12 trams and six ferries, and will open a depot": after a series closed by its own
 * "and" and a comma, ", and" then an auxiliary, or a past verb before its object, opens a second
 * predicate; no item opens so.
 */
function predicateAfterSeries(words: Word[], firstVerb: number, andAt: number): boolean {
  if (words[andAt]?.text !== "and" || !words[andAt - 1]?.text.endsWith(",")) return false;
  if (!words.slice(firstVerb + 1, andAt - 1).some((w) => w.text === "and")) return false;
  return (
    SECOND_PREDICATE_AUXILIARY.test(words[andAt + 1]?.text ?? "") || secondPastPredicate(words, andAt + 1)
  );
}
const SECOND_PREDICATE_AUXILIARY = /^(?:will|would|has|had|was|were)$/;

/**
 * Words from `at` read as a past tense before its object ("seized 200 kilograms", "ordered him"),
 * a particle ("set up a third", "fell back") or a counted object ("wounded two guards"), after an
 * optional adverb ("then fell back"). "adjusted earnings" is a noun phrase: nothing of that follows.
 */
function secondPastPredicate(words: Word[], at: number, participle = false): boolean {
  const verbAt = pastLinkingAdverb(words, at);
  const verb = words[verbAt]?.text ?? "";
  const after = words[verbAt + 1]?.text.replace(/[,.;:]$/, "") ?? "";
  if (!(participle ? isParticiple(verb) : isPastTense(verb)) || after === "") return false;
  return opensObject(after);
}

/** Participles no "-ed" ending gives back ("taken", "hidden"), after "has" or "had". */
const IRREGULAR_PARTICIPLE =
  /^(?:taken|hidden|given|written|stolen|driven|shown|known|seen|eaten|fallen|broken|chosen|spoken|frozen|grown|drawn|thrown|beaten|forgotten|ridden|risen|done|gone|begun|sworn|torn|worn|withdrawn|overseen|undertaken|shaken|proven|flown|struck|sung|sunk|won|lost|paid|sold|built|sent|spent|made|kept|brought|bought|held|led|left|met|cut|put|set|told|found|fought)$/;

/** "hidden the money", "used part of it": a participle, then its object (not "found in", "taken over"). */
function participleBeforeObject(words: readonly Word[], at: number): boolean {
  const after = words[at + 1]?.text.replace(/[,.;:]$/, "") ?? "";
  if (!isParticiple(words[at]?.text ?? "") || after === "") return false;
  return (
    opensObject(after) || (LOWER_CASE_LETTERS.test(after) && !PREPOSITION.test(after) && !AUX.test(after))
  );
}

/** "used", "taken": a word that may follow "has" or "had" as its participle. */
export function isParticiple(word: string): boolean {
  return isPastTense(word) || IRREGULAR_PARTICIPLE.test(word) || SHORT_ED_FORM.test(word);
}
/** "used", "owed": "-ed" forms too short for `isPastTense`'s guard, safe after "has" or "had". */
const SHORT_ED_FORM = /^\p{Ll}{2,3}ed$/u;

/**
 * "Dahl had taken 2.4 million crowns in bribes, hidden the money in Cyprus and used part of it to
 * buy a villa" → one clause per participle, each read with the subject and its auxiliary. Three or
 * more participles, each opening its own object after a comma or the closing "and" (a pair is
 * `findCoordination`'s).
 */
function splitPerfectSeries(content: string, base: number): Piece[] | null {
  if (!content.includes(" ha") || !content.includes(", ") || !content.includes(" and ")) return null;
  const words = wordsOf(content);
  const auxAt = words.findIndex((w, k) => k >= 1 && k <= MAX_SUBJECT_WORDS && PERFECT_AUXILIARY.test(w.text));
  if (auxAt < 0 || !isParticiple(words[auxAt + 1]?.text ?? "")) return null;
  if (words.slice(0, auxAt).some((w) => /[,;:]$/.test(w.text)) || /["“”]/.test(content)) return null;
  const starts: number[] = [];
  let closed = false;
  for (let k = auxAt + 2; k < words.length - 2; k++) {
    const word = words[k]?.text ?? "";
    const verbAt =
      word === "and" ? k + 1 : word.endsWith(",") ? (words[k + 1]?.text === "and" ? k + 2 : k + 1) : -1;
    if (verbAt < 0 || !participleBeforeObject(words, verbAt)) continue;
    starts.push(verbAt);
    closed = verbAt > k + 1 || word === "and";
    k = verbAt;
  }
  if (starts.length < 2 || !closed) return null;
  // Each participle's clause runs to the comma or "and" before the next one.
  const lead = content.slice(0, words[auxAt]?.end ?? 0);
  const opens = [auxAt + 1, ...starts];
  const end = withoutTrailingStops(content).length;
  return opens.map((at, index) => {
    const next = opens[index + 1];
    const start = words[at]?.start ?? 0;
    const before = next === undefined ? undefined : words[next - 1];
    const stop = before === undefined ? end : before.text === "and" ? before.start : before.end;
    const text = content.slice(start, stop).replace(/(?:,?\s+and)?[\s,]*$/, "");
    return {
      text: `${lead} ${text}`,
      start: base + (index === 0 ? 0 : start),
      end: base + start + text.length,
    };
  });
}

/** Irregular past tenses of `BASE_VERB`s, which no "-ed" ending gives back. */
const IRREGULAR_BASE_PAST = new Set([
  "built",
  "spent",
  "sent",
  "sought",
  "gave",
  "made",
  "took",
  "kept",
  "bought",
  "froze",
]);

/** "raised", "scrapped", "extended", "froze", "cut": the past tense of one of the usual `BASE_VERB`s. */
function isKnownPastVerb(word: string): boolean {
  if (IRREGULAR_BASE_PAST.has(word) || (IRREGULAR_PAST.test(word) && BASE_VERB.test(word))) return true;
  if (!word.endsWith("ed")) return false;
  const stems = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), `${word.slice(0, -3)}y`];
  return stems.some((stem) => BASE_VERB.test(stem));
}

/**
 * "approved the budget and raised parking fees": after a first predicate with its object, a usual
 * verb's past tense before a bare noun is a second predicate. Not "and revised plans", whose "-ed"
 * word may be an adjective of the first object's list.
 */
function knownPastBeforeBareNoun(words: Word[], at: number): boolean {
  const verbAt = pastLinkingAdverb(words, at);
  const after = words[verbAt + 1]?.text ?? "";
  return isKnownPastVerb(words[verbAt]?.text ?? "") && opensBareNoun(after) && !AUX.test(after);
}

/** Where a second predicate's verb is: past a linking adverb ("and then fell back") at `at`. */
function pastLinkingAdverb(words: Word[], at: number): number {
  return LINKING_ADVERB.test(words[at]?.text ?? "") ? at + 1 : at;
}

/** "parking fees", "staff bonuses": a lower-case word that may open a bare noun, not a preposition. */
function opensBareNoun(word: string): boolean {
  return STARTS_LOWER_CASE.test(word) && !PREPOSITION.test(word);
}

/** A word that shows the verb before it takes an object: a determiner, pronoun, particle or count. */
export function opensObject(word: string): boolean {
  return (
    DETERMINER.test(word) ||
    /^(?:him|her|them|us|it)$/.test(word) ||
    PARTICLE.test(word) ||
    NUMBER_WORD.test(word)
  );
}

/** How an appositive after a figure opens: "the largest rise in a decade", "about 5% of its staff". */
const APPOSITIVE_START =
  /^(?:the|a|an|its|their|about|around|nearly|almost|roughly|some|up|down|more|less|or|\d[\d,.]*%?)$/i;

/**
 * "raised pay by 5 percent, the largest increase in a decade, and extended …": the only commas
 * between the first verb and this "and" close a verbless noun phrase that describes what came before.
 */
function closesAppositive(words: Word[], firstVerb: number, andAt: number): boolean {
  if (!(words[andAt - 1]?.text.endsWith(",") ?? false)) return false;
  let opened = -1;
  for (let k = firstVerb + 1; k < andAt - 1; k++) {
    if (!(words[k]?.text.endsWith(",") ?? false)) continue;
    if (opened >= 0) return false;
    opened = k + 1;
  }
  if (opened < 0 || !APPOSITIVE_START.test(words[opened]?.text ?? "")) return false;
  for (let k = opened; k < andAt; k++) {
    // "the first cut since 2009": a verb form after a determiner or a ranking word is a noun.
    const before = words[k - 1]?.text ?? "";
    const noun = DETERMINER.test(before) || PREPOSITION.test(before) || RANKING.test(before);
    if (isVerbForm(words[k]?.text.replace(/,$/, "") ?? "") && !noun) return false;
  }
  return true;
}

/** Ordinals and superlatives, which a noun follows: "the first cut", "its largest rise". */
const RANKING = /^(?:first|second|third|last|next|\p{Ll}{3,}est)$/u;

const NOUN_PHRASE_GOES_ON = /^(?:for|worth|valued|totaling|totalling)$/;
const VERB_BEFORE_FOR_OR_OF =
  /^(?:calls|pays|looks|asks|accounts|waits|stands|votes|argues|cares|searches|applies|opts|prepares|qualifies|campaigns|lobbies|works|competes|allows|provides|consists|approves|warns|dies|speaks|thinks|hears|learns|smells|tires|disposes|reminds|informs|convinces|accuses|robs|clears|relieves|deprives)$/;

/** Verbs that take "to" and an infinitive: "hopes to attract", "plans to add". */
const TAKES_INFINITIVE =
  /^(?:hopes|plans|wants|expects|seeks|aims|intends|needs|continues|agrees|refuses|tries|promises|threatens|vows|pledges|decides|offers|prepares|fails|begins|starts|attempts|declines|wishes|helps|proposes|appears|seems)$/;

export function isPastTense(word: string): boolean {
  return hasLowerCaseForm(word, PAST_FORM, 5, "ed") || IRREGULAR_PAST.test(word);
}

/** "Doctors' unions", "the city's buses": the word after a possessive is a noun, not a verb. */
function afterPossessive(words: Word[], index: number): boolean {
  return /['’]s?$/.test(words[index - 1]?.text ?? "");
}

const PERSONAL_PRONOUN = /^(?:it|he|she|they|we)$/i;

/**
 * Leading noun phrase before the first finite verb: "Acme Corp." in "Acme Corp. is cutting ...",
 * read with a short opening adverbial ("Under the deal, Brenna Foods" in "Under the deal, Brenna
 * Foods will close … and move …"), which holds for both predicates.
 */
function subjectOf(words: Word[]): string | null {
  const from = openingPhraseEnd(words);
  // "The company moved from Ohio and plans …": a past form ends the subject too, unless it is
  // attributive ("The revised plan cuts …").
  const verbAt = words.findIndex(
    (w, k) =>
      k > from &&
      k <= from + 6 &&
      !afterPossessive(words, k) &&
      (isVerbForm(w.text) || pluralSubjectVerb(words, k)) &&
      // "The unions", "The revised plan": a word after a determiner is a noun or an adjective; not
      // after a comma ("Lind, 48, joined").
      (AUX.test(w.text) || !DETERMINER.test(words[k - 1]?.text ?? "") || /,$/.test(words[k - 1]?.text ?? "")),
  );
  if (verbAt <= from) return null;
  const subject = withoutAge(words.slice(from, verbAt).map((w) => w.text));
  if (subject.some((w) => /[,;:]$/.test(w))) return null;
  const first = subject[0] ?? "";
  const opening = words.slice(0, from).map((w) => `${w.text} `);
  // "It would raise pay and extend …": a pronoun subject is repeated too; the pipeline names it.
  if (PERSONAL_PRONOUN.test(first)) return subject.length === 1 ? `${opening.join("")}${first}` : null;
  return SUBJECT_START.test(first) && !/^(?:This|That)$/.test(first)
    ? `${opening.join("")}${subject.join(" ")}`
    : null;
}

/** Base verbs a plural subject often takes: "The shells come from army stocks and will be replaced …". */
const PLURAL_SUBJECT_VERB =
  /^(?:come|go|remain|stay|arrive|live|work|belong|depend|rely|continue|exist|lie|sit|stand|seem|appear|face|hold|run|serve|make|take|get|know|say|think)$/;

/** A base verb right after the plural noun that closes a subject of two words or more: "The shells come". */
function pluralSubjectVerb(words: Word[], k: number): boolean {
  return PLURAL_SUBJECT_VERB.test(words[k]?.text ?? "") && isPluralNoun(words[k - 1]?.text ?? "");
}

/** "Hale,": a capitalised word before a comma. */
const CAPITALISED_WORD_COMMA = /^\p{Lu}\p{L}*,$/u;

/** "Lind, 48," → "Lind": a person's age between commas is no part of the subject to repeat. */
function withoutAge(subject: string[]): string[] {
  const [age, name] = [subject.at(-1) ?? "", subject.at(-2) ?? ""];
  if (!/^\d{1,3},$/.test(age) || !CAPITALISED_WORD_COMMA.test(name)) return subject;
  return [...subject.slice(0, -2), name.slice(0, -1)];
}

/** "Under the deal,", "On Monday,", "Meanwhile,": how a short verbless opening phrase starts. */
const OPENING_PHRASE =
  /^(?:Under|In|For|With|After|Since|By|At|On|During|Last|Earlier|Later|Separately|Meanwhile)$/;
const MAX_OPENING_WORDS = 5;

/** Where the words after a short opening phrase and its comma start; 0 without one. */
function openingPhraseEnd(words: Word[]): number {
  if (!OPENING_PHRASE.test((words[0]?.text ?? "").replace(/,$/, ""))) return 0;
  for (let k = 0; k < MAX_OPENING_WORDS; k++) {
    const word = words[k]?.text ?? "";
    if (isVerbForm(word.replace(/,$/, ""))) return 0;
    if (word.endsWith(",")) return k + 1;
  }
  return 0;
}

/** A verb that cannot be a plural noun: auxiliaries, "-ed" forms, common irregular past tenses. */
export function isUnambiguousVerb(word: string): boolean {
  return AUX.test(word) || isPastTense(word);
}

/** An auxiliary or a present-tense "-s" verb ("includes", not "business"). */
export function isFiniteVerb(word: string): boolean {
  return AUX.test(word) || (hasLowerCaseForm(word, VERB_S, 4, "s") && !NOT_VERB_S.test(word));
}

/** Any verb form these heuristics know: finite (`isFiniteVerb`) or past (`isUnambiguousVerb`). */
export function isVerbForm(word: string): boolean {
  return isFiniteVerb(word) || isPastTense(word);
}

export function hasVerbForm(text: string): boolean {
  return wordsOf(text).some((w) => isVerbForm(w.text));
}

const PREPOSITION =
  /^(?:of|for|to|in|on|at|with|by|from|into|about|than|per|across|over|under|through|throughout|near|along|around|during|since|among|within|without|against|toward|towards|beyond|below|above|behind|after|before|between|via|outside|inside)$/;

/**
 * A finite or past verb among `words[from, to)` ("…, and 310 patients needed care"). A word right
 * after a determiner, number or preposition is a noun or an adjective: "the buyout of 120 homes" has no verb.
 */
function hasVerbFormIn(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, words.length); k++)
    if (isVerbAfter(words[k - 1]?.text ?? "", words[k]?.text ?? "")) return true;
  return false;
}

/**
 * Whether `word` is a verb where it stands, after `before` (and `beforeThat`): "20 armoured vehicles"
 * and "the revised plan" hold none, as a word right after a determiner, number or preposition is a
 * noun or an adjective; nor do "received armoured vehicles" and "will receive armoured vehicles",
 * where a past form follows a verb that is not an auxiliary.
 */
export function isVerbAfter(before: string, word: string, beforeThat = ""): boolean {
  if (!isVerbForm(word)) return false;
  if (AUX.test(word)) return true;
  if (DETERMINER.test(before) || PREPOSITION.test(before) || LARGE_NUMBER.test(before)) return false;
  // "M577 armoured command vehicles": after a model's code, a vehicle's or weapon's make is no verb.
  if (describesModel(before, word)) return false;
  const afterVerb = BEFORE_BASE_VERB.test(beforeThat) || (isVerbForm(before) && !AUX.test(before));
  return !(afterVerb && isPastTense(word));
}
/** "M577", "L-70", "155mm", "Mk4": letters and figures naming a model (not a plural: "F-16s arrived"). */
const MODEL_CODE = /^(?=[^\s]*\d)(?=[^\s]*\p{L})[\p{Lu}\d][\p{L}\d-]*[\p{Lu}\d]$|^\d+mm$/u;
const EQUIPMENT_ADJECTIVE =
  /^(?:armou?red|tracked|wheeled|guided|self-propelled|towed|mounted|truck-mounted|unmanned|uncrewed|modified|upgraded|refurbished)$/;
/** "M577 armoured": a vehicle's or weapon's make after its model's code, no verb. */
export function describesModel(before: string, word: string): boolean {
  return EQUIPMENT_ADJECTIVE.test(word) && MODEL_CODE.test(before);
}
/** "… an environmental", "… a modern": an article and an adjective closing the first item, with no noun. */
const ADJECTIVE_AFTER_ARTICLE =
  /(?:^|\s)(?:a|an)\s+(?!(?:official|individual|rival|general|animal|hospital|capital|arrival|proposal|approval|manual|signal|criminal|professional|national|local|total|original|chemical|material|potential|principal|terminal|journal|tribunal|festival|trial|memorial|editorial|medal|canal|pensioner)$)\p{Ll}+(?:al|ic|ive|ous|ern|ful|able|ible|ary|less)$/u;
/** "economic", "federally inspected plant", "remote": an adjective or an adverb opening the next item. */
const ADJECTIVE_OPENING = /^(?:\p{Ll}+ly\s|\p{Ll}+(?:al|ic|ive|ous|ern|ful|able|ible|ary|less)(?:\s|$))/u;

/** Whether `first` closes on an article and an adjective, and `second` opens with another: "a modern," "federally inspected plant". */
export function adjectivesBeforeOneNoun(first: string, second: string): boolean {
  return ADJECTIVE_AFTER_ARTICLE.test(first) && ADJECTIVE_OPENING.test(second.trimStart());
}
/** "million" in "40 million euros": a number word, after which comes what is counted. */
const LARGE_NUMBER = /^(?:thousand|million|billion|trillion|crore|lakh)$/;
/** "will", "would", "to": what a base verb follows. */
export const BEFORE_BASE_VERB = /^(?:will|would|can|could|may|might|must|should|to)$/;

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
  const trimmed = withoutTrailingStops(text);
  return { text: trimmed, start: base, end: base + trimmed.length };
}
