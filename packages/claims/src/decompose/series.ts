import {
  asSentence,
  CURRENCY_CODE_SOURCE,
  capitalize,
  isSpaceCode,
  LOWER_CASE_LETTERS,
  LOWER_CASE_THEN_S,
  type Piece,
  PREPOSITION_HEDGE,
  ROUGH_COUNT_HEDGE,
  SPELLED_NUMBERS,
  STARTS_LOWER_CASE,
  STARTS_UPPER_CASE,
  withoutTrailingStops,
} from "../util/text";
import {
  BASE_ENDING_ING,
  BEFORE_BASE_VERB,
  CHANGE_FROM,
  describesModel,
  hasVerbForm,
  isFiniteVerb,
  isUnambiguousVerb,
  isUsualBaseVerb,
  isVerbAfter,
  isVerbForm,
  mayBeBaseVerb,
  OWNER_OPENING,
  opensParticiplePredicate,
  opensPredicate,
  PERFECT_AUXILIARY,
  presentVerbAt,
  sharedPredicateLead,
  opensObject as showsObject,
  YEAR,
} from "./clauses";
import { firstCountedNoun } from "./counts";
import {
  countedPlus,
  countFirst,
  cutCollectiveClause,
  holdsFixedSeries,
  isBareName,
  isCounted,
  isMoneyNoun,
  isOneQuantity,
  leadForOneOfSeveral,
  shareTrailingModifier,
  splitListItems,
  withLead,
  withoutTrailingModifier,
} from "./list-items";

const MIN_SERIES = 3;
/** ", bringing total pledges to $1.1bn": a clause of result giving the series' total. */
/** ", as it struggles with falling sales", ", because demand fell": a reason closing the sentence. */
export const CLOSING_REASON =
  /,\s+(?:as|because)\s+(?:it|they|he|she|we|the|its|their|his|her|demand|sales|prices|costs|profits)\s[^,;:]{3,100}$/;
const TOTAL_RESULT =
  /,\s+(?:bringing|taking|raising|lifting|pushing)\s+((?:the\s+)?(?:\p{Ll}+\s+){0,2}(?:total|tally)(?:\s+\p{Ll}+){0,2})\s+to\s+([^,]{2,60}?)[.]?$/u;
const MAX_SERIES_ITEM_WORDS = 8;
/** "€88bn in financial", "40 tonnes of rice": a sum or count, its preposition, then the first item. */
const TOTAL_BEFORE_FIRST =
  /(?:[$€£]\s?\d[\d,.]*(?:\s?(?:bn|m|tn|million|billion|trillion)\b)?|\b\d[\d,.]*\s+(?:million|billion|trillion|tonnes|tons)(?:\s+\p{Ll}+)?)\s+(?:in|of|for)\s+(?:(?:\S+\s+){0,2}\S+|(?:\p{Ll}+\s+){1,3}(?:for|to)\s+\S+)$/u;
const HAS_DIGIT = /\d/;
/** "up from 5,800 in 2023", "compared with $6,120 in Vesk": a figure set against the one before. */
const COMPARISON_OPENING = new RegExp(String.raw`^(?:${CHANGE_FROM}|against|versus|vs\.?)\s`);
/** "… between housing", "… among the regions": a first item that is one end of a shared relation. */
const SHARED_AMONG_END = /\s(?:between|among|amongst)\s+(?:\S+\s+){0,3}\S+$/;
const SHORT_NOUN_PHRASE_WORDS = 6;
/** How long the last of four or more listed things may be: "compensation of 5,000 kesh for each family". */
const LAST_NOUN_PHRASE_WORDS = 9;
const SUBJECT_START = /^(?:\p{Lu}|the$|a$|an$)/u;
const ING_FORM = /^\p{Ll}+ing$/u;
/** The spelled counts lists and gapped clauses use ("two" … "twelve"). */
const PREPOSITION =
  /^(?:for|to|toward|towards|in|on|at|with|by|from|of|into|about|as|than|against|between|among)$/;

/**
 * A series at the end of a sentence without an inclusion verb:
 * "The storm killed 12 people, destroyed 300 homes and cut power to 4,000 homes" → one claim per
 * predicate, each with the subject; "The council approved a pool, two parks and a library" → one
 * claim per object, each with the lead. Needs three or more items, so "A and B" sentences stay whole;
 * adjective series ("underpaid, overworked and unready") stay whole too.
 */
export function seriesList(content: string, base: number): Piece[] | null {
  return withClosingPhraseShared(withBareCountsNamed(seriesItems(content, base)));
}

/** " if needed", " when necessary": a condition closing the last of several predicates, said of all. */
const CLOSING_CONDITION = /\s(?:if|when|where)\s+(?:needed|necessary|required|warranted|appropriate)$/;
/** " from its allies", " from Western partners": the givers all of the wanted things come from. */
const CLOSING_GIVERS =
  /\sfrom\s+(?:its|their|his|her|our|the)\s+(?:\p{Ll}+\s+)?(?:allies|partners|neighbours|neighbors|donors|backers|suppliers)$/u;
/** " across the coastal provinces of Sarn and Velt": the regions where all of it happened. */
/** "provinces", "regions": the areas a closing phrase of place names. */
const REGION_NOUNS = "provinces|regions|districts|states|islands|counties";
const CLOSING_REGIONS = new RegExp(
  String.raw`\s(?:across|throughout)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:${REGION_NOUNS})(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)*,?\s+and\s+\p{Lu}[\p{L}'’-]*)?$`,
  "u",
);
/** A sentence's closing stop, kept after the shared phrase. */
const CLOSING_STOP = /[.!?]*$/;

/**
 * "ready to raise rates, cut its holdings or tighten rules if needed", "wants more tanks, artillery
 * and air-defence systems from its allies": the condition or the givers closing the last item are
 * every item's, so each item's wording gets them (the spans stay the items').
 */
function withClosingPhraseShared(items: Piece[] | null): Piece[] | null {
  const last = items?.at(-1);
  if (items === null || last === undefined || items.length < 2) return items;
  const lastText = last.text.replace(CLOSING_STOP, "");
  const guard =
    lastText.includes(" from ") ||
    lastText.includes(" if ") ||
    lastText.includes(" when ") ||
    lastText.includes(" across ") ||
    lastText.includes(" throughout ");
  const phrase = guard
    ? (CLOSING_CONDITION.exec(lastText) ?? CLOSING_GIVERS.exec(lastText) ?? CLOSING_REGIONS.exec(lastText))
    : null;
  if (phrase === null) return items;
  const word = phrase[0].trim().split(/\s/, 1)[0] ?? "";
  // "… from its partners, and … from Ostland": an item with its own such phrase keeps its own.
  if (items.some((item) => item !== last && item.text.includes(` ${word} `))) return items;
  return items.map((item) => {
    if (item === last) return item;
    const stop = CLOSING_STOP.exec(item.text)?.[0] ?? "";
    return { ...item, text: `${item.text.slice(0, item.text.length - stop.length)}${phrase[0]}${stop}` };
  });
}

/** "… injured 40.": a predicate ending in a bare count (not "… by 2027", a year or a figure after a preposition). */
const BARE_COUNT_END = new RegExp(
  String.raw`(?<!\s(?:by|in|until|till|since|before|after|from|through|of|at|on))\s(\d[\d,]*(?:\.\d+)?|${SPELLED_NUMBERS}|fifteen|twenty)(\s+more)?\.?$`,
);

/**
 * "The storm killed 12 people, injured 40 and …" → "The storm injured 40 people.": a later item
 * ending in a bare count ("40", "11,000 more") counts what the first item counted.
 */
function withBareCountsNamed(items: Piece[] | null): Piece[] | null {
  const first = items?.[0]?.text ?? "";
  // "sentenced Reid to 12 years, Moss to eight": a term's unit, which counts no things.
  const counted =
    items === null
      ? null
      : (firstCountedNoun(first) ??
        (first.includes(" to ") || first.includes(" for ") ? TERM_END.exec(first)?.[1] : null) ??
        null);
  if (items === null || counted === null) return items;
  return items.map((item, k) => {
    const bare = k === 0 ? null : BARE_COUNT_END.exec(item.text);
    return bare === null
      ? item
      : { ...item, text: `${item.text.slice(0, bare.index)} ${bare[1]}${bare[2] ?? ""} ${counted}.` };
  });
}

/** "… to 12 years in prison.", "… for six years.": the unit of a term of years, months, weeks or days closing a claim. */
const TERM_END = new RegExp(
  String.raw`\s(?:to|for)\s+(?:\d+|${SPELLED_NUMBERS})\s+((?:years|months|weeks|days)(?:\s+in\s+(?:prison|jail))?)\.?$`,
);

/** ", 61," after the name opening a sentence ("Anton Kessler, 61, was convicted of …"). */
const AGE_AFTER_OPENING_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(,\s+\d{1,3},)\s/u;
/** ", led by researchers at the Karolinska Institute," after the opening subject: who made or ran it. */
const MAKER_AFTER_OPENING_SUBJECT =
  /^(?:The\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}(,\s+(?:led|run|funded|commissioned|conducted|carried out|written|published|organi[sz]ed)\s+by\s+[^,]{3,100},)\s/u;

/** ", published in March,", ", due in May," after the opening subject: when it came or comes, no item. */
const PARTICIPLE_AFTER_OPENING_SUBJECT =
  /^(?:The\s+)?[\p{L}'’-]+(?:\s+[\p{L}\d'’-]+){0,5}(,\s+(?:(?:\p{Ll}+ed|built|written|made|held|drawn up|set up)\s+(?:in|on|at|last|this|earlier|after|before|during)|due\s+(?:in|on|by|next|this|later))\s[^,]{1,60},)\s+\p{Ll}/u;

/** " it organised" in "a convoy it organised delivered A, B and C": a relative clause without its "that". */
const RELATIVE_AFTER_OPENING_SUBJECT =
  /^(?:[Aa]n?|[Tt]he)\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}(\s+(?:it|they|he|she|we)\s+\p{Ll}+ed)\s+\p{Ll}+ed\s/u;

