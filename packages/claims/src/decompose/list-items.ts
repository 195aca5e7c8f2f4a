import { isCountryOrCapital } from "../attribute/countries";
import {
  asSentence,
  CURRENCY_CODE_SOURCE,
  EXTRA_CELL,
  ING_FORM,
  isSpaceCode,
  LOWER_CASE_THEN_S,
  lowerFirst,
  MONTH_NAME,
  type Piece,
  PREPOSITION_HEDGE,
  ROUGH_COUNT_HEDGE,
  STARTS_LOWER_CASE,
  splitLength,
  splitTopLevel,
  wordsOf,
} from "../util/text";
import {
  adjectivesBeforeOneNoun,
  INFINITIVE_TAKER,
  isFiniteVerb,
  isUnambiguousVerb,
  mayBeBaseVerb,
  opensPredicate,
  presentVerbAfterSubject,
} from "./clauses";
import { lowerCommonOpener } from "./opener-case";

/** Each item as the sentence `lead` + item ("The package includes" + "40 trucks"), spans kept. */
export function withLead(lead: string, items: readonly Piece[]): Piece[] {
  return items.map((item) => ({ ...item, text: asSentence(`${lead} ${item.text}`) }));
}

/** "The victims were", "Its main partners are": a plural subject, then the bare verb that lists what they are. */
// "(Agencies said) the most urgent needs were": after a speaker's tag the subject opens in lower case.
const PLURAL_SUBJECT_BE =
  /^((?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]hose|[Tt]hese)\s[^,;:]{1,80}?)\s+(are|were)$/;

/**
 * "The victims were" before each of "a teacher, a nurse and a student": one item is only one of them,
 * and "The victims were a teacher" says it is all, so the lead says "included" instead.
 */
export function leadForOneOfSeveral(lead: string): string {
  const be = PLURAL_SUBJECT_BE.exec(lead);
  return be === null ? lead : `${be[1]} ${be[2] === "are" ? "include" : "included"}`;
}

const MAX_ITEM_WORDS = 18;
/** "and", "and also", "as well as", "plus" before the last item. */
const CONJUNCTION_LEAD = String.raw`(?:(?:and\/or|and|or|as well as|along with|plus|together with)(?:\s+(?:also|even)\b)?(?:\s+|$))?`;
const ITEM_LEAD = new RegExp(`^[\\s,;:]*${CONJUNCTION_LEAD}`, "i");
const LAST_ITEM_LEAD = new RegExp(`^\\s*${CONJUNCTION_LEAD}`, "i");

/**
 * Splits "A, B, and C" / "A; B; and C" into items when it really is a list: at least two items and
 * a conjunction (or semicolons) before the last. `offset` is the body offset of `text`. `openEnded`:
 * the sentence closed the list with "and more" or "among others", so "A, B, C" needs no conjunction.
 */
/** "dates of birth and": an item with the list's last conjunction, an aside set off after it. */
const ENDS_WITH_CONJUNCTION = /\s(and|or)\s*$/;
const ASIDE_OPENING = /^\s*(?:for|in|among|at|from|on)\s/;

/**
 * "names, dates of birth and, for about 900,000 customers, passport numbers": an aside between the
 * last "and" and its item goes after the item ("and passport numbers, for about 900,000 customers"),
 * which spans both.
 */
function joinAsideBeforeLastItem(parts: Piece[]): void {
  const [before, aside, item] = parts.slice(-3);
  const conjunction = before === undefined ? null : ENDS_WITH_CONJUNCTION.exec(before.text);
  if (before === undefined || aside === undefined || item === undefined || conjunction === null) return;
  if (!ASIDE_OPENING.test(aside.text)) return;
  const lead = ` ${conjunction[1]} `;
  const kept = before.text.slice(0, conjunction.index);
  parts.splice(
    -3,
    3,
    { text: kept, start: before.start, end: before.start + kept.length },
    // The synthetic lead sits just before the aside, so the item spans from the aside on.
    {
      text: `${lead}${item.text.trim()}, ${aside.text.trim()}`,
      start: aside.start + (aside.text.length - aside.text.trimStart().length) - lead.length,
      end: item.end,
    },
  );
}

/** "valued at C$15 million", "worth $2m": what an item is worth, set off by commas. */
const VALUE_ASIDE = /^\s*(?:valued at|worth|costing|priced at|estimated at|at a cost of)\s/;

/**
 * "200 drone cameras, valued at C$15 million, and 1,000 sleeping bags": a value between commas says
 * what the item before it is worth; it joins that item. (A value closing the list may be all of
 * theirs, and stays where it is.)
 */
function joinValueAsides(parts: Piece[], text: string): void {
  for (let k = parts.length - 2; k >= 1; k--) {
    const before = parts[k - 1];
    const value = parts[k];
    if (before === undefined || value === undefined || !VALUE_ASIDE.test(value.text)) continue;
    parts.splice(k - 1, 2, {
      text: text.slice(before.start, value.end),
      start: before.start,
      end: value.end,
    });
  }
}

/** "a plant in Ghent": a place named after a preposition, closing an item. */
const TOWN_END = /\s(?:in|at|near|outside|from|to)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * "a new plant in Ghent, Belgium, and a depot": the country after a town says where the town is; it
 * joins the item rather than standing as one ("includes Belgium"). Not after a country or capital:
 * "to Kenya, Uganda and Chad" lists three.
 */
function joinCountryAfterTown(parts: Piece[], text: string): void {
  for (let k = parts.length - 1; k >= 1; k--) {
    const country = parts[k]?.text.trim().replace(/^and\s+/, "") ?? "";
    const before = parts[k - 1];
    const town = before === undefined ? undefined : TOWN_END.exec(before.text.trimEnd())?.[1];
    if (before === undefined || town === undefined || isCountryOrCapital(town)) continue;
    if (country.includes(" ") || !isCountryOrCapital(country) || parts[k]?.text.trim().startsWith("and "))
      continue;
    const end = parts[k]?.end ?? before.end;
    parts.splice(k - 1, 2, { text: text.slice(before.start, end), start: before.start, end });
  }
}

/** "Nepal and Sudan", "Mali": only names (and "and"), more places of the item before. */
const NAMES_ONLY = /^\s*(?:and\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*)*\s*$/u;
/** "deadly floods in Spain": a thing, then where, ending in a name. */
const PLACE_PHRASE_END = /\s(?:in|across|from|of|at|to)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u;

/**
 * "floods in Spain, Nepal and Sudan, heatwaves in Mexico, Mali and Saudi Arabia, and droughts in …":
 * a list of places inside an item, closed by its own "and", is that item's; it joins the part before,
 * when the outer list goes on after it with another kind of thing.
 */
function joinNestedPlaceLists(parts: Piece[], text: string): void {
  for (let k = parts.length - 2; k >= 1; k--) {
    const names = parts[k];
    const before = parts[k - 1];
    const after = parts[k + 1];
    if (names === undefined || before === undefined || after === undefined) continue;
    const closesInnerList = names.text.includes(" and ");
    if (!closesInnerList || !NAMES_ONLY.test(names.text) || NAMES_ONLY.test(after.text)) continue;
    if (!PLACE_PHRASE_END.test(before.text.trimEnd())) continue;
    parts.splice(k - 1, 2, {
      text: text.slice(before.start, names.end),
      start: before.start,
      end: names.end,
    });
  }
}

const BRACKETED_AND = /\([^()]*\s(?:and|or|plus)\s[^()]*\)/;

/** "a, an, the, 40, $5m": what opens a thing of its own after an "and". */
const THING_OPENING = /^(?:a|an|the|some|more|[$€£]?\d)/;

/**
 * "flour for children under five and pregnant women": the "and" after a phrase's noun goes on with
 * that phrase unless a thing of its own opens after it ("… for children and a cash grant").
 */
function andInsidePhrase(text: string): boolean {
  const pair = PAIR.exec(text);
  return pair !== null && PAIR_PREPOSITION.test(` ${pair[1] ?? ""} `) && !THING_OPENING.test(pair[3] ?? "");
}

/**
 * "earnings before interest, tax, depreciation and amortisation", "the measles, mumps and rubella
 * vaccine": set terms whose commas list no things.
 */
const FIXED_SERIES =
  /\b(?:earnings before interest,? tax(?:es|ation)?, depreciation,? and amorti[sz]ation|measles, mumps,? and rubella|diphtheria, tetanus,? and (?:pertussis|whooping cough)|lesbian, gay, bisexual,? and transgender|diversity, equity,? and inclusion|environmental, social,? and governance|science, technology, engineering,? and (?:math|maths|mathematics))\b/i;

/** Whether a text holds a set term whose commas list nothing ("measles, mumps and rubella"). */
export function holdsFixedSeries(text: string): boolean {
  // Plain searches for a word each term holds rule out nearly every text before the pattern runs.
  return FIXED_SERIES_WORDS.some((word) => text.includes(word)) && FIXED_SERIES.test(text);
}
const FIXED_SERIES_WORDS = [
  "amorti",
  "rubella",
  "tetanus",
  "transgender",
  "inclusion",
  "governance",
  "engineering",
];

/** Words only names of places joined by "and" hold: most lists hold none. */
const AND_NAME_WORDS = [
  "Herzegovina",
  "Tobago",
  "Barbuda",
  "Nevis",
  "Principe",
  "Príncipe",
  "Grenadines",
  "Caicos",
];
/** "Bosnia and Herzegovina", "Trinidad and Tobago": one place, whose "and" joins no items. */
const AND_NAME =
  /\b(?:Bosnia|Trinidad|Antigua|Kitts|Tom[eé]|Vincent|Turks) and (?=(?:the )?(?:Herzegovina|Tobago|Barbuda|Nevis|Pr[ií]ncipe|Grenadines|Caicos)\b)/g;
/** " and " inside such a name, written as one word of the same length while the list is read. */
const JOINED_AND = "\u0001and\u0001";

