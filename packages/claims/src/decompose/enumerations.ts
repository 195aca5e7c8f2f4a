import { PERSON_NAME_END } from "../attribute/detect";
import { parseSpeakerPhrase } from "../attribute/names";
import { isCommonWord } from "../score/word-vectors";
import {
  asSentence,
  BARE_NUMBER,
  CURRENCY_CODE_SOURCE,
  capitalize,
  ING_FORM,
  LOWER_CASE_THEN_S,
  type Piece,
  possessiveOf,
  SPELLED_NUMBERS,
  STARTS_UPPER_CASE,
  withoutTrailingStops,
  wordsOf,
} from "../util/text";
import {
  endsBeforeObject,
  hasVerbForm,
  isBaseVerb,
  isFiniteVerb,
  isPastTense,
  isPluralNoun,
  isUnambiguousVerb,
  isUsualBaseVerb,
  isVerbAfter,
  isVerbForm,
  mayBeBaseVerb,
  opensParticiplePredicate,
  opensPredicate,
  RANKING_TAIL,
} from "./clauses";
import {
  describe,
  describeOwned,
  type Entity,
  type EntityMemory,
  isThingNoun,
  isVagueReference,
  midSentence,
  openingEntity,
  SET_APART_OPENING,
  thingsMentioned,
} from "./entities";
import {
  amountFirst,
  cutCollectiveClause,
  endsWithCountedRecipients,
  examplesOfKind,
  expandNestedInclusion,
  holdsPairPhrase,
  isCounted,
  leadForOneOfSeveral,
  shareTrailingModifier,
  splitListItems,
  withLead,
  withPlaceShared,
} from "./list-items";
import { lowerLineOpener, WordCases } from "./opener-case";
import { thingParticipleList, thirdPerson } from "./participles";
import {
  amountPair,
  CLOSING_REASON,
  gappedAmountPair,
  gappedSubjectClauses,
  gappedSubjectPair,
  isAttributive,
  MODAL_WORD,
  SCALE_THEN_WORD,
  SCALED_NUMBER,
  seriesList,
} from "./series";

/** Atomic claims cut out of a list sentence, and the earlier-described thing they belong to. */
export interface ListDecomposition {
  items: Piece[];
  /** Set when the list continues an earlier sentence ("the package"); carries that sentence's speaker. */
  entity: Entity | null;
  /** Who the sentence says gave the list, when it is no speaker's tag ("The ministry listed the items as"). */
  lister?: string;
}