function seriesItems(content: string, base: number): Piece[] | null {
  // "Anton Kessler, 61, was convicted of A, B and C": the age is no item; the series is read without
  // it, and the offsets after it are put back.
  const aside = content.includes(",")
    ? (AGE_AFTER_OPENING_NAME.exec(content)?.[1] ??
      (content.includes(" by ") ? MAKER_AFTER_OPENING_SUBJECT.exec(content)?.[1] : undefined) ??
      PARTICIPLE_AFTER_OPENING_SUBJECT.exec(content)?.[1] ??
      RELATIVE_AFTER_OPENING_SUBJECT.exec(content)?.[1])
    : undefined;
  if (aside !== undefined) {
    const at = content.indexOf(aside);
    const items = seriesItems(content.slice(0, at) + content.slice(at + aside.length), base);
    const back = (offset: number) => (offset - base > at ? offset + aside.length : offset);
    return items?.map((item) => ({ ...item, start: back(item.start), end: back(item.end) })) ?? null;
  }
  if (!/[,;]/.test(content) || !/\s(?:and|or|and\/or)\s/.test(content) || holdsFixedSeries(content))
    return null;
  // "A pledged $200m, B $150m and C $75m, bringing total pledges to $1.1bn": the series, then the total.
  const total = content.includes(" total") ? TOTAL_RESULT.exec(content) : null;
  if (total !== null) {
    const series = seriesList(content.slice(0, total.index), base);
    const [, tally = "", sum = ""] = total;
    const tallyStart = base + total.index + total[0].indexOf(tally);
    const reached = {
      text: asSentence(`${capitalize(tally)} reached ${sum}`),
      start: tallyStart,
      end: base + content.length,
    };
    return series === null ? null : [...series, reached];
  }
  // "would cut 4,000 jobs, close two plants and stop diesel production, as it struggles with falling
  // sales": the reason closing the series goes with its last item, not into the list.
  const reason =
    content.includes(", as ") || content.includes(", because ") ? CLOSING_REASON.exec(content) : null;
  if (reason !== null) {
    const series = seriesList(content.slice(0, reason.index), base);
    const last = series?.at(-1);
    if (series === null || last === undefined) return null;
    const end = withoutTrailingStops(content).length;
    const closed = asSentence(`${withoutTrailingStops(last.text)}${content.slice(reason.index, end)}`);
    return [...series.slice(0, -1), { text: closed, start: last.start, end: base + end }];
  }
  const items = withNameAppositivesJoined(
    withRelativeSubjectJoined(withOpening(content, base), content, base),
    content,
    base,
  );
  if (items === null || items.length < MIN_SERIES) return null;
  const [first, ...rest] = items;
  if (first === undefined) return null;
  // "split equally between housing, transport and energy": one relation among all of them, said of none alone.
  if (SHARED_AMONG_END.test(first.text)) return null;
  // "found 7,200 people, up from 5,800 in 2023 and 4,700 in 2022": the earlier figures compared with
  // the first are no more of what was found.
  if (rest.some((item) => COMPARISON_OPENING.test(item.text))) return null;
  // "€88bn in financial, military and humanitarian support": one sum over all the kinds, no sum of each
  // (unless each item has its own: "€2bn in grants, €1bn in loans").
  if (TOTAL_BEFORE_FIRST.test(first.text) && !rest.some((item) => HAS_DIGIT.test(item.text))) return null;
  const carried = carriedThings(first, rest);
  if (carried !== null) return carried;
  const gapped =
    gappedPossessiveClauses(first, rest) ??
    gappedSubjectClauses(first, rest) ??
    gappedModifierClauses(first, rest) ??
    gappedPrepositionClauses(first, rest);
  if (gapped !== null) return gapped;
  // "14 people were killed in Valencia, nine in Malaga and one in Albacete": counts at places are clauses
  // with their verb left out, which the clause reader splits; no objects of "killed in".
  if (rest.every((item) => COUNT_AT_PLACE_ITEM.test(item.text))) return null;
  // "…, health to 9.1 billion and schools to 7.3 billion": gapped clauses no reader above could complete
  // are no objects either ("rises to health to 9.1 billion"); the sentence stays whole.
  if (rest.every((item) => GAPPED_CHANGE.test(item.text))) return null;
  // "would send teams to schools, extend clinic hours and fund a campaign": base verbs after the
  // modal's own, each read with the subject and modal ("would extend", not "would send … to extend").
  const shared = sharedPredicateLead(first.text, rest);
  // The later predicates read without the subject's relative clause, which the first one carries.
  if (shared !== null)
    return [
      { ...first, text: asSentence(first.text) },
      ...withLead(shared.replace(SUBJECT_RELATIVE, ""), rest),
    ];
  // "The storm hit the coast, cutting power, flooding roads and …": clauses of result, each said with
  // the clause they follow (not "The storm hit cutting power").
  if (rest.every((item) => opensParticiplePredicate(item.text)) && hasVerbForm(first.text))
    return resultClauses(first, rest);
  // 'needs remained "enormous," listing winter tents, heaters and …': the first comma closed a quoted
  // word (the first item ends inside its quotation), and the participle after it takes the later
  // items as its objects; the sentence stays whole.
  if (PARTICIPLE_IN_ITEM.test(first.text) || QUOTED_WORDS_END.test(first.text)) return null;
  // "doubled its share, winning 13.9% and 25 seats": the later items are what the participle took,
  // no more of the clause's; the sentence stays whole.
  if (rest[0] !== undefined && opensParticiplePredicate(rest[0].text)) return null;
  if (
    rest.every(startsWithPredicate) &&
    rest.every((item) => words(placeClosingLast(item, rest)).length <= MAX_SERIES_ITEM_WORDS)
  ) {
    return predicateSeries(first, rest);
  }
  return objectSeries(content, base, items);
}

/** " across the coastal provinces of Sarn and Velt": where it all happened, closing the last predicate. */
const CLOSING_PLACE = new RegExp(
  String.raw`\s(?:across|in|throughout)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:${REGION_NOUNS}|areas)\b`,
  "u",
);

/**
 * "killed at least 38 people across the coastal provinces of Sarn and Velt" → "killed at least 38
 * people": the last predicate's words before the place that closes it, which may run long; any other
 * item is read whole.
 */
function placeClosingLast(item: Piece, rest: readonly Piece[]): string {
  if (item !== rest.at(-1)) return item.text;
  const place = CLOSING_PLACE.exec(item.text);
  return place === null ? item.text : item.text.slice(0, place.index);
}

/** "carrying tents", "loaded with flour": a participle of carrying or bringing, then its first object. */
const CARRYING_PARTICIPLE =
  /^((?:carrying|bringing|delivering|transporting|ferrying|loaded with|laden with|packed with))\s+(?=\S)/;

/**
 * "The first relief flights landed at Qaran airport, carrying tents, blankets and medical supplies":
 * the participle takes the later items as its objects; each is said with the clause and the
 * participle ("…, carrying blankets."). Null unless the first later item opens with such a participle.
 */
function carriedThings(first: Piece, rest: Piece[]): Piece[] | null {
  const [opening, ...more] = rest;
  const participle = opening === undefined ? null : CARRYING_PARTICIPLE.exec(opening.text);
  if (opening === undefined || participle === null || more.length === 0 || !hasVerbForm(first.text))
    return null;
  const skip = participle[0].length;
  const objects = [{ ...opening, text: opening.text.slice(skip), start: opening.start + skip }, ...more];
  // The last thing may carry a long phrase of its own ("supplies for survivors of the quake that …").
  if (objects.slice(0, -1).some((item) => words(item.text).length > MAX_SERIES_ITEM_WORDS)) return null;
  return withLead(`${first.text}, ${participle[1]}`, shareTrailingModifier(objects));
}

/** "Under the deal, Norland will supply 40 tanks, …": the opening phrase is the first item's, no item. */
function withOpening(content: string, base: number): Piece[] | null {
  const opener = OPENING_PHRASE.exec(content)?.[0] ?? "";
  if (opener === "") return splitListItems(content, base);
  const items = splitListItems(content.slice(opener.length), base + opener.length);
  const first = items?.[0];
  if (items === null || first === undefined) return null;
  items[0] = { text: content.slice(0, first.end - base), start: base, end: first.end };
  return items;
}

/** "her husband", "the company's chief executive": a relation or role a name after it belongs to. */
const RELATION_END =
  /\b(?:husband|wife|partner|son|daughter|brother|sister|mother|father|widow|widower|spokesman|spokeswoman|spokesperson|deputy|lawyer|chief executive|chairman|chairwoman|founder|minister|secretary|president|director|governor|mayor|ambassador|envoy|commander|chief|head|leader|adviser|advisor|aide|coach|captain)$/;
/** "Japan's Ambassador to Meridia", "the Minister of Finance": a titled role of a place or a portfolio. */
const ROLE_OF_PLACE_END =
  /\b(?:Ambassador|Minister|Secretary|Envoy|Representative|Director|Commissioner|Governor|Consul)\s+(?:to|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;
/** "its operating contractor", "the parent company": a company's role, before its name. */
const COMPANY_ROLE_END =
  /\b(?:its|their|the|a)\s+(?:\p{Ll}+\s+)?(?:contractor|subsidiary|supplier|company|firm|operator|manufacturer|developer|maker|owner|insurer|lender|distributor|partner|client)$/u;
/** "Per", "Ana Roe": a name of one to three capitalised words, standing as an item of its own. */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * "survived by her husband, Per, and three children": a name after a relation is its appositive, no
 * item; it joins the relation ("her husband, Per") before the list is read.
 */
function withNameAppositivesJoined(items: Piece[] | null, content: string, base: number): Piece[] | null {
  if (items === null || items.length < 3) return items;
  // "through its operating contractor, General Dynamics Ordnance and Tactical Systems": one company's
  // name after its role, an "and" and no comma inside it, is no pair of things.
  const [role, firstName, secondName] = items;
  if (
    items.length === 3 &&
    role !== undefined &&
    firstName !== undefined &&
    secondName !== undefined &&
    COMPANY_ROLE_END.test(role.text) &&
    BARE_NAME.test(firstName.text) &&
    BARE_NAME.test(secondName.text) &&
    content.slice(firstName.end - base, secondName.start - base) === " and "
  )
    return null;
  const joined: Piece[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    const relation =
      previous !== undefined && (RELATION_END.test(previous.text) || ROLE_OF_PLACE_END.test(previous.text));
    if (previous !== undefined && relation && BARE_NAME.test(item.text)) {
      joined[joined.length - 1] = {
        text: content.slice(previous.start - base, item.end - base),
        start: previous.start,
        end: item.end,
      };
    } else joined.push(item);
  }
  return joined;
}

const SUBJECT_RELATIVE = /,\s+(?:who|which)\s[^,]+,(?=\s)/;
/** "Dunn, who leads the party": a subject and its relative clause, before its predicate. */
const SUBJECT_WITH_RELATIVE = /^(?:The\s+)?\p{Lu}[^,]{0,60},\s+(?:who|which)\s[^,]+$/u;

/**
 * "Dunn, who leads the party, promised to cut taxes, build homes and hire police": the subject's
 * relative clause is no item; it joins the predicate after it as the first item.
 */
function withRelativeSubjectJoined(items: Piece[] | null, content: string, base: number): Piece[] | null {
  const [subject, predicate] = items ?? [];
  if (items === null || subject === undefined || predicate === undefined) return items;
  if (!SUBJECT_WITH_RELATIVE.test(subject.text)) return items;
  const verb = predicate.text.split(/\s+/, 1)[0] ?? "";
  if (!isVerbForm(verb) && !isUnambiguousVerb(verb)) return items;
  const joined = {
    text: content.slice(subject.start - base, predicate.end - base),
    start: subject.start,
    end: predicate.end,
  };
  return [joined, ...items.slice(2)];
}

/**
 * "its navy 12 boats", "Estavia, 12 boats": a subject (a name, maybe with a comma, or "its"/"their" and
 * a noun or two), then the counted thing it gets.
 */
const GAPPED_SUBJECT =
  /^((?:its|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},)\s+((?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s.+)$/u;
/** "Ostmark 60 vehicles", "Norland the remaining 10 percent", "Denmark 19": a name, then what it gets or gives. */
const GAPPED_NAME =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+((?:(?:[A-Z]{1,3})?[$€£¥]?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|the)\s.+|(?:[A-Z]{1,3})?[$€£¥]\d[\d,.]*(?:m|bn)?[.]?|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)[.]?)$/u;
/** "40", "$200m,": a count or a sum, maybe before the comma that ends its clause. */
const COUNT_WORD =
  /^(?:[$€£]?\d[\d,.]*%?|[$€£]\d[\d,.]*(?:m|bn)|one|two|three|four|five|six|seven|eight|nine|ten),?$/;
/** "Under the deal, ", "At the conference in Ostra, ": a short phrase opening the sentence. */
const OPENING_PHRASE = /^(?:Under|In|At|As part of|For|After)\s[^,]{1,40},\s+/;
const OWNER_BEFORE_POSSESSIVE = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s)\s/u;