export function splitListItems(text: string, offset: number, openEnded = false): Piece[] | null {
  // "Sales rose in Bosnia and Herzegovina, Trinidad and Tobago and Chile": the names' "and"s join nothing.
  if (AND_NAME_WORDS.some((word) => text.includes(word))) {
    const masked = text.replace(AND_NAME, (name) => `${name.slice(0, -5)}${JOINED_AND}`);
    if (masked !== text)
      return (
        splitListItems(masked, offset, openEnded)?.map((item) => ({
          ...item,
          text: item.text.replaceAll(JOINED_AND, " and "),
        })) ?? null
      );
  }
  if (holdsFixedSeries(text)) return null;
  // Without a ";" there is none at the top level either.
  const separator = text.includes(";") && hasTopLevel(text, ";") ? ";" : ",";
  const split = splitTopLevel(text, separator).filter((p) => p.text.trim() !== "");
  const parts = separator === "," ? withChangeAsides(withRelativeClauses(split, text), text) : split;
  if (separator === ",") {
    joinAsideBeforeLastItem(parts);
    joinValueAsides(parts, text);
    joinCountryAfterTown(parts, text);
    if (parts.length > 2) joinNestedPlaceLists(parts, text);
  }
  // "30 jets and 10 helicopters, with options for 20 more": a closing "with" phrase is the last item's.
  const closing = parts.at(-1);
  const beforeClosing = parts.at(-2);
  if (closing !== undefined && beforeClosing !== undefined && /^\s*with\s/.test(closing.text)) {
    parts.splice(-2, 2, {
      ...beforeClosing,
      text: text.slice(beforeClosing.start, closing.end),
      end: closing.end,
    });
  }
  // "Oleg Matven and Anna Serik, head of the arms agency": a role closing the list is the last name's.
  if (closing !== undefined && beforeClosing !== undefined && ROLE_AFTER_NAME.test(closing.text)) {
    if (NAME_AT_END.test(beforeClosing.text))
      parts.splice(-2, 2, {
        ...beforeClosing,
        text: text.slice(beforeClosing.start, closing.end),
        end: closing.end,
      });
  }
  if (!mergeFocusAsides(parts, text)) return null;
  // "met leaders of A, B and C on Tuesday to discuss trade, energy and security": a part before the
  // last that closes one list and goes on to a verb of its own starts a second list; which items go
  // with which is no comma's to tell, so the sentence stays whole.
  if (parts.slice(1, -1).some((part) => opensSecondList(part.text))) return null;
  if (closesFirstOfTwoLists(parts)) return null;
  // "rose 3.2% from a year earlier, the fastest pace since 2024, driven by food and fuel costs": an
  // appositive judging the figure and a cause after it are no items.
  if (parts.some((part, k) => k > 0 && SAID_OF_A_FIGURE.test(part.text))) return null;
  if (yearsCloseAfterThings(parts)) return null;
  const last = parts.pop();
  if (last === undefined || IDIOM_PAIR.test(last.text.trim())) return null;
  // "…; and" with nothing after the conjunction leaves an empty last item, so it is no list.
  const lastLead = LAST_ITEM_LEAD.exec(last.text)?.[0] ?? "";
  const hasConjunction = lastLead.trim() !== "";
  const lastItem: Piece = {
    text: last.text.slice(lastLead.length),
    start: last.start + lastLead.length,
    end: last.end,
  };
  // "$24.7 million, or $0.52 per share", "$4 billion, or 2% of output": the same figure put another way.
  if (parts.length === 1 && /^\s*or\s*$/i.test(lastLead) && AMOUNT_START.test(lastItem.text)) return null;
  if (!hasConjunction && !coordinatedModifier(lastItem.text)) {
    // "x, y and z": the conjunction sits inside the last part.
    const pair = splitPair(lastItem, parts.length === 0);
    if (pair === null) {
      if ((separator === "," && !openEnded) || parts.length === 0) return null;
      parts.push(lastItem);
    } else parts.push(...pair);
  } else {
    // "A, B, as well as C and D" / "A, plus C and D": the last part may pair two more items, and so
    // may the part before it ("boots and helmets, as well as goggles").
    const added = /^(?:as well as|plus|along with|together with)$/i.test(lastLead.trim());
    // "…, along with short- and medium-range missiles": one kind's modifiers are split later.
    // "as well as U.S. government and contractor engineering and logistics support services": with a
    // second "and" inside, which words pair with which is unclear; the part stays one item.
    const pair =
      added &&
      coordinatedModifier(lastItem.text) === null &&
      !andInsidePhrase(lastItem.text) &&
      lastItem.text.split(" and ").length < 3
        ? splitPair(lastItem, false)
        : null;
    const before = parts.at(-1);
    // "systems, including A and B, as well as C": a nested list of examples is no pair of items.
    const nested = before !== undefined && NESTED_INCLUSION.test(before.text);
    // "Swedish-made and second-hand Estonian ammunition, as well as C": modifiers of one kind, split later.
    const pairBefore =
      added && before !== undefined && !nested && coordinatedModifier(before.text.trim()) === null
        ? splitPair(before, parts.length === 1)
        : null;
    if (pairBefore !== null) parts.splice(-1, 1, ...pairBefore);
    parts.push(...(pair ?? [lastItem]));
  }
  // "Halberd and Kestrel missiles" alone is two items too.
  const [only] = parts;
  if (parts.length < 2 && !(only !== undefined && coordinatedModifier(only.text.trim().replace(/[.]$/, ""))))
    return null;
  // "three elements — A, B and C": the count belongs to the lead, not to the first item.
  const counted = COUNTED_LEAD.exec(parts[0]?.text ?? "");
  if (counted !== null && parts[0] !== undefined) {
    const [head] = parts;
    parts[0] = {
      text: head.text.slice(counted[0].length),
      start: head.start + counted[0].length,
      end: head.end,
    };
  }

  const items: Piece[] = [];
  for (const [k, piece] of parts.entries()) {
    const item = trimItem(piece, k === 0);
    if (item === null) return null;
    // "artillery (24 howitzers and 60,000 rounds)": what a bracket lists belongs to the item's kind.
    if (BRACKETED_AND.test(item.text)) {
      items.push(item);
      continue;
    }
    const kindThenCount = k < parts.length - 1 ? kindAndCountedThing(item) : null;
    items.push(...(kindThenCount ?? countedPlus(item) ?? splitCoordinatedModifier(item)));
  }
  // "seven children under five, and one infant is in intensive care": a last part with a verb of its
  // own after a comma's "and" is the next clause, not one more thing.
  if (hasConjunction && separator === "," && opensClauseAfterList(lastItem.text, items)) return null;
  // "provisions that would raise taxes, cut spending and ..." enumerates verbs, not things. Semicolons
  // separate items that may carry their own relative clause ("rockets, which …; shells; and mines"),
  // and so does a comma ("40 launchers, which can be fired from land, sea or air, 300 drones and …").
  if (separator === "," && relativeClauseGoesOn(items)) return null;
  if (sharesKindAtEnd(items) || sharesNounAfterAdjectives(items)) return null;
  joinListInsideLastSum(items, text);
  distributeHead(items);
  for (const item of items) {
    // "Romania (118,000)" counts something about a name ("born in Romania"), not 118,000 Romanias.
    // Nor does the first item's lead go after the count ("1,200 The convoy carried tents").
    const counted =
      HAS_DIGIT.test(item.text) &&
      COMMON_NOUN_BEFORE_COUNT.test(item.text) &&
      !wordsOf(item.text).some((w) => isUnambiguousVerb(w.text))
        ? countFirst(item.text)
        : null;
    item.text = counted ?? lowerCommonOpener(item.text);
    item.start += offset;
    item.end += offset;
  }
  nameThemByItemBefore(items);
  return items;
}

/** "2022", "and 2023", "2022 and 2023": a list's part that is only years. */
const BARE_YEAR_PART = /^\s*(?:(?:and|or)\s+)?(?:(?:19|20)\d\d\s+(?:and|or)\s+)?(?:19|20)\d\d\s*$/;
const ENDS_IN_YEAR = /\s(?:in|since|during|from)\s+(?:19|20)\d\d\s*$/;

/**
 * "cracks, corrosion and missing bolts reported in 2021, 2022 and 2023": years closing a list of things
 * say when they were seen, and no year is a thing found ("Inspectors found 2022"); the sentence stays
 * whole. A list of years alone ("Prices rose in 2021, 2022 and 2023") is still split.
 */
function yearsCloseAfterThings(parts: readonly Piece[]): boolean {
  const last = parts.at(-1);
  if (last === undefined || parts.length < 2 || !BARE_YEAR_PART.test(last.text)) return false;
  const firstYear = parts.findLastIndex((part) => !BARE_YEAR_PART.test(part.text));
  const dated = parts[firstYear];
  return firstYear > 0 && dated !== undefined && ENDS_IN_YEAR.test(dated.text);
}

/** "the fastest pace since 2024", "driven by food costs": what a figure's sentence says of the figure. */
const SAID_OF_A_FIGURE =
  /^\s*(?:the\s+(?:fastest|slowest|highest|lowest|biggest|largest|smallest|steepest|sharpest|strongest|weakest)\s+(?:\S+\s+){0,2}?(?:since|in|for|on|ever)\b|(?:driven|fuell?ed|led|boosted|helped|pushed|dragged|weighed|held)\s+(?:down\s+|up\s+)?by\s)/;