const MAX_LIST_SENTENCE = 1200;
const INCLUSION =
  /\b(includ(?:es|ed|e|ing)|encompass(?:es|ed|ing)?|compris(?:es|ed|e|ing)(?: of)?|consist(?:s|ed)?(?: mainly| mostly| largely| primarily)? of|contain(?:s|ed)?|(?:is|are|was|were|will be|['’]s) (?:made up|composed) of|consisting(?: mainly| mostly| largely| primarily)? of|made up of|composed of|carrying|containing|loaded with|such as|featur(?:es|ed|ing)|covers|covered|among them|namely)(?::\s*|,\s+([^,;:]{2,40}?),\s+|\s+(?:the\s+following|these)(?:\s+[a-z]+)?:\s*|\s+(?:(?:items|things|goods|supplies|equipment|materials),?\s+(?:such as|like)\s+)?)/i;
const INCLUSION_ANYWHERE = new RegExp(INCLUSION.source, "gi");

/** The ", including …" or ", such as …" after the first trigger's object, if any. */
function examplesAfter(content: string, first: RegExpExecArray): RegExpExecArray | null {
  INCLUSION_ANYWHERE.lastIndex = first.index + first[0].length;
  for (let match = INCLUSION_ANYWHERE.exec(content); match !== null; match = INCLUSION_ANYWHERE.exec(content))
    if (/^(?:including|such as)$/i.test(match[1] ?? "") && content.slice(0, match.index).endsWith(", "))
      return match;
  return null;
}

/**
 * An aside between the inclusion verb and its items that only says the list is incomplete ("includes,
 * among other things, A and B"): each item's claim says as much without it. Any other aside ("for the
 * first time", "in its current form") tells something of the items and stays in each claim.
 */
const HEDGING_ASIDE =
  /^(?:among (?:others|other \p{Ll}+)|for (?:example|instance)|notably|most notably|in particular|e\.g\.)$/iu;
const COMPLETE_LIST_OPENING = /^(?:In all|In total|All told|All in all|Altogether|Overall),\s+/;
const LEADING_HEDGE = /^(?:among (?:other \p{Ll}+|others)|for (?:example|instance)),\s+/iu;
const PARTICIPLE =
  /^(?:including|such as|featuring|among them|namely|encompassing|comprising|consisting(?: mainly| mostly| largely| primarily)? of|made up of|composed of|carrying|containing|loaded with)$/i;
const PREDICATE = /\s(?:have|has|had|are|is|was|were|will|would|can|could|did|does|do)\s/;
const APPOSITIVE_END =
  /,\s+(?=(?:\p{Ll}+ed|said|have|has|are|is|was|were|will|would|can|could|left|took|went|came|began|became|brought|sent|made|won|lost|hit|got|met|ran|saw|found|held|kept|gave|paid|sold|bought|fell|rose|grew|cost|led|struck|flew|spent|stood|broke)\s)/u;
const PART_OF_HINT =
  /\s(?:part of|among|included in|in)\s[^,]*,?\s+(?:along with|as well as|together with|alongside)\s/i;
// "A and B form part of the package, alongside C" says as much as "are part of".
const PART_OF =
  /^(.{3,300}?)\s+(?:(?:was|were|is|are|will be|would be)\s+(?:also\s+)?(?:part of|among|included in|in)|(?:also\s+)?form(?:s|ed)?\s+part\s+of)\s+(.{3,200}?),?\s+(?:along with|as well as|together with|alongside)\s+(.+)$/is;

/**
 * Splits a sentence that enumerates things into one standalone claim per item.
 * `content` is the claim part of the sentence, starting at body offset `base`; `cases` tells a name
 * opening the sentence from a common word.
 */
/** "were identified as", "have been named as": the names of several people, one each. */
const IDENTIFIED_AS = /\b(?:were|are|have been|had been)\s+(?:identified|named)\s+as\s/;
/** What any list below needs: a comma, semicolon, colon, bracket or a joining word. */
const LIST_SEPARATOR =
  /[,;:()]| (?:and|or|plus|to) | as well as | along with | together with | alongside | but also /;

/** ", each consisting of", ", each containing", ", made up of" after a count or a measure. */
const CONTENTS_OF_EACH =
  /\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+,\s+(?:each\s+(?:consisting\s+of|containing|comprising|with|including)|made\s+up\s+of|comprising)\s/u;
const SHARED_BETWEEN = /\b(?:split|divided|shared|distributed|allocated|spread)$/;
/** How many words may stand between "between" and the "and" of its range. */
const MAX_RANGE_WORDS = 6;

/** Whether the last " and " of `content` is a "between" range's, with no comma or semicolon inside it. */
function andClosesRange(content: string): boolean {
  const and = content.lastIndexOf(" and ");
  const between = content.lastIndexOf(" between ", and);
  // "split between housing (6 billion) and roads (3 billion)": shares, each a claim.
  if (between < 0 || SHARED_BETWEEN.test(content.slice(0, between))) return false;
  const range = content.slice(between + " between ".length, and);
  return !/[,;]/.test(range) && range.split(" ").length <= MAX_RANGE_WORDS;
}

/** " (including A, B and C)": examples in brackets, no bracket inside, closed before the sentence ends. */
const BRACKETED_EXAMPLES = / \((?:including|such as|among them|notably) [^()]+?\)/;
/** "The remainder is for Chad", "The rest will go to the UN": what is left of a sum, for several named at once. */
const SHARED_REMAINDER =
  /^(?:The|the)\s+(?:remainder|rest|balance)(?:\s+of\s+[^,]{1,60}?)?\s+(?:is|was|will\s+be|goes|went|will\s+go|is\s+going)\s+(?:for|to)\s+(?:the\s+)?\p{Lu}/u;

export function decomposeList(
  written: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases = WordCases.NONE,
): ListDecomposition | null {
  // "The aid - 40 tanks, 12 boats and 300 trucks - arrived": a pair of spaced hyphens sets an aside off
  // as dashes do; an em dash is as long, so offsets hold, and the claims get the hyphens back.
  if (written.includes(" - ") && written.split(" - ").length === 3 && !written.includes(" — ")) {
    const dashed = decomposeList(written.replaceAll(" - ", " — "), base, entities, cases);
    return dashed === null
      ? null
      : {
          ...dashed,
          items: dashed.items.map((item) => ({ ...item, text: item.text.replaceAll(" — ", " - ") })),
        };
  }
  // "imports of Karsk diamonds (including rough, polished and industrial stones)": brackets set the
  // examples off as commas do; ", " and "," are as long as " (" and ")", so offsets hold.
  const bracketed = written.includes(" (") ? BRACKETED_EXAMPLES.exec(written) : null;
  if (bracketed !== null) {
    const close = bracketed.index + bracketed[0].length - 1;
    // "…)." and "…), as well as" need no comma of their own; "…) are banned" closes the aside with one.
    const closing = /^(?:[.;]?\s*$|,)/.test(written.slice(close + 1)) ? " " : ",";
    const commas = `${written.slice(0, bracketed.index)}, ${written.slice(bracketed.index + 2, close)}${closing}${written.slice(close + 1)}`;
    return decomposeList(commas, base, entities, cases);
  }
  const content = written;
  // Every list separates its items somehow; most sentences hold no separator and skip every reader.
  if (content.length > MAX_LIST_SENTENCE || !LIST_SEPARATOR.test(content)) return null;
  // "Sweden gave 28 million euros, followed by Norway with 22 million and Denmark with 15 million": a
  // ranking's runners-up, read as the first one's objects, would each be given by the first.
  if (content.includes(" followed ") && RANKING_TAIL.test(content)) return null;
  // "The men were identified as A, 24, of Aurora; B, …": who each of them is, not what all of them are.
  if (content.includes(" as ") && IDENTIFIED_AS.test(content)) return null;
  // "4,200 shelter kits, each consisting of two tarpaulins, a rope and …", "410 tonnes of food, made
  // up of maize meal, pulses and …": what each thing holds, or what one measure is made of, which no
  // item is the whole of; the sentence stays whole.
  if (content.includes(", each ") || content.includes(", made up of ") || content.includes(", comprising "))
    if (CONTENTS_OF_EACH.test(content)) return null;
  // "The remainder is for Chad, South Sudan and Egypt": one share the places split, none of them all of
  // it. ("The rest goes to A, B and C" of things it buys is read as a list of what it buys.)
  if (SHARED_REMAINDER.test(content)) return null;
  // "ordered 20 A321neo jets and 10 A350s worth a combined $4bn": one value of all the items together,
  // which no item has alone; the sentence stays whole.
  if (content.includes(" a combined ") && COMBINED_VALUE.test(content)) return null;
  // "closed between Canal Street and Route 110": the last "and" joins a range's two ends.
  if (content.includes(" between ") && andClosesRange(content)) return null;
  // "Vesk will receive, among other things, 40 tanks and 12 boats": the hedge says only how complete
  // the list is; the list is read without it, and the offsets after it are put back.
  // So does "in three stages:" before "in May, July and September": each stage is one of the three.
  const hedged = content.includes(", ")
    ? (MID_AMONG_OTHERS.exec(content) ?? IN_STAGES_COLON.exec(content))
    : null;
  if (hedged !== null) {
    const removed = hedged[0].length - 1;
    const cut = hedged.index;
    const read = decomposeList(
      `${content.slice(0, cut)} ${content.slice(cut + hedged[0].length)}`,
      base,
      entities,
      cases,
    );
    const back = (offset: number) => (offset > base + cut ? offset + removed : offset);
    return read === null
      ? null
      : {
          ...read,
          items: read.items.map((item) => ({ ...item, start: back(item.start), end: back(item.end) })),
        };
  }
  // “We are also sending A, B and C.”: a quotation around the whole sentence hides no list separator.
  const quoted = WHOLE_QUOTATION.exec(content);
  if (quoted !== null) return decomposeList(quoted[1] ?? "", base + 1, entities, cases);
  // "Among other measures, the bill funds A, B and C": the hedge says only that the list is not complete;
  // "In all, the plan provides for A, B and C" only that it is.
  // "The council approved a budget that will close A, move B and raise C": the thing, then each predicate.
  if (RELATIVE_MODAL.test(content)) {
    const relative = relativePredicateList(content, base, entities, cases);
    if (relative !== null) return relative;
  }
  const hedge = content.startsWith("Among other")
    ? LEADING_HEDGE.exec(content)?.[0]
    : /^[IAO]/.test(content)
      ? COMPLETE_LIST_OPENING.exec(content)?.[0]
      : undefined;
  if (hedge !== undefined)
    return decomposeList(capitalize(content.slice(hedge.length)), base + hedge.length, entities, cases);
  const participles = thingParticipleList(content, base);
  if (participles !== null) return { items: participles, entity: null };
  // "pledged 450 million euros, not only for food but also for schooling": one sum for both, no list.
  if (content.includes(" but also ") && SUM_IN_LEAD.test(NOT_ONLY.exec(content)?.[1] ?? "")) return null;
  const early = participleByList(content, base) ?? notOnlyList(content, base);
  if (early !== null) return early;
  // "adopted in 2029 and 2030, worth €95 million and €140 million respectively": lists paired by
  // "respectively" that `respectiveList` cannot pair stay whole; read alone, each pairs wrongly.
  if (content.includes("respectively"))
    return respectiveObjectPair(content, base) ?? respectiveList(content, base, cases);
  return (
    numberedList(content, base, entities) ??
    invertedList(content, base, entities) ??
    alsoPassiveList(content, base) ??
    unownedItemsList(content, base, entities) ??
    listedAsList(content, base, entities) ??
    dashedContentsList(content, base) ??
    partOfList(content, base, entities, cases) ??
    alsoIncludedList(content, base, entities, cases) ??
    partOfAsideList(content, base, entities, cases) ??
    subjectSeriesList(content, base, cases) ??
    amongItemsList(content, base, entities, cases) ??
    amongThoseList(content, base, cases) ??
    itemsInThingList(content, base, entities, cases) ??
    bulkOfThingList(content, base, entities, cases) ??
    thereAreList(content, base, entities) ??
    rangeList(content, base, entities) ??
    shareList(content, base) ??
    parenthesisList(content, base, entities) ??
    withAnnouncer(inclusionList(content, base, entities), content) ??
    colonList(content, base, entities) ??
    semicolonList(content, base) ??
    closingProvidingList(content, base) ??
    partsList(content, base, entities) ??
    seriesDecomposition(content, base, entities) ??
    spendingPair(content, base) ??
    givingPair(content, base)
  );
}

/** "The package, announced by Defence Secretary Ana Roe, includes": who gave the thing out. */
const ANNOUNCED_BY =
  /^[^,]{2,80},\s+(?:announced|unveiled|presented|proposed|approved|drawn up|put forward)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?by\s+([^,]{3,80}),/u;

/** A list whose subject names who announced it ("The package, announced by X, includes …") is X's. */
function withAnnouncer(list: ListDecomposition | null, content: string): ListDecomposition | null {
  if (list === null || list.lister !== undefined || !content.includes(" by ")) return list;
  const announcer = ANNOUNCED_BY.exec(content)?.[1];
  const name = announcer === undefined ? null : parseSpeakerPhrase(announcer)?.name;
  return name === null || name === undefined ? list : { ...list, lister: name };
}

/** " that will ", " which would ": plain words, one pass, before THING_THAT_WILL tries every opening. */
const RELATIVE_MODAL = / (?:that|which) w(?:ill|ould) /;
/** "… approved a £48m budget that will": the thing a relative clause with a modal describes. */
const THING_THAT_WILL =
  /^(\p{Lu}.{2,120}?\s)(?:an?|the)\s+([^,;:"“”()]{2,80}?)\s+(?:that|which)\s+(?=(?:will|would)\s)/u;

/**
 * "Harwick council approved a £48m budget that will close three libraries, move bin collections and
 * raise council tax" → "Harwick council approved a £48m budget." and "The £48m budget will close three
 * libraries." …: what was done to the thing, then each predicate of the relative clause, read with
 * the thing as its subject. Null unless the relative clause lists two predicates or more.
 */
function relativePredicateList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  const match = THING_THAT_WILL.exec(content);
  if (match === null) return null;
  const [whole, clause = "", thing = ""] = match;
  const subject = `The ${thing} `;
  const predicates = decomposeList(`${subject}${content.slice(whole.length)}`, 0, entities, cases);
  if (predicates === null || predicates.items.length < 2) return null;
  // Offsets in the rewritten sentence past its subject are the original's, shifted; the first
  // predicate's span starts at its modal.
  const shift = whole.length - subject.length;
  const thingEnd = content.indexOf(thing, clause.length) + thing.length;
  const done = { text: asSentence(content.slice(0, thingEnd)), start: base, end: base + thingEnd };
  const items = predicates.items.map((item) => ({
    text: item.text,
    start: base + Math.max(whole.length, item.start + shift),
    end: base + item.end + shift,
  }));
  return { items: [done, ...items], entity: null };
}

const INVERTED_AUXILIARY = /^(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could|should)\s/;
const NOT_ONLY =
  /^(\p{Lu}.{1,200}?)\s+not\s+(?:only|just|merely|simply)\s+(.{2,200}?),?\s+but\s+also\s+(.{2,300}?)[\s.]*$/su;

/**
 * "The deal covers not only 24 jets but also training and spare parts" → "The deal covers 24 jets.",
 * "The deal covers training.", "The deal covers spare parts.": each side says one more thing of the
 * lead, and the second side may list several.
 */
function notOnlyList(content: string, base: number): ListDecomposition | null {
  if (!content.includes(" but also ")) return null;
  const match = NOT_ONLY.exec(content);
  if (match === null) return null;
  const [, written = "", first = "", second = ""] = match;
  // "not only did prices rise, but …": an inverted clause, no thing the lead says.
  if (INVERTED_AUXILIARY.test(first) || /\bthat$/.test(written)) return null;
  const lead = written.replace(/,$/, "");
  const firstStart = content.indexOf(first, written.length);
  const secondStart = content.lastIndexOf(second);
  const firstItem = { text: first, start: base + firstStart, end: base + firstStart + first.length };
  const secondItem = { text: second, start: base + secondStart, end: base + secondStart + second.length };
  const rest = splitListItems(second, base + secondStart) ?? [secondItem];
  return { items: withLead(lead, [firstItem, ...rest]), entity: null };
}

/** "450 million euros", "$40m", "€2bn": a sum of money. */
const SUM_IN_LEAD = /[$€£¥]\s?\d|\d[\d,.]*\s*(?:million|billion|m|bn)\b/;

/**
 * "Exports rose 4%, led by cars, machinery and chemicals": a clause, then a participle whose agents
 * are the list. (A ranking's runners-up after "followed by" stay whole: see RANKING_TAIL.)
 */
/** "researchers at the institute, followed women in …": a phrase closed by a comma and a past-tense predicate. */
const APPOSITIVE_CLOSED = /^[^,]{3,100},\s+(?!and\s|or\s)\p{Ll}+ed\s/u;
const PARTICIPLE_BY =
  /,\s+(?:followed|led|driven|boosted|helped|fuell?ed|hit|dragged|pushed|pulled|offset|supported|underpinned|outpaced|trailed)\s+(?:mainly\s+|mostly\s+|largely\s+|in part\s+)?by\s+/;

/**
 * "The Social Democrats came second with 27.5%, followed by the Greens on 12.1% and the Liberals on
 * 6.3%" → "The Social Democrats came second with 27.5%, followed by the Greens on 12.1%." …, and
 * "Exports rose 4%, led by cars and machinery" → "Exports rose 4%, led by cars." …: each agent after
 * the clause and its participle; the clause is no item of the list.
 */
function participleByList(content: string, base: number): ListDecomposition | null {
  if (!content.includes(" by ")) return null;
  // One scan for the participle; the clause before it is the lead, the rest the list.
  const match = PARTICIPLE_BY.exec(content);
  if (match === null || match.index < 8) return null;
  // "The study, led by researchers at …, followed women in …": an aside about the subject, whose
  // predicate follows its closing comma.
  if (APPOSITIVE_CLOSED.test(content.slice(match.index + match[0].length))) return null;
  const lead = content.slice(0, match.index + match[0].trimEnd().length);
  const listStart = match.index + match[0].length;
  const listed = withoutTrailingStops(content.slice(listStart));
  // One clause before the participle: "Sales, which rose, were led by …" is no such list.
  if (lead.indexOf(",") !== lead.lastIndexOf(",") || listed.length < 4) return null;
  const items = splitListItems(listed, base + listStart) ?? figuredPair(listed, base + listStart);
  if (items === null || items.length < 2) return null;
  return { items: withLead(lead, items), entity: null };
}

/** "the Greens on 12.1% and the Liberals on 6.3%": two agents, each with its own figure. */
const FIGURED_PAIR = /^(\S.{1,60}?\d[^\s,]*)\s+and\s+(\S.{1,60}?\d[^\s,]*)$/;

/** The two agents of a pair that each carry a figure, or null: a bare pair may be one name ("Smith and Wesson"). */
function figuredPair(listed: string, base: number): Piece[] | null {
  const match = FIGURED_PAIR.exec(listed);
  if (match === null) return null;
  const [, first = "", second = ""] = match;
  const secondStart = listed.length - second.length;
  return [
    { text: first, start: base, end: base + first.length },
    { text: second, start: base + secondStart, end: base + listed.length },
  ];
}

/** One value of a "respectively" list: "18", "$400m", "9.1%", "2.5 million", "12 per cent". */
// "(?<![\d,.])": a value starts a number, never its tail ("000" of "240,000").
const VALUE_TEXT = String.raw`(?<![\d,.])[$€£]?\d[\d,.]*(?:m|bn)?(?:\s+(?:million|billion)|%|\s+percent|\s+per\s+cent)?(?:(?:\s+[A-Z][a-z]+)?\s+(?:dollars|euros|pounds|crowns|kroner|krone|kronor|francs|yen|yuan|rupees|pesos|rand|lira|dinars|riyals|dirhams|shillings))?`;
/** "20 million pounds" → " million pounds": what follows the last value's number, for bare numbers before it. */
const AFTER_NUMBER = /^\d[\d,.]*(\s.+)$/;
/**
 * "18, 9 and 6 seats respectively", "49.2%, 61.7% and 72.4% of patients within four hours
 * respectively": the values, then the words they all share, right before "respectively".
 */
const VALUES_BEFORE_RESPECTIVELY = new RegExp(
  String.raw`(${VALUE_TEXT}(?:(?:\s*,\s+(?:and\s+)?|\s+and\s+)${VALUE_TEXT})+)((?:\s+[^\s,]+){0,8}?)\s*,?\s+respectively\b`,
);
/** ", ", ", and ", " and " between values; a comma between digits is a thousands separator ("240,000"). */
/** One name of a "respectively" list of names: "Hollin Rovers", "the Greens". */
const RESPECTIVE_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** "play for Hollin Rovers and Norvik respectively": names paired with the subjects, no shared unit. */
const NAMES_BEFORE_RESPECTIVELY = new RegExp(
  String.raw`(${RESPECTIVE_NAME}(?:,\s+${RESPECTIVE_NAME})*,?\s+and\s+${RESPECTIVE_NAME})()\s*,?\s+respectively\b`,
  "u",
);
const VALUE_SEPARATOR = /\s*,\s+(?:and\s+)?|\s+and\s+/;
/** After "respectively": the words all values share ("to the fund"), up to a comma or the end. */
const AFTER_RESPECTIVELY = /^\s+([^,]{2,120}?)[\s.]*$/;

/**
 * "The Homeland party, the Greens and the Liberal Alliance won 18, 9 and 6 seats respectively" →
 * "The Homeland party won 18 seats." …: each subject with its own value, what the verb phrase says
 * between them ("grew by", "are on") and the words the values share ("seats", "of the vote"). Only
 * when subjects and values are as many, two or more, and the verb phrase has no comma of its own;
 * a comma after "respectively" closes a remark on them all ("…, the fastest rates in the region").
 */
/** "ordered Dvorn and Strass to pay 4.2 million crowns and 2.8 million crowns respectively". */
/** "4.2 million crowns", "$3m", "five years": one value of a "respectively" pair. */
const PAIRED_VALUE = String.raw`(?:(?:[$€£]\s?)?\d[\d,.]*\s*(?:million|billion)?|${SPELLED_NUMBERS})(?:\s+\p{Ll}+)?`;
/** "ordered Dvorn and Strass to pay 4.2 million crowns and 2.8 million crowns respectively". */
const OBJECT_PAIR_RESPECTIVELY = new RegExp(
  String.raw`^(\p{Lu}.*?\s(?:ordered|told|required|sentenced|fined)\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+((?:to\s+)?[^,]*?\s)(${PAIRED_VALUE})\s+and\s+(${PAIRED_VALUE})\s+respectively([^,]*?)[.]?$`,
  "u",
);
/** "6", "five": a first value without its unit, which the second gives ("6 and 4 years"). */
const BARE_VALUE = new RegExp(String.raw`^(?:\d[\d,.]*|${SPELLED_NUMBERS})$`);

/**
 * "The court ordered Dvorn and Strass to pay 4.2 million crowns and 2.8 million crowns respectively"
 * → "The court ordered Dvorn to pay 4.2 million crowns." and "The court ordered Strass to pay 2.8
 * million crowns.": two named objects of one verb, paired in order with two values.
 */
function respectiveObjectPair(content: string, base: number): ListDecomposition | null {
  const match = OBJECT_PAIR_RESPECTIVELY.exec(content);
  if (match === null) return null;
  const [
    ,
    lead = "",
    firstName = "",
    secondName = "",
    phrase = "",
    firstValue = "",
    secondValue = "",
    tail = "",
  ] = match;
  const firstAt = content.indexOf(firstValue, lead.length);
  const secondAt = content.indexOf(secondValue, firstAt + firstValue.length);
  const item = (name: string, value: string, at: number) => ({
    text: asSentence(`${lead}${name} ${phrase}${value}${tail}`),
    start: base + at,
    end: base + at + value.length,
  });
  // "to 6 and 4 years": a bare first number is in the second's unit ("to 6 years").
  const space = secondValue.indexOf(" ");
  const unit = BARE_VALUE.test(firstValue) && space > 0 ? secondValue.slice(space) : "";
  const firstItem = {
    ...item(firstName, `${firstValue}${unit}`, firstAt),
    end: base + firstAt + firstValue.length,
  };
  return {
    items: [firstItem, item(secondName, secondValue, secondAt)],
    entity: null,
  };
}

function respectiveList(content: string, base: number, cases: WordCases): ListDecomposition | null {
  const respective = VALUES_BEFORE_RESPECTIVELY.exec(content) ?? NAMES_BEFORE_RESPECTIVELY.exec(content);
  if (respective === null) return null;
  const values = (respective[1] ?? "").split(VALUE_SEPARATOR);
  // "40, 30 and 20 million pounds": bare numbers before the last value are in its measure too.
  const measure = AFTER_NUMBER.exec(values.at(-1) ?? "")?.[1] ?? "";
  // "40 million and 30 million euros": a scaled number before the last value is in its currency too.
  const currency = SCALE_THEN_WORD.exec(values.at(-1) ?? "")?.[1] ?? "";
  const parts = values.map((part) =>
    BARE_NUMBER.test(part)
      ? `${part}${measure}`
      : currency !== "" && SCALED_NUMBER.test(part)
        ? `${part}${currency}`
        : part,
  );
  const unit = respective[2] ?? "";
  const tail = content.slice(respective.index + respective[0].length);
  const shared = tail.startsWith(",") ? "" : ` ${AFTER_RESPECTIVELY.exec(tail)?.[1] ?? ""}`.trimEnd();
  // "At a meeting of donors in Paris on Thursday, the UK, Germany and …": the opening phrase is every
  // subject's, no subject of its own.
  const opening = OPENING_PHRASE_BEFORE_SUBJECTS.exec(content)?.[0] ?? "";
  const words = wordsOf(content.slice(0, respective.index));
  const firstSubject = words.findIndex((word) => word.start >= opening.length);
  // The verb after the subjects: not a listed noun right after "and" or a comma ("Exports and imports rose").
  // Nor a plural right before the verb ("Northgate districts accounted").
  // "Vale and Sund play for …": a plural's present verb is its base form, right after the last name.
  const verb = words.find(
    (word, k) =>
      k > firstSubject + 1 &&
      (isVerbForm(word.text) ||
        (mayBeBaseVerb(word.text) && STARTS_UPPER_CASE.test(words[k - 1]?.text ?? ""))) &&
      !/^(?:and|or)$|,$/.test(words[k - 1]?.text ?? "") &&
      !(word.text.endsWith("s") && isPastTense(words[k + 1]?.text ?? "")),
  );
  if (verb === undefined) return null;
  const baseVerbOpening = !isVerbForm(verb.text);
  const phrase = content.slice(verb.start, respective.index).trim();
  const subjects = splitListItems(content.slice(opening.length, verb.start), base + opening.length);
  if (subjects === null || subjects.length < 2 || parts.length !== subjects.length || phrase.includes(","))
    return null;
  // "The Riverside, Ashcombe and Northgate districts": names sharing the last one's kind, which no
  // one of them is alone ("Ashcombe districts"); the sentence stays whole.
  const written = content.slice(0, verb.start).trim();
  if (KIND_AT_END.test(written) && !HAS_LOWER_CASE_WORD.test(written.split(",", 1)[0] ?? "")) return null;
  const [first] = subjects;
  const firstAsWritten = first?.text ?? "";
  if (first !== undefined) first.text = lowerLineOpener(first.text, cases, true);
  // "Exports to China, Japan and South Korea rose 8%, 5% and 3% respectively": the names share the
  // first one's head ("Exports to Japan rose 5%."), and its number.
  const head = first === undefined ? undefined : HEAD_BEFORE_NAME.exec(first.text)?.[1];
  const sharedHead =
    head !== undefined && subjects.slice(1).every((subject) => BARE_NAME.test(subject.text)) ? head : "";
  return {
    items: subjects.map((subject, k) => {
      const headed = k > 0 && sharedHead !== "" ? `${sharedHead} ${subject.text}` : subject.text;
      const numbered = sharedHead === "" ? subject.text : sharedHead.split(" ", 1)[0];
      // "Norland and Valdoria have pledged" → "Norland has pledged": one subject each.
      // "Strass and Polk were ordered" → "Strass was ordered": a lone name in "s" is still one person.
      const plural =
        /s$/.test(numbered ?? "") &&
        !(sharedHead === "" && isLoneName(subject.text, k === 0 ? firstAsWritten : ""));
      // "Vale and Sund play" → "Vale plays": a base verb takes its "-s".
      const said = plural
        ? phrase
        : baseVerbOpening
          ? phrase.replace(/^\p{Ll}+/u, thirdPerson)
          : phrase.replace(PLURAL_VERB_OPENING, singularVerb);
      const text = `${opening}${headed} ${said} ${parts[k] ?? ""}${unit}${shared}`;
      return { ...subject, text: asSentence(capitalize(text)) };
    }),
    entity: null,
  };
}

const KIND_AT_END = /\s\p{Ll}+s$/u;
/**
 * "Strass", "Jones": one capitalised word, no "the" before it. Opening the sentence (`opening` is
 * the word as written there) it must also be no everyday word, as "Exports" is.
 */
function isLoneName(text: string, opening: string): boolean {
  if (opening === "") return LONE_CAPITALISED.test(text);
  return LONE_CAPITALISED.test(opening) && !isCommonWord(opening.toLowerCase());
}
const LONE_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** "Exports to China": a lower-case head and its preposition, before the first name of a list. */
const HEAD_BEFORE_NAME =
  /^(\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s+(?:to|from|in|of|for|at|on))\s+\p{Lu}/u;
/** "Japan", "South Korea": capitalised words only. */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** "At a meeting of donors in Paris on Thursday, ": a where or when opening the sentence, before its subjects. */
const OPENING_PHRASE_BEFORE_SUBJECTS =
  /^(?:At|In|On|During|After|Before|Earlier|Later|Under|Separately|Meanwhile)\b[^,]{0,80},\s+/;
const HAS_LOWER_CASE_WORD = /(?:^|\s)\p{Ll}/u;

/** "are", "were", "have" opening a verb phrase said of several, which one subject says as "is", "was", "has". */
const PLURAL_VERB_OPENING = /^(?:are|were|have)(?=\s)/;
const SINGULAR_VERB: Record<string, string> = { are: "is", were: "was", have: "has" };

function singularVerb(verb: string): string {
  return SINGULAR_VERB[verb] ?? verb;
}

const MAX_BULLET_SERIES_ITEM_WORDS = 4;

/**
 * "Spare parts, maintenance, and other field equipment" on one bullet: three short things, three
 * items. Null for anything else, so a name with commas ("Long-Range, Low-Light (LRL) sensors")
 * or a pair ("Anti-armour systems and rockets") stays one item.
 */
/** "to hire 3,000 nurses": an infinitive, then a count it takes. */
const INFINITIVE_THEN_COUNT = /\sto\s+\p{Ll}+\s+(?:up\s+to\s+|about\s+|some\s+)?[$€£]?\d/u;

export function bulletSeries(item: Piece): Piece[] | null {
  const items = splitListItems(item.text, item.start);
  if (items === null) return null;
  const things = items.every(
    (piece) =>
      !piece.text
        .split(/\s+/)
        .some(
          (word, k, words) =>
            (isUnambiguousVerb(word) && !ADJECTIVE_SLOT.test(words[k - 1] ?? "")) ||
            /^(?:which|that|who)$/i.test(word),
        ),
  );
  // "18 self-propelled howitzers and 40,000 rounds of 155 mm ammunition": two counted things are two
  // items, however long, and so are a short kind and a counted thing ("Small arms and more than 3
  // million rounds of ammunition"); "Radars and launchers for air defense" may be one kind of system.
  if (items.length === 2) {
    const [first, second] = items;
    // "$2.4 billion to hire 3,000 nurses and 1,200 doctors": the second count is more of what the
    // infinitive takes, not a second sum.
    if (INFINITIVE_THEN_COUNT.test(first?.text ?? "")) return null;
    const counted =
      second !== undefined &&
      isCounted(second.text) &&
      first !== undefined &&
      (isCounted(first.text) || first.text.split(/\s+/).length <= MAX_BULLET_SERIES_ITEM_WORDS);
    // "Halberd anti-tank systems and AT-4 anti-tank systems": two of one kind, named twice.
    const [firstText, secondText] = [first?.text ?? "", second?.text ?? ""];
    const paired = counted || sameKind(firstText, secondText) || pluralThings(firstText, secondText);
    return things && paired ? items : null;
  }
  const short = items.every((piece) => piece.text.split(/\s+/).length <= MAX_BULLET_SERIES_ITEM_WORDS);
  return items.length >= 3 && things && short ? items : null;
}

/** "field surgical kits": two to four words ending in a plural noun, with no phrase of its own. */
const SHORT_PLURAL_THING = /^(?:[\p{L}-]+\s+){1,3}\p{Ll}[\p{L}-]+s$/u;

/**
 * "Night vision devices and thermal sights": two modified plural things, neither with a phrase that
 * could be shared, are two items. A bare plural may name the kind with the other ("Anti-armour
 * systems and rockets"), and a phrase may be both's ("Radars and launchers for air defense").
 */
function pluralThings(first: string, second: string): boolean {
  return (
    SHORT_PLURAL_THING.test(first) &&
    SHORT_PLURAL_THING.test(second) &&
    !holdsPairPhrase(first) &&
    !holdsPairPhrase(second)
  );
}

/** Two short phrases ending in the same plural noun ("AT-4 anti-tank systems", "Halberd … systems"). */
function sameKind(first: string, second: string): boolean {
  const head = LOWER_CASE_THEN_S.test(first) ? first.slice(first.lastIndexOf(" ") + 1) : "";
  return (
    head !== "" &&
    first.includes(" ") &&
    second.endsWith(` ${head}`) &&
    second.split(/\s+/).length <= MAX_BULLET_SERIES_ITEM_WORDS &&
    first.split(/\s+/).length <= MAX_BULLET_SERIES_ITEM_WORDS
  );
}

const WHOLE_QUOTATION = /^“([^“”]+)”\s*$/;
/** "72 towed howitzers", "the armoured vehicles": after a count or determiner a participle describes. */
const ADJECTIVE_SLOT = /^(?:\d[\d,.]*|a|an|the|some|more|additional|new)$/i;

const PART_NOUNS = "provisions|measures|contents|items|elements|components|highlights|terms|details";
const PARTS_OWNED = new RegExp(
  `^(?:the\\s+)?(?<owner>[^,;:]{2,60}?)['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${PART_NOUNS})(?:\\s+(?:are|include))?$`,
  "iu",
);
const PARTS_OF = new RegExp(
  `^(?:the\\s+)?(?:\\p{L}+\\s+)?(?:${PART_NOUNS})\\s+(?:of|in)\\s+(?<owner>[^,;:]{2,60}?)(?:\\s+(?:are|include))?$`,
  "iu",
);

/** "Highlights of the quarter (are)", "Third-quarter highlights": the heading (1), without its verb. */
const HIGHLIGHTS_LEAD =
  /^((?:[\p{L}\d'’-]+\s+){0,3}highlights(?:\s+(?:of|from|in)\s+[^,;:]{2,60}?)?)(?:\s+(?:are|include))?$/iu;

/** What goes before each bullet of a list, and the earlier-described thing it lists, if any. */
export interface ListLead {
  lead: string;
  entity: Entity | null;
}

/** "Here's what the package contains", "What's in the package": the thing, which includes each item; else null. */
function whatLead(written: string, entities: EntityMemory): ListLead | null {
  // "The ministry listed what the package contains:": what it contains, as the ministry listed it.
  const lead = LISTER_WHAT.exec(written)?.[2] ?? written;
  if (!/^(?:what|here)/i.test(lead)) return null;
  const what = WHAT_LEAD.exec(lead);
  const container = what?.[1] ?? what?.[2];
  if (container === undefined) return null;
  // "Here is what it contains": the package described last.
  const described = /^(?:it|they)$/i.test(container) ? latestContainer(entities) : null;
  const owner = described ?? namedOwner(container, entities);
  return { lead: `${owner.lead} includes`, entity: owner.entity };
}

/**
 * "The package contains" → "The new aid package worth 2.1 billion euros contains": the lead-in of a
 * bulleted list names the earlier-described thing it lists, so each item claim stands alone.
 */
export function describeListLead(fullLead: string, entities: EntityMemory): ListLead {
  // "Among the new capabilities", "On the list", "What Arvania will get" over bullets.
  const named = namedColonLead(`${fullLead.trim()}:`, entities);
  if (named !== null) return named;
  const what = whatLead(fullLead.trim(), entities);
  if (what !== null) return what;
  // "The following items are included": in the package described last.
  const following = FOLLOWING_INCLUDED.test(fullLead.trim()) ? latestContainer(entities) : null;
  if (following !== null) return { lead: `${following.lead} includes`, entity: following.entity };
  // "The law does the following:" over "1. Allows …": each line is the subject's predicate.
  const doer = DOES_THINGS.exec(fullLead.trim())?.[1];
  if (doer !== undefined) return { lead: doer, entity: null };
  // "contains the following items" says no more than "contains" before each item.
  const listed = fullLead.replace(FOLLOWING, "").trim();
  const lead = listed.replace(LISTED, "");
  // "Highlights of the quarter", "Third-quarter highlights": each line is one of the highlights. A
  // quarter does not "include" its revenue as a package includes its items.
  const highlights = lead.includes("ighlights") ? HIGHLIGHTS_LEAD.exec(lead)?.[1] : undefined;
  if (highlights !== undefined) return { lead: `${capitalize(highlights)} include`, entity: null };
  // "The bill's main provisions" / "Key provisions of the bill (are)": the thing includes each item.
  const parts = PARTS_OF.exec(lead) ?? PARTS_OWNED.exec(lead);
  const owner = parts?.groups?.owner;
  if (owner !== undefined) {
    const named = namedOwner(owner, entities);
    return { lead: `${named.lead} includes`, entity: named.entity };
  }
  // "Its contents are listed below": the contents of the thing described last.
  const latest = latestThingOf(lead, entities);
  if (latest !== null) return { lead: `${latest.lead} includes`, entity: latest.entity };
  // "Under the plan": lines that are clauses read after it, the thing named ("Under the $60 million plan, …").
  const adverbial = ADVERBIAL_LEAD.exec(lead);
  if (adverbial !== null) {
    const owner = namedOwner(adverbial[2] ?? "", entities);
    return { lead: `${adverbial[1]} ${midSentence(owner.lead)}`, entity: owner.entity };
  }
  const trigger = INCLUSION.exec(`${lead} `);
  // "The budget's main spending lines are:": each line is one of them.
  if (trigger === null)
    return { lead: BARE_BE_END.test(listed) ? leadForOneOfSeveral(listed) : lead, entity: null };
  const subject = inclusionSubject(lead.slice(0, trigger.index).trim(), entities);
  // "The A$480 million package comprises:" over lines: one line is not all the package consists of.
  if (subject.entity === null) {
    const verb = trigger[1] ?? "";
    if (!WHOLE_OF_VERB.test(verb)) return { lead, entity: null };
    return { lead: `${subject.lead} ${agreeing(inclusionVerb(verb), subject.singular)}`, entity: null };
  }
  return {
    lead: `${subject.lead} ${agreeing(inclusionVerb(trigger[1] ?? ""), subject.singular)}`,
    entity: subject.entity,
  };
}

/** "Under the plan", "As part of the deal": an opening adverbial naming the thing the lines after it are about. */
export const ADVERBIAL_LEAD = /^(Under|As part of|Through|Within)\s+((?:the|this)\s+[^,:;]{1,60})$/i;

/**
 * "Here's what the package contains", "What's in the package?", "What does the package contain?": a lead
 * that names the listed thing.
 */
/** "The ministry listed what …", "Officials detailed what …": who gave the list, then what it lists. */
const LISTER_WHAT =
  /^(\S+(?:\s+\S+){0,5}?)\s+(?:listed|detailed|outlined|set out|explained|described|spelled out|spelt out)\s+(what\s.+)$/i;
const WHAT_LEAD =
  /^(?:here(?:['’]s|\s+is)\s+)?what(?:(?:['’]s|\s+is)\s+(?:in|included\s+in)\s+(the\s+[^,:?]{1,60}?|it)|\s+(?:(?:does|do|will)\s+)?(the\s+[^,:?]{1,60}?|it|they)\s+(?:contains?|includes?|will\s+include|provides?|will\s+provide))[?.]?:?$/i;
/**
 * "The following items are included", "Here are the main items", "Here is what is included": a lead
 * naming no thing, whose lines are in the thing described last.
 */
const FOLLOWING_INCLUDED =
  /^(?:the\s+following(?:\s+\p{Ll}+)?\s+(?:are|were|will\s+be|have\s+been)\s+(?:included|provided)|here\s+(?:are|is)\s+(?:some\s+of\s+)?(?:the\s+)?(?:(?:main|key|major|biggest|most\s+important)\s+)?(?:items|contents|elements|components|details)|here\s+is\s+what(?:['’]s|\s+is)\s+included):?$/iu;

/** "The package contains the following items.", "They are as follows.": a sentence announcing the lines after it. */
const ANNOUNCES_LIST =
  /\s(?:the\s+following(?:\s+\p{Ll}+)?|as\s+follows|(?:listed|set\s+out)\s+below)[.!]?$/iu;

/**
 * "What's in the package" on its own line, or a sentence announcing what follows ("The package
 * contains the following items."): a lead for the bullets after it, colon or not.
 */
export function isListHeading(line: string): boolean {
  const trimmed = line.trim();
  // ANNOUNCES_LIST reads only a line's end: tried on its last words, not at every space of it.
  return WHAT_LEAD.test(trimmed) || ANNOUNCES_LIST.test(trimmed.slice(-ANNOUNCEMENT_CHARS));
}

/** Room for " the following <any word>." at a line's end. */
const ANNOUNCEMENT_CHARS = 80;

/**
 * Bullets with no lead-in after a sentence that names a package, plan or budget the article
 * described ("Valdoria announced a $40 million aid package …" then "- 20 armored ambulances"): each
 * bullet is something the thing includes. Null when the sentence names no such thing.
 */
export function mentionedContainerLead(
  sentence: string,
  entities: EntityMemory,
): (ListLead & { entity: Entity }) | null {
  const mentioned = thingsMentioned(sentence)
    .filter((thing) => CONTAINER.test(thing.head))
    .at(-1);
  const entity = mentioned === undefined ? null : entities.find(`the ${mentioned.head}`);
  return entity === null ? null : { lead: `${describe(entity, "it")} includes`, entity };
}

const LISTED = /\s+(?:are|were)(?:\s+(?:as\s+follows|listed\s+below|below))?$/i;
const BARE_BE_END = /\s(?:are|were)$/i;
/** "The law does the following", "The budget does three things": a subject announcing its deeds (no colon). */
const DOES_THINGS =
  /^(.{2,80}?)\s+(?:does|do|did|will\s+do|would\s+do|took|has\s+taken|made|has\s+made)\s+(?:the\s+following(?:\s+(?:things|actions|steps|decisions|changes))?|(?:two|three|four|five|six|\d)\s+things)$/i;
const FOLLOWING =
  /\s+(?:the\s+following|these)(?:\s+(?:items|things|elements|weapons|supplies|capabilities))?$/i;

/** "(1)", "(a)", "(i)", and after a space or an opening quotation mark "1)", "a)", "i)". */
const NUMBER_MARKER =
  /,?(?:\s+(?:and|or))?\s*(?:\((\d{1,2}|[a-h]|[iv]{1,4})\)|(?<=[\s“"])(\d{1,2}|[a-h]|[iv]{1,4})\))\s+/g;
const FIRST_NUMBER = /\((?:1|a|i)\)|[\s“"](?:1|a|i)\)/;
const ROMAN_NUMBERS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];

/** "The plan calls for (1) doubling stocks, (2) hardening bases and (3) hiring staff." Also "includes: 1) A, 2) B". */
function numberedList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  if (!FIRST_NUMBER.test(content)) return null;
  const markers = [...content.matchAll(NUMBER_MARKER)];
  const first = markers[0];
  // "1) … 2) …" or "(a) … (b) …" in order: "(phase 2)" alone numbers no list.
  const inOrder = markers.every((m, k) =>
    [String(k + 1), "abcdefgh".charAt(k), ROMAN_NUMBERS[k]].includes(m[1] ?? m[2] ?? ""),
  );
  if (first === undefined || markers.length < 2 || !inOrder) return null;
  // "were “i) safety, ii) schools and iii) transport.”": the quotation marks go with the lead and the last item.
  const written = content
    .slice(0, first.index)
    .trim()
    .replace(/\s*[“"]$/, "");
  // "The plan has four components: (1) …": a colon's lead reads as any colon list's does.
  // "The budget does three things: (1) it freezes …": the subject, whose "it" opens each item.
  const doer = DOES_THINGS.exec(written.replace(/:$/, ""))?.[1];
  const lead = doer ?? (written.endsWith(":") ? colonLead(written, entities).lead : written);
  if (lead === "") return null;
  const items: Piece[] = [];
  markers.forEach((marker, k) => {
    const start = marker.index + marker[0].length;
    const end = markers[k + 1]?.index ?? content.length;
    const text = content.slice(start, end).replace(/[\s.;,”"]+$/, "");
    const own = doer === undefined ? text : text.replace(PRONOUN_SUBJECT, "");
    if (text !== "")
      items.push({
        text: asSentence(`${lead} ${own}`),
        start: base + start,
        end: base + start + text.length,
      });
  });
  // "The package includes: 1) A, 2) B" continues the described package and credits its lister.
  return items.length >= 2 ? { items, entity: openingEntity(lead, entities) } : null;
}

const INVERTED =
  /^(?:(?:also|further|additionally)\s+)?(?:included|listed|covered|funded|pledged|promised|planned|(?:being\s+)?(?:sent|provided|delivered|supplied))(?:\s+(?:in|with)\s+(the\s[^,;]{1,60}?))?\s+(?:are|were|is|was|will be)\s+/i;
/** "Also part of the package are A and B", "In the package are A and B". */
const IN_THING =
  /^(?:(?:also|further|additionally)\s+)?(?:part\s+of|in)\s+(the\s[^,;]{1,60}?)\s+(?:are|were|is|was|will be)\s+/i;
const AMONG = /^among\s+(the\s[^,;:]{1,60}?)(?:\s+(?:are|were|is|was|will be)\s+|:\s*)/i;

/**
 * "Also included are A and B." / "Among the weapons are A, B and C." / "Also being sent are A and B." /
 * "Also part of the package are A and B." → "The <package> includes A."
 * The thing is the one named in the sentence, else the latest thing the article described.
 */
function invertedList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  const inThing = IN_THING.exec(content);
  // "In the room were …" names no package.
  const thingHolds = inThing !== null && isThingNoun(inThing[1]?.split(/\s+/).at(-1) ?? "");
  const match = INVERTED.exec(content) ?? AMONG.exec(content) ?? (thingHolds ? inThing : null);
  if (match === null) return null;
  const container = match[1] ?? null;
  const listStart = match[0].length;
  const listText = content.slice(listStart);
  const items = splitListItems(listText, base + listStart) ?? [wholeItem(listText, base + listStart)];
  // "Among the items to be delivered before Christmas are …": the package's items, and when they come.
  const modified = container === null ? null : MODIFIED_ITEMS.exec(container);
  const modifier = modified !== null && ITEMS_WORD.test(modified[1] ?? "") ? (modified[2] ?? "") : "";
  const entity =
    container === null
      ? (latestContainer(entities)?.entity ?? entities.find("it"))
      : (entities.find(container) ??
        (holdsItems(container)
          ? entities.find("it")
          : modifier === ""
            ? null
            : latestContainer(entities)?.entity) ??
        null);
  // "Among the programmes that lose money are …" lists no package's contents.
  if (entity === null && (container === null || /\b(?:that|which|who)\b/i.test(container))) return null;
  const subject =
    entity === null
      ? asSentence(container ?? "").replace(/\.$/, "")
      : describe(entity, modifier === "" ? (container ?? "it") : "it");
  const verb = entity === null && /s$/i.test(container ?? "") ? "include" : "includes";
  const listed = items.filter((item) => item.text !== "");
  // "Among the injured were A and B": no package, and no noun "includes" agrees with; said as
  // written, "was" before one thing or a name ("Among the injured was a paramedic").
  if (entity === null && verb === "includes" && AMONG.test(content)) {
    const among = content.slice(0, listStart).trim();
    return {
      items: listed.map((item) => ({
        ...item,
        text: asSentence(
          `${isOneThing(item.text) ? among.replace(PLURAL_BE, singularBe) : among} ${item.text}`,
        ),
      })),
      entity,
    };
  }
  const described =
    entity !== null && modifier !== ""
      ? listed.map((item) => ({ ...item, text: `${item.text}, ${modifier}` }))
      : listed;
  return { items: withLead(`${subject} ${verb}`, described), entity };
}

/** "the items to be delivered before Christmas", "the new weapons sent last week": a word for a package's things, then what is said of them. */
const MODIFIED_ITEMS =
  /^the\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+((?:to|being|due|set|scheduled|expected|sent|given|promised|\p{Ll}+ed)\s.+)$/u;

/** "Also targeted were", "Also arrested was": a participle put first, then who or what it befell. */
const ALSO_PASSIVE =
  /^Also\s+(targeted|sanctioned|named|designated|blacklisted|charged|arrested|detained|killed|injured|wounded|dismissed|hit|affected)\s+(were|was|are|is)\s+/;

/**
 * "Also targeted were two shipping firms and a bank in Varn." → "Two shipping firms were also
 * targeted." and "A bank in Varn was also targeted.": each said in the usual order, its verb agreeing.
 */
function alsoPassiveList(content: string, base: number): ListDecomposition | null {
  if (!content.startsWith("Also ")) return null;
  const match = ALSO_PASSIVE.exec(content);
  if (match === null) return null;
  const [opening, participle = "", be = ""] = match;
  const listText = content.slice(opening.length);
  const items = splitListItems(listText, base + opening.length);
  if (items === null) return null;
  return {
    items: items.map((item) => ({
      ...item,
      text: asSentence(capitalize(`${item.text} ${beAgreeing(item.text, be)} also ${participle}`)),
    })),
    entity: null,
  };
}

/** "was" or "were" (or "is"/"are", as `be` is) for one item: "a bank" and "the head of X" are one. */
function beAgreeing(item: string, be: string): string {
  const past = be === "were" || be === "was";
  const head = item.split(" of ")[0]?.split(" ").at(-1) ?? "";
  // "two banks based in Varn": a count of more than one is many, whatever word ends the phrase.
  const many = MANY_OPENING.test(item);
  // "central bank governor Lidia Moss": a person's full name closing the item, whatever letter ends it.
  const person = PERSON_NAME_END.test(item) && !/^the\s/i.test(item);
  const one = !many && (isOneThing(item) || person || !/[^'’]s$/.test(head));
  return one ? (past ? "was" : "is") : past ? "were" : "are";
}

const MANY_OPENING =
  /^(?:(?:some|about|more than|nearly)\s+)?(?:[2-9]|\d[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|hundreds|thousands)\s/i;
const THOSE_INCLUDE = /^(Those\s+(?:\p{Ll}+ed|named|hit))\s+(include|included)\s+/u;

/** "Those listed include A, B and C" → "A is among those listed." …: as "A, B and C were among those listed". */
function thoseIncludeList(content: string, base: number): ListDecomposition | null {
  const match = THOSE_INCLUDE.exec(content);
  if (match === null) return null;
  const [opening, those = "", verb = ""] = match;
  const items = splitListItems(content.slice(opening.length), base + opening.length);
  if (items === null) return null;
  const be = verb === "include" ? "are" : "were";
  const among = `among ${those.charAt(0).toLowerCase()}${those.slice(1)}`;
  return {
    items: items.map((item) => ({
      ...item,
      text: asSentence(capitalize(`${item.text} ${beAgreeing(item.text, be)} ${among}`)),
    })),
    entity: null,
  };
}

const AMONG_THOSE =
  /^(.{3,300}?)\s+(were|are|was|is)\s+(?:also\s+)?among\s+(those\s+\p{Ll}+(?:\s+\p{Ll}+)?)[\s.]*$/u;

/** "A, B and C were among those sanctioned" → "A was among those sanctioned." …, each agreeing. */
function amongThoseList(content: string, base: number, cases: WordCases): ListDecomposition | null {
  if (content.startsWith("Those ")) return thoseIncludeList(content, base);
  if (!content.includes(" among those ")) return null;
  const match = AMONG_THOSE.exec(content);
  const [, front = "", be = "", those = ""] = match ?? [];
  const items = match === null ? null : openingItems(front, base, cases);
  if (items === null) return null;
  return {
    items: items.map((item) => ({
      ...item,
      text: asSentence(capitalize(`${item.text} ${beAgreeing(item.text, be)} among ${those}`)),
    })),
    entity: null,
  };
}

const OTHER_ITEMS =
  /^(?:other|further|additional|more)\s+(?:items|weapons|supplies|goods|equipment|systems|munitions|capabilities|arms|vehicles)(?:\s+(?:sent|provided|pledged|listed))?\s+(?:are|were)\s+/i;

/**
 * "Other items are A, B and C" after a package's first items ("Other items include …" is
 * inclusionList's, which names the package in the subject) → "The <package> also includes A." …, and
 * "Key items include A, B and C" → "The <package> includes A." …: items that name no thing are the
 * latest described package's. Null when no package was described.
 */
function unownedItemsList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  if (!/^(?:Other|Further|Additional|More|Key|Main|Major|Notable|The)\s/.test(content)) return null;
  const other = OTHER_ITEMS.exec(content);
  // "Key items include A, B and C": the most notable of the package's items.
  const match = other ?? KEY_ITEMS.exec(content);
  if (match === null) return null;
  const listStart = match[0].length;
  return latestContainerList(
    content.slice(listStart),
    base + listStart,
    other === null ? "" : "also",
    entities,
  );
}

/** "The ministry listed the items as", "Officials described its contents as": who gave the list, then it. */
const LISTED_AS =
  /^((?:\S+\s+){1,6}?)(?:listed|described|gave|identified)\s+(?:the\s+(?:main\s+|key\s+)?(?:items|contents|equipment|supplies|weapons)|its\s+contents|them)\s+as\s+/i;

/**
 * "The ministry listed the items as A, B and C" after a package's sentence → "The <package> includes
 * A." …: the things listed are the package's described last. Null when no package was described.
 */
function listedAsList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  if (!content.includes(" as ")) return null;
  const match = LISTED_AS.exec(content);
  if (match === null) return null;
  const list = latestContainerList(content.slice(match[0].length), base + match[0].length, "", entities);
  const lister = (match[1] ?? "").trim().replace(/^The\s/, "the ");
  if (list === null) return null;
  // "It listed the items as …": a pronoun names no one by itself.
  return /^(?:it|they|he|she|we|i)$/i.test(lister) ? list : { ...list, lister };
}

const KEY_ITEMS =
  /^(?:the\s+)?(?:key|main|major|notable|biggest|largest)\s+(?:items|elements|components|weapons|capabilities|features|highlights)\s+(?:are|were|include|included|will include)\s+/i;

const PLURAL_BE = /\b(?:are|were)$/;
function isOneThing(item: string): boolean {
  return ONE_THING.test(item) || STARTS_UPPER_CASE.test(item);
}
function singularBe(be: string): string {
  return be === "are" ? "is" : "was";
}

/** "the weapons", "the new items", "the package": what a package's contents are called. */
const ITEMS_WORD =
  /^(?:items|weapons|supplies|goods|equipment|systems|munitions|capabilities|things|contents|provisions|arms|vehicles)$/i;

function holdsItems(container: string): boolean {
  const words = container.split(/\s+/);
  // "the equipment pledged", "the weapons sent": a participle after the head says how they came.
  const last = words.at(-1) ?? "";
  const head = words.length > 2 && PARTICIPLE_AFTER_HEAD.test(last) ? (words.at(-2) ?? "") : last;
  return ITEMS_WORD.test(head) || isThingNoun(head);
}
const PARTICIPLE_AFTER_HEAD = /^(?:\p{Ll}+ed|sent|given|promised|provided|listed|included)$/u;

/** The rest of a sentence as one item, without its closing punctuation. */
function wholeItem(text: string, start: number): Piece {
  const trimmed = text.replace(/[\s.;,!]+$/, "");
  return { text: trimmed, start, end: start + trimmed.length };
}

/** "X and Y were part of the package, along with Z" → "The <package> includes X." ... */
function partOfList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  if (!PART_OF_HINT.test(content)) return null;
  const match = PART_OF.exec(content);
  if (match === null) return null;
  const [front, container, rest] = [match[1] ?? "", match[2] ?? "", match[3] ?? ""];
  // "12 tanks, which are among the most modern in its fleet, as well as …": a relative clause's
  // ranking, no container of the things listed.
  if (RELATIVE_END.test(front) || SUPERLATIVE.test(container)) return null;
  // "Britain imposed sanctions on 30 tankers it says are part of a fleet, as well as …": a clause
  // before "are part of" is no list of things.
  if (holdsClause(front)) return null;
  const restOffset = content.length - rest.length;
  const frontItems = splitListItems(front, base) ?? [
    { text: front.trim(), start: base, end: base + front.trim().length },
  ];
  const restItems = splitListItems(rest, base + restOffset) ?? [
    {
      text: withoutTrailingStops(rest),
      start: base + restOffset,
      end: base + restOffset + withoutTrailingStops(rest).length,
    },
  ];
  const entity = isVagueReference(container) ? entities.find(container) : null;
  const subject = entity === null ? container : describe(entity, container);
  const first = frontItems[0];
  // The first item opens the sentence, so its capital says nothing unless the article shows a name.
  if (first !== undefined) first.text = lowerLineOpener(first.text, cases, true);
  return { items: withLead(`${subject} includes`, [...frontItems, ...restItems]), entity };
}

const RELATIVE_END = /[,\s](?:which|who|that)$/;

/** "A, B and C will also be included", "… will also be provided": more things, with no container named. */
const ALSO_INCLUDED =
  /^(.{3,300}?)\s+(will|would|are|were)\s+also\s+(?:be\s+)?(?:included|provided|supplied|delivered|sent)[\s.]*$/;

/**
 * "Laser-guided rocket systems, additional short-range missiles and demolition munitions will also be
 * included" after a package's list → "The <package> will also include laser-guided rocket systems." …:
 * more of the thing described or listed last, when it is one that holds things.
 */
function alsoIncludedList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  if (!content.includes(" also ")) return null;
  const match = ALSO_INCLUDED.exec(content);
  const container = match === null ? null : latestContainer(entities);
  if (match === null || container === null || holdsClause(match[1] ?? "")) return null;
  const items = splitListItems(match[1] ?? "", base);
  const [first] = items ?? [];
  if (items === null || first === undefined) return null;
  first.text = lowerLineOpener(first.text, cases, true);
  const verb = /^(?:will|would)$/.test(match[2] ?? "") ? `${match[2]} also include` : "also includes";
  return { items: withLead(`${container.lead} ${verb}`, items), entity: container.entity };
}

/** A past verb where it stands ("Britain imposed"), or a reporting "says": not "12 refurbished tanks". */
function holdsClause(text: string): boolean {
  const textWords = text.split(/\s+/);
  return textWords.some(
    (word, k) =>
      /^(?:says|said)$/.test(word) ||
      (isPastTense(word) && isVerbAfter(textWords[k - 1] ?? "", word, textWords[k - 2] ?? "")),
  );
}
const SUPERLATIVE = /^(?:the|its|their)\s+(?:most|least|best|worst|\p{Ll}+est)\s/u;

/** ", all part of the package," or "— all paid for by the grant —": an aside saying whose the listed things are. */
const PART_OF_ASIDE =
  /^(.{3,300}?)(?:\s*(?:—|–|--)\s*|,\s+)(?:(?:all|each|both)\s+)?((?:part of|included in|(?:paid for|funded|bought|provided)\s+(?:by|under|through))\s+(?:the|this)\s+[^,;—–]{1,60}?)(?:\s*(?:—|–|--)\s*|,\s+)(\S.*)$/su;
const THING_AT_END = /\s(\S+)$/;
/** "are", "were", "have": a plural verb opening what is said of all the items. */
const PLURAL_VERB: Record<string, string> = { are: "is", were: "was", have: "has" };
const ONE_THING = /^(?:a|an|one)\s/i;

/**
 * "Fifteen ambulances, two water-treatment plants and 5,000 blankets — all part of the package —
 * will arrive next month" → "Fifteen ambulances, part of the $40 million package for Ostmark, will
 * arrive next month." per item: what is said of all of them is said of each, with the aside that
 * names whose they are. Each item keeps its own span.
 */
function partOfAsideList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  // PART_OF_ASIDE needs one of these words before "by"/"under"/"through" or alone: most sentences have none.
  if (!/\s(?:part of|included in|by|under|through)\s/.test(content)) return null;
  if (!/(?:part of|included in|paid for|funded|bought|provided)\s/.test(content)) return null;
  const match = PART_OF_ASIDE.exec(content);
  const [, front = "", aside = "", predicate = ""] = match ?? [];
  const container = /(?:the|this)\s+[^,;—–]+$/.exec(aside)?.[0] ?? "";
  if (match === null || !isThingNoun(THING_AT_END.exec(aside)?.[1] ?? "") || !hasVerbForm(predicate))
    return null;
  const items = splitListItems(front, base);
  const first = items?.[0];
  if (items === null || first === undefined) return null;
  // The first item opens the sentence, so its capital says nothing unless the article shows a name.
  first.text = lowerLineOpener(first.text, cases, true);
  const entity = isVagueReference(container) ? entities.find(container) : null;
  const named = entity === null ? container : midSentence(describe(entity, container));
  const relation = `${aside.slice(0, aside.length - container.length)}${named}`;
  const verb = /^\S+/.exec(predicate)?.[0] ?? "";
  const singularVerb = PLURAL_VERB[verb];
  return {
    items: items.map((item) => {
      const said =
        singularVerb !== undefined && ONE_THING.test(item.text)
          ? `${singularVerb}${predicate.slice(verb.length)}`
          : predicate;
      return { ...item, text: asSentence(`${item.text}, ${relation}, ${said}`) };
    }),
    entity,
  };
}

/** Things said of a series together, not of each of its items ("together cost", "make up the package"). */
const COLLECTIVE_PREDICATE =
  /\b(?:together|combined|altogether|jointly|between them|among them|each other|one another|respectively|in total|in all|a total)\b|^(?:(?:will|would|could|may|might|can|also|have|had|has)\s+)*(?:be\s+|been\s+)?(?:make|makes|made|account|accounts|accounted|amount|amounts|amounted|add|adds|added|total|totals|totalled|totaled|cost|costs|comprise|comprised|form|formed|represent|represents|represented|met|meet|agreed|agree|signed|sign|share|shared|are part|were part|is part|was part|are among|were among|are what|were what|are all|were all|are also|were also|are in|were in|outnumber|outnumbered|exceed|exceeded)\b/;
const MIN_COUNTED_SUBJECTS = 3;
const TOTAL_OF = /^(?:A|In) total(?: of)?,?\s+(?=\d)/;

/**
 * "Twelve ambulances, four field hospitals and 30 tonnes of medicines will be delivered by May" →
 * "Twelve ambulances will be delivered by May." …, and "Norland, Estavia and Corvel will each send
 * 100 tonnes of flour" → "Norland will send 100 tonnes of flour." …: a series of subjects whose
 * predicate is said of each of them, because each is counted (three or more) or "each" says so.
 * A predicate said of them together ("together cost", "make up the package", "met") keeps it whole.
 */
function subjectSeriesList(content: string, base: number, cases: WordCases): ListDecomposition | null {
  // "A total of 12 tanks, 40 vehicles and 300 missiles will be sent": the total is each item's sum.
  const total = TOTAL_OF.exec(content)?.[0];
  if (total !== undefined)
    return subjectSeriesList(capitalize(content.slice(total.length)), base + total.length, cases);
  const mayHaveEach = content.includes(" each ");
  if (!mayHaveEach && !isCounted(content)) return null;
  const words = wordsOf(content, 40);
  let verbAt = -1;
  for (let k = 1; k < words.length; k++) {
    const word = words[k]?.text ?? "";
    // A present "-s" verb reads like a plural noun ("ambulances"): only unambiguous verbs end the subjects.
    if (word !== "each" && !isUnambiguousVerb(word)) continue;
    if (isAttributive(word, words[k - 1]?.text, words[k + 1]?.text)) continue;
    // "40 armoured vehicles": an "-ed" word after a count describes the thing.
    if (word !== "each" && !isVerbAfter(words[k - 1]?.text ?? "", word)) continue;
    verbAt = k;
    break;
  }
  const verb = words[verbAt];
  const before = words[verbAt - 1];
  // The subjects end right before the verb, with no comma: "A, B and C, which …, will" is no series of subjects.
  if (verb === undefined || before === undefined || /[,;:]$/.test(before.text)) return null;
  const subject = content.slice(0, before.end);
  if (!subject.includes(" and ")) return null;
  let predicate = withoutTrailingStops(content.slice(verb.start));
  // "each pledged" or "will each send": each of the subjects does it; "each" elsewhere is the predicate's.
  const each = verb.text === "each" || (mayHaveEach && words[verbAt + 1]?.text === "each");
  if (each) predicate = predicate.replace(/^each\s+/, "").replace(/^(\S+)\s+each\s+/, "$1 ");
  if (COLLECTIVE_PREDICATE.test(predicate)) return null;
  const items = splitListItems(subject, base);
  const first = items?.[0];
  if (items === null || first === undefined) return null;
  const eachCounted = items.every((item) => isCounted(item.text) || ONE_THING.test(item.text));
  if (!each && (items.length < MIN_COUNTED_SUBJECTS || !eachCounted)) return null;
  if (items.some((item) => holdsClause(item.text))) return null;
  // "Ada Roe and Per Lund were each fined": each of them was; a name or "a field kitchen" is one.
  const ones = items.map((item) => ONE_THING.test(item.text) || (each && STARTS_UPPER_CASE.test(item.text)));
  // The first item opens the sentence, so its capital says nothing unless the article shows a name.
  first.text = lowerLineOpener(first.text, cases, true);
  const predicateVerb = /^\S+/.exec(predicate)?.[0] ?? "";
  const singularVerb = PLURAL_VERB[predicateVerb];
  return {
    items: items.map((item, k) => {
      const said =
        singularVerb !== undefined && ones[k] === true
          ? `${singularVerb}${predicate.slice(predicateVerb.length)}`
          : predicate;
      return { ...item, text: asSentence(`${item.text} ${said}`) };
    }),
    entity: null,
  };
}

const AMONG_ITEMS =
  /^(.{3,300}?)\s+(are|were|is|was|will be)\s+(?:also\s+)?among\s+(the\s+(?:\p{Ll}+\s+)?\p{Ll}+s)(?:\s+(?:in|of|included in|provided in|sent in)\s+(the\s+[^,;]{1,60}))?$/u;

/**
 * "Harrier drones, Falcon radars and tank shells are among the items (in the package)" → "The <package>
 * includes Harrier drones." …: the items of the thing named, else of the latest described container.
 */
function amongItemsList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  if (!content.includes(" among ")) return null;
  const match = AMONG_ITEMS.exec(withoutTrailingStops(content));
  if (match === null) return null;
  const [, front = "", verb = "", , container] = match;
  const owner = container === undefined ? latestContainer(entities) : namedOwner(container, entities);
  const items = openingItems(front, base, cases);
  if (owner === null || items === null) return null;
  const includes = /^(?:were|was)$/.test(verb) ? "included" : "includes";
  return {
    items: withLead(`${owner.lead} ${includes}`, items),
    entity: owner.entity,
  };
}

/** "The relief package (tents, blankets and food) will arrive": a subject naming a thing, its contents in brackets, a predicate. */
const SUBJECT_WITH_CONTENTS =
  /^((?:The|This|Its|Their|A|An|\p{Lu}[\p{L}'’.-]*['’]s?)\s+(?:[^\s()]+\s+){0,5}?([\p{L}-]+))\s+\(([^()]{3,300})\)\s+(\S.*)$/su;

/** "The donation – 40 trucks, 12 boats and three cranes – will arrive": the contents between dashes. */
const SUBJECT_WITH_DASHED_CONTENTS =
  /^((?:The|This|Its|Their|A|An|\p{Lu}[\p{L}'’.-]*['’]s?)\s+(?:[^\s—–]+\s+){0,5}?([\p{L}-]+))\s+[—–]\s+([^—–]{3,300}?)\s+[—–]\s+(\S.*)$/su;

const DASHED_ASIDE_OPENING =
  /^(?:\p{Ll}+ing|such|all|both|each|among|mainly|mostly|part|which|who|worth|valued)\b/u;

/**
 * "The relief package (tents, blankets and cholera vaccines) will be flown in" → "The <package> includes
 * tents." … and "The <package> will be flown in.": the bracketed list is the thing's contents, each
 * with its own span; what the sentence says of the thing is a claim of its own.
 */
function parenthesisList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  const bracketed = content.includes(" (");
  if (!bracketed && !content.includes(" — ") && !content.includes(" – ")) return null;
  // "The donation – 40 trucks, 12 boats and three cranes – will arrive": dashes set the contents off too.
  const match = (bracketed ? SUBJECT_WITH_CONTENTS : SUBJECT_WITH_DASHED_CONTENTS).exec(content);
  const [, subject = "", head = "", listText = "", predicate = ""] = match ?? [];
  if (match === null || !hasVerbForm(predicate.split(/\s+/, 3).join(" "))) return null;
  // "The aid — including A and B — will arrive", "— all part of the plan —": an aside, not the contents.
  if (!bracketed && DASHED_ASIDE_OPENING.test(listText)) return null;
  const listStart = content.indexOf(listText, subject.length);
  const items = splitListItems(listText, base + listStart);
  // "The supplies — 500 generators and 40 clinics —": counted things are contents whatever holds them.
  if (items === null || !(isThingNoun(head) || items.every((item) => isCounted(item.text)))) return null;
  const owner = namedOwner(lowerCaseOpener(subject), entities);
  const said = {
    text: asSentence(`${owner.lead} ${withoutTrailingStops(predicate)}`),
    start: base,
    end: base + content.length,
  };
  // "The supplies include …": the verb agrees with a plural head the owner's lead still ends in.
  const includes = agreeing("include", !(isPluralNoun(head) && owner.lead.endsWith(head)));
  return { items: [...withLead(`${owner.lead} ${includes}`, items), said], entity: owner.entity };
}

/** "announced new aid for Osk on Thursday — A, B and C — worth €5m": a clause, its thing's contents between dashes, the rest. */
const CLAUSE_WITH_DASHED_CONTENTS = /^(.{10,200}?)\s+[—–]\s+([^—–]{3,300}?)(?:\s+[—–]\s*([^—–]*))?$/su;
/** How many words may follow the thing before its dashed contents ("on Thursday"). */
const MAX_WORDS_AFTER_THING = 4;

/**
 * "Kelland announced new military aid for Osk on Thursday — 40 trucks, 900 shells and two radars —
 * worth €50m" → "The new military aid for Osk includes 40 trucks." … and the clause without the
 * dashes: the list between dashes is what the thing the clause ends with holds.
 */
function dashedContentsList(content: string, base: number): ListDecomposition | null {
  if (!content.includes(" — ") && !content.includes(" – ")) return null;
  const match = CLAUSE_WITH_DASHED_CONTENTS.exec(withoutTrailingStops(content));
  const [, before = "", listText = "", after = ""] = match ?? [];
  if (match === null || DASHED_ASIDE_OPENING.test(listText) || !hasVerbForm(before)) return null;
  const thing = thingsMentioned(before).at(-1);
  const headAt = thing === undefined ? -1 : before.lastIndexOf(thing.head);
  if (thing === undefined || headAt < 0) return null;
  if (before.slice(headAt).split(" ").length - 1 > MAX_WORDS_AFTER_THING) return null;
  const listStart = content.indexOf(listText, before.length);
  const items = splitListItems(listText, base + listStart);
  // "40 trucks" has no verb though "trucks" might be one; a past form or an auxiliary is one.
  const clause = (item: Piece) => wordsOf(item.text).some((word) => isUnambiguousVerb(word.text));
  if (items === null || items.some(clause)) return null;
  const subject = asSentence(`the ${thing.phrase.replace(/^(?:a|an|the)\s+/i, "")}`).replace(/\.$/, "");
  const said = {
    text: asSentence(`${before}${after === "" ? "" : ` ${after}`}`),
    start: base,
    end: base + content.length,
  };
  return { items: [said, ...withLead(`${subject} includes`, items)], entity: null };
}

/** "The package" → "the package" for a lookup; a name keeps its capital. */
function lowerCaseOpener(subject: string): string {
  return /^(?:The|This|Its|Their|A|An)\s/.test(subject)
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : subject;
}

const ITEMS_IN_THING =
  /^(.{3,300}?)\s+(are|were|will be)\s+(?:also\s+)?(?:in|part of|included in)\s+(the\s+[^,;]{1,60})$/u;

/**
 * "Mobile clinics, generators and 60 tonnes of seed are also in the package" → "The <package> includes
 * mobile clinics." …: items before "are in", "are part of" or "are included in" a thing.
 */
function itemsInThingList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  // "… are among the items in the package" is amongItemsList's.
  if (content.includes(" among ")) return null;
  if (!content.includes(" in the ") && !content.includes(" of the ")) return null;
  if (!content.includes(" are ") && !content.includes(" were ") && !content.includes(" be ")) return null;
  const match = ITEMS_IN_THING.exec(withoutTrailingStops(content));
  const [, front = "", verb = "", container = ""] = match ?? [];
  if (match === null || !isThingNoun(container.split(/\s+/).at(-1) ?? "")) return null;
  const items = openingItems(front, base, cases);
  if (items === null) return null;
  const owner = namedOwner(container, entities);
  return {
    items: withLead(`${owner.lead} ${verb === "were" ? "included" : "includes"}`, items),
    entity: owner.entity,
  };
}

/** The items of a list that opens the sentence; null when it is none. */
function openingItems(front: string, base: number, cases: WordCases): Piece[] | null {
  const items = splitListItems(front, base);
  const first = items?.[0];
  if (items === null || first === undefined) return null;
  // The first item opens the sentence, so its capital says nothing unless the article shows a name.
  first.text = lowerLineOpener(first.text, cases, true);
  return items;
}

const BULK_OF_THING =
  /^(.{3,300}?)\s+(?:make|makes|made|form|forms|formed|account for|accounted for)(?:\s+up)?\s+(?:the bulk|most|much|the majority|the main part)\s+of\s+(the\s+[^,;]{1,60}?)[\s.]*$/u;

/**
 * "Food rations, blankets and tablets make up the bulk of the first shipment" → "The first shipment of
 * the <package> includes food rations." …: the things make up most of a thing, so it includes each;
 * a thing that names no earlier one is the latest package's part.
 */
function bulkOfThingList(
  content: string,
  base: number,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  if (!content.includes(" of the ") || !/\s(?:bulk|most|much|majority|main part)\sof\s/.test(content))
    return null;
  const match = BULK_OF_THING.exec(content);
  const [, front = "", container = ""] = match ?? [];
  if (match === null || !isThingNoun(container.split(/\s+/).at(-1) ?? "")) return null;
  const items = openingItems(front, base, cases);
  if (items === null) return null;
  const owner = namedOwner(container, entities);
  const whole = owner.entity === null ? latestContainer(entities) : null;
  const lead = whole === null ? owner.lead : `${owner.lead} of ${midSentence(whole.lead)}`;
  return { items: withLead(`${lead} includes`, items), entity: owner.entity ?? whole?.entity ?? null };
}

const THERE_ARE =
  /^There\s+(are|were|is|was|will\s+be)\s+(?:also\s+)?(.{3,300}?)\s+in\s+(the\s+[^,;]{1,60}?)[\s.]*$/;

/** "There are also 40 trucks and 12 cranes in the package." → "The <package> includes 40 trucks." … */
function thereAreList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  const there = thereInThing(content, entities);
  if (there === null) return null;
  const items = splitListItems(there.listText, base + there.listStart);
  return items === null ? null : { items: withLead(there.lead, items), entity: there.owner.entity };
}

/** "There are also 40 trucks in the package": its owner, what is in it and where, and the lead "The <package> includes". */
function thereInThing(
  content: string,
  entities: EntityMemory,
): { owner: ListLead; lead: string; listText: string; listStart: number } | null {
  if (!content.startsWith("There ")) return null;
  const match = THERE_ARE.exec(content);
  const [, verb = "", listText = "", container = ""] = match ?? [];
  if (match === null || !isThingNoun(container.split(/\s+/).at(-1) ?? "")) return null;
  const owner = namedOwner(container, entities);
  // "There is also a field hospital in the package": one thing, as "are" lists several.
  const includes =
    verb === "were" || verb === "was"
      ? "included"
      : verb === "are" || verb === "is"
        ? "includes"
        : "will include";
  return {
    owner,
    lead: `${owner.lead} ${includes}`,
    listText,
    listStart: match[0].indexOf(listText, "There ".length),
  };
}

/**
 * "There are also 10 tanks in the package." → "The <package> includes 10 tanks.": one thing in a
 * package described before, which no list reader sees (it has no separator). Null otherwise.
 */
export function nameThereInThing(text: string, entities: EntityMemory): string | null {
  const there = thereInThing(text, entities);
  // Several things are `thereAreList`'s, whose claims are the items, not the sentence.
  if (there === null || there.owner.entity === null || splitListItems(there.listText, 0) !== null)
    return null;
  return asSentence(`${there.lead} ${there.listText}`);
}

/** The latest described thing, else the one listed last, when it holds what is sent or paid for (a package, a budget); else null. */
function latestContainer(entities: EntityMemory): (ListLead & { entity: Entity }) | null {
  // "The aid was approved under a 2024 law. Also included are …": the law was only mentioned; the
  // package was listed.
  const entity =
    [entities.find("it"), entities.lastListed()].find(
      (candidate) => candidate !== null && CONTAINER.test(candidate.head),
    ) ?? null;
  return entity === null ? null : { lead: describe(entity, "it"), entity };
}

/**
 * "The plan includes A, B and C" / "..., including A, B and C" / "It also includes A and B" /
 * "The package, which includes A and B, is the largest yet" (the main clause is kept as its own claim).
 */
/** '"the strongest safeguards in the world," including …': a quotation closing after the first comma. */
const QUOTED_FIRST_ITEM = /^\s*["“][^"”]{1,160}?,["”]/;

function inclusionList(whole: string, base: number, entities: EntityMemory): ListDecomposition | null {
  // "…, among other items." says only that the list is not complete.
  const content = whole.replace(AMONG_OTHERS, "");
  const first = INCLUSION.exec(content);
  if (first === null) return null;
  // "The survey covered 40 cities, including Paris, Rome and Madrid": the cities are what was covered,
  // and the names after "including" the list, examples of the cities.
  const trigger = /^(?:covers|covered|featur)/i.test(first[1] ?? "")
    ? (examplesAfter(content, first) ?? first)
    : first;
  // "The ministry listed what the package contains: …": a lead the colon list reads, lister and all.
  if (content.includes(" what ") && LISTER_WHAT.test(content.slice(0, trigger.index).trim())) return null;
  // "will invest €2bn, including a plant in Ghent, as it seeks to cut costs": the reason is the whole
  // clause's, no item; each item is read without it, then said with it.
  const reason =
    content.includes(", as ") || content.includes(", because ") ? CLOSING_REASON.exec(content) : null;
  if (reason !== null && reason.index > trigger.index) {
    const listed = inclusionList(content.slice(0, reason.index), base, entities);
    const because = withoutTrailingStops(content.slice(reason.index));
    return listed === null
      ? null
      : {
          ...listed,
          items: listed.items.map((item) => ({
            ...item,
            text: asSentence(`${withoutTrailingStops(item.text)}${because}`),
          })),
        };
  }
  // "have delivered, among other things: 31 F-16s; …; air defence systems including A and B; and …":
  // an "including" inside one item of a colon's semicolon list is that item's, not the list.
  const colon = content.indexOf(": ");
  if (colon >= 0 && colon < trigger.index && content.indexOf("; ", colon) > colon) return null;
  // "will spend $18m on A; $9m on B, including C; and $6m on D": so is one between semicolons.
  const semicolon = content.indexOf("; ");
  if (semicolon >= 0 && semicolon < trigger.index && content.indexOf("; ", trigger.index) > 0) return null;
  const verb = trigger[1] ?? "";
  const aside = trigger[2] === undefined || HEDGING_ASIDE.test(trigger[2]) ? "" : `, ${trigger[2]},`;
  const listStart = trigger.index + trigger[0].length;
  const written = content.slice(0, trigger.index).trim();
  // "Among other things, the aid includes A": the hedge says only that the list is not complete.
  let lead = capitalize(written.replace(LEADING_HEDGE, ""));
  // "The package — the 50th since the war began — includes A and B": the aside is said once, of the
  // thing ("The package is the 50th since the war began."), not again in each item.
  // So is a relative clause: "The package — which parliament approved on Friday — includes A and B".
  const dashedAside =
    lead.includes("— ") || lead.includes("– ")
      ? (DASHED_NOUN_ASIDE.exec(lead) ?? DASHED_RELATIVE_ASIDE.exec(lead))
      : null;
  if (dashedAside !== null) lead = dashedAside[1] ?? lead;
  // "Among them: 20 trucks and 12 howitzers", "Also included: A and B": no subject before the list, whose
  // things are the package's described last.
  const bare = written === "" && PARTICIPLE.test(verb) ? "" : BARE_INCLUDED.exec(`${written} ${verb}`)?.[1];
  if (bare !== undefined)
    return latestContainerList(content.slice(listStart), base + listStart, bare, entities);
  // "What it includes: A, B and C": the thing described last (or named) includes each.
  const what = /^(?:What|Here)\s/.test(written) ? whatLead(`${written} ${verb}`, entities) : null;
  if (what !== null) {
    const listed = listedItems(content.slice(listStart), base + listStart, false);
    return listed === null ? null : { items: withLead(what.lead, listed), entity: what.entity };
  }
  // "The shipment, consisting of A and B, is due" and "A convoy made up of A and B will follow" are
  // read as "The shipment, which consists of A and B, is due": the contents, then the thing's own claim.
  const contents = WHOLE_CONTENTS.test(verb) ? CONTENTS_LEAD.exec(lead) : null;
  const participle = PARTICIPLE.test(verb) && contents === null;
  if (!participle) {
    const closing = closingRelativeList(content, base, lead, listStart);
    if (closing !== null) return closing;
  }
  const relative = participle ? null : (RELATIVE_LEAD.exec(lead) ?? contents);
  // "Heavier equipment — including A and B — will arrive": dashes set a list off as commas do.
  const dashed = participle ? DASH_END.test(lead) : (relative?.[2] ?? ",") !== ",";
  if (participle && dashed) lead = lead.replace(DASH_END, ",");
  // "Lines including A, B and C have asked ...": the list sits in the subject; keep the predicate.
  // "Groups, including A and B, praised ...": an appositive list ends before the predicate.
  const appositive = lead.endsWith(",") || (relative !== null && relative[2] !== undefined);
  const listEndPattern = dashed ? DASH : appositive ? APPOSITIVE_END : PREDICATE;
  const afterTrigger = content.slice(listStart);
  let predicate =
    participle || relative !== null
      ? (listEndPattern.exec(afterTrigger) ??
        (appositive && !dashed ? presentPredicateAfterList(afterTrigger) : null))
      : null;
  if (relative !== null && predicate === null) return null;
  // "Donors such as the Karst Foundation, the Hollin Trust and the Greenway Fund gave 2 million
  // crowns": a list inside the bare subject opening the sentence ends at the verb after its last name;
  // with no such verb found the sentence stays whole, never the predicate glued to the last item.
  if (participle && predicate === null && !appositive && !dashed && lead === capitalize(written)) {
    if (hasVerbForm(lead) || lead.split(" ").length > MAX_KIND_WORDS) {
      // a clause before the list ("The ministry sent donors such as …"): read below.
    } else {
      const named = NAME_THEN_VERB.exec(afterTrigger.slice(afterTrigger.lastIndexOf(" and ")));
      if (named === null || !isVerbForm(named[2] ?? "")) return null;
      predicate = { index: afterTrigger.lastIndexOf(" and ") + named.index + (named[1] ?? "").length };
    }
  }
  // "designated 12 officials, including A, B and C, freezing their assets": a clause of result after
  // the list is the sentence's, said without the list.
  // "A flight carrying A, B and C is due …": such a participle lists only inside a subject.
  const carrying = participle && CARRYING.test(verb);
  // "A convoy arrived in Varn on Sunday carrying A, B and C": a clause before it, so the convoy carried each.
  const carried = carrying && predicate === null && !lead.endsWith(",") && FINITE_CLAUSE.test(lead);
  if (carrying && !carried && (predicate === null || lead.endsWith(",") || PROGRESSIVE_END.test(lead)))
    return null;
  const result = participle && predicate === null ? closingResult(content, listStart) : null;
  // "sanctions on 1,700 entities, including banks and oil traders, since 2022": the time is each claim's.
  const when = participle && predicate === null && result === null ? CLOSING_TIME.exec(content) : null;
  const predicateEnd =
    predicate === null ? (result ?? when?.index ?? content.length) : listStart + predicate.index;
  // "such as laundry and activities that were already covered": the relative pronoun opens what
  // every item shares, no part of the last item.
  const pronoun =
    predicate === null ? null : RELATIVE_PRONOUN_END.exec(content.slice(listStart, predicateEnd));
  const listEnd = pronoun === null ? predicateEnd : listStart + pronoun.index;
  const rest = content
    .slice(listEnd)
    .replace(/^(?:,|\s*(?:—|–|--))/, "")
    .trim();
  const tail =
    when !== null
      ? `, ${withoutTrailingStops(rest)}`
      : predicate === null || relative !== null
        ? ""
        : `${appositive ? "," : ""} ${rest}`;
  const listText = content.slice(listStart, listEnd);
  // "weapons such as A and B": every example is of the kind the list opens with.
  const examples = participle ? null : examplesOfKind(listText, base + listStart);
  const openEnded = content.length < whole.length;
  // "equipment such as tanks and howitzers, as well as fuel": the fuel is no example of the equipment.
  const beyond =
    participle && tail === "" && /^(?:such as|including)$/i.test(verb)
      ? beyondExamples(lead, listText, base + listStart)
      : null;
  const listed =
    beyond?.examples ?? examples ?? listedItems(listText, base + listStart, participle, openEnded);
  // 'contained "the strongest safeguards in the world," including …': the comma closed a quotation,
  // which is no first item of a list.
  if (listed === null || QUOTED_FIRST_ITEM.test(listText)) return null;
  const items = withInfinitiveLead(withPlaceShared(listed));
  const group = cutCollectiveClause(items);
  let entity: Entity | null = null;
  let includes = contents === null ? inclusionVerb(verb) : "includes";
  if (!participle) {
    // "As well as 40 trucks, the package includes 12 tanks": the trucks are included too.
    const added = relative === null ? addedItems(lead, base + content.indexOf(lead)) : null;
    if (added !== null) {
      items.unshift(...added.items);
      lead = added.rest;
    }
    const subject = inclusionSubject(relative?.[1] ?? lead.replace(/^that\s+/i, ""), entities);
    entity = subject.entity;
    lead = subject.lead;
    includes = agreeing(includes, subject.singular);
  }
  // "Other items, among them A and B, will follow in January": the items are the package's described last.
  const unowned = participle && lead.endsWith(",") ? unownedParts(lead.slice(0, -1), entities) : null;
  if (unowned !== null) {
    lead = `${unowned.lead},`;
    entity = unowned.entity;
  }
  const separator = participle && !carrying && !lead.endsWith(",") && tail === "" ? ", " : " ";
  // Each claim is the lead, then the item, then what all share: "The package includes" + "A" + "".
  const said = `${lead}${separator}${includes}${aside}`;
  const pieces: Piece[] = [];
  for (const item of items) pieces.push({ ...item, text: asSentence(`${said} ${item.text}${tail}`) });
  // "… includes A, B and C, which together cost $4 million": one claim of the group, as written.
  if (group !== null)
    pieces.push({
      ...group,
      text: asSentence(`${said} ${content.slice(group.start - base, group.end - base)}${tail}`),
    });
  if (beyond !== null) pieces.push(...beyond.added);
  const asideText = dashedAside?.[2];
  // "which was agreed by parliament" → "The package was agreed by parliament."; a noun aside takes "is".
  const relativeAside = dashedAside !== null && dashedAside[3] !== undefined;
  if (asideText !== undefined && (includes.endsWith("s") || relativeAside)) {
    const asideStart = base + content.indexOf(asideText);
    pieces.push({
      text: asSentence(relativeAside ? `${lead} ${asideText}` : `${lead} is ${asideText}`),
      start: asideStart,
      end: asideStart + asideText.length,
    });
  }
  if (result !== null) {
    const outcome = content.slice(result).replace(/^,\s*/, "");
    const said = asSentence(`${lead.replace(/,$/, "")}, ${withoutTrailingStops(outcome)}`);
    pieces.push({ text: said, start: base + content.length - outcome.length, end: base + content.length });
  }
  if (relative !== null && rest !== "") {
    // What the sentence says of the thing itself: "The package is the largest since 2019."
    const mainStart = base + content.length - content.slice(listEnd).replace(/^[,\s—–-]+/, "").length;
    pieces.push({ text: asSentence(`${lead} ${rest}`), start: mainStart, end: base + content.length });
  }
  return { items: pieces, entity };
}

/** "compensate", "modernise", "simplify", "strengthen": endings of verbs. */
const VERB_ENDING = /(?:ate|ise|ize|ify|en)$/;
/** "provisions to", "money to", "plans to": a noun and "to" before the first item's verb. */
const NOUN_THEN_TO = /^((?:[\p{L}-]+\s+){1,3}?to)\s+\p{Ll}+\s/u;

/**
 * "includes provisions to rebuild 14 bridges, compensate 3,000 farmers and raise …": later items
 * opening with a base verb are more of what the first item's noun is to do ("provisions to compensate
 * 3,000 farmers"), not things included.
 */
function withInfinitiveLead(items: Piece[]): Piece[] {
  const [first, ...rest] = items;
  const lead = first === undefined ? null : NOUN_THEN_TO.exec(first.text)?.[1];
  if (first === undefined || lead === undefined || rest.length === 0) return items;
  const verbs = rest.map((item) => item.text.split(" ", 1)[0] ?? "");
  // Each may be a base verb, and one surely is ("raise"): "new trucks" after "money to" is a thing.
  if (!verbs.every(mayBeBaseVerb) || !verbs.some((verb) => isUsualBaseVerb(verb) || VERB_ENDING.test(verb)))
    return items;
  return [first, ...rest.map((item) => ({ ...item, text: `${lead} ${item.text}` }))];
}

/** ", face …" closing an appositive list: a comma, then the word that may open the predicate. */
const COMMA_THEN_WORD = /,\s+(\p{Ll}+)\s/u;
const OPENS_RELATIVE = /^(?:which|who|whose|that|where|when|while)$/;

/**
 * Where the predicate opens after a subject's appositive list whose verb is present tense, which
 * `APPOSITIVE_END` does not know: "Three firms, including A and B, face asset freezes" → at ", face".
 * Only the first comma after the list's "and" closes it; null when no verb-like word follows it.
 */
function presentPredicateAfterList(listText: string): { index: number } | null {
  const and = listText.indexOf(" and ");
  if (and < 0) return null;
  const comma = COMMA_THEN_WORD.exec(listText.slice(and));
  const word = comma?.[1] ?? "";
  // ", freezing all their assets" is a clause of result, no predicate.
  if (comma === null || OPENS_RELATIVE.test(word) || ING_FORM.test(word)) return null;
  if (!(mayBeBaseVerb(word) || isFiniteVerb(word))) return null;
  return { index: and + comma.index };
}

/** " and the Greenway Fund gave": the last item a name, then a lower-case word that may be the verb. */
const NAME_THEN_VERB =
  /^(\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s+(\p{Ll}+)\s/u;
const CARRYING = /^(?:carrying|containing|loaded with)$/i;
const RELATIVE_PRONOUN_END = /\s+(?:that|which|who)$/;
/** "A convoy of 40 trucks arrived in Varn": a subject, then a past verb of coming or going. */
const FINITE_CLAUSE =
  /^\S.{0,80}?\s(?:arrived|reached|left|landed|docked|crossed|entered|returned|set off|departed)\s/;

const ADDED_AFTER_EXAMPLES = /,\s+(?:as well as|along with|together with|plus)\s+/;
const MAX_KIND_WORDS = 5;
const COMMA_BEFORE_PHRASE = /,\s+(?=(?:to|in|into|for|from|since|during|through)\s)/;
const AUXILIARY_BEFORE_VERB =
  /^(?:will|would|can|could|may|might|must|should|to|has|have|had|also|now|already)$/;

/**
 * "Valdoria delivered heavy equipment such as A and B, as well as C": the examples of the kind, and C
 * as one more thing the verb takes ("Valdoria delivered C."). Null when nothing is added after the
 * examples or the lead's verb and kind are not found.
 */
function beyondExamples(
  lead: string,
  listText: string,
  offset: number,
): { examples: Piece[]; added: Piece[] } | null {
  if (!listText.includes(", ")) return null;
  const joint = ADDED_AFTER_EXAMPLES.exec(listText);
  if (joint === null) return null;
  const words = lead.split(" ");
  // "weapons" could be a verb; a past form or an auxiliary cannot be the kind.
  let verbAt = words.length - 1;
  while (verbAt > 0 && !isUnambiguousVerb(words[verbAt] ?? "")) verbAt--;
  // "will buy", "has also sent": the verb after the auxiliary.
  while (verbAt + 2 < words.length && AUXILIARY_BEFORE_VERB.test(words[verbAt] ?? "")) verbAt++;
  const kindWords = words.length - verbAt - 1;
  if (verbAt < 1 || kindWords < 1 || kindWords > MAX_KIND_WORDS) return null;
  const before = listText.slice(0, joint.index);
  const afterAt = joint.index + joint[0].length;
  const after = listText.slice(afterAt);
  const examples = splitListItems(before, offset) ?? [wholeItem(before, offset)];
  const added = splitListItems(after, offset + afterAt) ?? [wholeItem(after, offset + afterAt)];
  const verbLead = words.slice(0, verbAt + 1).join(" ");
  return {
    examples,
    // "…, as well as fuel, to Tavria since March": the place and time go with the thing given.
    added: added.map((item) => ({
      ...item,
      text: asSentence(`${verbLead} ${item.text.replace(COMMA_BEFORE_PHRASE, " ")}`),
    })),
  };
}
/** "is carrying", "while carrying": a verb or a clause, not a thing that carries. */
const PROGRESSIVE_END = /\b(?:is|are|was|were|be|been|being|am|while|when|by|after|before)$/i;

/** ", since 2022", ", last year", ", so far": a short time closing the sentence. */
const CLOSING_TIME = /,\s+(?:since|during|until|last|this|so far|earlier this)\b[^,]{0,30}[.]?$/;

/** ", freezing", ", bringing": a comma, then an "-ing" word that may open a clause of result. */
const COMMA_ING = /,\s+(?=\p{Ll}+ing\s)/gu;

/** "freezing any assets", "barring all dealings": an "-ing" verb before a quantified object. */
const QUANTIFIED_OBJECT = /^\p{Ll}+ing\s+(?:any|all|some|most)\s/u;

/** Where a clause of result closes a list ("…, freezing any assets they hold"), or null. */
function closingResult(content: string, listStart: number): number | null {
  for (const comma of content.slice(listStart).matchAll(COMMA_ING)) {
    const at = listStart + comma.index;
    const clause = content.slice(at + comma[0].length);
    if (opensParticiplePredicate(clause) || QUANTIFIED_OBJECT.test(clause)) return at;
  }
  return null;
}

/** "Also included" as a whole lead, with its adverb. */
const BARE_INCLUDED = /^\s*(also\s+|further\s+|additionally\s+)?included$/i;

/** "Among them: A and B" → "The <package> includes A." …; null when no package was described. */
function latestContainerList(
  listText: string,
  offset: number,
  adverb: string,
  entities: EntityMemory,
): ListDecomposition | null {
  const container = latestContainer(entities);
  const items = container === null ? null : listedItems(listText, offset, false);
  if (container === null || items === null) return null;
  const also = adverb === "" ? "" : "also ";
  return { items: withLead(`${container.lead} ${also}includes`, items), entity: container.entity };
}

const ADDED_OPENING = /^(?:As well as|In addition to|Besides|Alongside|Along with)\s+([^,]{2,80}),\s+(\S.*)$/;
/** "In addition to the ambulances": things named before, not more items. */
const DEFINITE = /^(?:the|these|those|this|that|its|their|such|them|it)\b/i;

/** The new items an opening "As well as A and B, …" adds to a list, and the lead without it. */
function addedItems(lead: string, offset: number): { items: Piece[]; rest: string } | null {
  const match = ADDED_OPENING.exec(lead);
  const [, listed = "", rest = ""] = match ?? [];
  if (match === null || DEFINITE.test(listed)) return null;
  const at = offset + match[0].indexOf(listed);
  const items = splitListItems(listed, at) ?? [{ text: listed, start: at, end: at + listed.length }];
  return { items, rest: capitalize(rest) };
}

// "…, tents and more": the list is not complete, and "more" is no item (with or without a comma).
const COMBINED_VALUE = /\b(?:worth|valued at|costing|for|at)\s+a\s+combined\s/;
/** " in three stages: " before a phrase of its own ("in May, …"): how many parts the items are. */
const IN_STAGES_COLON =
  /\s+in\s+(?:two|three|four|five|six|\d)\s+(?:stages|phases|tranches|parts|instalments|installments|batches|waves|rounds):\s+(?=(?:in|by|on|from|to)\s)/;
/** ", among other things, ", ", for example, ", ", so far, ": a hedge set off inside a sentence. */
const MID_AMONG_OTHERS =
  /,\s+(?:among(?:st)?\s+(?:others|other\s+\p{Ll}+)|for\s+(?:example|instance)|in\s+(?:total|all)|so\s+far),\s+/u;
const AMONG_OTHERS =
  /(?:,\s+among(?:st)?\s+(?:others|other\s+\p{Ll}+)|,?\s+and\s+(?:more|others|so on))[\s.]*$/u;

const SHARED =
  /^(.{2,120}?)\s+(?:is|are|was|were|will be)\s+(?:split|divided|shared)\s+(?:between|among)\s+(.{2,400})$/s;
/** "The aid totals 4.2 billion euros, split between A (3.1 billion) and …": a total, then its shares. */
const SHARED_TOTAL =
  /^(.{2,120}?)\s+(?:totals|totalled|totaled|amounts to|amounted to|is worth|was worth|costs|is|was|will total|will be)\s+(?:about\s+|around\s+|nearly\s+|some\s+|more than\s+)?[$€£]?\d[^,]{0,40},\s+(?:split|divided|shared)\s+(?:between|among)\s+(.{2,400})$/s;

/**
 * "New spending is split between health care (30 million crowns), policing (22 million crowns) and
 * …" → "New spending includes 30 million crowns for health care." …: each share is an item. Only
 * when every item names its amount; "split between A and B" alone says no more than the sentence.
 */
function shareList(content: string, base: number): ListDecomposition | null {
  if (!content.includes("split") && !content.includes("divided") && !content.includes("shared")) return null;
  if (!/\s(?:split|divided|shared)\s/.test(content)) return null;
  const text = withoutTrailingStops(content);
  const match = SHARED.exec(text) ?? SHARED_TOTAL.exec(text);
  if (match === null) return null;
  const [, subject = "", listText = ""] = match;
  const listStart = base + match[0].length - listText.length;
  const items = splitListItems(listText, listStart);
  const shares = items?.map((item) => ({ ...item, text: amountFirst(item.text) ?? "" }));
  if (shares === undefined || shares.some((share) => share.text === "")) return null;
  const verb = /\s(?:was|were)\s+(?:split|divided|shared)\s/.test(content) ? "included" : "includes";
  return {
    items: withLead(`${subject} ${verb}`, shares),
    entity: null,
  };
}

const RANGE_HINT = /\s(?:range|ranges|ranged|run|runs|ran)\s+from\s/;
const RANGE = /^(.{2,120}?)\s+(range|ranges|ranged|run|runs|ran)\s+from\s+(.{2,200}?)\s+to\s+(.{2,300})$/s;
/** "Its contents", "The items", "Quantities": a thing's parts without naming the thing. */
const BARE_PARTS = new RegExp(
  `^(?:(?:its|their|the)\\s+)?(?:\\p{Ll}+\\s+)?(?:${PART_NOUNS}|supplies|weapons|quantities|breakdown)$`,
  "iu",
);
const AMOUNT_ITEM =
  /^(?:about\s+|some\s+|nearly\s+)?(?:\$|€|£)?\d[\d,.]*(?:\s*(?:%|percent|million|billion))?$/i;

/**
 * "Items in the package range from night-vision goggles to bridging equipment and 50 ambulances" →
 * "The <package> includes night-vision goggles." …: the ends of the range are things the package
 * holds. Ranges of amounts ("Prices range from $5 to $9") and of things' subjects that are no
 * package stay whole.
 */
function rangeList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  if (!RANGE_HINT.test(content)) return null;
  const match = RANGE.exec(withoutTrailingStops(content));
  if (match === null) return null;
  const [, subjectText = "", verb = "", from = "", to = ""] = match;
  const owner = rangeOwner(subjectText, entities);
  if (owner === null) return null;
  const fromStart = match[0].length - to.length - " to ".length - from.length;
  const toStart = match[0].length - to.length;
  const items = [
    ...(splitListItems(from, base + fromStart) ?? [wholeItem(from, base + fromStart)]),
    ...(splitListItems(to, base + toStart) ?? [wholeItem(to, base + toStart)]),
  ];
  if (items.some((item) => AMOUNT_ITEM.test(item.text))) return null;
  const includes = /^(?:ranged|ran)$/.test(verb) ? "included" : "includes";
  return {
    items: withLead(`${owner.lead} ${includes}`, items),
    entity: owner.entity,
  };
}

/** "Items in the package" / "The package" / "Its contents" → the thing the range lists the parts of. */
function rangeOwner(subject: string, entities: EntityMemory): ListLead | null {
  if (BARE_PARTS.test(subject)) return latestThingOf(subject, entities);
  const container = /\s(?:in|of)\s+(.{2,80})$/i.exec(subject)?.[1] ?? subject;
  const head = container.split(/\s+/).at(-1) ?? "";
  if (!isThingNoun(head)) return null;
  return namedOwner(container, entities);
}

/** "Its contents", "The items": the latest described thing, whose parts these are; else null. */
function latestThingOf(parts: string, entities: EntityMemory): (ListLead & { entity: Entity }) | null {
  const entity = BARE_PARTS.test(parts) ? entities.find("it") : null;
  return entity === null ? null : { lead: describe(entity, "it"), entity };
}

/** "bill" / "the package" as a subject, described as the article described it earlier if it did. */
function namedOwner(owner: string, entities: EntityMemory): ListLead {
  const reference = /^(?:the|its|this)\s/i.test(owner) ? owner : `the ${owner}`;
  const entity = entities.find(reference);
  const lead = entity === null ? asSentence(reference).replace(/\.$/, "") : describe(entity, reference);
  return { lead, entity };
}

const PARTS_ARE = new RegExp(
  `^((?:the\\s+)?(?:(?:key|main|major|other|biggest|largest|notable)\\s+)?(?:${PART_NOUNS})\\s+(?:in|of)\\s+)(the\\s+[^,;]{1,60}?)\\s+(?:are|include)\\s+`,
  "i",
);

/** "The package's main components are": the owner before its parts. */
const OWNERS_PARTS_ARE = new RegExp(
  `^(the\\s+[^,;:'’]{2,60}?)['’]s?\\s+(?:(?:key|main|major|other|biggest|largest|notable)\\s+)?(?:${PART_NOUNS})\\s+(?:are|include)\\s+`,
  "i",
);

/**
 * "Key items in the package are A, B and C" and "The package's main components are A, B and C" →
 * "The <package> includes A." …
 */
function partsList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  const of = PARTS_ARE.exec(content);
  const match = of ?? OWNERS_PARTS_ARE.exec(content);
  if (match === null) return null;
  const items = splitListItems(content.slice(match[0].length), base + match[0].length);
  if (items === null) return null;
  const owner = namedOwner((of === null ? match[1] : match[2]) ?? "", entities);
  return {
    items: withLead(`${owner.lead} includes`, items),
    entity: owner.entity,
  };
}

/** "The package — the 50th since the war began —": a subject, then a noun phrase set off by dashes. */
const DASHED_NOUN_ASIDE = /^(.{2,120}?)\s+[—–]\s+((?:the|a|an)\s[^—–]{2,100}?)\s+[—–]$/;
/** " — which was agreed by parliament on Friday —": a relative clause of the thing (2), then a mark (3). */
const DASHED_RELATIVE_ASIDE =
  /^(.{2,120}?)\s+[—–]\s+(?:which|that)\s+((?:was|were|is|are|has|had|will)\s[^—–]{2,100}?)\s+[—–]()$/;
const DASH_END = /\s*(?:—|–|--)$/;
const DASH = /\s*(?:—|–|--)/;

const CLOSING_RELATIVE = /^(.{2,300}?),?\s+(?:which|that)(?:\s+(?:also|now))?$/;

/**
 * "The Defence Ministry announced a $300 million package for Ostmark, which includes A and B." → the main
 * clause, and "The $300 million package for Ostmark includes A." per item: a relative clause that
 * ends the sentence lists what the last-mentioned thing includes.
 */
function closingRelativeList(
  content: string,
  base: number,
  lead: string,
  listStart: number,
  verb = "includes",
): ListDecomposition | null {
  const main = CLOSING_RELATIVE.exec(lead)?.[1];
  if (main === undefined) return null;
  const listText = content.slice(listStart);
  // "The law that includes A and B took effect": a verb after the list means it is no closing list.
  // ("-ed" words are left out: in a list they are mostly attributive, "armored vehicles").
  const verbAfter = listText.split(/\s+/).some((word) => isUnambiguousVerb(word) && !/ed$/.test(word));
  if (APPOSITIVE_END.test(listText) || PREDICATE.test(listText) || verbAfter) return null;
  // "pledged new weapons to Valdoria on Monday, which include A, B and C": with no package or plan
  // named, the plural thing given is what the clause lists.
  const given = thingsMentioned(main).length === 0 ? GIVEN_THINGS.exec(main)?.[1] : undefined;
  const thing = given === undefined ? thingsMentioned(main).at(-1) : { phrase: given };
  if (thing === undefined) return null;
  const items = splitListItems(listText, base + listStart);
  if (items === null) return null;
  const includes = given !== undefined && verb === "includes" && given.endsWith("s") ? "include" : verb;
  // "Kelland sent aid, which included …": Kelland's aid, not any aid.
  const giver = GIVER.exec(main)?.[1];
  const owned = giver === undefined ? "the" : possessiveOf(giver);
  const phrase = thing.phrase.replace(SET_APART_OPENING, "").replace(/^(?:a|an|the)\s+/i, "");
  const subject = asSentence(`${owned} ${phrase}`).replace(/\.$/, "");
  const mainClause = { text: asSentence(main), start: base, end: base + main.length };
  const predicates = relativePredicates(content, base, subject, includes, items);
  return {
    items: [mainClause, ...(predicates ?? withLead(`${subject} ${includes}`, items))],
    entity: null,
  };
}

/** "pledged new weapons", "provided military support": a giving verb, then the plural things or the aid given. */
const GIVEN_THINGS =
  /\b(?:pledged|sent|delivered|promised|provided|supplied|shipped|donated|offered)\s+((?:new|more|additional|further)\s+[\p{Ll}-]+s|(?:[\p{Ll}-]+\s+)?(?:support|aid|assistance|equipment|supplies))(?=\s|$)/u;

/** "The government also provided", "Kelland has sent": who gave what a closing relative clause lists. */
const GIVER =
  /^(The\s+\p{Ll}+|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:(?:has|have|had|also|already)\s+){0,2}(?:pledged|sent|delivered|promised|provided|supplied|shipped|donated|offered)\s/u;

/** "will", "also": words a relative clause's verb may follow, which its later predicates share. */
const RELATIVE_AUXILIARY = /^(?:will|would|can|could|may|might|should|must|also|now)$/;

/**
 * "a bill that will fund new rail lines, repave 2,000 miles of highway and expand bus service": the
 * later items open with verbs agreeing with the relative clause's ("will fund" … "repave"), so they
 * are its predicates, each read with the thing and the auxiliary ("The bill will repave …"), and
 * the first spans its verb too. Null when any later item reads as one more object.
 */
function relativePredicates(
  content: string,
  base: number,
  subject: string,
  verb: string,
  items: Piece[],
): Piece[] | null {
  const [first, ...rest] = items;
  if (first === undefined || rest.length === 0) return null;
  const verbWords = verb.trim().split(/\s+/);
  const at = verbWords.findIndex((word) => !RELATIVE_AUXILIARY.test(word));
  const main = verbWords[at] ?? "";
  const form = verbWords.slice(0, at).some((word) => MODAL_WORD.test(word))
    ? "base"
    : isPastTense(main)
      ? "past"
      : "s";
  if (!rest.every((item) => opensPredicate(item.text, form))) return null;
  const shared = [subject, ...verbWords.slice(0, at)].join(" ");
  const verbStart = content.lastIndexOf(verb.trim(), first.start - base);
  const start = verbStart < 0 ? first.start : base + verbStart;
  return [
    { text: asSentence(`${subject} ${verb.trim()} ${first.text}`), start, end: first.end },
    ...withLead(shared, rest),
  ];
}

const PROVIDING_RELATIVE =
  /^(.{2,300}?,?\s+(?:which|that))\s+((?:will|would|also|now|can)\s+)?(provides?|provided|funds?|funded|delivers?|delivered|pays? for|paid for|covers?|covered|finances?|financed|buys?|bought|sets? aside|allocates?|allocated|earmarks?|earmarked)\s+/;

/**
 * "Valdoria unveiled a package for Ostmark that will provide A, B and C." → the main clause, and
 * "The package for Ostmark will provide A." per item, as for a closing "which includes".
 */
function closingProvidingList(content: string, base: number): ListDecomposition | null {
  if (!/\s(?:which|that)\s/.test(content)) return null;
  const match = PROVIDING_RELATIVE.exec(content);
  if (match === null) return null;
  const [whole, lead = "", modal = "", verb = ""] = match;
  return closingRelativeList(content, base, lead, whole.length, `${modal}${verb}`);
}

/** The items of an inclusion list; an item's own examples ("munitions, including A and B") are items too. */
function listedItems(text: string, offset: number, participle: boolean, openEnded = false): Piece[] | null {
  const listed = splitListItems(text, offset, openEnded);
  if (listed === null) return null;
  return shareTrailingModifier(participle ? listed : expandNestedInclusion(listed));
}

/** "The package, which" → the subject before a relative clause that lists what it includes. */
const RELATIVE_LEAD = /^(.{2,120}?)(,|\s*(?:—|–|--))\s+(?:which|that)(?:\s+(?:also|now))?$/;
/** A participle naming all a thing holds: "consisting of", "made up of". */
const WHOLE_CONTENTS = /^(?:consisting|made up|composed)\b/i;
/** "The shipment," or "A second convoy" before such a participle: a thing, maybe set off by a comma. */
const CONTENTS_LEAD = /^((?:The|A|An|Its|Their|This)\s+[^,]{1,80}?)(,)?$/;
/** "Other items in the package", "Additional weapons in the aid": more of an earlier-described thing. */
const MORE_OF = /^(other\s+|additional\s+|further\s+|more\s+)?\p{L}+\s+(?:in|of)\s+(.{2,80})$/iu;
const APPOSITIVE_SUBJECT =
  /^([^,]{2,60}?)(,\s+[^,]{2,80},)(\s+(?:(?:will|would|could|can|may|might|should|must)(?:\s+also)?|also|further|additionally|now|still))?$/;
/** "also", "will", "will also": what stands between the subject and its inclusion verb. */
const TRAILING_ADVERB =
  /^(.+?)\s+((will|would|could|can|may|might|should|must)(?:\s+(?:also|further|now|still))?|also|further|additionally|now|still)$/i;

/**
 * The subject of an inclusion verb as standalone text: "It also" → "The $400 million package also",
 * "Other items in the package" → "The $400 million package also", "Capabilities in this package" →
 * "The $400 million package". `singular` when rewritten to one thing, so the verb agrees ("includes").
 */
function inclusionSubject(
  subject: string,
  entities: EntityMemory,
): { lead: string; entity: Entity | null; singular: boolean } {
  const sent = unownedParts(subject, entities);
  if (sent !== null) return sent;
  const more = MORE_OF.exec(subject);
  // "Items in the package also", "Weapons in the package will": the adverb or modal follows the thing.
  const containerAdverb = more === null ? null : TRAILING_ADVERB.exec(more[2] ?? "");
  const container = containerAdverb?.[1] ?? more?.[2] ?? "";
  const containerEntity = isVagueReference(container) ? entities.find(container) : null;
  if (containerEntity !== null) {
    const described = describe(containerEntity, container);
    const adverb = containerAdverb?.[2] ?? "";
    // "Other items in the package will include" → "The … package will also include".
    const also = more?.[1] && !/\balso\b/i.test(adverb) ? "also" : "";
    const lead = [described, adverb, also].filter((word) => word !== "").join(" ");
    return { lead, entity: containerEntity, singular: containerAdverb?.[3] === undefined };
  }
  // "The latest package, announced Tuesday, also": the appositive stays after the named thing.
  const appositive = APPOSITIVE_SUBJECT.exec(subject);
  if (appositive !== null) {
    const [, head = "", aside = "", adverbAfter = ""] = appositive;
    const inner = inclusionSubject(head, entities);
    // "…, worth 40 million euros, will include": after a modal the verb keeps its base form.
    const modal = /^\s+(?:will|would|could|can|may|might|should|must)\b/.test(adverbAfter);
    if (inner.entity !== null)
      return {
        ...inner,
        lead: `${withAside(inner.lead, aside)}${adverbAfter}`,
        singular: inner.singular && !modal,
      };
  }
  // "Among other things, the package": an opening adverbial stays in front of the named thing.
  const opening = /^(.{2,60},\s+)(.+)$/.exec(subject);
  const adverbial = opening?.[1] ?? "";
  const rest = opening?.[2] ?? subject;
  const adverb = TRAILING_ADVERB.exec(rest);
  const core = adverb?.[1] ?? rest;
  const owned = describeOwned(core, entities);
  const entity = owned?.entity ?? (isVagueReference(core) ? entities.find(core) : null);
  if (entity === null) return { lead: subject, entity: null, singular: false };
  const described = owned?.description ?? describe(entity, core);
  const named = adverbial === "" ? described : `${adverbial}${midSentence(described)}`;
  // After a modal the verb stays in its base form: "The package will include".
  const singular = adverb?.[3] === undefined;
  return { lead: adverb === null ? named : `${named} ${adverb[2] ?? ""}`, entity, singular };
}

/** ", worth $400 million,": an appositive that only gives the value. */
const VALUE_ONLY =
  /^,\s+(?:worth|valued at|totaling|totalling|costing)\s+(?:up to\s+)?\S*\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:\s+\p{L}+)?,$/u;
/** "The 48 million euro …": the value a description opens with. */
const LEADING_VALUE =
  /^The (?:[$€£])?\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:[\s-](?:euro|dollar|crown|pound|kroner|krona|yen|lira|franc|rupee|peso|rand))?\s+/i;

/**
 * A named subject with its appositive, saying the value once: ", worth $400 million," after a
 * description that gives it already is dropped; ", worth 48 million euros over six years," after
 * "The 48 million euro flood plan" keeps the appositive and drops the description's value.
 */
function withAside(named: string, aside: string): string {
  const values = aside.match(/\d[\d.,]*\d|\d/g) ?? [];
  if (values.length === 0 || !values.every((value) => named.includes(value))) return `${named}${aside}`;
  if (VALUE_ONLY.test(aside)) return named;
  return `${named.replace(LEADING_VALUE, "The ")}${aside}`;
}

/** "Items being sent", "Weapons delivered", "The equipment", "Other items": things on their way that no owner names. */
const UNOWNED_PARTS =
  /^(?:the\s+)?(?:(?:other|additional|further|remaining)\s+)?(?:items|supplies|weapons|goods|systems|capabilities|equipment|munitions)(?:(?:\s+(?:being|to\s+be))?\s+\p{Ll}+(?:ed|en|t))?$/iu;
/** Things that hold what is sent or paid for. */
const CONTAINER = /^(?:package|tranche|shipment|delivery|aid|assistance|donation|deal|plan|budget)$/i;

/**
 * "Items being sent" (or "The equipment") after a sentence describing a package → "Items being sent in the <package>":
 * they are that package's items. Null when the subject names its owner or no such thing came before.
 */
function unownedParts(
  subject: string,
  entities: EntityMemory,
): { lead: string; entity: Entity; singular: boolean } | null {
  const container = UNOWNED_PARTS.test(subject) ? latestContainer(entities) : null;
  if (container === null) return null;
  return { lead: `${subject} in ${midSentence(container.lead)}`, entity: container.entity, singular: false };
}

/** "The report lists three causes: A, B and C." */
function colonList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  const colon = /:\s+/.exec(content);
  if (colon === null) return null;
  const listStart = colon.index + colon[0].length;
  const items = splitListItems(content.slice(listStart), base + listStart);
  if (items === null) return null;
  // "Water: $198 million to truck water, repair 300 wells and build latrines": one sum for every
  // purpose; no item has it alone.
  const [first, ...later] = items;
  if (
    first !== undefined &&
    SUM_TO_DO.test(first.text) &&
    !later.some((item) => OPENS_WITH_SUM.test(item.text))
  )
    return null;
  // "have delivered to Ukraine, among other things:": the hedge says only that the list is not complete.
  const fullLead = `${content.slice(0, colon.index).replace(AMONG_OTHERS, "")}:`;
  // "The budget does three things: it freezes council tax, it adds …": each item is the subject's own
  // predicate, its "it" the subject.
  const doer = DOES_THINGS.exec(fullLead.slice(0, -1))?.[1];
  if (doer !== undefined && items.every((item) => PRONOUN_SUBJECT.test(item.text)))
    return {
      items: withLead(
        doer,
        items.map((item) => ({ ...item, text: item.text.replace(PRONOUN_SUBJECT, "") })),
      ),
      entity: null,
    };
  const { lead, entity } = colonLead(fullLead, entities, items);
  // "The ministry gave a breakdown of the aid: …": the ministry lists the aid's items.
  const lister =
    (fullLead.includes(" of ") ? ACCOUNT_GIVER.exec(fullLead)?.[1] : undefined) ??
    LISTER_WHAT.exec(fullLead.slice(0, -1))?.[1];
  const list = { items: withLead(lead, items), entity };
  return lister === undefined || /^(?:it|they|he|she|we|i)$/i.test(lister)
    ? list
    : { ...list, lister: lister.replace(/^The\s/, "the ") };
}

const PRONOUN_SUBJECT = /^(?:it|they)\s+/i;

/** "$198 million to truck water": a sum, then what it is to do. */
const SUM_TO_DO = new RegExp(
  String.raw`^${CURRENCY_CODE_SOURCE}\s?\d[\d,.]*\s*(?:million|billion|m|bn)?\s+to\s+\p{Ll}+\s`,
  "u",
);
const OPENS_WITH_SUM = new RegExp(String.raw`^(?:and\s+)?${CURRENCY_CODE_SOURCE}\s?\d`);

/** "three regions", "the following sites", "several reasons": what a colon's items are, counted. */
const COUNTED_THINGS =
  /\s(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|these|the following|a few)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s(?:\s+(?:this|last)\s+(?:week|month|year|summer|winter|spring|autumn|season)|\s+so\s+far)?$/u;

/** "three loans for Tavria", "two grants to the city": counted things, then whom they are for. */
const COUNTED_THINGS_FOR =
  /\s(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s\s+(?:for|to|in|from)\s+[^,:]{1,40}$/u;

/** "will", "to", "recommend that cities": what a base predicate reads on from. */
const BEFORE_PREDICATE =
  /\s(?:will|would|can|could|may|might|must|should|to)$|\s(?:recommends?|recommended|urges?|urged|advises?|advised|proposes?|proposed|suggests?|suggested|asks?|asked|demands?|demanded|insists?|insisted)\s+that\s+(?:\S+\s+){0,6}?\S+$/;

/**
 * A list's lead (its colon left out) as words its items read on from: "The closures will affect" as
 * it is; "is concentrated in three regions" → "is concentrated in", as the items are the regions.
 * Null when the items are no objects of its verb ("made three proposals: merge the boards, …") or
 * its end takes no object ("The plan has a goal"): the colon stays.
 */
export function leadBeforeItems(lead: string, items: readonly Piece[]): string | null {
  // "The plan will: cut fees, …" reads on; "his standard, which was: build a coalition, …" does not.
  if (items.some((item) => opensPredicate(item.text, "base")))
    return BEFORE_PREDICATE.test(lead) ? lead : null;
  // "The law" over "allows …", "creates …": a subject without a verb, whose predicates the lines are.
  const lowered = items.map((item) => item.text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  // Every line opens with a verb of one form, and one at least with that verb and its object.
  const predicatesIn = (form: "s" | "past", isForm: (word: string) => boolean) =>
    lowered.every((text) => isForm(text.split(" ", 1)[0] ?? "")) &&
    lowered.some((text) => opensPredicate(text, form));
  // "Council" over "approved the budget", "voted 7-0 to …": past-tense predicates.
  const predicates =
    lowered.length > 0 && (predicatesIn("s", isFiniteVerb) || predicatesIn("past", isPastTense));
  if (predicates && !hasVerbForm(lead)) return lead;
  if (endsBeforeObject(lead)) return lead;
  const things = COUNTED_THINGS.exec(lead);
  if (things === null) return null;
  // "He has three priorities: jobs, …" does not have jobs: after "has" or "is" the count says what they are.
  const before = lead.slice(0, things.index);
  if (endsBeforeObject(before, false)) return before;
  // "The package, worth 600 million euros, covers three areas:": the verb is found without the aside.
  const plain = before.includes(",") ? before.replace(ASIDE_BEFORE_VERB, "") : before;
  return plain !== before && endsBeforeObject(plain, false) ? before : null;
}
const ASIDE_BEFORE_VERB = /,\s[^,]{2,80},(?=\s+\S+$)/;

/** What goes before each item of a list after a colon, and the earlier-described thing it lists. */
function colonLead(fullLead: string, entities: EntityMemory, items: readonly Piece[] = []): ListLead {
  const named = namedColonLead(fullLead, entities);
  if (named !== null) return named;
  // "What it includes: A, B and C" inside a paragraph, as over bullets.
  const what = whatLead(fullLead.slice(0, -1).trim(), entities);
  if (what !== null) return what;
  // "The money goes mainly to energy and transport: 900 million euros to …, 700 million euros for
  // …": sums after a clause about a thing's money are what the thing includes.
  const shares =
    items.length > 1 && items.every((item) => isCounted(item.text)) ? MONEY_CLAUSE.exec(fullLead) : null;
  if (shares !== null) {
    const owner = namedOwner(lowerCaseOpener(shares[1] ?? ""), entities);
    return { lead: `${owner.lead} includes`, entity: owner.entity };
  }
  // "The items: A, B and C", "Its contents: …": the parts of the thing described last.
  const latest = latestThingOf(fullLead.slice(0, -1).trim(), entities);
  if (latest !== null) return { lead: `${latest.lead} includes`, entity: latest.entity };
  // "The aid consists of two parts: A and B" → "The aid consists of A": after an inclusion verb the
  // count says nothing the items don't.
  const counted = COUNTED_PARTS.exec(fullLead);
  if (counted === null) {
    const plain = fullLead.slice(0, -1).trimEnd();
    const before = leadBeforeItems(plain, items);
    // "approved three loans for Tavria: €500m for energy, …": each item is one of the things counted.
    const oneOf =
      before === null &&
      COUNTED_THINGS_FOR.test(plain) &&
      items.every((item) => !opensPredicate(item.text, "base"));
    return { lead: before ?? (oneOf ? `${plain}, including` : fullLead), entity: null };
  }
  // "The package has three parts: A …" → "The package includes A"; the package's lister lists A too.
  const [, subject = "", verb = ""] = COUNTING_SUBJECT.exec(fullLead.slice(0, counted.index)) ?? [];
  const entity = subject !== "" && isVagueReference(subject) ? entities.find(subject) : null;
  // "is split into two parts": each part is one the thing includes.
  const includes = /^(?:has|is|was|will)\b/i.test(verb)
    ? "includes"
    : /^(?:have|are|were)\b/i.test(verb)
      ? "include"
      : verb;
  // "It is split into two parts:" after the package: the package, described.
  const thing = entity !== null && /^(?:it|they)$/i.test(subject) ? describe(entity, subject) : subject;
  return { lead: subject === "" ? fullLead.slice(0, counted.index) : `${thing} ${includes}`, entity };
}

/**
 * A colon lead that names what its items belong to, or says where they are: "Also in the package:",
 * "Among the cuts:", "On the list:", "What Arvania will get:". Null for any other lead.
 */
function namedColonLead(fullLead: string, entities: EntityMemory): ListLead | null {
  // "The ministry gave a breakdown of the aid delivered so far: A, B" → "The aid delivered so far
  // includes A."; "The minister listed the contents of the package: A" → "The <package> includes A".
  const accounted = fullLead.includes(" of ") ? ACCOUNT_OF_COLON.exec(fullLead) : null;
  if (accounted !== null) {
    const owner = namedOwner(accounted[1] ?? "", entities);
    return { lead: `${owner.lead} includes`, entity: owner.entity };
  }
  // "Also in the package: A and B" → "The <package> also includes A."
  const container = IN_THING_COLON.exec(fullLead);
  if (container !== null) {
    const owner = namedOwner(container[2] ?? "", entities);
    return { lead: `${owner.lead} ${container[1] ? "also " : ""}includes`, entity: owner.entity };
  }
  // "Among the cuts: A, B and C" → "The cuts include A."
  const among = AMONG_COLON.exec(fullLead)?.[1];
  if (among !== undefined) {
    // "Among the items: A and B" lists the contents of the package described last.
    const items = ITEMS_WORD.test(among.split(/\s+/).at(-1) ?? "") ? latestContainer(entities) : null;
    if (items !== null) return { lead: `${items.lead} includes`, entity: items.entity };
    return { lead: `The ${among} include`, entity: null };
  }
  // "On the list: A and B", "On the list for roads: A" → "The <package> includes (, for roads,) A."
  const onList = ON_THE_LIST_COLON.exec(fullLead);
  const listed = onList === null ? null : (latestContainer(entities) ?? latestThing(entities));
  if (onList !== null && listed !== null) {
    const also = onList[1] !== undefined || onList[3] !== undefined ? "also " : "";
    const purpose = onList[2] === undefined ? "" : `, ${onList[2]},`;
    return { lead: `${listed.lead} ${also}includes${purpose}`, entity: listed.entity };
  }
  // "The package breaks down as follows: $18 million for food, …" → "The <package> includes $18 million for food."
  // "The package, funded through reserves and a bond, breaks down as follows:": the thing without its aside.
  const follows = AS_FOLLOWS.exec(fullLead.replace(APPOSITIVE_AFTER_SUBJECT, ""))?.[1];
  if (follows !== undefined) {
    const owner = /^(?:the|this|its)\s/i.test(follows)
      ? namedOwner(follows, entities)
      : { lead: follows, entity: null };
    return { lead: `${capitalize(owner.lead)} includes`, entity: owner.entity };
  }
  // "What Arvania will get: A and B" → "Arvania will get A."
  const what = WHAT_SUBJECT_GETS.exec(fullLead);
  if (what !== null) return { lead: capitalize(`${what[1] ?? ""} ${what[2] ?? ""}`), entity: null };
  return null;
}

/** The thing whose items the article listed last ("the bill"), when it is one that holds things. */
function latestThing(entities: EntityMemory): (ListLead & { entity: Entity }) | null {
  const entity = entities.lastListed();
  return entity === null || !isThingNoun(entity.head) ? null : { lead: describe(entity, "it"), entity };
}

/** "The money goes mainly to energy:", "The package is weighted toward defence:": a thing or its money, then a clause. */
const MONEY_CLAUSE =
  /^((?:The|Its|This)\s+(?:money|funds|cash|package|aid|budget|plan|bill|grant|loan|funding|assistance))\s+(?:goes|go|went|will\s+go|is|was|are|were)\s[^:]{2,80}:$/;

/** ", funded through reserve funds, a grant and a bond," after a short subject: an aside about the thing. */
const APPOSITIVE_AFTER_SUBJECT = /(?<=^(?:The|Its|This)\s+[^,]{2,60}?),\s+\p{Ll}[^:]{2,200},(?=\s)/u;

/** "The package breaks down as follows:", "The money is split as follows:": the thing, then how it divides. */
const AS_FOLLOWS =
  /^(.{2,80}?)\s+(?:breaks?\s+down|broke\s+down|(?:is|was|will\s+be)\s+(?:broken\s+down|split|divided|allocated|distributed|spent))\s+as\s+follows:$/i;

/** "On the list:", "Also on the list:", "On the list for rural roads:", "On the list as well:". */
const ON_THE_LIST_COLON =
  /^(also\s+)?on\s+the\s+(?:list|shopping\s+list|menu)(?:\s+((?:for|of)\s+[^,:]{2,40}?))?(\s+(?:as\s+well|too))?:$/i;
/** "What Arvania will get:", "What the city receives:": the subject and its verb lead every item. */
const WHAT_SUBJECT_GETS =
  /^What\s+(\S.{0,60}?)\s+((?:will|would|is\s+set\s+to|is\s+to)\s+(?:get|receive)|gets|receives|(?:is|are)\s+getting|(?:is|are)\s+receiving)\??:$/;

const COUNTING_SUBJECT =
  /^(.+?)\s+(includes?|included|consists? of|consisted of|comprises?|contains?|has|have|(?:is|was|are|were|will be) (?:split|divided|broken down) into)$/i;

/** "Also in the package:", "Included in the aid:", "What's in the package:". */
/** "The ministry gave a breakdown of", "The minister listed the contents of": who gave the account. */
const ACCOUNT_GIVER =
  /^(\S+(?:\s+\S+){0,5}?)\s+(?:gave|provided|released|published|listed|issued|detailed|set out)\s+(?:a|an|the)\s+(?:breakdown|list|rundown|tally|inventory|contents)\s+of\s/;
/** "a breakdown of the aid delivered so far:", "the contents of the package:": an account of a thing's parts. */
const ACCOUNT_OF_COLON =
  /\b(?:breakdown|list|rundown|tally|inventory|contents)\s+of\s+((?:the|its|this)\s+[^:,;]{2,60}):$/i;
const IN_THING_COLON = /^(also\s+)?(?:included\s+|what['’]s\s+|what\s+is\s+)?in\s+(the\s+[^,:]{1,60}):$/i;
const AMONG_COLON = /^Among\s+(?:the|its|their)\s+((?:\p{Ll}+\s+)?\p{Ll}+s)(?:\s+(?:are|were|will be))?:$/u;

const COUNTED_PARTS =
  /(?<=\b(?:includes?|included|consists? of|consisted of|comprises?|contains?|has|have|(?:is|was|are|were|will be) (?:split|divided|broken down) into))\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:main\s+|key\s+)?(?:parts|elements|components|items|pillars|categories|things|measures|areas|priorities|strands|operations|projects|loans|tranches|programmes|programs|phases|stages|grants|initiatives):$/i;

/** "include" after a subject rewritten to one thing ("Other items … include" → "The package includes"). */
/** "comprises", "consists of", "is made up of": verbs that name the whole, which no one item is. */
const WHOLE_OF_VERB = /compris|consist|made up|composed/i;

function agreeing(verb: string, singular: boolean): string {
  return singular && verb === "include" ? "includes" : verb;
}

/** "encompasses", "comprises", "contains", "is made up of" all state inclusion; say it one way. */
function inclusionVerb(verb: string): string {
  // "consists mainly of": the items are included all the same.
  const lower = verb.toLowerCase().replace(/ (?:mainly|mostly|largely|primarily)(?= of$)/, "");
  // "The package covers A and B": the subject covers each; "includes" would say less of an insurance.
  if (PARTICIPLE.test(lower) || lower === "covers" || lower === "covered") return lower;
  // "is made up of" / "was composed of": the copula gives the tense and number.
  if (/(?:ed|consisted of)$|^(?:was|were)\s/.test(lower)) return "included";
  if (/^(?:include|comprise|contain|consist of|encompass|feature)$|^are\s/.test(lower)) return "include";
  if (lower.startsWith("will be ")) return "will include";
  return "includes";
}

/**
 * "The budget gives $40 million to schools; $25 million to roads; and $10 million to parks."
 * The shared lead ends where the first item starts, found by the shape of the second item's first word.
 */
function semicolonList(content: string, base: number): ListDecomposition | null {
  if (!content.includes(";")) return null;
  const items = splitListItems(content, base);
  const [first, second] = [items?.[0], items?.[1]];
  if (items === null || first === undefined || second === undefined) return null;
  // "Norland will send 40 trucks; Estavia, 12 boats; and Corvel, two cranes": subjects with the verb left out.
  const gapped = gappedSubjectClauses(first, items.slice(1));
  if (gapped !== null) return { items: gapped, entity: null };
  // "1.2 billion will go to housing; 900 million to roads; …": amounts with the verb left out, read
  // as the same list with commas is.
  const amountSubject = AMOUNT_THEN_VERB.test(first.text) ? seriesList(content, base) : null;
  if (amountSubject !== null) return { items: amountSubject, entity: null };
  // "Half of the money funds housing; the rest will fund schools": clauses, whose lead is no shared one.
  if (items.slice(1).some((item) => item.text.split(/\s+/).some(isUnambiguousVerb))) return null;
  const shape = wordShape(second.text);
  const words = [...first.text.matchAll(/\S+/g)];
  // The lead holds the verb: in "The grant funds housing; spare parts; and sandbags" it is "The grant
  // funds", not "The" before the first lower-case word.
  const verbs = wordsOf(first.text).filter((w) => isVerbForm(w.text));
  // "The company blames old pipes; residents blame the quarry": the verb again, with a subject of its
  // own, makes each part a clause, a claim as written.
  const later = items.slice(1);
  if (verbs.some((verb) => later.some((item) => repeatsVerb(item.text, verb.text))))
    return {
      items: items.map((item) => ({ ...item, text: asSentence(capitalize(item.text)) })),
      entity: null,
    };
  const verbEnd = verbs[0]?.end ?? Number.POSITIVE_INFINITY;
  const itemWord = words.find((w, k) => k > 0 && wordShape(w[0]) === shape && verbEnd <= w.index);
  if (itemWord === undefined) return null;
  const lead = first.text.slice(0, itemWord.index).trim();
  first.text = first.text.slice(itemWord.index);
  first.start += itemWord.index;
  return {
    items: withLead(lead, items),
    entity: null,
  };
}

/** Whether a word after the first of `item` is `verb` in another form: "blame" for "blames". */
function repeatsVerb(item: string, verb: string): boolean {
  const stem = verbStem(verb);
  return (
    stem.length >= 3 &&
    item
      .split(/\s+/)
      .slice(1)
      .some((word) => verbStem(word) === stem)
  );
}

/** "blames", "blamed", "blame" → "blam": one key for a verb's forms. */
function verbStem(word: string): string {
  return word.toLowerCase().replace(/[sd]$/, "").replace(/e$/, "");
}

/** "1.2 billion will go", "$40 million went": an amount as the subject of its verb. */
const AMOUNT_THEN_VERB =
  /(?:^|\s)[$€£]?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+\p{Ll}+)?\s+(?:will|would|is|was|are|were|goes|go|went)\s/u;

function wordShape(text: string): string {
  if (/^\$/.test(text)) return "money";
  if (/^\d/.test(text)) return "number";
  if (STARTS_UPPER_CASE.test(text)) return "name";
  return /^(?:a|an|the)\b/i.test(text) ? "article" : "word";
}

/**
 * "The plan will pay for A, B and C" → "The plan will pay for A." … (extractClaims names "the plan"
 * in every item, as in any claim). The described plan is returned so its speaker carries over.
 */
function seriesDecomposition(
  content: string,
  base: number,
  entities: EntityMemory,
): ListDecomposition | null {
  // "sent A, B and C through the Red Cross, among other things": the list is not complete, but a list.
  const listed =
    content.includes(" among other") ||
    content.includes(" amongst other") ||
    content.includes(" and more") ||
    content.includes(" and others")
      ? content.replace(AMONG_OTHERS, "")
      : content;
  const items = addedToSeries(listed, base) ?? seriesOf(listed, base);
  if (items === null) return null;
  const subject = THING_SUBJECT.exec(content)?.[0] ?? null;
  const entity = subject !== null && isThingNoun(subject.split(" ")[1] ?? "") ? entities.find(subject) : null;
  return { items, entity };
}

function seriesOf(content: string, base: number): Piece[] | null {
  return (
    seriesList(content, base) ??
    prepositionSeries(content, base) ??
    gappedSubjectPair(content, base) ??
    amountPair(content, base) ??
    gappedAmountPair(content, base)
  );
}

/** " and on ", " and to ": a conjunction before a repeated preposition. */
const AND_PREPOSITION = / and (on|to|in|for|from|at|with) /g;
const MAX_PREPOSITION_ITEM_WORDS = 8;

/**
 * "raises spending on schools by 8 percent, on roads by 5 percent and on parks by 2 percent" → one
 * claim per phrase, each with the lead before the first ("raises spending on roads by 5 percent"):
 * three or more phrases opening with the same preposition, short and without verbs of their own.
 */
function prepositionSeries(content: string, base: number): Piece[] | null {
  if (!content.includes(" and ")) return null;
  const text = withoutTrailingStops(content);
  const last = [...text.matchAll(AND_PREPOSITION)].at(-1);
  if (last === undefined) return null;
  const preposition = last[1] ?? "";
  const separator = `, ${preposition} `;
  const parts = text.slice(0, last.index).replace(/,$/, "").split(separator);
  const head = parts[0] ?? "";
  const at = head.lastIndexOf(` ${preposition} `);
  if (parts.length < 2 || at < 0) return null;
  const lead = head.slice(0, at);
  const pieces: Piece[] = [];
  let from = at + 1;
  for (const part of [head.slice(at + 1), ...parts.slice(1).map((p) => `${preposition} ${p}`)]) {
    pieces.push({ text: part, start: base + from, end: base + from + part.length });
    from += part.length + separator.length - preposition.length - 1;
  }
  const lastText = text.slice(last.index + " and ".length);
  pieces.push({ text: lastText, start: base + last.index + 5, end: base + text.length });
  const short = pieces.every((piece) => {
    const pieceWords = piece.text.split(/\s+/);
    return pieceWords.length <= MAX_PREPOSITION_ITEM_WORDS && !pieceWords.some(isUnambiguousVerb);
  });
  if (!short || !hasVerbForm(lead)) return null;
  return withLead(lead, pieces);
}

/**
 * "Along with 30 tanks, Ostmark will send 12 guns and 5,000 mines" → "Ostmark will send 30 tanks.",
 * "Ostmark will send 12 guns." …: the things added before the clause are what its verb does too.
 */
function addedToSeries(content: string, base: number): Piece[] | null {
  if (!/^(?:As|In|Be|Al)/.test(content)) return null;
  const added = addedItems(content, base);
  if (added === null) return null;
  const restOffset = content.length - added.rest.length;
  const series = seriesOf(added.rest, base + restOffset);
  const first = series?.[0];
  if (series === null || first === undefined) return null;
  // The first claim is its lead, its item, then any phrase the items share ("… to Mira").
  const said = withoutTrailingStops(first.text);
  const quoted = content.slice(first.start - base, first.end - base);
  const at = said.lastIndexOf(quoted);
  if (at <= 0) return null;
  const shared = said.slice(at + quoted.length);
  const addedClaims = added.items.map((item) => ({
    ...item,
    text: asSentence(`${said.slice(0, at)}${item.text}${shared}`),
  }));
  return [...addedClaims, ...series];
}

/** "The plan", "This package": a two-word definite subject that may name an earlier-described thing. */
const THING_SUBJECT = /^(?:The|This|That|These|Its)\s+\p{Ll}+(?=\s)/u;

/** "will fund", "is spent on", "goes to": a verb whose objects are what money pays for. */
const SPENDING =
  /^(.{2,120}?\s(?:fund|funds|funded|pays? for|paid for|(?:be|is|are|was|were) (?:spent on|used for|earmarked for)|go(?:es)? to(?:wards?)?|went to(?:wards?)?|covers?|covered|buys?|bought|finances?|financed))\s+(\S.{0,160})$/s;
const MAX_SPENT_ITEM_WORDS = 4;
/** "create 300 jobs", "hire the staff": a word before a number or determiner opens a predicate, not a thing. */
const VERB_BEFORE_OBJECT = /^\S+\s+(?:the|a|an|its|their|\d[\d,.]*)\s/i;

/**
 * The two things a pattern's last group lists after its lead (group 1): "will fund | schools and
 * clinics". Null unless the pattern matches and the list holds exactly two items.
 */
function pairAfter(
  pattern: RegExp,
  content: string,
  base: number,
): { lead: string; listText: string; items: [Piece, Piece]; match: RegExpExecArray } | null {
  // "will send 40 tanks plus 12 boats": "plus" joins two things as "and" does.
  if (
    !content.includes(" and ") &&
    !content.includes(" as well as ") &&
    !content.includes(" along with ") &&
    !content.includes(" in addition to ") &&
    !content.includes(" plus ")
  )
    return null;
  const match = pattern.exec(content);
  const listText = match?.at(-1);
  if (match === null || listText === undefined) return null;
  const listStart = base + content.length - listText.length;
  const [first, second, ...more] =
    addedPair(listText, listStart) ?? splitListItems(listText, listStart) ?? [];
  if (first === undefined || second === undefined || more.length > 0) return null;
  return { lead: match[1] ?? "", listText, items: [first, second], match };
}

const ADDED_THING = /\s+(?:as well as|along with|in addition to)\s+/;

/**
 * "school repairs as well as mobile clinics", "tents along with 40 stoves": after a verb of spending
 * or giving, a thing added to its object is one more thing paid for or given. Null for anything else
 * ("A, B as well as C" is `splitListItems`'s).
 */
function addedPair(listText: string, start: number): [Piece, Piece] | null {
  const joiner = ADDED_THING.exec(listText);
  if (joiner === null || listText.includes(",")) return null;
  const firstText = listText.slice(0, joiner.index);
  const secondAt = joiner.index + joiner[0].length;
  const secondText = withoutTrailingStops(listText.slice(secondAt));
  if (firstText === "" || secondText === "" || ADDED_THING.test(secondText)) return null;
  return [
    { text: firstText, start, end: start + firstText.length },
    { text: secondText, start: start + secondAt, end: start + secondAt + secondText.length },
  ];
}

/**
 * "The rest will fund schools and clinics" → "The rest will fund schools." and "… clinics.": two short
 * things money pays for are two claims (three or more are read as a series). Not "will fund schools
 * and create 300 jobs", whose second part is a predicate.
 */
function spendingPair(content: string, base: number): ListDecomposition | null {
  const pair = pairAfter(SPENDING, content, base);
  if (pair === null) return null;
  const { lead, items } = pair;
  // "and help families": a base verb ("help", "cut") opens a predicate, not a thing paid for.
  // "goes to protecting cities and infrastructure": a gerund takes both things, which "goes to
  // infrastructure" alone would not say.
  const gerund = ING_FORM.test(items[0]?.text.split(/\s/, 1)[0] ?? "");
  const short =
    !gerund &&
    items.every(
      (item) =>
        item.text.split(/\s+/).length <= MAX_SPENT_ITEM_WORDS &&
        !VERB_BEFORE_OBJECT.test(`${item.text} `) &&
        !isBaseVerb(item.text.split(/\s/, 1)[0] ?? ""),
    );
  return short ? { items: withLead(lead, items), entity: null } : null;
}

/**
 * "will send", "delivered", "is donating": a verb of giving, then maybe its receiver ("send Kesh",
 * "provide Kesh with"); or of receiving ("will also receive").
 */
const GIVING =
  /^(.{2,120}?\s(send|sends|sent|sending|deliver|delivers|delivered|delivering|provide|provides|provided|providing|donate|donates|donated|donating|ship|ships|shipped|shipping|give|gives|gave|giving|pledge|pledges|pledged|pledging|receive|receives|received|receiving)(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+with)?)\s+(\S.{0,160})$/su;
/** "medical", "portable", "armored", "heavy-duty": a first word that describes the noun after it. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|able|ible|ed|ary|ful|less|-\p{L}+)$/u;
const NOUN_PHRASE_START = /^(?:the|a|an|its|their|some|more|extra|new|\d[\d,.]*)$/i;
const PHRASE_PREPOSITION = /^(?:for|of|to|in|on|with|from)$/;

/**
 * "stoves for shelters", "blankets", "medical kits": a thing, not a predicate like "train soldiers",
 * whose base verb looks like a noun.
 */
function isThingPhrase(text: string): boolean {
  const [first = "", second] = text.split(/\s+/, 2);
  if (isBaseVerb(first) || isUnambiguousVerb(first)) return false;
  return (
    second === undefined ||
    NOUN_PHRASE_START.test(first) ||
    PHRASE_PREPOSITION.test(second) ||
    ADJECTIVE_ENDING.test(first) ||
    LOWER_CASE_THEN_S.test(first)
  );
}

/**
 * "Valdoria will send 40 tents and stoves for shelters" → "Valdoria will send 40 tents." and "…
 * will send stoves for shelters.": a counted thing and another thing after a verb of giving are two
 * things given. Not "will send 40 tents and train soldiers", whose second part is a predicate.
 */
/** "the navy 14 patrol boats": a second subject, then the counted thing its verb (left out) takes. */
const GAPPED_THE_SUBJECT =
  /^the\s+(\p{Ll}+)\s+((?:[$€£]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds)\s).*)$/u;

/**
 * "The army received 300 trucks and the navy 14 patrol boats" → "The army received 300 trucks." and
 * "The navy received 14 patrol boats.": the second subject shares the first's verb. Null otherwise.
 */
function gappedReceiverPair(lead: string, first: Piece, second: Piece): Piece[] | null {
  const gap = GAPPED_THE_SUBJECT.exec(second.text);
  const words = lead.split(" ");
  const verbAt = words.findIndex((word, k) => k > 0 && isUnambiguousVerb(word));
  if (gap === null || verbAt <= 0 || !isCounted(first.text)) return null;
  const [, subject = "", object = ""] = gap;
  return [
    { ...first, text: asSentence(`${lead} ${first.text}`) },
    { ...second, text: asSentence(`The ${subject} ${words.slice(verbAt).join(" ")} ${object}`) },
  ];
}

/** "tents and blankets for 20,000 families": two plain things (group 1, 2), then a counted group they are for. */
const PLAIN_PAIR_FOR_COUNTED =
  /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+and\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+for\s+\S+\s+.+?)[.]?$/u;

/**
 * "will send tents and blankets for 20,000 families" → "… tents for 20,000 families." and "… blankets
 * for 20,000 families.": two plain things given to a counted group are two things given. Null else.
 */
function recipientsPair(content: string, base: number): ListDecomposition | null {
  const match = GIVING.exec(content);
  const [, lead = "", , listText = ""] = match ?? [];
  const pair = match === null ? null : PLAIN_PAIR_FOR_COUNTED.exec(listText);
  const [, firstText = "", secondText = ""] = pair ?? [];
  if (pair === null || !endsWithCountedRecipients(secondText) || !isThingPhrase(firstText)) return null;
  const start = base + content.length - listText.length;
  const secondAt = listText.indexOf(secondText, firstText.length);
  const items = [
    { text: firstText, start, end: start + firstText.length },
    { text: secondText, start: start + secondAt, end: start + secondAt + secondText.length },
  ];
  const shared = shareTrailingModifier(items);
  return shared[0]?.text === firstText ? null : { items: withLead(lead, shared), entity: null };
}

function givingPair(content: string, base: number): ListDecomposition | null {
  const pair = pairAfter(GIVING, content, base);
  if (pair === null) return content.includes(" for ") ? recipientsPair(content, base) : null;
  if (!isCounted(pair.listText)) return null;
  const { lead, items, match } = pair;
  const verb = match[2] ?? "";
  const [first, second] = items;
  const gapped = second.text.startsWith("the ") ? gappedReceiverPair(lead, first, second) : null;
  if (gapped !== null) return { items: gapped, entity: null };
  // "gave 3,000 families food and water": the count belongs to the receivers, who end in no plural.
  const firstEnd = first.text.split(/\s+/).at(-1) ?? "";
  const countedThing = /(?:s|million|billion)$/.test(firstEnd) || /^(?:one|1)\s/.test(first.text);
  // After "sent" a second predicate would be past too ("and trained soldiers"), which a verb check
  // tells; after "will send" its base verb looks like a noun, so the second part must read as a thing.
  const thing = isUnambiguousVerb(verb)
    ? !isUnambiguousVerb(second.text.split(/\s/, 1)[0] ?? "")
    : isThingPhrase(second.text);
  if (!isCounted(first.text) || !countedThing || !thing) return null;
  return { items: withLead(lead, shareTrailingModifier(items)), entity: null };
}