/**
 * "Castria's army will get 40 trucks, its navy 12 boats and its police two cranes" → "Castria's navy
 * will get 12 boats." …, and "Norland will send 40 trucks; Estavia, 12 boats; and Corvel, two cranes"
 * → "Estavia will send 12 boats." …: each later item has its own subject and the first's verb left
 * out. "its" names the first subject's owner when it has one. Null unless every later item is so.
 */
export function gappedSubjectClauses(
  first: Piece,
  rest: readonly Piece[],
  namesParallel = false,
): Piece[] | null {
  if (rest.length === 0) return null;
  let gaps = rest.map((item) => GAPPED_SUBJECT.exec(item.text));
  // "Under the deal, Norland will supply …": an opening phrase stays in front of each later subject.
  const opener = OPENING_PHRASE.exec(first.text)?.[0] ?? "";
  const firstWords = words(first.text.slice(opener.length));
  const verbAt = firstWords.findIndex((word, k) => k > 0 && isUnambiguousVerb(word));
  const verbWord = firstWords[verbAt] ?? "";
  if (verbAt <= 0 || firstWords.slice(0, verbAt).some((word) => /[,;:]$/.test(word))) return null;
  // "will get", "has sent": the auxiliary and its verb are what each later subject leaves out.
  // "is sending": a form of "be" and its "-ing" verb, too.
  const progressive = BE_FORM.test(verbWord) && ING_FORM.test(firstWords[verbAt + 1] ?? "");
  const verbWords = MODAL_WORD.test(verbWord) || PERFECT_AUXILIARY.test(verbWord) || progressive ? 2 : 1;
  const verb = firstWords.slice(verbAt, verbAt + verbWords).join(" ");
  if (firstWords.length <= verbAt + verbWords) return null;
  // "Norland will supply 40 tanks, Ostmark 60 vehicles and Kelland 12 jets": with the count right
  // after the verb, a name before a count needs no comma to be a subject ("will supply Ostmark 60
  // vehicles" would name a receiver first).
  // So after a first clause opening with a name, too (`gappedSubjectPair`).
  const countNext = COUNT_WORD.test(firstWords[verbAt + verbWords] ?? "");
  if (gaps.some((gap) => gap === null) && (namesParallel || countNext))
    gaps = rest.map((item, k) => gaps[k] ?? GAPPED_NAME.exec(item.text));
  if (gaps.some((gap) => gap === null)) return null;
  const owner = OWNER_BEFORE_POSSESSIVE.exec(first.text)?.[1];
  const clauses = rest.map((item, k) => {
    const [, subject = "", object = ""] = gaps[k] ?? [];
    const named = owner === undefined ? subject : subject.replace(/^(?:its|their)\s/, `${owner} `);
    return {
      ...item,
      text: asSentence(`${opener}${named.replace(/,$/, "")} ${verb} ${withoutTrailingStops(object)}`),
    };
  });
  return [{ ...first, text: asSentence(first.text) }, ...clauses];
}

/**
 * "Defence spending rises to 2.4 billion", "Under the budget, health spending will rise 6%": maybe an
 * opening phrase, a modifier, the head it shares, maybe a modal, a verb, then a figure.
 */
const MODIFIED_SUBJECT_CLAUSE =
  /^((?:Under|In|For|At)\s[^,]{1,40},\s+)?(\p{L}+)\s+(\p{Ll}+)\s+((?:will|would|could|may|should)\s+)?(\p{Ll}+)\s+(?:(?:to|by)\s+)?[$€£]?\d/u;
/** "spending", "inflation": a singular head that measures something, which kinds of it share. */
const MEASURE_HEAD =
  /^(?:spending|funding|investment|inflation|output|growth|revenue|income|debt|employment|unemployment|production|consumption|demand|trade|turnover|borrowing|lending|insurance)$/;