/** "howitzers (18)", "water filters: 400": a word in lower case right before an item's count. */
const COMMON_NOUN_BEFORE_COUNT =
  /(?:^|\s)\p{Ll}[\p{L}'’-]*(?:\s*\(|:|\s*\||\t|\s+[—–x×])\s*(?:qty|quantity|Qty|\d)/u;

/** "defence sectors", "oil companies": a modifier and a noun naming a kind of institution or trade. */
const MODIFIER_THEN_KIND =
  /^\p{Ll}[\p{L}-]*\s+(?:sectors|industries|companies|firms|ministries|markets|services|agencies|departments|programmes|programs|exports|imports|banks)$/u;

/** "Rs 450 crore", "$40m", "€12 million": an item opening with a sum. */
const SUM_SOURCE = String.raw`(?:(?:${ROUGH_COUNT_HEDGE}|${PREPOSITION_HEDGE})\s+)?(?:${CURRENCY_CODE_SOURCE}\s?\d|\d[\d,.]*\s*(?:million|billion|crore|lakh|m|bn)\b)`;
const SUM_ITEM = new RegExp(String.raw`^(?:and\s+)?${SUM_SOURCE}`);
/** "The state allocated Rs 450 crore for roads": a first item holding the list's lead, then its sum. */
const SUM_AFTER_LEAD = new RegExp(String.raw`^\S.*?\s${SUM_SOURCE}`);
const OWN_PHRASE = /^(?:and\s+)?the\s+(?:rest|remainder|balance)\b|\s(?:to|by|for|on|in|from|at)\s/;
/** The sum items of a list need at least this many before the things after the last are read as its own. */
const MIN_SUM_ITEMS = 2;

/**
 * "Rs 450 crore for repair of roads, Rs 380 crore for housing, and Rs 150 crore for restoration of
 * schools, anganwadi centres and health sub-centres": after a run of sums, the things that follow the
 * last sum without one of their own are what that sum is for, one item with it.
 */
function joinListInsideLastSum(items: Piece[], text: string): void {
  const lastSum = items.findLastIndex((item) => SUM_ITEM.test(item.text));
  const last = items.at(-1);
  if (lastSum < MIN_SUM_ITEMS - 1 || lastSum === items.length - 1 || last === undefined) return;
  const sumItem = (item: Piece, k: number) =>
    SUM_ITEM.test(item.text) || (k === 0 && SUM_AFTER_LEAD.test(item.text));
  if (!items.slice(0, lastSum + 1).every(sumItem)) return;
  const sum = items[lastSum];
  if (sum === undefined || !/\s(?:for|of|to|on)\s/.test(sum.text)) return;
  // "…, 12 million to rail and the rest to roads": a share with its own phrase is one more item.
  if (items.slice(lastSum + 1).some((item) => OWN_PHRASE.test(item.text))) return;
  items.splice(lastSum, items.length - lastSum, {
    ...sum,
    text: text.slice(sum.start, last.end),
    end: last.end,
  });
}

/**
 * "an environmental, economic and societal necessity", "a modern, federally inspected plant and …":
 * adjectives before one noun, which no item is without it ("is an environmental" is no claim).
 */
function sharesNounAfterAdjectives(items: readonly Piece[]): boolean {
  const [first, second] = items;
  return first !== undefined && second !== undefined && adjectivesBeforeOneNoun(first.text, second.text);
}

/**
 * "Ostmark's banking, energy and defence sectors": one-word modifiers before the kind the last item
 * names, which none of them is without it ("target energy" is no claim); the sentence stays whole.
 */
function sharesKindAtEnd(items: readonly Piece[]): boolean {
  const last = items.at(-1);
  if (items.length < 3 || last === undefined) return false;
  const middle = items.slice(1, -1);
  if (MODIFIER_THEN_KIND.test(last.text)) return middle.every((item) => BARE_LOWER_CASE_WORD.test(item.text));
  // "dairy, pig and poultry farmers in the north": singular modifiers of one trade's people ("go to
  // dairy" is no claim); "schools, hospitals and aid workers" lists plurals, which are things of their own.
  return (
    MODIFIER_THEN_TRADE.test(last.text) &&
    middle.every((item) => BARE_LOWER_CASE_WORD.test(item.text) && !item.text.endsWith("s"))
  );
}

/** "poultry farmers", "steel workers in the south": a modifier and the people of one trade. */
const MODIFIER_THEN_TRADE =
  /^\p{Ll}[\p{L}-]*\s+(?:farmers|growers|producers|breeders|workers|fishers|fishermen|miners|traders|owners|operators)(?:\s+(?:in|on|across|from|of)\s.*)?$/u;

const CLAUSE_VERB_WORD = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|remains|remained)(?:\s|$)/;

/** Whether the last part holds a clause's verb ("one infant is in intensive care") that no other item has. */
function opensClauseAfterList(last: string, items: readonly Piece[]): boolean {
  return CLAUSE_VERB_WORD.test(last) && !items.slice(0, -1).some((item) => CLAUSE_VERB_WORD.test(item.text));
}

/** "for them", "to guide them" closing an item. */
const CLOSING_THEM = /\bthem$/;
/** "two Aegir air defence systems": a counted plural thing of a few words with no phrase of its own. */
const COUNTED_PLURAL_THING =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+((?:[\p{L}\d-]+\s+){0,4}\p{Ll}{3,}s)$/u;

/**
 * "two Aegir systems, 200 interceptor missiles and radars to guide them": an item cannot say what a
 * closing "them" is on its own, and the counted thing listed before it is what it means → "radars to
 * guide the interceptor missiles". Left alone after an uncounted item ("stoves and blankets to keep
 * them warm": them are people).
 */
function nameThemByItemBefore(items: Piece[]): void {
  for (let k = 1; k < items.length; k++) {
    const item = items[k];
    const before = items[k - 1];
    if (item === undefined || before === undefined || !item.text.endsWith("them")) continue;
    const thing = COUNTED_PLURAL_THING.exec(before.text)?.[1];
    if (thing === undefined || PAIR_PREPOSITION.test(` ${thing} `)) continue;
    item.text = item.text.replace(CLOSING_THEM, `the ${thing}`);
  }
}

/** ", head of the arms agency", ", chief of staff": a person's role after their name. */
const ROLE_AFTER_NAME =
  /^\s*(?:the\s+)?(?:head|chief|director|leader|founder|owner|chairman|chairwoman|commander|spokesman|spokeswoman|deputy head|deputy chief)\s+(?:of|at)\s/;
const NAME_AT_END = /\s(?:and|or)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]+$/u;

/** "that would raise", "which were", "who fled": a relative clause in an item, and the word after its pronoun. */
const INNER_RELATIVE = /(?<!,)\s(?:that|which|who)\s+(\S+)/;
/** "that would raise taxes, cut …", "which aims to cut …": base verbs, which read like nouns, may go on. */
const BEFORE_BASE_VERB = /^(?:will|would|can|could|may|might|must|should|to|aims|seeks|plans|wants)$/;
/** "the bridge", "two schools", "Kesh's port": an item that opens as a noun phrase does. */
const NOUN_PHRASE_OPENING = /^(?:the|a|an|its|their|his|her|this|these|those|\p{Lu}\S*)$/u;

/**
 * Whether the first item's relative clause runs on through the later items, so that they are its
 * verbs, not things: "provisions that would raise taxes, cut spending and end subsidies", "rules that
 * raised fees, ended grants and …". Not "the bridge that linked the islands, two schools and a
 * clinic" or "rent for families who were evacuated, repairs to schools and new boats".
 */
function relativeClauseGoesOn(items: Piece[]): boolean {
  const [first, ...rest] = items;
  const relative = INNER_RELATIVE.exec(first?.text ?? "");
  if (relative === null) return false;
  // After a modal or "to", only items opening like noun phrases are surely no base verbs; so after
  // "that" with a subject of its own ("I think that we should require A, test B and …").
  const relativeVerb = relative[1] ?? "";
  const baseVerbs =
    BEFORE_BASE_VERB.test(relativeVerb) || !(isUnambiguousVerb(relativeVerb) || isFiniteVerb(relativeVerb));
  return rest.some((item) => {
    const [opening = "", next] = item.text.split(/\s+/, 2);
    if (baseVerbs) return !NOUN_PHRASE_OPENING.test(opening) && !isCounted(item.text);
    if (next === undefined || ITEM_PREPOSITION.test(` ${next} `) || !STARTS_LOWER_CASE.test(next))
      return false;
    // "cut spending", "raised fees": a past tense before its object; "imposes fines" a present one,
    // "cutting power" a participle.
    return isUnambiguousVerb(opening) || isFiniteVerb(opening) || ING_FORM.test(opening);
  });
}

/** "led by researchers at …", "funded by the ministry": a participle describing the item before it. */
const BY_PARTICIPLE = String.raw`(?:(?!followed)\p{Ll}+ed|led|run|made|written|held|built|drawn up|set up|carried out)\s+by`;
const RELATIVE_PART = new RegExp(String.raw`^\s*(?:which|who|including|such as|${BY_PARTICIPLE})\s`, "iu");
const HAS_CONJUNCTION = /\s(?:and|or)\s/;

/**
 * "40 launchers, which can be fired from land, sea or air, 300 drones and 12 radars": a relative
 * clause after a comma belongs to the item before it, and so do the parts of its own inner list, up
 * to the part with that list's conjunction, when more of the outer list follows. So do examples
 * ("munitions, including A and B, shells and radars").
 */
function withRelativeClauses(parts: Piece[], text: string): Piece[] {
  if (!/,\s*(?:which|who|including|such as|\p{Ll}+(?:\s+(?:up|out))?\s+by)\s/iu.test(text)) return parts;
  const merged: Piece[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const item = merged.at(-1);
    if (part === undefined) continue;
    if (item === undefined || !RELATIVE_PART.test(part.text)) {
      merged.push(part);
      continue;
    }
    let end = k;
    if (!HAS_CONJUNCTION.test(part.text)) {
      const inner = parts.findIndex((p, j) => j > k && HAS_CONJUNCTION.test(p.text));
      // The inner list ends before the outer one does: something must follow it.
      if (inner > k && inner < parts.length - 1) end = inner;
    }
    const endPart = parts[end] ?? part;
    merged[merged.length - 1] = {
      text: text.slice(item.start, endPart.end),
      start: item.start,
      end: endPart.end,
    };
    k = end;
  }
  return merged;
}

/**
 * ", up 12% from a year earlier,", ", faster than Tervia's 1.4%": how much a figure changed, or what
 * it is compared with, said of the item before it ("fewer than 20 trucks" and "more than 20 trucks"
 * are items).
 */
const CHANGE_ASIDE =
  /^\s*(?:(?:up|down|a rise of|a fall of|an increase of|a decrease of|compared with|compared to|versus)\s+\S*\d|(?!fewer\s)\p{Ll}+er\s+than\s)/iu;

/** "revenue of $4.1 billion, up 12% from a year earlier, and net income of …": the change is no item of its own. */
function withChangeAsides(parts: Piece[], text: string): Piece[] {
  const merged: Piece[] = [];
  for (const part of parts) {
    const item = merged.at(-1);
    if (item !== undefined && CHANGE_ASIDE.test(part.text))
      merged[merged.length - 1] = {
        text: text.slice(item.start, part.end),
        start: item.start,
        end: part.end,
      };
    else merged.push(part);
  }
  return merged;
}

const COUNTED_LEAD =
  /^\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:main\s+|key\s+)?(?:elements|parts|components|items|pillars|measures|areas|priorities|categories|things|strands|operations|projects|loans|tranches|programmes|programs|phases|stages|components|grants|initiatives)\s*(?:[—–:]|-{1,2})\s*/i;

/** "A and B", "A and/or B", "A plus B" (an item's own "plus" is rare: "salary plus bonus" stays whole alone). */
const PAIR = /^(.*?\S)\s+(and\/or|and|or|as well as|plus)\s+(?:also\s+)?(\S.*)$/su;
/** "$320 million in equipment and $80 million in training", "40 trucks and some 3,000 rounds": parallel amounts are two items. */
const AMOUNT_START =
  /^(?:(?:a\s+further|another|an\s+(?:additional|extra)|some|about|around|nearly|almost|over|roughly|more\s+than|at\s+least|up\s+to|fewer\s+than|less\s+than)\s+)?(?:(?:\$|€|£)?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions|tens of thousands)\s(?![^\s:]+:))/;
/** "40 trucks plus 12 boats": two counted things joined by "plus" are two items, each with its span. */
export function countedPlus(item: Piece): Piece[] | null {
  const at = item.text.indexOf(" plus ");
  if (at < 0) return null;
  const [first, second] = [item.text.slice(0, at), item.text.slice(at + " plus ".length)];
  if (!AMOUNT_START.test(first) || !AMOUNT_START.test(second)) return null;
  const secondStart = item.start + at + " plus ".length;
  return [
    { text: first, start: item.start, end: item.start + first.length },
    { text: second, start: secondStart, end: secondStart + second.length },
  ];
}

/** "both A and B", "either A or B": the first word pairs the two, it is no part of A. */
const PAIRING_WORD = /^(?:both|either)\s+/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:\S+\s+){0,2}\S+$/i;

const NESTED_INCLUSION =
  /^(.{2,80}?),?\s+(including|such as|which (?:includes?|contains?|comprises?))\s+(\S.*)$/;

/**
 * "air defense munitions, including Tarn missiles and Kestrel interceptors" → one item per example,
 * each keeping its kind ("air defense munitions, including Tarn missiles"), spanning the example; so
 * does an item's own contents ("a medical module, which includes two beds and a blood bank").
 */
export function expandNestedInclusion(items: Piece[]): Piece[] {
  // NESTED_INCLUSION needs one of its words; most lists have none, and are returned as they are.
  if (!items.some((item) => mayNest(item.text))) return items;
  return items.flatMap((item) => {
    const nested = mayNest(item.text) ? NESTED_INCLUSION.exec(item.text) : null;
    if (nested === null) return [item];
    const [, kind = "", word = "", examples = ""] = nested;
    const examplesAt = item.start + item.text.length - examples.length;
    const split = splitListItems(examples, examplesAt);
    if (split === null) return [item];
    return split.map((example) => ({ ...example, text: `${kind}, ${word} ${example.text}` }));
  });
}

/** Whether `text` holds a word NESTED_INCLUSION needs: "including", "such as" or "which". */
function mayNest(text: string): boolean {
  return text.includes("including") || text.includes("such as") || text.includes("which ");
}

const KIND_WITH_EXAMPLES = /^([^,]{2,60}?)\s+(including|such as)\s+(\S.*)$/;

/**
 * "weapons such as rocket launchers and mortars" → "weapons such as rocket launchers", "weapons such
 * as mortars": a list that opens with its kind gives every example the kind. Null for anything else.
 */
export function examplesOfKind(text: string, offset: number): Piece[] | null {
  const nested = KIND_WITH_EXAMPLES.exec(text);
  if (nested === null) return null;
  const [, kind = "", word = "", examples = ""] = nested;
  const split = splitListItems(examples, offset + text.length - examples.length);
  return split?.map((example) => ({ ...example, text: `${kind} ${word} ${example.text}` })) ?? null;
}

/** "(one short-range and one medium-range)", " — one short-range and one medium-range — ": an aside on an item. */
const ASIDE = /\([^()]*\)|\s[—–]\s[^—–]*?\s[—–](?=\s)/g;

/**
 * PAIR's groups, read outside brackets and dash asides: in "two systems — one short-range and one
 * medium-range — and 400 missiles" the pair is joined by the second "and", the aside stays on the first.
 */
function pairOutsideAsides(text: string): string[] | null {
  if (!text.includes("(") && !text.includes(" —") && !text.includes(" –")) return PAIR.exec(text);
  const masked = text.replace(ASIDE, (aside) => "_".repeat(aside.length));
  const match = PAIR.exec(masked);
  if (match === null) return null;
  const [, first = "", conjunction = "", second = ""] = match;
  // "… one small — and 40 pumps": the aside's closing dash ends with the item, as at a sentence's end.
  const firstItem = text.slice(0, first.length).replace(/\s+[—–]$/, "");
  return [text, firstItem, conjunction, text.slice(text.length - second.length)];
}

/**
 * "y and z" → two pieces. With no commas at all, both sides must be short noun phrases, unless
 * "as well as" joins them or both are amounts.
 */
/** "This is fraud, plain and simple": a set phrase whose "and" lists nothing. */
const IDIOM_PAIR =
  /^(?:plain and simple|pure and simple|first and foremost|once and for all|by and large|more or less|sooner or later|again and again|over and over|loud and clear|safe and sound|null and void)[.!]?$/i;

const FOCUS_ADVERB =
  /^\s*(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally|especially|particularly|notably)\s/i;

/**
 * "40 tanks, mostly older models, and 12 jets": an aside opening with "mostly" describes the part
 * before it, which it joins. False when the list is the aside's own ("Exports rose 4% in May, mainly
 * cars, machinery and chemicals"; "…, mostly cars and trucks"), which is then no list of the sentence.
 */
function mergeFocusAsides(parts: Piece[], text: string): boolean {
  for (let k = 1; k < parts.length; k++) {
    const aside = parts[k];
    const before = parts[k - 1];
    if (aside === undefined || before === undefined || !FOCUS_ADVERB.test(aside.text)) continue;
    const next = parts[k + 1];
    const closed = next === undefined || (LAST_ITEM_LEAD.exec(next.text)?.[0].trim() ?? "") !== "";
    if (!closed || aside.text.includes(" and ")) return false;
    parts.splice(k - 1, 2, { ...before, text: text.slice(before.start, aside.end), end: aside.end });
    k--;
  }
  return true;
}

/**
 * "small arms and more than 3 million rounds of ammunition" as one item among others: a short kind and
 * a counted thing are two items. Null for any other item.
 */
/** A count and a noun after it: "90 155mm howitzers", "40 tanks". */
const COUNTED_NOUN = /^\S+(?:\s+\S+){0,2}\s+\p{Ll}{3,}$/u;

function kindAndCountedThing(item: Piece): Piece[] | null {
  if (!item.text.includes(" and ")) return null;
  const match = PAIR.exec(item.text);
  const [first = "", conjunction = "", second = ""] = match?.slice(1) ?? [];
  if (conjunction !== "and" || !AMOUNT_START.test(second) || first.split(/\s+/).length > 4) return null;
  // "90 howitzers and 184,000 rounds": two counted things are two items; "2 and 3 tonne trucks" is one.
  if (AMOUNT_START.test(first) && !COUNTED_NOUN.test(first)) return null;
  if (BETWEEN_BEFORE.test(first) || PAIRING_WORD.test(first)) return null;
  const secondStart = item.start + item.text.length - second.length;
  return [
    { text: first, start: item.start, end: item.start + first.length },
    { text: second, start: secondStart, end: item.end },
  ];
}

function splitPair(piece: Piece, alone: boolean): Piece[] | null {
  const match = pairOutsideAsides(piece.text);
  if (match === null) return null;
  // "between 1990 and 2025", "between Orna and Bel": one range, not two things.
  if (BETWEEN_BEFORE.test(match[1] ?? "")) return null;
  if (isOneQuantity(match[1] ?? "", match[3] ?? "")) return null;
  const pairing = PAIRING_WORD.exec(match[1] ?? "")?.[0].length ?? 0;
  const first = (match[1] ?? "").slice(pairing);
  const conjunction = match[2] ?? "";
  const second = match[3] ?? "";
  // "will deliver both Patriot and IRIS-T air-defence systems": two names of the kind after the
  // second, no pair of things ("deliver both Patriot" says nothing).
  if (sharedKindOfNames(first, second)) return null;
  const laterPredicate = laterPredicatePair(piece, second);
  if (laterPredicate !== null) return laterPredicate;
  const clearlyTwo =
    conjunction === "as well as" ||
    (AMOUNT_START.test(first) && AMOUNT_START.test(second)) ||
    // "missiles and 155 mm and 105 mm rounds": the second is a pair of its own, so a third thing.
    coordinatedModifier(second) !== null ||
    countedThenThing(first, second) ||
    roundsThenThing(first, second) ||
    kindThenCounted(first, second) ||
    namedThingThenThing(first, second) ||
    parallelAmountAtEnd(first, second) ||
    parallelPhrasedNouns(first, second);
  // "medical supplies (including tourniquets and field dressings) and 30 phones": what an aside
  // says of the first is no part of either thing's length.
  const bracketed = piece.text.includes("(");
  const outside = bracketed ? piece.text.replace(ASIDE, "") : piece.text;
  const pairWords = bracketed ? `${first} ${second}`.replace(ASIDE, "") : `${first} ${second}`;
  if (
    alone &&
    !clearlyTwo &&
    (/\s(?:for|of|to|in|on|with|by)\s/.test(outside) || pairWords.split(/\s+/).length > 8)
  ) {
    return null;
  }
  const secondStart = piece.text.length - second.length;
  const secondPiece = { text: second, start: piece.start + secondStart, end: piece.end };
  // "40 trucks and 12 tanks as well as 300 radios": the second half adds a third thing.
  // "40 trucks plus 12 boats and two helicopters": so does the "and" after a "plus".
  // "40 tanks as well as 12 boats and 300 trucks": so does the "and" after an "as well as".
  const more =
    second.includes(" as well as ") ||
    ((conjunction === "plus" || conjunction === "as well as") && second.includes(" and "));
  const added = more ? splitPair(secondPiece, false) : null;
  return [
    { text: first, start: piece.start + pairing, end: piece.start + pairing + first.length },
    ...(added ?? [secondPiece]),
  ];
}