/** 'remained "enormous': a quotation of a few words opened at the item's end, closed after its comma. */
const QUOTED_WORDS_END = /\s"[^"\s]+(?:\s[^"\s]+){0,2}$/;
/** ', listing winter tents': a participle after a comma, then its first object. */
const PARTICIPLE_IN_ITEM = /,["”]?\s+\p{Ll}{3,}ing\s+\S/u;
/** "nine in Malaga", "one at the border": a count, then where. */
const COUNT_AT_PLACE_ITEM =
  /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in|at|on|near|across|from|inside|outside)\s+\S/;
/** "health to 9.1 billion", "roads by 4%": a noun, then a change to a figure of its own. */
const GAPPED_CHANGE = /^\p{Ll}+\s+(?:to|by)\s+[$€£]?\d/u;
/** "health to 9.1 billion", "education 4%": another modifier of the head, then its own figure. */
const GAPPED_MODIFIER = /^(\p{Ll}+)\s+((?:(?:to|by)\s+)?[$€£]?\d.*)$/u;

/**
 * "Defence spending rises to 2.4 billion crowns, health to 9.1 billion and education to 7.3 billion"
 * → "Health spending rises to 9.1 billion." …: each later item names another kind of the first
 * subject's head, with the verb left out. Null unless every later item is so.
 */
function gappedModifierClauses(first: Piece, rest: readonly Piece[]): Piece[] | null {
  const gaps = rest.map((item) => GAPPED_MODIFIER.exec(item.text));
  if (gaps[0] === null) return null;
  const lead = MODIFIED_SUBJECT_CLAUSE.exec(first.text);
  const [, opener = "", , head = "", modal = "", verb = ""] = lead ?? [];
  // "will rise": a base verb after the modal; else a verb form of its own ("rises", "rose").
  if (lead === null || (modal === "" && !isVerbForm(verb))) return null;
  // "Health care added 54,000 jobs, construction 38,000": a head that measures nothing ("care") is part
  // of the subject's name, no head the later items share.
  if (!head.endsWith("s") && !MEASURE_HEAD.test(head)) return null;
  const clauses: Piece[] = [{ ...first, text: asSentence(first.text) }];
  for (const [k, item] of rest.entries()) {
    const [, kind = "", figure = ""] = gaps[k] ?? [];
    // "rents by 2%" after "Food prices rose by 4%" is a noun of its own, not a kind of price.
    if (kind === "" || kind.endsWith("s")) return null;
    const subject = opener === "" ? capitalize(kind) : `${opener}${kind}`;
    clauses.push({
      ...item,
      text: asSentence(`${subject} ${head} ${modal}${verb} ${withoutTrailingStops(figure)}`),
    });
  }
  return clauses;
}

/** "The storm hit the coast, cutting power." for the first; "The storm hit the coast, flooding roads." spans its own. */
function resultClauses(first: Piece, rest: readonly Piece[]): Piece[] {
  const lead = first.text.replace(/[\s,]+$/, "");
  return rest.map((item, k) => ({
    text: asSentence(`${lead}, ${item.text}`),
    start: k === 0 ? first.start : item.start,
    end: item.end,
  }));
}

/** "12", "$4", "R$ 11", "two": a count or an amount opening an item ("12 tanks and two batteries"). */
const COUNT = String.raw`(?:(?:${CURRENCY_CODE_SOURCE}\s?)?\d[\d,.]*|${SPELLED_NUMBERS})`;
const AMOUNT_WORD = new RegExp(String.raw`(?:^|\s)${COUNT}(?=\s)`, "g");
const AND_AMOUNT = new RegExp(String.raw`\s+and\s+(?=${COUNT}\s)`);
/** "600 million dinars for flood defences along the Vel river". */
const MAX_AMOUNT_ITEM_WORDS = 10;
const ADVERB_AFTER_MODAL = /^(?:also|now|still|only|further|then|initially)$/;
/** "between 2021", "between 30 October": the first end of a range. */
const BETWEEN_AT_END = /\sbetween\s+(?:\S+\s+){0,2}\S+$/i;

/**
 * "The plan allocates $4 million to housing and $2 million to transit" → "The plan allocates $4
 * million to housing." and "The plan allocates $2 million to transit.": two amounts right after a
 * verb, each with what it is for, are two claims (a series needs three items otherwise).
 */
export function amountPair(content: string, base: number): Piece[] | null {
  const text = withoutTrailingStops(content);
  // Every pair needs "and" before a second amount: most sentences with figures have none.
  if (!AND_AMOUNT.test(text)) return null;
  for (const amount of text.matchAll(AMOUNT_WORD)) {
    const start = amount.index + (amount[0].startsWith(" ") ? 1 : 0);
    const lead = text.slice(0, start).trim();
    // Only the last few words of the lead are read: the verb, its particle, modal and adverb.
    const leadWords = lastWords(lead, LEAD_WORDS_READ);
    // "will send only 40 tanks and 12 boats": a limiting adverb before the amount belongs to both; the
    // verb is the word before it.
    const limited = /^(?:only|just)$/.test(leadWords.at(-1) ?? "") ? 1 : 0;
    const [verb = "", before = "", twoBefore = "", threeBefore = ""] = leadWords
      .slice(-4 - limited, leadWords.length - limited)
      .reverse();
    // "sets aside $4 million": a verb and its particle.
    const [verbWord, wordBefore, wordBeforeThat] = PARTICLE.test(verb)
      ? [before, twoBefore, threeBefore]
      : [verb, before, twoBefore];
    // "will also pay 8 million euros": an adverb between the modal and its verb.
    const modal = ADVERB_AFTER_MODAL.test(wordBefore) ? wordBeforeThat : wordBefore;
    // "raised its guidance to between 4.1 billion and 4.4 billion crowns": one range, no two amounts.
    if (verb === "between") return null;
    // "will supply Castria with 20 tanks and 40 trucks": the amounts are what is supplied.
    const suppliedWith = verb === "with" && leadWords.slice(-5, -1).some((w) => SUPPLYING.test(w));
    const afterVerb = isVerbForm(verbWord) || BEFORE_BASE_VERB.test(modal);
    if (!suppliedWith && !afterVerb) continue;
    const rest = text.slice(start);
    const and = AND_AMOUNT.exec(rest);
    if (and === null || AND_AMOUNT.test(rest.slice(and.index + and[0].length))) return null;
    const first = rest.slice(0, and.index);
    const second = rest.slice(and.index + and[0].length);
    // "received 2.3 million crowns between 2021 and 2023": one range, not a second amount.
    if (BETWEEN_AT_END.test(first) || isOneQuantity(first, second)) return null;
    // "pay £1,400 privately for a filling and two extractions": one sum paid for both, no second sum.
    if (PAYING.test(verbWord) && SUM_BEFORE_PURPOSE.test(first) && !SUM_OPENING.test(second)) return null;
    const plain = [first, second].every((item) => {
      const itemWords = words(item);
      return (
        itemWords.length <= MAX_AMOUNT_ITEM_WORDS &&
        !itemWords.some((w) => /[,;]$/.test(w) || AUX_WORD.test(w))
      );
    });
    if (!plain) return null;
    const secondStart = start + and.index + and[0].length;
    const firstItem = { text: first, start: base + start, end: base + start + first.length };
    // "provide 20 vehicles and 12 howitzers under the package": both are provided under it.
    // "40 trucks plus 12 boats and two helicopters": "plus" joins one more.
    return shareTrailingModifier([
      ...(countedPlus(firstItem) ?? [firstItem]),
      { text: second, start: base + secondStart, end: base + text.length },
    ]).map((item) => ({ ...item, text: asSentence(`${lead} ${item.text}`) }));
  }
  return null;
}

const PARTICLES = "aside|out|up|off|away|back";
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
const PARTICLE_BEFORE_OBJECT = new RegExp(`^(?:${PARTICLES})\\s+(?=\\S)`);
const SUPPLYING =
  /^(?:supply|supplies|supplied|provide|provides|provided|equip|equips|equipped|arm|arms|armed|furnish|furnishes|furnished)$/;

/** "is", "will", "said": an item holding one is a clause of its own. */
const AUX_WORD = /^(?:is|are|was|were|has|have|had|will|would|can|could|said|says)$/;

/** "destroyed 300 homes": a verb, then its object (not a bare participle or "unprepared for"). */
function startsWithPredicate(item: Piece): boolean {
  const [verb, object, next = ""] = words(item.text);
  // "failed to verify their ages": "to" before a base verb opens the verb's own infinitive.
  const infinitive = object === "to" && mayBeBaseVerb(next);
  // "killed at least 38 people", "injured over 40": a hedge before a count is no preposition.
  const hedged = verb !== undefined && LEADING_ROUGH_COUNT.test(item.text.slice(verb.length).trimStart());
  return (
    verb !== undefined &&
    object !== undefined &&
    isUnambiguousVerb(verb) &&
    (!PREPOSITION.test(object) || infinitive || hedged)
  );
}

function predicateSeries(first: Piece, rest: Piece[]): Piece[] | null {
  const firstWords = words(first.text);
  const verbAt = firstWords.findIndex((w, k) => k > 0 && k <= 6 && isUnambiguousVerb(w));
  if (verbAt <= 0 || !SUBJECT_START.test(firstWords[0] ?? "")) return null;
  // "The mayor, who took office in May, visited …": the verb found is the relative clause's, and the
  // series is no predicates of a "The mayor, who" subject.
  if (firstWords.slice(0, verbAt).some((word) => word.endsWith(","))) return null;
  // "has raised fees, cut services and …", "will close mills, cut jobs and …": the later verbs share the
  // auxiliary ("has cut", not "cut").
  // ("The team had a bad year, lost …": "had" is the verb itself.)
  const auxiliary = firstWords[verbAt] ?? "";
  const next = firstWords[verbAt + 1] ?? "";
  const perfect = PERFECT_AUXILIARY.test(auxiliary) && isUnambiguousVerb(next) && !AUX_WORD.test(next);
  const shared = perfect || MODAL_WORD.test(auxiliary) ? verbAt + 1 : verbAt;
  const subject = firstWords.slice(0, shared).join(" ");
  return [{ ...first, text: asSentence(first.text) }, ...withLead(subject, rest)];
}

export const MODAL_WORD = /^(?:will|would|can|could|may|might|must|should)$/;
/** "is", "are", "was", "were": the auxiliary of a progressive ("is sending"). */
const BE_FORM = /^(?:is|are|was|were)$/;

/**
 * The objects are the trailing run of short noun phrases plus the end of the item before them:
 * "..., rejecting claims from the Port Authority, two unions and a bank" → "... claims from two unions".
 */
/** "schools 450 million", "and defence 900 million": words, then an amount closing the item. */
const SUBJECT_THEN_AMOUNT =
  /^(?:and\s+|or\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}\s+[$€£]?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|m|bn)?(?:\s+\p{Ll}+)?[.;,]?$/u;

/** "roads worth 2 million", "a fund of 4 million": an amount linked to its thing, an object after all. */
const LINKED_AMOUNT =
  /\s(?:worth|of|for|at|costing|valued|totalling|totaling|to|about|nearly|over|some|up)\s/;

function objectSeries(content: string, base: number, items: Piece[]): Piece[] | null {
  let runStart = items.length;
  // The first item holds the lead ("The package provides 40 launchers"), however short it is.
  while (runStart > 1) {
    const last = runStart === items.length;
    const core = itemCore(items[runStart - 1]?.text ?? "", last);
    // "… food and clean water, plus compensation of 5,000 kesh for each family": the last of four or
    // more things may carry a longer phrase of its own; so may a thing in the middle, if it is a noun
    // and its phrase ("…, new cranes for the ports of Cebu and Davao, …").
    // So may a counted last thing ("and 30,000 rounds of 35 mm ammunition for anti-aircraft guns").
    const longer =
      (items.length > MIN_SERIES && (last || isNounWithPhrase(core))) ||
      PLACES_LISTED_END.test(core) ||
      (last && isCounted(core));
    if (!isShortNounPhrase(core, longer ? LAST_NOUN_PHRASE_WORDS : 0)) break;
    runStart--;
  }
  const head = items[runStart - 1];
  const run = items.slice(runStart);
  if (head === undefined || run.length < MIN_SERIES - 1) return null;
  // "to ban cars from 2030, double the tax and fund insulation": predicates no shared lead was found
  // for are no objects; read as objects they give "to ban cars from double the tax".
  if (run.some(opensVerbWithObject)) return null;
  const gapped = gappedAmounts(content, base, head, run);
  if (gapped !== null) return gapped;
  // "Health gets 600 million dinars, schools 450 million and defence 900 million": each later item
  // is a subject with an amount of its own, a gapped clause, not one more thing health gets.
  // ("nearly 300 pumps" is a hedged count, no subject.)
  const gappedSubject = (text: string) =>
    SUBJECT_THEN_AMOUNT.test(text) && !LINKED_AMOUNT.test(text) && !LEADING_ROUGH_COUNT.test(text);
  if (run.every((item) => gappedSubject(item.text))) return null;
  // "funding, which will pay for radar systems, spare parts and training": the run lists what the
  // relative clause pays for, not more of what the lead announced. (A relative clause holding its own
  // list, "which can be fired from land, sea or air", was closed before the run.)
  const relative = COMMA_RELATIVE.exec(head.text);
  if (relative !== null && !/\s(?:and|or)\s/.test(head.text.slice(relative.index))) return null;
  // "with 40 launchers, which can be fired from land" and "destroyed the bridge that linked the
  // islands": the object is found before its relative clause, and in "are schools (40 million
  // crowns)" before its bracket.
  const core = withoutRestrictiveRelative(withoutRelative(head.text)).replace(CLOSING_BRACKET, "");
  // "found the plants growing across three floors, along with lighting equipment, fans and …": things
  // added after the clause are more of what its verb took, so the first is that verb's whole object.
  const added = ADDED_AFTER_CLAUSE.test(content.slice(head.end - base, (run[0]?.start ?? base) - base));
  // "would reach 1.8 million people in the regions of Gedo, Bakool and Hiran over three months": a
  // count over all the places named after it, which no one place has; the sentence stays whole.
  if (
    (HAS_DIGIT.test(core) || BRACKETED_SPELLED_COUNT.test(core)) &&
    NAME_AFTER_PREPOSITION.test(core) &&
    run.every((item) => isBareName(placeOf(item.text)))
  )
    return null;
  // "had spent £1.1m of its reserves on pumps, skips and housing": one sum over all the purposes.
  // "approved a €185 million recovery package for households, farms and businesses": whom one thing
  // is for, no things approved.
  if (
    THING_FOR_FIRST_ITEM.test(core) &&
    run.every((item) => !HAS_DIGIT.test(item.text) && words(item.text).length <= 3)
  )
    return null;
  // So is a sum set aside for them: "$40m is earmarked for demining, 12 bulldozers and training".
  if (
    (SUM_BEFORE_PURPOSE.test(core) && !run.some((item) => HAS_DIGIT.test(item.text))) ||
    SUM_SET_ASIDE_FOR.test(core)
  )
    return null;
  const found =
    (added ? objectOfMainVerb(core) : null) ??
    gappedNameObject(core, run) ??
    parallelObjectOf(core, run[0]?.text ?? "") ??
    nameAfterPreposition(core, run) ??
    phraseObjectOf(core, run) ??
    lastObjectOf(core, run[0]?.text);
  // "handed out blankets, mats and meals": the particle is the verb's, so every item reads "handed out".
  const particleFree = found?.replace(PARTICLE_BEFORE_OBJECT, "") ?? null;
  if (particleFree === null || particleFree === "") return null;
  const bare = withThingBeforeFor(core, particleFree);
  // "revenue of about £14.8bn, 41,000 employees and 96 depots": a sum after "of" measures the noun
  // before it, and counted things are no more sums of that noun; the sentence stays whole.
  if (
    MONEY_WORD.test(bare) &&
    SUM_AFTER_OF.test(core.slice(0, core.length - bare.length)) &&
    !run.every((item) => MONEY_WORD.test(item.text))
  )
    return null;
  // "will provide as many as 12 helicopters, 500 rifles and …": the hedge is the first count's own.
  const hedge = AMOUNT.test(bare) ? roughCountBefore(core.slice(0, core.length - bare.length)) : "";
  const object = `${hedge}${bare}`;
  // "destroyed 62 drones over the north, east and centre of the country": compass points after a place
  // phrase are more of the place ("the east"), not more things destroyed; the sentence stays whole.
  if (PLACE_PHRASE_END.test(object) && run.every((item) => COMPASS_OPENING.test(item.text))) return null;
  // "in the Velki, Dorne and Harrow regions": names sharing the last one's plural noun, no items of their own.
  if (sharesLastHead(object, run)) return null;
  // "unveiled its package on Friday, a bundle of 40 trucks, 12 boats and …": a day is no first of the
  // things listed after it (a series of days is: "on Monday, Tuesday and Friday").
  if (TIME_OBJECT.test(object) && !run.every((item) => TIME_OBJECT.test(item.text))) return null;
  // "spent on dredging the harbours at Lune and Ferra, a new terminal and cranes": an object that is a
  // pair of its own leaves unclear which phrase the later items stand for; the sentence stays whole.
  // Names all through are a list of names ("produced McKinley and Harding, Coolidge and Dewey").
  const names = [object, ...run.map((item) => item.text)].every((text) => STARTS_UPPER_CASE.test(text));
  // "floods in Varna, Lune and Tesk, power cuts in …": a list of places the item holds is no pair.
  // "$1.5 billion on new plants in Harlow and Benton, $400 million on …": a pair of places closing
  // one amount's purpose is that amount's, and the amounts are the items.
  const placePair =
    AMOUNT.test(object) && run.every((item) => AMOUNT.test(item.text)) && PLACE_PAIR_END.test(object);
  if (object.includes(" and ") && !names && !PLACES_LISTED_END.test(object) && !placePair) return null;
  const firstItem = object + head.text.slice(core.length);
  const firstStart = head.end - firstItem.length;
  const lead = content.slice(0, firstStart - base).trim();
  // "The sanctions target firms, freeze assets and ban exports of A, B and C": the lead is a series of
  // its own, which no object series can read; the sentence stays whole.
  if (LEAD_SERIES.test(lead)) return null;
  // "1,400 buildings collapsed in Vell, Arno and Tesk", "sent 3,000 troops to A, B and C": a total
  // over the places listed, which no one of them has; the sentence stays whole.
  if (TOTAL_BEFORE_PLACES.test(lead)) return null;
  // "tents (4,000), blankets (12,000) and …": the first thing's count goes first, as the later ones' did.
  // Not after a name: "born in Norland (142,000)" counts people, no Norlands.
  const firstText =
    BRACKETED_COUNT_END.test(firstItem) && STARTS_LOWER_CASE.test(firstItem)
      ? (countFirst(firstItem) ?? firstItem)
      : firstItem;
  // "wants more air defence systems, artillery shells and missiles": the quantifier is every bare item's.
  const quantifier = SHARED_QUANTIFIER.exec(firstText)?.[0];
  const quantified =
    quantifier === undefined
      ? run
      : run.map((item) =>
          BARE_ITEM.test(item.text.replace(CLOSING_SOURCE, "")) &&
          !isUsualBaseVerb(item.text.split(" ", 1)[0] ?? "")
            ? { ...item, text: `${quantifier}${item.text}` }
            : item,
        );
  const objects = shareTrailingModifier([
    { text: firstText, start: firstStart, end: head.end },
    ...quantified,
  ]);
  // "Kora, Vell and the capital, which together had 70% of cases": the clause is about all of them,
  // one claim with the lead; each object is said without it.
  const group = cutCollectiveClause(objects);
  const whole = group === null ? [] : [{ ...group, text: asSentence(content.slice(0, group.end - base)) }];
  return [...withLead(leadForOneOfSeveral(lead), objects), ...whole];
}
const LEAD_SERIES = /,\s+\p{Ll}[^,]*\s(?:and|or)\s/u;
/** "more ": a quantifier opening the first item, which bare later items share ("additional" may be the first's alone). */
const SHARED_QUANTIFIER = /^more\s+/;
/** " from its allies", " for the army": a phrase closing the last item, which the quantifier goes before. */
const CLOSING_SOURCE = /\s+(?:from|for|to|by)\s.+$/;
/** "artillery shells": an item with no determiner, count or name of its own. */
const BARE_ITEM =
  /^(?!(?:a|an|the|some|more|other|any|its|their)\s)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u;
/** "tents (4,000)": a count in brackets closing a thing. */
const BRACKETED_COUNT_END = /\s\(\d[\d,.]*\)$/;
/** "Mobile health brigades (eight)": a spelled count in brackets after what it counts. */
const BRACKETED_SPELLED_COUNT = /\((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\)/;
/** "… in Varna, Lune and Tesk": a phrase of place ending in three or more names. */
const PLACES_LISTED_END =
  /\s(?:in|across|from|of|at|to)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)+,?\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;
/** "… in Harlow and Benton": a phrase closing with a pair of names. */
const PLACE_PAIR_END =
  /\s(?:in|at|from|to|across)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;
/** "… over the north", "… in the south": an object ending in a place phrase with its article. */
const PLACE_PHRASE_END = /\s(?:over|in|across|from|into|at|on|near|around|throughout)\s+the\s+\p{Ll}+$/u;
/** "east", "centre of the country", "south-west": a compass point or middle, without its article. */
const COMPASS_OPENING =
  /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|middle|interior)\b/;