/** "an asset freeze on 14 banks", "tax cuts for families": a short noun phrase, then its own short phrase. */
const NOUN_WITH_PHRASE =
  /^(?:(?:an?|new|more|further)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(for|on|of|in|against)\s+\S+(?:\s+\S+){0,3}$/u;

const PERSONAL_PRONOUN = /^(?:i|you|he|she|it|we|they)$/i;

/**
 * "an asset freeze on 14 banks and a ban on coal imports", "tax cuts for families and new funding
 * for rural hospitals": two nouns of the same make, each with a phrase of its own after the same
 * preposition, are two things; no phrase is shared across the "and".
 */
function parallelPhrasedNouns(first: string, second: string): boolean {
  const firstPhrase = NOUN_WITH_PHRASE.exec(first);
  const secondPhrase = NOUN_WITH_PHRASE.exec(second);
  if (firstPhrase === null || secondPhrase === null || firstPhrase[2] !== secondPhrase[2]) return false;
  // "limits on diamond exports" is a noun before its phrase; "raises prices for consumers" is a verb
  // with an object, a predicate and no thing.
  return [firstPhrase, secondPhrase].every(([part = "", head = ""]) => {
    const opening = part.split(/\s/, 1)[0] ?? "";
    return (
      !isUnambiguousVerb(opening) &&
      !isUnambiguousVerb(head) &&
      !PERSONAL_PRONOUN.test(opening) &&
      (!isFiniteVerb(opening) || opening === head)
    );
  });
}

/** "€300m in grants", "$4 million for roads": an amount, maybe a word, then its preposition. */
const AMOUNT_WITH_PHRASE =
  /^[$€£]?\d[\d,.]*(?:\s*(?:m|bn|million|billion|thousand))?\s+(?:\p{L}+\s+)?(in|for|to|of)\s/u;
/** Where the last amount in a text opens. */
const LAST_AMOUNT = /(?:^|\s)(?=[$€£]?\d[^\s]*(?:\s+\S+){1,5}$)/;

/**
 * "will provide €1.2bn in loans and €300m in grants": the lead's last amount and the second say the
 * same kind of thing (an amount in something), so the pair is two items however long the lead is.
 */
function parallelAmountAtEnd(first: string, second: string): boolean {
  const secondPhrase = AMOUNT_WITH_PHRASE.exec(second);
  // "two parts: $180 million in A and …": a colon's lead is read by the lists that know it.
  if (secondPhrase === null || first.includes(":")) return false;
  const at = LAST_AMOUNT.exec(first);
  if (at === null) return false;
  const tail = first.slice(at.index).trimStart();
  return AMOUNT_WITH_PHRASE.exec(tail)?.[1] === secondPhrase[1] && !/[,;]/.test(tail);
}

const LATER_CONJUNCTION = /\s+(?:and|or)\s+/g;

/**
 * "close its plants in Harl and Bexford and sell its truck unit": a piece that opens a predicate is
 * paired with the "and" that opens another ("sell its truck unit"), not the one inside its phrase
 * ("Harl and Bexford"). Null when the first "and" already opens a predicate, or no later one does.
 */
function laterPredicatePair(piece: Piece, second: string): Piece[] | null {
  if (!(second.includes(" and ") || second.includes(" or "))) return null;
  if (opensPredicate(second, "base") || !opensPredicate(piece.text, "base")) return null;
  const firstAt = piece.text.length - second.length;
  for (const conjunction of piece.text.matchAll(LATER_CONJUNCTION)) {
    const secondAt = conjunction.index + conjunction[0].length;
    if (secondAt <= firstAt || !opensPredicate(piece.text.slice(secondAt), "base")) continue;
    return [
      {
        text: piece.text.slice(0, conjunction.index),
        start: piece.start,
        end: piece.start + conjunction.index,
      },
      { text: piece.text.slice(secondAt), start: piece.start + secondAt, end: piece.end },
    ];
  }
  return null;
}

/** "Patriot interceptor missiles": a plural head with up to three words before it, and no phrase of its own. */
const PLURAL_THING = /^(?:\S+\s+){1,3}\p{L}{3,}s$/u;

/**
 * "Patriot interceptor missiles and equipment to link radars": a plural thing of a few words without a
 * phrase of its own, then a thing with one, are two items, as a count and a thing are; the phrase
 * belongs to the second ("food and water for 3,000 people" has a one-word first part and stays whole).
 */
function namedThingThenThing(first: string, second: string): boolean {
  const opening = second.split(/\s/, 1)[0] ?? "";
  return (
    PLURAL_THING.test(first) &&
    !PAIR_PREPOSITION.test(` ${first} `) &&
    STARTS_LOWER_CASE.test(opening) &&
    !isUnambiguousVerb(opening) &&
    !isFiniteVerb(opening) &&
    second.split(/\s+/).length <= MAX_ITEM_WORDS
  );
}

const MAX_COUNTED_ITEM_WORDS = 4;
const MAX_PHRASED_ITEM_WORDS = 7;
/** "for", "of", "in": a preposition that may carry a phrase over both sides of an "and". */
const PAIR_PREPOSITION = /\s(?:for|of|to|in|on|with|by|from)\s/;

/** Whether a text holds a phrase after "for", "of", "to", "in" … that an "and" may share. */
export function holdsPairPhrase(text: string): boolean {
  return PAIR_PREPOSITION.test(` ${text} `);
}

/**
 * "40 mobile clinics and fuel for district heating plants": a counted thing without a phrase of its
 * own, then a thing with one, are two items; the phrase belongs to the second. In "supplies of food
 * and water for 3,000 people" the "and" sits inside the first's "of" phrase, so the pair stays one.
 */
function countedThenThing(first: string, second: string): boolean {
  return (
    AMOUNT_START.test(first) &&
    first.split(/\s+/).length <= MAX_COUNTED_ITEM_WORDS &&
    !PAIR_PREPOSITION.test(` ${first} `) &&
    // "40 trucks and sent troops to the border": a second part opening with a verb is a predicate.
    !isUnambiguousVerb(second.split(/\s/, 1)[0] ?? "") &&
    second.split(/\s+/).length <= MAX_PHRASED_ITEM_WORDS
  );
}

/** "3,000 rounds of": a count of units, which only the kind after "of" comes in. */
const UNITS_OF =
  /^(?:about\s+|some\s+|more than\s+|over\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:rounds|units|doses|pieces|sets|cartridges)\s+of\s/;
/** "night-vision goggles", "body armour plates": a modifier, then a plural noun. */
const MODIFIED_PLURAL = /^\p{Ll}[\p{L}-]*\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*s$/u;

/**
 * "3,000 rounds of 30 mm ammunition and night-vision goggles": rounds come in ammunition, not in
 * goggles, so a modified plural after them is a thing of its own (unlike "40 tonnes of flour and
 * rice", whose measure both share).
 */
function roundsThenThing(first: string, second: string): boolean {
  return UNITS_OF.test(first) && MODIFIED_PLURAL.test(second) && !second.includes(" of ");
}

/** "anti-drone guns and tens of thousands of rounds": a short plural kind, then a counted thing. */
function kindThenCounted(first: string, second: string): boolean {
  const firstWords = first.split(/\s+/);
  return (
    AMOUNT_START.test(second) &&
    firstWords.length <= 3 &&
    STARTS_LOWER_CASE.test(first) &&
    LOWER_CASE_THEN_S.test(first) &&
    !AMOUNT_START.test(first) &&
    !PAIR_PREPOSITION.test(` ${first} `) &&
    !firstWords.some(isUnambiguousVerb)
  );
}

/**
 * "subsidies for farmers, fishers and truckers": when every later item is one bare word, they
 * complete the first item's last phrase → "subsidies for fishers", "subsidies for truckers". Only
 * a short head: in "The plan also funds repairs for roads, schools and parks" the first part holds
 * the sentence's lead, which the series that reads it repeats itself.
 */
const BARE_LOWER_CASE_WORD = /^\p{Ll}[\p{L}-]*$/u;
const SHORT_HEAD = /^((?:\S+\s+){1,4}(?:for|to|of|in|on|with|against|from)\s+)(?:\S+\s+)?\S+$/;

function distributeHead(items: Piece[]): void {
  const [first, ...rest] = items;
  if (first === undefined || rest.length === 0) return;
  const tail = SHORT_HEAD.exec(first.text);
  if (tail === null || first.text.split(/\s+/).length < 3) return;
  // "The sanctions ban exports of drones, radars …": a head with the subject and its verb before the
  // noun holds the sentence's lead too.
  const headWords = wordsOf(tail[1] ?? "");
  const verbAt = presentVerbAfterSubject(headWords);
  if (verbAt >= 0 && verbAt < headWords.length - 2) return;
  if (!rest.every((item) => BARE_LOWER_CASE_WORD.test(item.text))) return;
  // "plans to open schools, clinics and wells": after "to", a verb with its object is no phrase to
  // complete; the series reads the verb's objects ("plans to open clinics").
  if (tail[1]?.endsWith(" to ")) {
    const beforeTo = headWords.at(-2)?.text ?? "";
    if (INFINITIVE_TAKER.test(beforeTo) || opensPredicate(first.text.slice(tail[1].length), "base")) return;
  }
  // "subsidies for farmers, fishers and truckers" are for each of them; "tents for families,
  // blankets and stoves" lists blankets and stoves, no tents for them.
  const head = tail[1] ?? "";
  if (/\sfor\s+$/.test(head) && !MONEY_FOR.test(head) && !rest.every((item) => PEOPLE_PLURAL.test(item.text)))
    return;
  for (const item of rest) item.text = `${head}${item.text}`;
}
/** "funding", "grants", "vouchers": money, which is for each purpose or thing counted after it. */
const MONEY_NOUNS =
  "funding|money|funds|grants?|subsidies|support|aid|loans?|payments?|compensation|spending|allowances?|vouchers?";
const MONEY_NOUN = new RegExp(`^(?:${MONEY_NOUNS})$`);
/** "funding for", "grants for": money, which is for each purpose listed. */
const MONEY_FOR = new RegExp(`\\b(?:${MONEY_NOUNS})\\s+for\\s+$`);

export function isMoneyNoun(word: string): boolean {
  return MONEY_NOUN.test(word);
}
/** "fishers", "pensioners", "students", "children": people whom something is for. */
const PEOPLE_PLURAL =
  /^(?:\p{Ll}+(?:ers|ors|ists|ians|ants|ents)|people|children|families|households|refugees|women|men|veterans|youths?|elderly|disabled|poor|homeless|communities)$/u;

/** Not after "up", "close", "next", "due": "up to 300 drones" is a count, not "300 drones" with "to …" after it. */
/** "on Sunday", "last week", "yesterday": when, closing an item. */
const CLOSING_DAY = new RegExp(
  String.raw`\s((?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+(?:week|month|year|night)|yesterday|this\s+(?:week|month|year)|(?:since|in)\s+(?:${MONTH_NAME}|(?:19|20)\d\d))$`,
);
const TRAILING_MODIFIER =
  /^(\S.*?)(?<!\b(?:up|close|next|due))\s+((?:to|under|by|in|across|from|within|before|after|next|this|over|through|during|via|as part of)\s.+)$/;
/** "£30m", "$4.5 billion", "2 million euros": a sum closing the words before a phrase. */
const SUM_END =
  /(?:[$€£]\s?\d[\d,.]*\s?(?:bn|m|million|billion)?|\d[\d,.]*\s+(?:million|billion)\s+\p{L}+)$/u;

/**
 * TRAILING_MODIFIER's split, except that "in" after a sum says what the sum is in: "£30m in
 * humanitarian funding to Gaza" → "£30m in humanitarian funding" and "to Gaza".
 */
function trailingModifier(text: string): RegExpExecArray | null {
  const trailing = TRAILING_MODIFIER.exec(text);
  const [, thing = "", modifier = ""] = trailing ?? [];
  if (trailing === null || !modifier.startsWith("in ") || !SUM_END.test(thing)) return trailing;
  const later = TRAILING_MODIFIER.exec(modifier.slice(3));
  if (later === null) return null;
  later[1] = `${thing} in ${later[1] ?? ""}`;
  return later;
}

/** Where or when something is sent or done, or under which deal: "to Ostmark next month", "under the package". */
const SENTENCE_LEVEL =
  /\p{Lu}|\d|\b(?:weeks?|weekends?|months?|years?|quarters?|decades?|summer|winter|spring|autumn|season|package|plan|deal|budget|agreement|program|programme)\b/u;
/** "a bridge opened", "a plant built": a participle whose time ("in 2021") is that thing's alone. */
const PARTICIPLE_END = /\s(?:\p{Ll}+ed|built|made|bought|sold|held|begun|won)$/u;
/** "by 2028", "over the next two years", "next year": when all of the items are, whatever phrases they hold. */
const TIME_PHRASE =
  /^(?:by|in|over|within|before|after|during|until|next|this)\s(?:[^,;]*\s)?(?:\d{4}|weeks?|months?|years?|quarters?|decades?)$/;
/**
 * "to help with rescues", "to clear debris": an infinitive of purpose (the word after "to" is no
 * plural, "-ing" noun, determiner or name, as in "to families", "to housing", "to the city").
 */
const PURPOSE =
  /^to\s+(?!(?:the|a|an|its|their|his|her|each|all|every|those|these|some|more)\s)\p{Ll}+(?<![^s]s|ing)(?:\s|$)/u;
/** "in the region", "across flooded districts", "to the eastern regions", "to the northern front": the place where all of them go. */
const PLACE =
  /^(?:in|across|to)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:regions?|areas?|country|countries|provinces?|districts?|states?|city|cities|zones?|valley|coast|north|south|east|west|border|island|towns|villages|front|frontline|front\s+lines?)$/u;
const COUNTED =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s/i;
const ITEM_PREPOSITION = /\s(?:of|for|to|in|on|at|by|from|with|under|into|over|through|via|against)\s/;
/** " to discuss": an infinitive after the words of a part. */
const INFINITIVE_IN_PART = /\sto\s+(\p{Ll}+)\s/u;

/** "B and C on Tuesday to discuss trade": an "and", then an infinitive of purpose after more words. */
function opensSecondList(part: string): boolean {
  const and = part.indexOf(" and ");
  const infinitive = and < 0 ? null : INFINITIVE_IN_PART.exec(part.slice(and + 5));
  return infinitive !== null && infinitive.index > 0 && mayBeBaseVerb(infinitive[1] ?? "");
}
/** "sold at", "made in", "to", "in": a participle or a preposition opening the words after a list. */
const OPENS_PHRASE_AFTER_LIST =
  /^(?:\p{Ll}+ed|sold|made|built|bought|sent|held|kept|found|given|taken|shipped|delivered|(?:to|in|at|from|for|across|via|into))\s/u;
/** "water and tents to Korvo": a pair whose second thing goes to a place, which may open a list of places. */
const PAIR_THEN_PLACE = / and .+\s(?:to|in|at|from|for|across|into)\s+\p{Lu}[\p{L}-]*$/u;

/**
 * "the K1 kettle, the T4 toaster and the B9 maker, sold at Homeline, Valmart and online": a middle
 * part closes one list with "and", and the parts after it ("sold at …", the places after "rice,
 * water and tents to Korvo, Minsa and Eastgate", or ", and exports of A, B and C") are a second list; read as one, its items are
 * garbled ("The recall covers sold at Homeline."), so the sentence stays whole.
 */
function closesFirstOfTwoLists(parts: readonly Piece[]): boolean {
  const last = parts.at(-1)?.text ?? "";
  if (parts.length < 3 || !(last.includes(" and ") || last.trimStart().startsWith("and "))) return false;
  for (let k = 1; k < parts.length - 1; k++) {
    const part = parts[k]?.text ?? "";
    if (!part.includes(" and ")) continue;
    const next = (parts[k + 1]?.text ?? "").trimStart();
    // "imports of steel, aluminium and copper, and exports of tools, drones and chemicals": a second
    // list opens after the comma's "and", and goes on past it.
    if (next.startsWith("and ") && k + 1 < parts.length - 1) return true;
    if (OPENS_PHRASE_AFTER_LIST.test(next)) return true;
    if (PAIR_THEN_PLACE.test(part) && /^\p{Lu}/u.test(next)) return true;
  }
  return false;
}

/** "prescriptions for people", "care for children": a thing and whom it is for. */
const WHOM_FOR =
  /\s(?:for|among|aged)\s+(?:\p{Ll}+\s+)?(?:people|children|adults|patients|families|pensioners|women|men|residents|pupils|students|workers|those)$/u;