/** "Harrow regions", "Dorne provinces": a name before a plural noun it shares with names before it. */
const NAME_THEN_PLURAL = /^\p{Lu}[\p{L}'’-]*\s+(\p{Ll}+s)$/u;
const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*$/u;
/** "… in the Velki", "… to Dorne": an object ending in a name. */
const ENDS_WITH_NAME = /(?:^|\s)\p{Lu}[\p{L}'’-]*$/u;

/** "the Velki" + ["Dorne regions", "Harrow regions"]: names whose noun only the last one says. */
function sharesLastHead(object: string, run: Piece[]): boolean {
  const last = run.at(-1)?.text ?? "";
  const plural = NAME_THEN_PLURAL.exec(last)?.[1];
  if (plural === undefined || !ENDS_WITH_NAME.test(object)) return false;
  return run.every((item) => item.text.endsWith(plural) || CAPITALISED_NAME.test(item.text));
}
/** "arrested while carrying A, B and C": a clause of its own opens, no object. */
const SUBORDINATOR = /^(?:while|when|after|before|since|although|because|if|unless|whilst)$/;
/** "as many as ", "more than ", "sends about ": a rough count's hedge right before the count. */
const ROUGH_COUNT_BEFORE = new RegExp(
  `\\s(?:((?:${ROUGH_COUNT_HEDGE})\\s+)|(\\S+)\\s+((?:${PREPOSITION_HEDGE})\\s+))$`,
  "i",
);
/** Verbs of giving and getting, whose "about 40" is a count, not what was talked about. */
const SUPPLY_VERB =
  /^(?:provid|send|sent|giv|gave|deliver|includ|suppl|pledg|offer|ship|donat|allocat|receiv|get|got|buy|bought|order|sell|sold|contain|earmark|promis|transfer|lend|lent|add)/i;

/** The hedge closing `lead` that belongs to the count after it ("" when none). */
function roughCountBefore(lead: string): string {
  const match = ROUGH_COUNT_BEFORE.exec(lead);
  if (match === null) return "";
  if (match[1] !== undefined) return match[1];
  return SUPPLY_VERB.test(match[2] ?? "") ? (match[3] ?? "") : "";
}

/** "double the carbon tax", "bankrupt it": a base verb and its object; not "repair kits", a thing. */
function opensVerbWithObject(item: Piece): boolean {
  const [verb = "", next = ""] = item.text.split(/\s+/, 2);
  if (showsObject(next) && opensPredicate(item.text, "base")) return true;
  // "… the Marta, a wooden ferry, and crosses Lake Vessa": a present verb before a name or its object.
  return isFiniteVerb(verb) && !AUX_WORD.test(verb) && (showsObject(next) || STARTS_UPPER_CASE.test(next));
}
/** A count of things ("1,400 buildings", "three medical teams"), a few words, then "in", "to" or "across". */
const TOTAL_BEFORE_PLACES =
  /(?:^|\s)(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)(?:\s+(?:million|billion|thousand))?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}+s(?:\s+\S+){0,3}\s(?:in|to|across|throughout|at|from)$/u;
/** "Friday", "May 4", "2025", "today": when something happened, not a thing. */
const TIME_OBJECT =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|today|yesterday|tomorrow)(?:\s+\d{1,2})?(?:,?\s+\d{4})?$|^\d{4}$/;

/**
 * "60 million to housing", "25 percent by Volstan Credit", "the rest to parks": an amount, then the
 * preposition of a verb left out after the first item.
 */
const GAPPED_ITEM =
  /^((?:\$|€|£|₹|Rs\.?\s?)?\d[\d,.]*(?:m|bn|mn|k)?(?:\s+\S+){0,2}?|the\s+(?:rest|remainder|balance))\s+(to|toward|towards|for|on|in|into|by)\s+(\S.*)$/;

/** "40 million", "1.2 billion": a number and its scale, no unit. */
export const SCALED_NUMBER = /^\d[\d,.]*\s+(?:million|billion|trillion)$/;
/** " euros" in "30 million euros": the unit after a scaled number. */
export const SCALE_THEN_WORD = /^\d[\d,.]*\s+(?:million|billion|trillion)(\s+\p{L}+)$/u;

/**
 * "120 million will go to transit, 60 million to housing and 15 million to parks": the later items
 * leave out the verb the first one has, so each claim gets it back ("60 million will go to housing").
 */
function gappedAmounts(content: string, base: number, head: Piece, run: Piece[]): Piece[] | null {
  const gaps = run.map((item) => GAPPED_ITEM.exec(item.text));
  const preposition = gaps[0]?.[2];
  if (preposition === undefined || gaps.some((gap) => gap === null || gap[2] !== preposition)) return null;
  // The head's own amount, its verb a few words on, then the same preposition: "120 million crowns | will go to".
  const words = [...head.text.matchAll(/\S+/g)];
  const isVerb = (word: string) => isUnambiguousVerb(word) || GOES.test(word);
  const verbAfter = (at: number) => words.findIndex((word, k) => k > at && k <= at + 6 && isVerb(word[0]));
  // "Of the 3 billion crowns, 1.2 billion will go to …": the amount the verb follows, not an earlier one.
  const amountAt = words.findLastIndex((word, k) => AMOUNT.test(word[0]) && verbAfter(k) >= 0);
  const verbAt = verbAfter(amountAt);
  const toAt = words.findIndex((word, k) => k > verbAt && k <= verbAt + 4 && word[0] === preposition);
  // "Rs 850 crore will go to …": a currency written apart from its amount opens the amount.
  const currencyAt = CURRENCY_CODE.test(words[amountAt - 1]?.[0] ?? "") ? amountAt - 1 : amountAt;
  const [amount, verbWord, to] = [words[currencyAt], words[verbAt], words[toAt]];
  if (amountAt < 0 || verbAt < 0 || amount === undefined || verbWord === undefined || to === undefined)
    return null;
  // "at $5,540, compared with $6,120 in Vesk and $6,310 in Arden": a comma between the amount and the
  // verb makes the verb a comparison's participle, no clause of the amount's.
  if (head.text.slice(amount.index, verbWord.index).includes(",")) return null;
  const verb = head.text.slice(verbWord.index, to.index + preposition.length);
  const lead = content.slice(0, head.start - base + amount.index).trim();
  // "12 million crowns will be spent on food, 9 million on shelter": a later scaled number is in the
  // first one's unit.
  const unit = SCALE_THEN_WORD.exec(head.text.slice(amount.index, verbWord.index).trim())?.[1] ?? "";
  const first = {
    text: asSentence(`${lead} ${head.text.slice(amount.index)}`),
    start: head.start + amount.index,
    end: head.end,
  };
  return [
    first,
    ...run.map((item, k) => {
      const [, itemAmount = "", , target = ""] = gaps[k] ?? [];
      const measured = unit !== "" && SCALED_NUMBER.test(itemAmount) ? `${itemAmount}${unit}` : itemAmount;
      return { ...item, text: asSentence(`${lead} ${measured} ${verb} ${target}`) };
    }),
  ];
}

/**
 * "120 million goes to air defense and 90 million to artillery": the pair `gappedAmounts` reads in a
 * longer series, the second leaving out the first one's verb.
 */
export function gappedAmountPair(content: string, base: number): Piece[] | null {
  const text = withoutTrailingStops(content);
  const at = text.lastIndexOf(" and ");
  const secondStart = at + " and ".length;
  if (at < 0 || !AMOUNT.test(text.slice(secondStart))) return null;
  const headText = text.slice(0, at).replace(/,$/, "");
  const head = { text: headText, start: base, end: base + headText.length };
  const second = { text: text.slice(secondStart), start: base + secondStart, end: base + text.length };
  return gappedAmounts(content, base, head, [second]);
}

/** "France's to 1.7%", "Italy's 1.6%": another owner, then a figure (maybe after "to" or "by"). */
const GAPPED_OWNER =
  /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s+((?:(?:to|by|from|at)\s+)?[$€£]?\d.*)$/u;
/** Where a clause's figure starts: " to 2.4%", " by 3%", " 0.2%". */
const FIGURE_START = /\s(?:(?:to|by|from|at)\s+)?[$€£]?\d/;

/**
 * "Germany's inflation rate rose to 2.4%, France's to 1.7% and Italy's to 1.6%" → "France's inflation
 * rate rose to 1.7%." …: later owners with their figures, the thing and verb left out. Null unless
 * every later item is so.
 */
function gappedPossessiveClauses(first: Piece, rest: readonly Piece[]): Piece[] | null {
  const owner = OWNER_OPENING.exec(first.text);
  const gaps = rest.map((item) => GAPPED_OWNER.exec(withoutTrailingStops(item.text)));
  if (owner === null || gaps.some((gap) => gap === null)) return null;
  const afterOwner = first.text.slice(owner[0].length);
  const figure = FIGURE_START.exec(afterOwner);
  // The thing and its verb: "inflation rate rose", "GDP is expected to grow".
  const said = figure === null ? "" : afterOwner.slice(0, figure.index);
  if (said === "" || !hasVerbForm(said)) return null;
  const clauses = rest.map((item, k) => {
    const [, other = "", value = ""] = gaps[k] ?? [];
    return { ...item, text: asSentence(`${other}'s ${said} ${value}`) };
  });
  return [{ ...first, text: asSentence(first.text) }, ...clauses];
}