/** "600 tonnes of", "1,000 rounds of", "two counts of": a count, its measure and "of". */
const MEASURE_OF =
  /^((?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+\p{Ll}+)\s+of\s/u;

/** "18 howitzers", "$20 million for demining", "two field hospitals": an item that opens with its count or amount. */
export function isCounted(text: string): boolean {
  return AMOUNT_START.test(text) || COUNTED.test(`${text} `);
}

/** "40 pumps to Ostmark next month" and "40 pumps to help with rescues" → "40 pumps"; unchanged without such a phrase. */
export function withoutTrailingModifier(text: string): string {
  const trailing = TRAILING_MODIFIER.exec(text);
  const modifier = trailing?.[2] ?? "";
  return trailing !== null && (SENTENCE_LEVEL.test(modifier) || PURPOSE.test(modifier))
    ? (trailing[1] ?? text)
    : text;
}

/**
 * "12 generators, 300 tents and 40 pumps to Ostmark next month": a phrase after the last of plain
 * items says where, when or under what all of them go, so each item's wording gets it too (the
 * spans stay the items'). So does a purpose or a place after counted things ("900 soldiers, 30 boats
 * and four helicopters to help with rescues"); after "two tugs, a diving team and a crane to lift
 * the wreck" the purpose is the crane's own.
 */
export function shareTrailingModifier(items: Piece[]): Piece[] {
  const last = items.at(-1);
  // "45C in Seville, 44C in Cordoba and 43C in Jaen on Sunday": the day closing the last is every item's.
  // Not the day of a relative clause in the last ("… the quake that flattened villages on Sunday").
  // Nor of a clause without its "that" ("parts for the system the United States delivered last year").
  const lastText = last?.text ?? "";
  const closingDay = CLOSING_DAY.exec(lastText);
  const day =
    closingDay === null || RELATIVE_WORD.test(lastText) || CLAUSE_BEFORE_DAY.test(lastText)
      ? null
      : closingDay;
  if (day !== null && items.length > 1 && !items.some((item) => item !== last && CLOSING_DAY.test(item.text)))
    return items.map((item) => (item === last ? item : { ...item, text: `${item.text} ${day[1]}` }));
  // "tents, blankets and stoves for 20,000 families": whom, counted, all of the plain things are for.
  const recipients =
    items.length > 1 && lastText.includes(" for ") ? COUNTED_RECIPIENTS.exec(lastText) : null;
  if (recipients !== null && !COMPLEMENT_BEFORE_PURPOSE.test(recipients[1] ?? "") && items.every(isPlainItem))
    return items.map((item) => (item === last ? item : { ...item, text: `${item.text} ${recipients[2]}` }));
  const trailing = last === undefined ? null : trailingModifier(last.text);
  const modifier = trailing?.[2] ?? "";
  if (trailing === null) return items;
  const others = items.slice(0, -1);
  const thing = trailing[1] ?? "";
  // "a maintenance hub in Poland": a place after one new thing says where that thing is; and in
  // "supplies for survivors of the quake that flattened villages on Sunday" the phrase is the
  // relative clause's.
  if ((ONE_NEW_THING.test(thing) && AT_PLACE.test(modifier)) || RELATIVE_WORD.test(thing)) return items;
  // "50 generators and a grant of $4 million to the state utility": money goes to its recipient; the
  // generators were not granted to it.
  if (modifier.startsWith("to ") && ONE_SUM_OF_MONEY.test(thing)) return items;
  // "prescriptions for people over 60": the phrase closes the last thing's own phrase, no one else's.
  if (WHOM_FOR.test(thing)) return items;
  // "medical supplies sufficient to treat 50,000 people": the purpose is what the last thing suffices for.
  if (COMPLEMENT_BEFORE_PURPOSE.test(thing)) return items;
  const counted = COUNTED.test(`${thing} `) && others.every((item) => COUNTED.test(`${item.text} `));
  const shared =
    SENTENCE_LEVEL.test(modifier) || (counted && (PURPOSE.test(modifier) || PLACE.test(modifier)));
  if (!shared) return items;
  // "600 tonnes of flour": the "of" after a count's measure is part of the thing, no phrase of its own.
  const plain = others.every((item) => {
    const thing = MEASURE_OF.test(item.text) ? item.text.replace(MEASURE_OF, "$1 ") : item.text;
    return !ITEM_PREPOSITION.test(` ${thing} `) && item.text.split(/\s+/).length <= 6;
  });
  // "wheat, barley and oil, mostly to Asia": the hedge before the phrase goes with it ("wheat, mostly to Asia").
  const focus = thing.includes(", ") ? FOCUS_BEFORE_PHRASE.exec(thing)?.[0] : undefined;
  const said = `${focus ?? ""} ${modifier}`;
  // "$1.5 billion on new plants, … and $200 million on upgrades by 2028": a time is every item's, phrase or not.
  return plain || (TIME_PHRASE.test(modifier) && !PARTICIPLE_END.test(thing))
    ? items.map((item) => (item === last ? item : { ...item, text: `${item.text}${said}` }))
    : items;
}
/** "stoves for 20,000 families", "kits for about 3,000 people": a thing, then how many it is for (group 2). */
const COUNTED_RECIPIENTS =
  /^((?:\S+\s+){0,4}\S+)\s+(for\s+(?:(?:about|some|around|up to|more than|nearly|at least|over)\s+)?\d[\d,]*\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+s|people|children|women|men))$/u;

/** "blankets for 20,000 families": whether a thing closes with how many it is for. */
export function endsWithCountedRecipients(text: string): boolean {
  return text.includes(" for ") && COUNTED_RECIPIENTS.test(text);
}

/** "tents", "40 blankets", "a field kitchen": a short item with no phrase of its own before the last one's. */
function isPlainItem(item: Piece, index: number, items: readonly Piece[]): boolean {
  const text =
    index === items.length - 1 ? (COUNTED_RECIPIENTS.exec(item.text)?.[1] ?? item.text) : item.text;
  return !ITEM_PREPOSITION.test(` ${text} `) && text.split(/\s+/).length <= 6 && !/[,;]/.test(text);
}

/** ", mostly" closing the last thing, before the phrase all of them share. */
const FOCUS_BEFORE_PHRASE =
  /,\s+(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally|especially|particularly|partly)$/;

const ONE_NEW_THING = /^(?:a|an)\s/;
/** "a grant of $4 million", "a further loan of €20m": one sum of money, named by its kind. */
const ONE_SUM_OF_MONEY = new RegExp(
  `^(?:a|an)\\s+(?:\\S+\\s+)?(?:${MONEY_NOUNS}|donation|contribution)\\s+of\\s`,
);
const COMPLEMENT_BEFORE_PURPOSE =
  /\s(?:sufficient|enough|needed|required|designed|intended|meant|used|able)$/;
const AT_PLACE = /^(?:in|at|near|on)\s/;
const RELATIVE_WORD = /\s(?:that|which|who|where)\s/;
/** "the United States delivered last year": a name and its past verb right before the day. */
const CLAUSE_BEFORE_DAY = /\s\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s+\p{Ll}+ed\s+\S+\s+\S+$/u;

/** ", which together cost …", ", with a combined value of …": a clause about all the items. */
const COLLECTIVE_RELATIVE =
  /,\s*(?:(?:which|who)\s+(?:together|combined|between them|jointly|collectively)\s|with\s+a\s+(?:combined|total)\s+(?:value|cost|worth)\s)/;

/**
 * "A, B and C, which together cost $4 million": the clause closing the last item is said of the
 * group, not of C, so it is cut from that item. Returns the group's span, from the first item to the
 * clause's end, for one claim of the group (nothing the sentence says is lost, "who together ran the
 * scheme" no more than the figure); null without such a clause.
 */
export function cutCollectiveClause(items: Piece[]): Piece | null {
  const [first, last] = [items[0], items.at(-1)];
  const clause = last === undefined ? null : COLLECTIVE_RELATIVE.exec(last.text);
  if (first === undefined || last === undefined || clause === null) return null;
  const group = { text: last.text.slice(clause.index), start: first.start, end: last.end };
  last.text = last.text.slice(0, clause.index);
  last.end = last.start + clause.index;
  return group;
}

/** "12,000 rounds of 155 mm": a count of things of one calibre, before "and" another. */
const CALIBRE_AFTER_OF = /\bof\s+\d[\d.,]*\s?(?:mm|cm|-inch|in)$/;
const CALIBRE_OPENING = /^\d[\d.,]*\s?(?:mm|cm|-inch|in)\s/;

const DURATION_END = /\b(?:years?|months?|weeks?|days?|hours?)$/;
const SHORTER_DURATION = /^\S+\s+(?:months?|weeks?|days?|hours?|minutes?)\b/;

/**
 * "10 years" and "six months" (one length of time), "12,000 rounds of 155 mm" and "105 mm artillery
 * ammunition" (one count over both calibres): two sides of an "and" that are one quantity, no pair.
 */
export function isOneQuantity(first: string, second: string): boolean {
  return (
    (DURATION_END.test(first) && SHORTER_DURATION.test(second)) ||
    (CALIBRE_AFTER_OF.test(first) && CALIBRE_OPENING.test(second))
  );
}

/** Two-word modifiers first ("155 mm and 105 mm rounds"), then one-word ("155mm and 105mm rounds"). */
/** "Swedish-made", "US-built", "locally produced": where or by whom a thing was made. */
const ORIGIN_ADJECTIVE = /^\p{L}+-(?:made|built|based|owned|supplied|produced|designed|manufactured)$/u;

const MODIFIER_PAIRS = [
  /^(\S+(?:\s\S+)?)\s+and\s+(\S+(?:\s\S+)?)\s+(\S.{0,80})$/u,
  /^(\S+)\s+and\s+(\S+)\s+(\S.{0,80})$/u,
];

/**
 * "155 mm and 105 mm artillery rounds" → "155 mm artillery rounds", "105 mm artillery rounds"; so for
 * measures, adjectives ("coastal and riverine patrol boats") and names ("Halberd and LRX missiles").
 */
function coordinatedModifier(text: string): RegExpExecArray | null {
  if (!text.includes("and")) return null;
  for (const pattern of MODIFIER_PAIRS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const [a, b] = [match[1] ?? "", match[2] ?? ""];
    const measures = MEASURE.test(a) && MEASURE.test(b);
    const adjectives =
      !/[\d\s]/.test(a + b) &&
      STARTS_LOWER_CASE.test(a + b) &&
      ADJECTIVE_ENDING.test(a) &&
      ADJECTIVE_ENDING.test(b);
    // "Halberd and Kestrel anti-tank missiles": two names of one kind of thing.
    const names = NAME_WORD.test(a) && NAME_WORD.test(b) && PLURAL_HEAD.test(match[3] ?? "");
    // "short- and medium-range missiles": the first modifier leaves its second half to the next.
    const suspended = SUSPENDED_HYPHEN.test(a) && HYPHENATED.test(b);
    // "Swedish-made and second-hand Estonian ammunition": where each was made, of one kind of thing.
    const origins = ORIGIN_ADJECTIVE.test(a) && /^[\p{Ll}-]+(?:\s\p{Lu}\p{Ll}+)?$/u.test(b);
    if (measures || adjectives || names || suspended || origins) return match;
  }
  return null;
}

/** The first side ends with a name and the second is a name before a plural kind. */
function sharedKindOfNames(first: string, second: string): boolean {
  const name = first.slice(first.lastIndexOf(" ") + 1);
  const space = second.indexOf(" ");
  return (
    space > 0 &&
    NAME_WORD.test(name) &&
    NAME_WORD.test(second.slice(0, space)) &&
    PLURAL_HEAD.test(second.slice(space + 1)) &&
    first.includes(" ")
  );
}

const SUSPENDED_HYPHEN = /^\p{L}+-$/u;
const HYPHENATED = /^\p{L}+-\p{L}+$/u;

/** One capitalised word or acronym: "Halberd", "LRX". */
const NAME_WORD = /^\p{Lu}[\p{L}\d-]*$/u;
/** A lower-case head ending in a plural noun: "anti-tank missiles". */
const PLURAL_HEAD = /^\p{Ll}[\p{L}\s-]*s$/u;

/** "155 mm", "12 kV", "105-mm", "3%": a number with a unit, so "12 nurses and 3 pilots" stays two items. */
const MEASURE =
  /^\d[\d.,]*(?:\s?(?:mm|cm|km|m|kg|g|lb|lbs|kv|kw|mw|gw|kwh|mwh|v|w|ft|in|inch|mph|gb|tb|mhz|ghz|%|percent)|-\p{L}+)$/iu;
const ADJECTIVE_ENDING = /(?:al|ic|ive|ary|ern|ian|ile|ous|-\p{L}+)$/u;

/** "155mm and 105mm artillery rounds" → two items; anything else stays one. */
export function splitCoordinatedModifier(item: Piece): Piece[] {
  const match = coordinatedModifier(item.text);
  if (match === null) return [item];
  const [a, b, head] = [match[1] ?? "", match[2] ?? "", match[3] ?? ""];
  const bStart = item.text.indexOf(b, a.length);
  // "short-" takes "range" from "medium-range".
  const first = a.endsWith("-") ? `${a}${b.slice(b.indexOf("-") + 1)}` : a;
  return [
    { text: `${first} ${head}`, start: item.start, end: item.end },
    { text: `${b} ${head}`, start: item.start + bStart, end: item.end },
  ];
}

// "at least 40 boats" is a rough count, not a place or time; "AT-4 rockets", "so-called" are things.
const NOT_AN_ITEM =
  /^(?:for|to|in|on|at(?!\s+(?:least|most)\s)|by|from|with|into|was|were|is|are|has|have|had|will|would|said|says|which|who|that|because|while|although|but|so)(?![\w-])/i;

const BARE_NUMBER = /^\d{1,3}$/;

/** "That plan will pay for …": a sentence opening with a demonstrative, not a relative "that". */
const DEMONSTRATIVE_OPENING = /^That\s+\p{Ll}+\s/u;

/** `first`: the piece may hold the sentence's opening, which a demonstrative "That" can start. */
function trimItem(piece: Piece, first: boolean): Piece | null {
  let { start, end } = piece;
  let text = piece.text;
  const conjunction = ITEM_LEAD.exec(text)?.[0].length ?? 0;
  // "“hundreds of drones, …": a quotation opening before the first item and closing after another
  // is no part of the item.
  const opening = text.charCodeAt(conjunction);
  const opensQuote =
    (opening === OPEN_QUOTE_CODE || opening === STRAIGHT_QUOTE_CODE) &&
    text.indexOf("”", conjunction + 1) < 0 &&
    text.indexOf('"', conjunction + 1) < 0;
  const lead = opensQuote ? conjunction + 1 : conjunction;
  // "cots.”" closes a quotation the item did not open: the mark goes with the period. A dash closing
  // an aside ("— A and B —") is no part of the last item. (Both read from char codes: no copies.)
  const closesQuote =
    !occursBefore(text, "“", lead, text.length - 1) && !occursBefore(text, '"', lead, text.length - 1);
  let kept = text.length;
  while (kept > lead && isTrailingItemPunctuation(text.charCodeAt(kept - 1), closesQuote)) kept--;
  const tail = text.length - kept;
  start += lead;
  end -= tail;
  text = text.slice(lead, kept);
  if (text === "" || (NOT_AN_ITEM.test(text) && !(first && DEMONSTRATIVE_OPENING.test(text)))) return null;
  // "found Piet Vorn, 63, guilty of …": a bare number between commas is an age, not a thing listed.
  if (BARE_NUMBER.test(text)) return null;
  if (splitLength(text) > MAX_ITEM_WORDS || / (?:said|says|told)\b/.test(text)) return null;
  return { text, start, end };
}

const OPEN_QUOTE_CODE = 0x201c;
const CLOSE_QUOTE_CODE = 0x201d;
const STRAIGHT_QUOTE_CODE = 34;

/** Whether `mark` occurs in `text` from `from` up to (not at) `to`. */
function occursBefore(text: string, mark: string, from: number, to: number): boolean {
  const at = text.indexOf(mark, from);
  return at >= 0 && at < to;
}

/**
 * `[\s,;:.”"—–]` (`[\s,;:.—–]` when the item closes no quotation of its own): what a trimmed item
 * does not end with.
 */
function isTrailingItemPunctuation(code: number, closesQuote: boolean): boolean {
  return (
    code === 44 || // ,
    code === 59 || // ;
    code === 58 || // :
    code === 46 || // .
    code === 0x2014 || // —
    code === 0x2013 || // –
    (closesQuote && (code === CLOSE_QUOTE_CODE || code === STRAIGHT_QUOTE_CODE)) ||
    isSpaceCode(code)
  );
}

function hasTopLevel(text: string, separator: string): boolean {
  return splitTopLevel(text, separator).length > 1;
}

/**
 * "howitzers (18)", "Diesel generators: 60", "Trucks — 40", a table's "Tents | 400" or "Tents<tab>400",
 * "Tents x 400", "Generators: 25 units", "Blankets (qty 3,000)": a thing, then its count in brackets or
 * after a colon, a dash, a pipe, a tab or a multiplication sign.
 */
const COUNT_AFTER =
  /^(\p{L}[\p{L}\s'’-]{1,60}?)(?:\s+\((?:qty\.?\s*|quantity:?\s*)?(\d[\d,]*)\)|(?:(?::|\s+[—–x×]|\s*\|)\s+|\t\s*)(\d[\d,]*)(?:\s+(?:units?|pieces?|pcs\.?))?)\.?$/iu;
const HAS_DIGIT = /\d/;
/** "1,500 x water filters": a count, a multiplication sign, the thing. */
const COUNT_TIMES = /^(\d[\d,]*)\s+[x×]\s+(\p{L}[\p{L}\s'’-]{1,60})\.?$/u;
/** "health care (30 million crowns)": money for a purpose, in brackets after it. */
const AMOUNT_AFTER =
  /^(\p{L}[\p{L}\s'’-]{1,60}?)\s+\(((?:\$|€|£)?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn))?(?:\s+\p{L}+)?)\)$/u;
/**
 * A table's "Tents | $2 million" or "Tents<tab>$2 million", or a dot-leader line "Tents ...... $2
 * million": a purpose, then its money in the next cell.
 */
const AMOUNT_CELL = new RegExp(
  String.raw`^(\p{L}[\p{L}\s'’-]{1,60}?)(?:\s*\|\s+|\t\s*|\s*\.{3,}\s*)((?:\$|€|£)\s?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|bn))?|\d[\d,.]*\s*(?:million|billion)(?:\s+\p{L}+)?)${EXTRA_CELL}$`,
  "u",
);

/** "health care (30 million crowns)", a table's "Health care | $30 million" → "… for health care"; else null. */
export function amountFirst(text: string): string | null {
  const match =
    AMOUNT_AFTER.exec(text) ??
    (text.includes("|") || text.includes("\t") || text.includes("...") ? AMOUNT_CELL.exec(text) : null);
  return match === null ? null : `${match[2] ?? ""} for ${match[1] ?? ""}`;
}

/** "howitzers (18)" → "18 howitzers", "Field kitchens: 12" → "12 Field kitchens"; else null. */
export function countFirst(text: string): string | null {
  // Both patterns need a digit: "fuel subsidies for farmers" is read no further.
  if (!HAS_DIGIT.test(text)) return null;
  const times = text.includes(" x ") || text.includes(" × ") ? COUNT_TIMES.exec(text) : null;
  if (times !== null) return `${times[1] ?? ""} ${times[2] ?? ""}`;
  const match = COUNT_AFTER.exec(text);
  const count = match?.[2] ?? match?.[3];
  if (match === null || count === undefined) return measuredFirst(text);
  return `${count} ${match[1] ?? ""}`;
}

/** "Fuel: 1.2 million litres": a thing, then how much of it. */
const MEASURE_AFTER =
  /^(\p{L}\p{Ll}+(?:\s+\p{Ll}+){0,3}):\s+(\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:litres|liters|tonnes|tons|kilograms|kg|barrels|gallons|cubic metres|cubic meters|doses))\.?$/u;

/** "Fuel: 1.2 million litres" → "1.2 million litres of fuel"; else null. */
export function measuredFirst(text: string): string | null {
  if (!text.includes(": ")) return null;
  const match = MEASURE_AFTER.exec(text);
  if (match !== null) return `${match[2] ?? ""} of ${lowerFirst(match[1] ?? "")}`;
  // "Debris removal: $1.2 million" → "$1.2 million for debris removal": what the sum pays for.
  const sum = SUM_FOR_LABEL.exec(text);
  return sum === null ? null : `${sum[2] ?? ""} for ${lowerFirst(sum[1] ?? "")}`;
}

/**
 * "Culvert repairs on 14 county roads: $900,000": what a sum is for (two words or more, the second in
 * lower case: no name such as "Saudi Arabia"), a colon, then the sum alone.
 */
const SUM_FOR_LABEL =
  /^(\p{L}[\p{L}-]*\s+\p{Ll}[^:]{1,80}?):\s+((?:about\s+|some\s+|nearly\s+)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:bn|m|million|billion|trillion))?)\.?$/u;

/** "companies in India": a thing, a preposition of place, then a name the later items replace. */
const THING_IN_NAMED_PLACE =
  /^(\p{Ll}[\p{L}'’ -]{0,40}?\s(?:in|from|of|through|near|at|across))\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*$/u;
/** "Sri Lanka", "the Isle of Wight", "the Republic of the Congo": capitalised words, maybe joined by "of". */
const BARE_NAME_ITEM = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** "Sri Lanka", "the United States": a name standing as a list item of its own. */
export function isBareName(text: string): boolean {
  return BARE_NAME_ITEM.test(text);
}

/**
 * "companies in India, Sri Lanka and Turkey" → "companies in Sri Lanka", "companies in Turkey": later
 * items that are bare names stand for more of the first item's places, not for things of their own.
 * The spans stay the items'.
 */
export function withPlaceShared(items: Piece[]): Piece[] {
  const [first, ...rest] = items;
  const thing = first === undefined ? null : THING_IN_NAMED_PLACE.exec(first.text)?.[1];
  if (thing === undefined || thing === null || rest.length === 0) return items;
  if (!rest.every((item) => isBareName(item.text.trim().replace(/[.]$/, "")))) return items;
  return [first as Piece, ...rest.map((item) => ({ ...item, text: `${thing} ${item.text}` }))];
}