/** "Moss to eight", "Ana Moss to 10 years": a name, then "to" or "for" and a count. */
const NAME_THEN_COUNT = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(to|for)\s+(?:\d|(?:${SPELLED_NUMBERS}|one)\b)`,
  "u",
);
/** " Reid to 12 years in prison" closing the first item: the name and its phrase, which later items replace. */
const NAME_PHRASE_END = {
  to: /\s(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+to\s.+)$/u,
  for: /\s(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+for\s.+)$/u,
};

/**
 * "sentenced Reid to 12 years in prison, Moss to eight and Dahl to five": each later item is a name
 * and its count, the verb left out, so the first item's object opens at its name ("Reid to 12 years
 * in prison"); null unless every later item is so.
 */
function gappedNameObject(core: string, run: readonly Piece[]): string | null {
  const preposition = NAME_THEN_COUNT.exec(run[0]?.text ?? "")?.[1];
  if (preposition !== "to" && preposition !== "for") return null;
  if (!run.every((item) => NAME_THEN_COUNT.exec(item.text)?.[1] === preposition)) return null;
  return NAME_PHRASE_END[preposition].exec(core)?.[1] ?? null;
}

/** "the European Union for 18%", "Japan to 4.1%": a name, a preposition, then a figure. */
const GAPPED_NAME_PREPOSITION =
  /^((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|(?:\p{Ll}+\s+)?\p{Ll}+(?:s|children|people|men))\s+(for|to|at|by|with|on|in)\s+(\S.*\d.*|the\s+(?:rest|remainder|balance))$/u;
/** How far into the first clause its verb may stand: "The United States Navy accounted". */
const MAX_SUBJECT_WORDS_BEFORE_VERB = 5;

/**
 * "China accounted for about a third of spending, the European Union for 18% and the United States
 * for 16%" → "The European Union accounted for 18%." … (also "teenagers for 21% and adults for the
 * rest"): later names or groups with the first clause's
 * preposition and a figure of their own, its verb left out. Null unless every later item is so.
 */
function gappedPrepositionClauses(first: Piece, rest: readonly Piece[]): Piece[] | null {
  const gaps = rest.map((item) => GAPPED_NAME_PREPOSITION.exec(withoutTrailingStops(item.text)));
  const preposition = gaps[0]?.[2];
  if (preposition === undefined || gaps.some((gap) => gap === null || gap[2] !== preposition)) return null;
  if (!STARTS_UPPER_CASE.test(first.text)) return null;
  // "Defence spending rises to 2.4 billion crowns, roads to 7.3 billion": a lower-case kind after "to"
  // is more of the measure ("spending on roads"), no subject of its own.
  if (preposition === "to" && gaps.some((gap) => STARTS_LOWER_CASE.test(gap?.[1] ?? ""))) return null;
  const firstWords = words(first.text);
  const verbAt = firstWords.findIndex(
    (word, k) =>
      k > 0 && k <= MAX_SUBJECT_WORDS_BEFORE_VERB && firstWords[k + 1] === preposition && isVerbForm(word),
  );
  const verb = firstWords[verbAt];
  if (verb === undefined) return null;
  const clauses = rest.map((item, k) => {
    const [, owner = "", , figure = ""] = gaps[k] ?? [];
    return { ...item, text: asSentence(`${capitalize(owner)} ${verb} ${preposition} ${figure}`) };
  });
  return [{ ...first, text: asSentence(first.text) }, ...clauses];
}

/** "Giorgio Sala received …": a name of one to three words opening a clause, then a lower-case word. */
const OPENING_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:\p{Ll}+\s+){1,2}(?![\p{Lu}])\S/u;

/**
 * "Giorgio Sala received a five-year sentence and Paolo Greco four years" → "… Paolo Greco received
 * four years.": two clauses opening with names, the second leaving out the first one's verb. Not
 * "Ana Roe met Tom Ash and Eva Lind two weeks ago", whose verb takes a name.
 */
export function gappedSubjectPair(content: string, base: number): Piece[] | null {
  const text = withoutTrailingStops(content);
  const at = text.lastIndexOf(" and ");
  if (at < 0 || text.includes(",")) return null;
  const secondStart = at + " and ".length;
  const secondText = text.slice(secondStart);
  const headText = text.slice(0, at);
  const first = { text: headText, start: base, end: base + headText.length };
  const second = { text: secondText, start: base + secondStart, end: base + text.length };
  // "Germany's exports rose 3% and France's 2%".
  if (GAPPED_OWNER.test(secondText)) return gappedPossessiveClauses(first, [second]);
  if (!GAPPED_NAME.test(secondText) || !OPENING_NAME.test(headText)) return null;
  return gappedSubjectClauses(first, [second], true);
}

/** An item without its relative clause or closing bracket, and the last one without a phrase all items share. */
function itemCore(text: string, last: boolean): string {
  const core = withoutRestrictiveRelative(withoutRelative(text))
    .replace(CLOSING_BRACKET, "")
    .replace(LEADING_ROUGH_COUNT, "")
    .replace(HEDGE_AFTER_OF, "");
  return last ? withoutTrailingModifier(core).replace(REDUCED_RELATIVE, "") : core;
}

/** "14 people accused of helping Vell evade an embargo", "families displaced by the fighting": a participle's clause says which ones. */
const REDUCED_RELATIVE =
  /\s+(?:(?:accused|suspected|linked|tied|believed|alleged|known|involved|found)\s+(?:of|to|with|in)|\p{Ll}{3,}ed\s+by)\s.*$/u;

/** "about 1.5 million rounds": the hedge adds a word, not a phrase, to a counted thing. */
const LEADING_ROUGH_COUNT = new RegExp(
  `^(?:${ROUGH_COUNT_HEDGE}|${PREPOSITION_HEDGE})\\s+(?=[$€£]?\\d)`,
  "i",
);
/** "a share buyback of up to 200 million crowns": so does a hedge after "of", inside the item. */
const HEDGE_AFTER_OF = new RegExp(`(?<=\\sof)\\s+(?:${ROUGH_COUNT_HEDGE})(?=\\s+[$€£]?\\d)`, "i");

/** "who lost crops", "that were damaged": a clause naming which ones, with its own verb. */
const RESTRICTIVE_RELATIVE = /\s(?:who|whose|that|which)\s+(\S+)/;

/** "grants to farmers who lost crops" → "grants to farmers": the thing, without the clause saying which. */
function withoutRestrictiveRelative(text: string): string {
  const relative = RESTRICTIVE_RELATIVE.exec(text);
  if (relative === null || relative.index === 0) return text;
  // "repairs to bridges that flood" reads as one; "that" before a noun is a determiner ("that bridge").
  const [whole, next = ""] = relative;
  const clause = /^(?:who|whose)$/.test(whole.trim().split(/\s+/)[0] ?? "") || isVerbForm(next);
  return clause ? text.slice(0, relative.index) : text;
}

const COMMA_RELATIVE = /,\s*(?:which|who)\s/i;
const CLOSING_BRACKET = /\s*\([^()]*\)$/;

/** "40 launchers, which can be fired from land" → "40 launchers": an item without its relative clause. */
function withoutRelative(text: string): string {
  const relative = COMMA_RELATIVE.exec(text);
  return relative === null ? text : text.slice(0, relative.index);
}

/** "the buyout of 120 homes in the floodplain": a determined phrase may run a little longer. */
const DETERMINED_NOUN_PHRASE_WORDS = 8;
const DETERMINER_START =
  /^(?:the|a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;

function isShortNounPhrase(text: string, atMost = 0): boolean {
  const itemWords = words(text);
  // A longer last item is a thing only when it opens as one: "keep low rates on loans" is a predicate.
  const longer = atMost > 0 && !isUsualBaseVerb(itemWords[0] ?? "") ? atMost : 0;
  const limit = Math.max(
    longer,
    DETERMINER_START.test(itemWords[0] ?? "") ? DETERMINED_NOUN_PHRASE_WORDS : SHORT_NOUN_PHRASE_WORDS,
  );
  return (
    itemWords.length <= limit &&
    !opensClause(itemWords) &&
    !itemWords.some(
      (w, k) =>
        GOES.test(w) ||
        (isUnambiguousVerb(w) &&
          !isAttributive(w, itemWords[k - 1], itemWords[k + 1]) &&
          !(k === 1 && describesNamedKind(itemWords))),
    )
  );
}

const ADDED_AFTER_CLAUSE = /^,\s+(?:along with|as well as|together with)\s+$/;
const AUXILIARY_WORD = /^(?:will|would|can|could|may|might|must|should|has|have|had|is|are|was|were|also)$/;

/**
 * "the plants growing across three floors" from "Officers found the plants growing across three
 * floors": all after the clause's first verb (and its auxiliaries and particle); null without one.
 */
function objectOfMainVerb(clause: string): string | null {
  const clauseWords = [...clause.matchAll(/\S+/g)];
  let at = clauseWords.findIndex((word, k) => k > 0 && isVerbAfter(clauseWords[k - 1]?.[0] ?? "", word[0]));
  if (at < 0) return null;
  while (AUXILIARY_WORD.test(clauseWords[at]?.[0] ?? "") && at + 1 < clauseWords.length) at++;
  const object = clauseWords[at + 1];
  if (object === undefined) return null;
  const bare = clause.slice(object.index).replace(PARTICLE_BEFORE_OBJECT, "");
  return bare === "" ? null : bare;
}

/** "new cranes for the ports of Cebu and Davao": a noun of one to three words, then its preposition; no clause. */
function isNounWithPhrase(text: string): boolean {
  const itemWords = words(text);
  const at = itemWords.findIndex((word) => PREPOSITION.test(word));
  return at >= 1 && at <= 3 && !itemWords.some((word) => CLAUSE_WORD.test(word));
}
/** Words of a clause or of speech, never of a thing listed: "if we don't fix", "I've been around". */
const CLAUSE_WORD =
  /^(?:if|when|because|while|unless|although|which|who|that|i|i['’]\p{Ll}+|we|we['’]\p{Ll}+|you|you['’]\p{Ll}+|he|she|they|it|let)$/iu;

/**
 * "rejecting claims from the Port Authority", "visiting the plant": an "-ing" word with its object
 * opens a clause; "training", "sleeping bags", "heating oil" and "training for 300 engineers" (a
 * preposition next) are things.
 */
function opensClause(itemWords: string[]): boolean {
  const [first = "", next] = itemWords;
  if (!ING_FORM.test(first) || next === undefined || PREPOSITION.test(next)) return false;
  if (DETERMINER_START.test(next) || STARTS_UPPER_CASE.test(next)) return true;
  // "drinking water to the north", "sleeping bags for 400 families": an "-ing" word naming a kind
  // of thing opens no predicate, however long the phrase.
  return itemWords.length > 3 && !ING_KIND.test(first);
}

/** "-ing" words that name a kind of thing before its noun ("drinking water", "heating oil"). */
const ING_KIND =
  /^(?:drinking|sleeping|cooking|heating|fishing|washing|hearing|walking|swimming|living|dining|shipping|landing|printing|parking|boarding|firing|mining|cleaning|lifting|towing|pumping|building|welding|breathing|dressing|feeding|learning|teaching|filling|operating|trading|spending|funding|housing|marketing|manufacturing|banking|lending|polling|voting|training|recycling|engineering|accounting|advertising|broadcasting|nursing|screening|testing|processing|packaging|planning|borrowing|earning|earnings|opening|closing|starting|working|waiting|shopping|farming|logging)$/;

/**
 * "40 armored vehicles", "the elected officials": an "-ed" word after a number or article describes;
 * so does one opening an item before a bare noun ("armored vehicles", not "destroyed 300 homes").
 */
export function isAttributive(word: string, before: string | undefined, after: string | undefined): boolean {
  if (!/ed$/.test(word)) return false;
  const beforeNoun = after !== undefined && LOWER_CASE_LETTERS.test(after) && !DETERMINER_START.test(after);
  if (before === undefined) return beforeNoun;
  // "repairs to damaged bridges", "homes for displaced families", "M577 armoured vehicles"
  return (
    DETERMINER_START.test(before) || (PREPOSITION.test(before) && beforeNoun) || describesModel(before, word)
  );
}

/**
 * "Puma unmanned aerial systems": after a name, an "-ed" word opening a longer phrase that ends in
 * a plural noun describes the named kind.
 */
function describesNamedKind(itemWords: readonly string[]): boolean {
  const [name = "", word = "", next = ""] = itemWords;
  return (
    itemWords.length >= 4 &&
    STARTS_UPPER_CASE.test(name) &&
    word.endsWith("ed") &&
    LOWER_CASE_LETTERS.test(next) &&
    LOWER_CASE_THEN_S.test(itemWords.at(-1) ?? "")
  );
}

/** "$40", "Rs 500", "KSh 200", "40": an amount, with its currency written before it or not. */
const AMOUNT = new RegExp(String.raw`^(?:${CURRENCY_CODE_SOURCE}\s?)?\d`);
/** "40 million goes to roads": a present tense `isUnambiguousVerb` leaves out, as "-s" words are often nouns. */
const GOES = /^(?:goes|go)$/;

/**
 * When the listed objects are amounts ("400 billion yen on repairs"), the first one is the amount in
 * the head: "will also spend 1.2 trillion yen on ammunition" → "1.2 trillion yen on ammunition".
 */
/** "two" to "twelve": a count spelled out ("eight Karst 2 tanks, 39 trucks …"). */
const SPELLED_COUNT = new RegExp(`^(?:${SPELLED_NUMBERS})$`);

/** "Karst 2", "Tor-M2 3": a number right after a capitalised word inside the sentence names a model. */
function isModelNumber(matches: readonly RegExpMatchArray[], i: number): boolean {
  const previous = matches[i - 1]?.[0] ?? "";
  return i > 1 && /^\d+$/.test(matches[i]?.[0] ?? "") && /^\p{Lu}[\p{L}-]*$/u.test(previous);
}

function parallelObjectOf(head: string, nextItem: string): string | null {
  if (!AMOUNT.test(nextItem)) return null;
  const matches = [...head.matchAll(/\S+/g)];
  // "$1.5 billion on new plants in Harlow and Benton" before "$400 million on …": a sum and its
  // purpose, made as the next item is, may run longer than a plain counted thing.
  const purpose = SUM_THEN_PURPOSE.exec(nextItem)?.[1];
  const longest =
    purpose !== undefined && head.includes(` ${purpose} `) ? SUM_PURPOSE_WORDS : DETERMINED_NOUN_PHRASE_WORDS;
  // A count in figures first ("in the past two years for 250 tanks"); a spelled one only without any.
  return countedObjectOf(head, matches, AMOUNT, longest) ?? countedObjectOf(head, matches, SPELLED_COUNT);
}

/** "$400 million on", "€2bn for", "300 million euros to": a sum, then the preposition of its purpose. */
const SUM_THEN_PURPOSE = /^[$€£]\d[\d,.]*(?:bn|m)?(?:\s+(?:million|billion))?(?:\s+\p{L}+)?\s+(on|for)\s/u;
const SUM_PURPOSE_WORDS = 12;

/** The object from the first count `counting` finds near the head's end, unless a verb follows it. */
function countedObjectOf(
  head: string,
  matches: readonly RegExpMatchArray[],
  counting: RegExp,
  longest = DETERMINED_NOUN_PHRASE_WORDS,
): string | null {
  for (let i = 1; i < matches.length; i++) {
    const word = matches[i];
    if (word === undefined || word.index === undefined || matches.length - i > longest) continue;
    if (!counting.test(word[0])) continue;
    // "set up in 2019 with $500m from Japan": a year after a preposition is a date, no count.
    if (YEAR.test(word[0].replace(/,$/, "")) && PREPOSITION.test(matches[i - 1]?.[0] ?? "")) continue;
    // "eight Karst 2 main battle tanks": a number after a name is the model's, no count ("Rs 500 crore"
    // is a sum: the word before it is a currency's).
    if (isModelNumber(matches, i) && !CURRENCY_CODE.test(matches[i - 1]?.[0] ?? "")) continue;
    // "convoy of 40 trucks carried 600 tonnes of flour": an amount before a verb is the subject's.
    // "Tk 4.5 crore in cash": a currency written as a word of its own before the number is the sum's.
    const code = matches[i - 1];
    const phrase = head.slice(
      code?.index !== undefined && CURRENCY_CODE.test(code[0]) ? code.index : word.index,
    );
    // "20 armoured vehicles": the "-ed" word right after the amount describes the thing.
    const phraseWords = words(phrase);
    if (!phraseWords.some((w, k) => isUnambiguousVerb(w) && isVerbAfter(phraseWords[k - 1] ?? "", w)))
      return phrase;
  }
  return null;
}

/** "Tk", "Rs.", "KSh", "US$": a currency code or sign written apart from the number after it. */
const CURRENCY_CODE = new RegExp(`^${CURRENCY_CODE_SOURCE}$`);

/** "through Kyrgyzstan", "near the villages of Stepove": a name closing the head after a preposition. */
const NAME_AFTER_PREPOSITION =
  /\s(?:of|in|through|near|from|to|at|via|across|including)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)$/u;

/**
 * "importing microchips through Kyrgyzstan, Armenia and Kazakhstan": when every later item is a name,
 * the first is the name after the head's last preposition, which every item shares.
 */
function nameAfterPreposition(head: string, run: readonly Piece[]): string | null {
  if (!run.every((item) => isBareName(withoutTrailingStops(item.text)))) return null;
  // "1,400 buildings had collapsed in the provinces of Vell, Arno and Tesk": a total over all the
  // places, which no one place has.
  if (HAS_DIGIT.test(head)) return null;
  return NAME_AFTER_PREPOSITION.exec(head)?.[1] ?? null;
}

/** "£1.1m", "$40 million", "2 million euros": a sum of money. */
const SUM = String.raw`(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:m|bn|million|billion))?|\d[\d,.]*\s*(?:million|billion)\s+\p{L}+)`;
const SUM_OPENING = new RegExp(`^${SUM}`, "u");
/** "pay", "spent": a verb whose sum pays for what follows it. */
const PAYING =
  /^(?:pay|pays|paid|paying|spend|spends|spent|spending|charge|charges|charged|charging|cost|costs)$/;
/** "£1.1m of its own reserves on pumps", "$5m for roads": a sum, then what it pays for (the first item). */
const SUM_BEFORE_PURPOSE = new RegExp(
  String.raw`${SUM}(?:\s+(?:of|from)\s+[^,]{1,40}?)?(?:\s+\p{Ll}+ly)?\s+(?:on|for|towards?)\s+[^,\d]{1,60}$`,
  "u",
);

/**
 * "carried food for 40,000 people, 12 generators and 300 tents": a count after "for" is the first
 * thing's own phrase, so the first item is the thing ("food for 40,000 people") and later counts are
 * more things carried, not more people the food is for. Not money, which is for each
 * ("funding for 300 schools, 40 clinics …").
 */
function withThingBeforeFor(core: string, object: string): string {
  if (!COUNT_OPENING.test(object) || !core.endsWith(object)) return object;
  const before = words(core.slice(0, core.length - object.length));
  if (before.at(-1) !== "for") return object;
  let start = before.length - 1;
  while (start > before.length - 4) {
    const word = before[start - 1] ?? "";
    // "will pay for …": a base verb after a modal or "to" is the verb, no thing.
    const afterModal = BEFORE_BASE_VERB.test(before[start - 2] ?? "");
    // "will fund food rations for …": after a verb, an "-s" word is a noun ("pays for …" is the verb).
    const verbBefore = before
      .slice(0, start - 1)
      .some((w, k) => isVerbForm(w) || BEFORE_BASE_VERB.test(before[k - 1] ?? ""));
    const verb = (isVerbForm(word) && !verbBefore) || ING_FORM.test(word) || afterModal;
    // "signed deals in the past two years for 250 tanks": a span of time is no thing the count is for.
    if (TIME_SPAN_WORD.test(word)) return object;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || verb || DETERMINER_WORD.test(word)) break;
    start--;
  }
  const thing = before.slice(start, -1);
  if (thing.length === 0 || isMoneyNoun(thing.at(-1) ?? "")) return object;
  return `${thing.join(" ")} for ${object}`;
}
const TIME_SPAN_WORD = /^(?:years|months|weeks|days|decades|hours)$/;
/** "40,000 people", "two laboratories": a count (not a sum of money) opening an object. */
const COUNT_OPENING =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s/;
const DETERMINER_WORD = /^(?:the|a|an|its|their|his|her|this|these|those|some|more|other)$/;

/** "package for households", "scheme for farmers": a whole, then whom it is for (the first item). */
const THING_FOR_FIRST_ITEM =
  /\s(?:package|plan|scheme|programme|program|budget|deal|measures)\s+for\s+(?:\S+\s+){0,2}\S+$/i;

/** "$40m is earmarked for demining", "£2bn will be spent on roads": a sum as the subject of its use. */
const SUM_SET_ASIDE_FOR = new RegExp(
  String.raw`(?:^|\s)${SUM}\s+(?:\S+\s+){0,3}?(?:is|are|was|were|will be|would be|has been|have been)\s+(?:\S+\s+)?(?:earmarked|allocated|set aside|spent|used|budgeted|reserved|intended|directed|going)\s+(?:for|on|to|towards?)\s+[^,]{1,60}$`,
  "u",
);

/** "Hiran over the next three months" → "Hiran": a place item without the time or phrase after it. */
function placeOf(item: string): string {
  return withoutTrailingStops(item).split(PHRASE_AFTER_PLACE, 1)[0] ?? "";
}
const PHRASE_AFTER_PLACE = /\s+(?:over|during|by|from|until|this|last|next|in|on|at)\s/;

/** How many words into an item its first preposition comes: 1 in "repairs to bridges"; -1 when none. */
function prepositionIndex(itemWords: readonly string[]): number {
  return itemWords.findIndex((word, k) => k > 0 && PREPOSITION.test(word));
}

/** A noun and its own phrase ("repairs to bridges") puts its preposition at most this far in. */
const MAX_WORDS_BEFORE_PREPOSITION = 2;

/**
 * When the later items are nouns with phrases of their own ("repairs to bridges"), the first is one
 * too: "would fund training for soldiers, repairs to bridges and a hub" → "training for soldiers",
 * not "soldiers"; "cut power to homes in Arla, schools in Bex and clinics in Cove" → "homes in Arla".
 * The object is the latest phrase after a verb or preposition with its preposition at the same place.
 */
function phraseObjectOf(head: string, run: readonly Piece[]): string | null {
  const firstWords = words(run[0]?.text ?? "");
  const at = prepositionIndex(firstWords);
  if (at < 1 || at > MAX_WORDS_BEFORE_PREPOSITION) return null;
  const matches = [...head.matchAll(/\S+/g)];
  return (
    phraseObjectAt(head, matches, at, null) ??
    // "delivered food to 1.2 million people, clean water to 800,000 …": the noun before the same
    // preposition may be shorter or longer than the item's.
    widerPhraseObject(head, matches, at, firstWords[at] ?? "")
  );
}

function widerPhraseObject(
  head: string,
  matches: RegExpExecArray[],
  at: number,
  preposition: string,
): string | null {
  for (let width = 1; width <= MAX_WORDS_BEFORE_PREPOSITION; width++) {
    const found = width === at ? null : phraseObjectAt(head, matches, width, preposition);
    if (found !== null) return found;
  }
  return null;
}

/** The latest phrase after a verb or preposition with `at` words before its preposition (`preposition` when given). */
function phraseObjectAt(
  head: string,
  matches: RegExpExecArray[],
  at: number,
  preposition: string | null,
): string | null {
  for (let i = matches.length - 2 - at; i >= 1; i--) {
    const opener = matches[i]?.[0] ?? "";
    const object = matches[i + 1];
    const phrasePreposition = matches[i + 1 + at]?.[0] ?? "";
    if (object === undefined || !PREPOSITION.test(phrasePreposition)) continue;
    if (preposition !== null && phrasePreposition !== preposition) continue;
    // "will pay for housing": after a modal comes a verb, not a noun with its phrase.
    if (opener !== "to" && BEFORE_BASE_VERB.test(opener)) continue;
    const nounWords = matches.slice(i + 1, i + 1 + at).map((match) => match[0]);
    if (nounWords.some((w) => PREPOSITION.test(w) || isUnambiguousVerb(w) || /[,;]$/.test(w))) continue;
    // "The fund set up by the province will pay for …": a phrase holding an auxiliary is no object.
    const phrase = head.slice(object.index);
    if (words(phrase).some((w) => AUXILIARY.test(w))) continue;
    if (opensObject(opener, matches[i - 1]?.[0] ?? "", matches[i - 2]?.[0] ?? "")) return phrase;
  }
  return null;
}

/** "would also", "will not": an adverb between a modal and its verb. */
const MODAL_ADVERB_WORD = /^(?:also|not|still|now)$/;

/** A verb or preposition before an object; "would (also) fund": a base form after a modal. */
function opensObject(word: string, before: string, twoBefore: string): boolean {
  const afterModal =
    BEFORE_BASE_VERB.test(before) || (MODAL_ADVERB_WORD.test(before) && BEFORE_BASE_VERB.test(twoBefore));
  return afterModal || isVerbForm(word) || PREPOSITION.test(word);
}

/** "revenue of about ", "a fund of ": the "of" (and a hedge) before a sum that measures the noun. */
const SUM_AFTER_OF = /\sof\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over)\s+)?$/;
const MONEY_WORD = /^(?:[A-Z]{0,2}[$€£¥]\d|\d[\d,.]*\s?(?:bn|m)\b)/;

/**
 * The object after the last verb or preposition: "bought paintings" → "paintings". A determined
 * phrase right after one is taken whole: "pay for a levee along the river" → "a levee along the river".
 */
function lastObjectOf(text: string, nextItem = ""): string | null {
  const matches = [...text.matchAll(/\S+/g)];
  for (let i = 1; i < matches.length - 1; i++) {
    const word = matches[i];
    const opener = matches[i - 1];
    if (word === undefined || opener === undefined || matches.length - i > DETERMINED_NOUN_PHRASE_WORDS)
      continue;
    // "provides 40 launchers": an "-s" word right before a number or article is a verb, not a noun.
    const opens = isVerbForm(opener[0]) || PREPOSITION.test(opener[0]);
    // "The rest of the aid will go toward training": a phrase with its own verb is no object.
    const object = text.slice(word.index);
    // "sent a ship carrying food, water and …": a participle with its object lists what it carries.
    const clause = words(object).some(
      (w, k) => isUnambiguousVerb(w) || BEFORE_BASE_VERB.test(w) || (k > 1 && k < 4 && ING_FORM.test(w)),
    );
    // "a payment of 120 euros, a winter kit and …": a count after "of" measures the noun before it,
    // which is too long to be told (the sentence stays whole), unless the next item is a count too
    // ("a package of 40 tanks, 12 boats and …").
    if (opener[0] === "of" && /^\d/.test(word[0]) && !AMOUNT.test(nextItem)) return null;
    // "spoke to the Courier about staff shortages, waiting times and …": a phrase of its own after
    // the object opens the series later on, read by the loop below.
    const ownPhrase = OBJECT_OWN_PHRASE.test(object);
    if (opens && !clause && !ownPhrase && /^(?:the|a|an|\d[\d,.]*)$/i.test(word[0])) return object;
  }
  const subjectVerb = presentVerbAt(text);
  for (let i = matches.length - 2; i >= 1; i--) {
    const word = matches[i];
    const next = matches[i + 1];
    if (word === undefined || next === undefined) continue;
    if (matches.length - i - 1 > SHORT_NOUN_PHRASE_WORDS) return null;
    // "will send", "to send": a base form after a modal or "to" is the verb; so is "receive" in "will
    // also receive", not the adverb.
    const previous = matches[i - 1]?.[0] ?? "";
    // "pleaded not guilty to securities fraud", "teams to nursing homes", "vaccines to everyone over
    // 65": after "to", a plural, an "-ing" word or "everyone" is a noun, no base verb.
    const afterModal = BEFORE_BASE_VERB.test(previous)
      ? !MODAL_ADVERB_WORD.test(word[0]) && !(previous === "to" && isNounAfterTo(word[0]))
      : MODAL_ADVERB_WORD.test(previous) && BEFORE_BASE_VERB.test(matches[i - 2]?.[0] ?? "");
    // "is also getting stoves": the "-ing" word after the auxiliary is the verb, not part of the object.
    const progressive = ING_FORM.test(word[0]) && BEFORE_PROGRESSIVE.test(matches[i - 1]?.[0] ?? "");
    // "The sanctions target firms, banks and …": a base form after a plural subject is the verb.
    const presentVerb = i === subjectVerb;
    // "a ship carrying food": a participle after a determined noun takes its own object.
    const participle = ING_FORM.test(word[0]) && /^(?:a|an|the|\d[\d,.]*)$/i.test(matches[i - 2]?.[0] ?? "");
    const opens =
      afterModal ||
      progressive ||
      presentVerb ||
      participle ||
      isVerbAfter(previous, word[0], matches[i - 2]?.[0]) ||
      PREPOSITION.test(word[0]);
    const nextIsVerb = isUnambiguousVerb(next[0]) && isVerbAfter(word[0], next[0], previous);
    if (!opens || PREPOSITION.test(next[0]) || nextIsVerb || SUBORDINATOR.test(next[0])) continue;
    // "sent a crane to lift the wreck, two tugs and …": after an object, "to" and a definite thing,
    // the series may be what was sent or what is lifted; the sentence stays whole rather than claim
    // "to lift two tugs". ("sent 40 trucks to carry food, water and medicine" lists what is carried.)
    const definite = /^(?:the|its|their)$/i.test(next[0]);
    if (afterModal && definite && matches[i - 1]?.[0] === "to" && purposeAfterObject(matches, i - 1))
      return null;
    // "help Ostmark repair power plants": after a causative verb and its agent comes a verb, then the object.
    const afterAgentVerb = matches[i + 3];
    if (CAUSATIVE.test(word[0]) && AGENT.test(next[0]) && afterAgentVerb !== undefined)
      return text.slice(afterAgentVerb.index);
    // "send Ostmark air defense interceptors": the receiver named between verb and thing is no object.
    const thing = matches[i + 2];
    if (
      GIVING.test(word[0]) &&
      STARTS_UPPER_CASE.test(next[0]) &&
      thing !== undefined &&
      !STARTS_UPPER_CASE.test(thing[0])
    )
      return text.slice(thing.index);
    return text.slice(next.index);
  }
  return null;
}

/** "securities", "schools": a lower-case plural, which no base verb after "to" is ("discuss" is). */
const PLURAL_AFTER_TO = /^\p{Ll}+[^su]s$/u;
const EVERYONE = /^(?:everyone|everybody|anyone|anybody|all|those|people)$/;

/** "care homes", "health centres", "food banks": nouns that name the kind of place after "to", no verbs. */
const PLACE_KIND_AFTER_TO =
  /^(?:care|health|food|day|police|fire|polling|power|aid|relief|community|youth|job|treatment|detention|border|refugee|reception|retirement)$/;

/** A word after "to" that is no base verb: a plural, an "-ing" noun ("nursing homes"), "everyone", "care homes". */
function isNounAfterTo(word: string): boolean {
  return (
    PLURAL_AFTER_TO.test(word) ||
    (ING_FORM.test(word) && !BASE_ENDING_ING.test(word)) ||
    EVERYONE.test(word) ||
    PLACE_KIND_AFTER_TO.test(word)
  );
}

/** "the Courier about staff shortages": an object, then a preposition other than "of" opening a phrase. */
const OBJECT_OWN_PHRASE = /^\S+\s+(?:\S+\s+)?\S+\s+(?:about|on|over|to|with|against)\s+\S/;

/**
 * Whether the "to" at `toAt` follows an object rather than a verb: "sent a crane | to lift", not
 * "voted | to fund" or "plans | to build". The object is a determiner or number a few words back.
 */
function purposeAfterObject(matches: RegExpExecArray[], toAt: number): boolean {
  // "wants to", "has agreed to": a verb right before "to" takes the infinitive itself.
  if (TAKES_INFINITIVE.test(matches[toAt - 1]?.[0] ?? "")) return false;
  for (let k = toAt - 1; k >= 1 && k >= toAt - MAX_OBJECT_WORDS; k--) {
    const word = matches[k]?.[0] ?? "";
    if (OBJECT_START.test(word)) return isVerbForm(matches[k - 1]?.[0] ?? "");
  }
  return false;
}

const TAKES_INFINITIVE =
  /^(?:\p{Ll}+ed|want|need|plan|vote|agree|decide|try|aim|seek|hope|is|are|was|were)s?$/u;
const OBJECT_START = /^(?:a|an|the|its|their|\d[\d,.]*)$/i;
/** "a crane", "12 mobile cranes", "the big floating crane": an object before a purpose "to". */
const MAX_OBJECT_WORDS = 3;
const AUXILIARY = /^(?:will|would|can|could|may|might|must|should|is|are|was|were|has|have|had)$/;
const CAUSATIVE = /^(?:help|helps|helped|let|lets|enable|enables|enabled)$/;
/** Who a causative verb has act: a name or a pronoun. */
const AGENT = /^(?:\p{Lu}[\p{L}-]*|it|them|him|her|us)$/u;
const BEFORE_PROGRESSIVE = /^(?:is|are|was|were|be|been|also|still|now)$/;
const GIVING =
  /^(?:send|sends|sent|give|gives|gave|provide|provides|provided|offer|offers|offered|supply|supplies|supplied|grant|grants|granted|hand|hands|handed|sell|sells|sold|lend|lends|lent|promise|promises|promised)$/;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/** How many of a lead's last words `amountPair` reads. */
const LEAD_WORDS_READ = 5;

/** The last `count` whitespace-separated words of `text`, as `words(text).slice(-count)` gives them. */
function lastWords(text: string, count: number): string[] {
  const found: string[] = [];
  let end = text.length;
  while (found.length < count && end > 0) {
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    found.push(text.slice(start, end));
    end = start;
  }
  return found.reverse();
}
