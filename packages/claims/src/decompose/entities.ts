/**
 * Remembers the things an article describes in detail ("an additional $2 billion relief package
 * announced March 3") so that later references ("the package", "the latest aid", "it") can be
 * rewritten into standalone text.
 */

import { isOrganisationNoun } from "../attribute/names";
import {
  DOUBLE_QUOTE_MARK,
  isLetterOrNumber,
  isWordCode,
  LOWER_CASE_HYPHENATED,
  LowerCaseWords,
  lowerFirst,
  MONTH_NAME,
  quotationOpenAfter,
  STARTS_LOWER_CASE,
  STARTS_UPPER_CASE,
} from "../util/text";
import { BEFORE_BASE_VERB, isFiniteVerb, isPastTense, isUnambiguousVerb, isVerbForm } from "./clauses";

const HEADS =
  "package|packages|drawdown|plan|plans|bill|budget|deal|agreement|program|programme|fund|aid|assistance|initiative|proposal|law|measure|measures|contract|settlement|strategy|scheme|stimulus|grant|loan|reform|policy|treaty|accord|offer|investment|tranche|shipment|shipments|consignment|consignments|cargo|convoy|convoys|airlift|delivery|deliveries|roster|squad|lineup|report|study|survey|ruling|order|sanctions|budgets|shortlist|list|award|awards|donation|funding|appeal|project|projects|expansion|levy|subsidy|subsidies";
const HEAD = new RegExp(`^(?:${HEADS})$`, "i");
const HEAD_WORDS = new LowerCaseWords(HEADS.split("|"));

/**
 * A raw word ("package,", "“plan”") whose letters are a head noun: the word without the non-word
 * characters at its ends, looked up. Most words are ruled out by their length or their hash alone.
 */
function isHeadWord(word: string): boolean {
  let start = 0;
  let end = word.length;
  while (start < end && !isWordCode(word.charCodeAt(start))) start++;
  while (end > start && !isWordCode(word.charCodeAt(end - 1))) end--;
  if (end - start < 3 || end - start > HEAD_WORDS.longest) return false;
  return HEAD_WORDS.has(word, start, end);
}
const MENTIONS_HEAD = new RegExp(`\\b(?:${HEADS})\\b`, "i");
const SYNONYMS: Record<string, string[]> = {
  aid: ["assistance", "package", "support"],
  assistance: ["aid", "package", "support"],
  package: ["aid", "assistance", "plan"],
  plan: ["package", "scheme", "proposal"],
  bill: ["law", "measure", "legislation"],
  law: ["bill", "measure"],
  measure: ["bill", "law"],
  "spending plan": ["budget"],
  // "The latest drawdown" (from stocks) is the package described before; a tranche may be a part of it.
  drawdown: ["package", "aid", "assistance"],
};
/** Words a thing's noun phrase can't reach past; after a modal the "head" is a verb ("would fund"). */
const LEFT_STOP =
  /^(?:with|of|for|to|by|on|in|at|from|despite|against|amid|after|before|under|over|without|about|into|through|during|since|until|because|like|than|has|have|had|is|are|was|were|said|that|which|and|or|but|as|announced|approved|unveiled|will|would|can|could|should|may|might|must|shall|did|does|do)$/i;
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|new)$/i;
const POSTMODIFIER =
  /^(?:valued|worth|totaling|totalling|of|for|announced|unveiled|approved|passed|signed|costing)$/i;
// "package for farmers also provides …": an adverb before the predicate ends the subject's phrase.
// "package for Merovia — the 50th since the war began —": a dash opens an aside, no part of the phrase.
const RIGHT_STOP =
  /^(?:that|which|who|according|and|but|was|were|is|are|will|would|has|had|as|on|in|at|by|last|this|during|after|amid|while|because|including|also|further|additionally|already|still|includes|provides|contains|covers|—|–|--)$/i;
/** Month names as a date writes them, abbreviated or not ("Oct.", "October"). */
const DATE = new RegExp(String.raw`\b(?:on\s+)?(${MONTH_NAME}\.?\s+\d{1,2}(?:,\s+\d{4})?)(?![\d,])`);
const DATE_AFTER_SINCE = new RegExp(String.raw`\bsince\s[^,.;]{0,80}?\b${MONTH_NAME}`);
/** "brings the total to", "so far", "to date": a sentence giving a sum that has been adding up. */
const RUNNING_TOTAL = /\b(?:total|brings|bringing|brought|so far|to date|cumulative|in all|altogether)\b/;
const MAX_ENTITIES = 24;
/** How many recent things "the package" may look back over for a package before settling for "aid". */
const MAX_SAME_HEAD_LOOKBACK = 6;
/** Words that judge a thing rather than describe it: "a good bill" is no particular bill. */
const JUDGING =
  /^(?:good|bad|great|terrible|awful|fair|unfair|perfect|decent|fine|poor|strong|weak|big|huge|small|terrific|wonderful|horrible|reckless|responsible|historic|bold|sensible|balanced|real)$/i;

/** "good bill", "a really bad deal": the head with only judging words (and determiners) before it. */
function isOnlyJudged(phrase: string): boolean {
  const words = stripDeterminer(phrase).split(" ");
  return (
    words.length > 1 &&
    words.slice(0, -1).every((word) => JUDGING.test(word) || /^(?:very|really|so)$/i.test(word))
  );
}

/** Phrase openings that refer back or quantify instead of describing: "the plan", "no bill", "any deal". */
const NOT_A_DESCRIPTION =
  /^[“"‘']?(?:the|this|that|these|those|no|any|every|each|another|such|either|neither|what|which|whose|some|other|all|many|few|most)\s/i;
/** "This Presidential Drawdown Authority package", "the Ukraine Security Assistance Initiative package". */
const NAMED_AFTER_DETERMINER =
  /^(?:[Tt]he|[Tt]his)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){2,}(?:\(\p{Lu}+\)\s+)?\p{Ll}/u;
const THIS_OPENING = /^this\s+/i;
/** "a separate", "another": a thing set apart from the one spoken of before. */
export const SET_APART_OPENING = /^(?:(?:a|the)\s+separate|another)\s+/i;
/** Nouns a head word can modify ("aid groups", "budget cuts"), so that it describes no thing itself. */
const COMPOUND_NOUN =
  /^(?:groups?|workers?|agenc(?:y|ies)|organi[sz]ations?|officials?|convoys?|flights?|trucks?|cuts?|talks|negotiations|recipients?|efforts?|projects?|committees?|offices?|managers?|chiefs?|deficits?|shortfalls?|gaps?|battles?|fights?|disputes?|debates?|votes?|support)[,;:.]?$/i;
/** "on top of", "in addition to" right before a sum: words that set the sum beside a thing. */
const SUM_BESIDE = /(?:on top of|in addition to|besides)\s+(?:the\s+|an?\s+)?$/;
/** "Oct.", "Gov.", "U.S.": a period that does not end the phrase. */
const ABBREVIATION = /^(?:\p{Lu}[a-z]{0,3}\.|U\.S\.)$/u;

export interface Entity {
  /** Noun phrase without its determiner: "additional assistance package valued up to $150 million". */
  phrase: string;
  head: string;
  /** The head in lower case, what a reference's head is compared with: "package". */
  kind: string;
  words: Set<string>;
  date: string | null;
  speaker: string | null;
  /** Mentioned as an earlier one ("after a smaller $40 million package", "its first package"). */
  earlier: boolean;
  /** Who announced or sent it, when the sentence opens with them: "Canada unveiled a C$40m package". */
  owner: string | null;
  /** What it is worth, from an appositive after its phrase: "worth $420 million" in "…, worth $420 million". */
  value: string | null;
}

/** "Canada", "The European Union", then a verb that makes the thing theirs. */
const OWNER_OPENING =
  /^(?:The\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}?)(?:['’]s\s+(?:government|cabinet|parliament))?\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?(?:has\s+|have\s+|will\s+|(?:is|are)\s+(?:expected|set|due|likely|preparing)\s+to\s+|plans\s+to\s+)?(?:announced?|unveil(?:ed)?|approved?|pledged?|promised?|sent|send|delivered?|offered?|proposed?|passed|adopted?|agreed?)\s/u;

/** Words that mark a thing as an earlier one, in its phrase or in a reference to it. */
const EARLIER = /^(?:earlier|previous|prior|first|original|initial|older|old)$/i;
const OWN = /^own$/i;
/** What puts a thing mentioned right after it in the past: "(months) after a … package". */
const BEFORE_EARLIER = /^(?:after|following|since|replacing|replaces|replaced)$/i;

/** Whether a thing is what a reference's head noun (or one of its synonyms) names. */
function isOfKind(entity: Entity, head: string, synonyms: readonly string[]): boolean {
  return entity.words.has(head) || synonyms.some((synonym) => entity.words.has(synonym));
}

export class EntityMemory {
  private readonly entities: Entity[] = [];
  private listed: Entity | null = null;
  private looseSum: string | null = null;
  /** A sum the latest sentence gave as a share of a thing worth more, which a next "Of that" means. */
  private shareSum: string | null = null;
  /** Things the headline describes; never found themselves, they only lend the body's mentions their value. */
  private readonly headlineThings: Entity[] = [];

  /**
   * A memory that lives as long as the class, never written to. V8 gives memories their hidden class
   * (map) through transitions that only live instances keep: once an extraction's memory is collected,
   * the next one gets new maps, and every optimized function that read the old ones (`describedThings`,
   * `latest`, `nameOpeningThing`) is thrown away at the next full GC and compiled again, every
   * extraction. One memory kept alive keeps the maps.
   */
  static readonly KEEPS_SHAPE = new EntityMemory();

  /**
   * Notes the things a sentence-case headline describes ("Norvland unveils $420 million military aid
   * package for Kesh"), so that the body's first, vaguer description of the same thing ("its largest
   * military aid package for Kesh") gets the value the headline gives it.
   */
  learnHeadline(headline: string): void {
    if (!MENTIONS_HEAD.test(headline) || isTitleCase(headline)) return;
    this.headlineThings.push(...this.describedThings(headline, null).filter((thing) => !thing.earlier));
  }

  /** Notes the thing a list was just made of, which a later "Also included are …" continues. */
  markListed(entity: Entity): void {
    this.listed = entity;
  }

  /** The thing the latest list was made of, if any. */
  lastListed(): Entity | null {
    return this.listed;
  }

  /** Records the described things of one sentence. */
  learn(sentence: string, speaker: string | null): void {
    if (!MENTIONS_HEAD.test(sentence)) {
      // "The Commission would add 10 million euros": a sum said of no package, plan or budget is what
      // a later "the money" means. Not the shares of money spoken of already ("The money goes to
      // A: 900 million euros to …"): those are the thing's too.
      const sum = sumOfMoney(sentence);
      if (sum !== null) this.looseSum = SPEAKS_OF_MONEY.test(sentence) ? null : sum;
      this.shareSum = null;
      return;
    }
    // "a package of military aid for Kessia": the aid is inside the package's description, so the
    // package is learned last, and stays what a later "it" means.
    // "The bill provides $61 billion for Vesk" after "a $95 billion bill": a sum other than the value
    // the thing already has is a share of it, which a later "Of that" means.
    const openingHead = sentence.split(/\s+/, 4).find((word) => isHeadWord(word));
    const earlier = openingHead === undefined ? null : this.find(`the ${openingHead}`);
    const earlierValue = earlier === null ? null : (earlier.value ?? sumOfMoney(earlier.phrase));
    const things = withContainersLast(this.describedThings(sentence, speaker));
    for (const thing of things) {
      this.entities.push(thing);
      if (this.entities.length > MAX_ENTITIES) this.entities.shift();
    }
    // A sum a described thing is worth ("a $46 million aid package"), or a sentence opening with a
    // package, plan or budget ("The budget earmarks 40 million crowns for schools"): the thing's money.
    const sum = sumOfMoney(sentence);
    // "The aid comes on top of €1.2 billion given since 2022": a sum set beside the thing is not its
    // money; a later "Of that" means it.
    const besideThing = sum !== null && SUM_BESIDE.test(sentence.slice(0, sentence.indexOf(sum)));
    const share = sum !== null && earlierValue !== null && !earlierValue.includes(sum);
    this.shareSum = share ? sum : null;
    const thingsSum =
      sum === null ||
      (!besideThing &&
        (things.some((thing) => thing.phrase.includes(sum) || thing.value?.includes(sum) === true) ||
          sentence.split(/\s+/, 4).some((word) => isHeadWord(word))));
    this.looseSum = thingsSum ? null : sum;
  }

  /**
   * "Qatar, which pledged $60 million, said the money would …": a sum the tag itself gives is what its
   * claim's "the money" means, not a sum an earlier sentence gave.
   */
  learnTagSum(tag: string): void {
    const sum = sumOfMoney(tag);
    if (sum !== null) this.looseSum = sum;
  }

  /** A sum of money the latest sentence naming one gave on its own, not as a described thing's worth. */
  lastLooseSum(): string | null {
    return this.looseSum;
  }

  /** The share of a thing the latest sentence gave ("The bill provides $61 billion for Vesk"), if any. */
  lastShareSum(): string | null {
    return this.shareSum;
  }

  /** The things a sentence describes, in order. */
  private describedThings(sentence: string, speaker: string | null): Entity[] {
    const things: Entity[] = [];
    const words = sentence
      .slice(0, 1500)
      .split(/\s+/)
      .filter((w) => w !== "");
    // Read once a thing is found: most sentences that mention a head noun describe none.
    let context: { date: string | null; owner: string | null } | null = null;
    // "would take “resolute and forceful measures”": a thing named inside a quotation is the speaker's
    // way of putting it, no thing a later "it" or "the measures" means.
    let quoted = false;
    const quotes = DOUBLE_QUOTE_MARK.test(sentence);
    for (let i = 0; i < words.length; i++) {
      if (quotes) {
        const wasQuoted = quoted;
        quoted = quotationOpenAfter(words[i] ?? "", quoted);
        if (wasQuoted || quoted) continue;
      }
      if (!isHeadWord(words[i] ?? "") || isHeadWord(words[i + 1] ?? "")) continue;
      // "local aid groups", "budget cuts": the head word only modifies another noun.
      if (COMPOUND_NOUN.test(words[i + 1] ?? "")) continue;
      // "would fund military operations", "to fund schools": after a modal or "to" it is a verb.
      if (BEFORE_BASE_VERB.test(words[i - 1] ?? "")) continue;
      // "the package", "this plan": a reference, whose phrase opens with its determiner and is never
      // learnt (NOT_A_DESCRIPTION), so it is not read. After "in" or "of" an amount may open it instead.
      if (/^(?:the|this)$/i.test(words[i - 1] ?? "") && !/^(?:in|of)$/i.test(words[i - 2] ?? "")) continue;
      const head = bare(words[i] ?? "");
      const { phrase, start, end } = describedPhrase(words, i);
      // Only descriptive mentions are worth reusing: they carry a number, a name or a modifier.
      // "“The package": a quotation mark before the article leaves it a reference all the same.
      // Nor "No bill" or "every budget": a quantifier names no particular thing.
      // "This Presidential Drawdown Authority (PDA) package": a name makes a referring phrase a description.
      const named = NAMED_AFTER_DETERMINER.test(phrase);
      if (!phrase.includes(" ") || (NOT_A_DESCRIPTION.test(phrase) && !named) || isOnlyJudged(phrase))
        continue;
      // "brings total support to $1.6 billion, including more than $1.4 billion in military assistance":
      // a running total is no new thing; like an earlier one, it is meant only when nothing else fits.
      // "The Commission is expected to announce its own package": one set against the thing spoken of,
      // which a later "the package" still means; like an earlier one, it is meant only when nothing else fits.
      const earlier =
        OWN.test(words[start + 1] ?? "") ||
        BEFORE_EARLIER.test(words[start - 1] ?? "") ||
        words.slice(start, i).some((w) => EARLIER.test(w)) ||
        (AMOUNT_OPENING.test(words[start] ?? "") && RUNNING_TOTAL.test(sentence));
      context ??= {
        // "committed since (the invasion on) February 24, 2022": when a total began counting, no thing's date.
        date: DATE_AFTER_SINCE.test(sentence) ? null : (DATE.exec(sentence)?.[1] ?? null),
        owner: OWNER_OPENING.exec(sentence)?.[1] ?? null,
      };
      // "Valdoria approved its largest aid package": Valdoria's largest, not the largest there is.
      const owned = context.owner !== null && /^its\s/i.test(phrase);
      // "Germany pledged a separate €2.7 billion package": "separate" only sets it apart from the thing
      // spoken of before, which a claim read alone does not know; whose it is says which it is.
      const apart = SET_APART_OPENING.exec(phrase)?.[0];
      const described = owned
        ? `${context.owner}'s ${phrase.slice(4)}`
        : apart !== undefined
          ? `${context.owner === null ? "" : `${context.owner}'s `}${phrase.slice(apart.length)}`
          : stripDeterminer(phrase.replace(THIS_OPENING, ""));
      things.push({
        // "Veldia approved a package for its farmers": a claim read alone says whose ("for Veldia's farmers").
        phrase:
          context.owner !== null && described.includes(" its ")
            ? described.replace(" its ", ` ${context.owner}'s `)
            : described,
        head,
        kind: head.toLowerCase(),
        words: wordSet(phrase),
        date: context.date,
        speaker,
        earlier,
        owner: context.owner,
        value:
          appositiveValue(words, end) ??
          sumBeforeIn(words, start) ??
          this.headlineValue(head, phrase, earlier),
      });
    }
    return things;
  }

  /**
   * "worth $420 million" for "its largest military aid package for Kesh" after the headline's "$420
   * million military aid package for Kesh": the amount of a headline thing of the same kind whose
   * words after the amount the phrase all repeats. Null for a phrase with a number of its own or an earlier thing.
   */
  private headlineValue(head: string, phrase: string, earlier: boolean): string | null {
    if (earlier || this.headlineThings.length === 0 || /\d/.test(phrase)) return null;
    const words = wordSet(phrase);
    const kind = head.toLowerCase();
    const endsAtHead = bare(phrase.split(" ").at(-1) ?? "").toLowerCase() === kind;
    for (const thing of this.headlineThings) {
      if (thing.kind !== kind) continue;
      const thingWords = thing.phrase.split(" ");
      const at = thingWords.findIndex((word) => AMOUNT_OPENING.test(word));
      const amountEnd = at < 0 ? null : amountAfter(thingWords, at);
      if (amountEnd === null) continue;
      // The words after the amount say what it is ("military aid package for Kesh"); those before
      // it may be the headline's verb ("Norvland unveils"). A phrase ending at its head ("its largest
      // military aid package") says nothing of whom it is for, so only the words up to the head count.
      const headAt = thingWords.findIndex((word, k) => k >= amountEnd && bare(word).toLowerCase() === kind);
      const said = thingWords.slice(amountEnd, endsAtHead && headAt >= 0 ? headAt + 1 : undefined);
      if (said.every((word) => words.has(bare(word).toLowerCase())))
        return `worth ${thingWords.slice(at, amountEnd).join(" ")}`;
    }
    return null;
  }

  /** "Canada's package": the latest thing of that kind the owner announced or sent; null when none. */
  findOwned(owner: string, reference: string): Entity | null {
    const head = bare(reference.split(/\s+/).at(-1) ?? "").toLowerCase();
    const synonyms = SYNONYMS[head] ?? [];
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const entity = this.entities[i];
      if (entity?.owner === owner && isOfKind(entity, head, synonyms)) return entity;
    }
    return null;
  }

  /**
   * The latest entity a definite reference ("the latest U.S. assistance", "it") points to. An
   * earlier one ("after a smaller package") only when the reference asks for it ("the earlier
   * package") or nothing else fits.
   */
  find(reference: string): Entity | null {
    const { head, pronoun, wantsEarlier, synonyms, ordinal } = readReference(reference);
    // "The first tranche" is no thing the article did not call the first ("second tranche …").
    const counted = (e: Entity) => ordinal === null || e.words.has(ordinal);
    // "The package" after "a $610 million package …" and then "$4 billion in military aid": a
    // recent thing of the very kind named beats a later one that is only a synonym.
    const sameHead = pronoun
      ? null
      : this.latest(MAX_SAME_HEAD_LOOKBACK, wantsEarlier, (e) => e.kind === head && counted(e));
    if (sameHead !== null) return sameHead;
    // "The package" long after "a new package worth 1.4 billion euros", with "10.6 billion euros in
    // military aid" (a running total) and "tracks aid pledges" named since: a thing of the very kind
    // named is what it means.
    const namedKind = pronoun
      ? null
      : this.latest(this.entities.length, wantsEarlier, (e) => e.kind === head && counted(e));
    const ofKind = this.latest(
      this.entities.length,
      wantsEarlier,
      (e) =>
        pronoun || (isOfKind(e, head, synonyms) && counted(e) && (namedKind === null || e.kind === head)),
    );
    const headline = this.headlineThing(head, pronoun);
    return ofKind ?? (headline !== null && counted(headline) ? headline : null);
  }

  /**
   * "Brennan approves $60 million demining package for Sallow" over "The package includes …": when
   * the body describes no such thing, the one the headline describes is what "the package" means.
   */
  private headlineThing(head: string, pronoun: boolean): Entity | null {
    const thing = pronoun ? undefined : this.headlineThings.find((candidate) => candidate.kind === head);
    if (thing === undefined) return null;
    // The headline's phrase opens with its verb ("Brennan approves $60 million …"): the thing is the
    // amount on, and a name before the verb is its owner ("Brennan's $60 million … package").
    const words = thing.phrase.split(" ");
    const at = words.findIndex((word) => AMOUNT_OPENING.test(word));
    if (at < 0) return null;
    const owner = words.slice(0, at - 1);
    const owned =
      at >= 2 && HEADLINE_VERB.test(words[at - 1] ?? "") && owner.every((w) => STARTS_UPPER_CASE.test(w));
    // "Senate passes …": an institution named by a common noun takes its article ("the Senate's").
    const [only] = owner;
    const name =
      owner.length === 1 && only !== undefined && isOrganisationNoun(only.toLowerCase())
        ? `the ${only}`
        : owner.join(" ");
    const phrase = `${owned ? `${name}'s ` : ""}${words.slice(at).join(" ")}`;
    return { ...thing, phrase, words: wordSet(phrase) };
  }

  /** The latest thing worth a sum of money ("the NOK 2.8 billion package"): what "the total" is part of. */
  latestWorth(): Entity | null {
    return this.latest(this.entities.length, false, (e) => e.value !== null || SUM_OF_MONEY.test(e.phrase));
  }

  /** The latest of the last `lookback` things that fits, an earlier one only as asked or as a fallback. */
  private latest(lookback: number, wantsEarlier: boolean, fits: (entity: Entity) => boolean): Entity | null {
    let fallback: Entity | null = null;
    for (let i = this.entities.length - 1; i >= 0 && i >= this.entities.length - lookback; i--) {
      const entity = this.entities[i];
      if (entity === undefined || !fits(entity)) continue;
      if (entity.earlier === wantsEarlier) return entity;
      fallback ??= entity;
    }
    return fallback;
  }
}

interface Reference {
  /** Lower case: "package". */
  head: string;
  pronoun: boolean;
  /** "the earlier package". */
  wantsEarlier: boolean;
  synonyms: readonly string[];
  /** "the first tranche": only a thing the article called the first is meant. */
  ordinal: string | null;
}

const ORDINAL_WORD =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/i;

/** Articles repeat their references ("the package"), so each is read once; the cache is bounded. */
const readReferences = new Map<string, Reference>();
const MAX_READ_REFERENCES = 1000;

function readReference(reference: string): Reference {
  const known = readReferences.get(reference);
  if (known !== undefined) return known;
  const words = reference.split(/\s+/).map(bare);
  const head = words.at(-1)?.toLowerCase() ?? "";
  const read: Reference = {
    head,
    pronoun: /^(?:it|this|they|these)$/i.test(reference.trim()),
    wantsEarlier: words.some((w) => EARLIER.test(w)),
    // "the spending plan" is the budget; a plain "plan" may be another plan.
    synonyms: [...(SYNONYMS[head] ?? []), ...(SYNONYMS[words.slice(-2).join(" ").toLowerCase()] ?? [])],
    ordinal: words.find((word) => ORDINAL_WORD.test(word))?.toLowerCase() ?? null,
  };
  if (readReferences.size >= MAX_READ_REFERENCES) readReferences.clear();
  readReferences.set(reference, read);
  return read;
}

/** A thing a sentence mentions ("the budget", "a $2 billion relief package"), as written. */
export interface ThingMention {
  phrase: string;
  /** The head noun, lower-case: "budget", "package". */
  head: string;
}

/** The things (package, plan, budget, report, ...) a sentence mentions, in order. */
export function thingsMentioned(sentence: string): ThingMention[] {
  if (!MENTIONS_HEAD.test(sentence)) return [];
  const words = sentence
    .slice(0, 1500)
    .split(/\s+/)
    .filter((w) => w !== "");
  const things: ThingMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (
      !isHeadWord(words[i] ?? "") ||
      isHeadWord(words[i + 1] ?? "") ||
      BEFORE_BASE_VERB.test(words[i - 1] ?? "")
    )
      continue;
    const phrase = nounPhrase(words, i);
    if (phrase !== "") things.push({ phrase, head: bare(words[i] ?? "").toLowerCase() });
  }
  return things;
}

/** Whether a noun is one of the things this module tracks ("package", "budget", "sanctions"). */
export function isThingNoun(word: string): boolean {
  return HEAD.test(bare(word));
}

/** Whether a subject should be replaced by an earlier, fuller description. */
export function isVagueReference(subject: string): boolean {
  const trimmed = subject.trim();
  if (/^(?:it|this|they|these)$/i.test(trimmed)) return true;
  return (
    /^(?:the|this|that|these|its)\s/i.test(trimmed) && !/\d/.test(trimmed) && trimmed.split(/\s+/).length <= 6
  );
}

/** "The spending plan", "the aid package": a compound whose last word is the head. */
const COMPOUND = `(?:spending|aid|relief|assistance|security|military|rescue|stimulus|funding)\\s+(?=(?:${HEADS})[\\s,])`;
const OPENING_THING = new RegExp(
  `^((?:Under|In|For|With|Without|Despite)\\s+|(?:In addition|Additionally|Separately|Meanwhile|Overall|In total|In all|Altogether),\\s+|(?:The (?:bulk|majority)|Most|Much|Half|Part|All|\\d[\\d.]*(?:%| percent)) of\\s+)?([Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ii]ts)\\s+((?:(?:latest|earlier|previous|first|original|initial)\\s+)?(?:${COMPOUND})?\\p{Ll}+)(?=[\\s,])`,
  "u",
);

/**
 * "The bill would add $9.5 billion ..." → "The $12 billion farm relief bill would add ...", and
 * "Under the bill, ..." → "Under the $12 billion farm relief bill, ...": a claim opening with a bare
 * reference to a thing the article described earlier names it; else one ending with one ("… under
 * the bill."). Unchanged when nothing fits.
 */
export function nameOpeningThing(text: string, entities: EntityMemory): string {
  const opening = openingThing(text, entities);
  // "Canada's package will arrive in May" → "Canada's C$40m package for Castria will arrive in May".
  const possessive = text.includes("'s ") || text.includes("’s ");
  const ownedOpening = opening === null && possessive ? OWNED_OPENING.exec(text) : null;
  const owned = ownedOpening === null ? null : describeOwned(ownedOpening[0], entities);
  // "Orna's aid to Kell so far amounts to 410 million euros": whose it is for, said again, makes the
  // reference stand alone, and may mean more than the package described last (all of Orna's aid).
  const ownParty = ownedOpening !== null && OWN_PARTY.test(text.slice(ownedOpening[0].length));
  if (ownedOpening !== null && owned !== null && !ownParty && !text.startsWith(owned.description))
    return `${owned.description}${text.slice(ownedOpening[0].length)}`;
  // "The first tranche includes 20 trucks" after a package's sentence: a part of that package.
  const part = opening === null && text.startsWith("The ") ? PART_OF_WHOLE.exec(text) : null;
  const whole = part === null ? null : entities.find("it");
  if (part !== null && whole !== null && WHOLE_HEAD.test(whole.head))
    return `${part[0]} of ${midSentence(describe(whole, "it"))}${text.slice(part[0].length)}`;
  if (opening === null) {
    const total = nameOpeningTotal(text, entities);
    return total === text ? nameClosingThing(text, entities) : total;
  }
  const { match, entity, reference } = opening;
  // "The aid to Tavria this year", "The package for Osk": a phrase naming whose it is makes the
  // reference stand alone, and may mean more than the thing described last.
  if (OWN_PARTY.test(text.slice(match[0].length))) return text;
  const described = describe(entity, reference);
  // "The package for earthquake survivors in Morsa" after "a relief package for flood survivors":
  // whom it is for, which the description does not say, names a package of its own.
  const forWhom = FOR_WHOM.exec(text.slice(match[0].length))?.[1];
  if (forWhom !== undefined && !described.toLowerCase().includes(forWhom)) return text;
  const opener = match[1] ?? "";
  // "The measures take effect" after "a package of measures to curb rents": "The measures in the
  // package to curb rents take effect", not "The package of measures … take effect", whose head is
  // the one package.
  const word = match[0].trim().split(/\s+/).at(-1) ?? "";
  const at = ofWordAt(` ${described.toLowerCase()} `, word.toLowerCase());
  if (word !== "" && at >= 0) {
    const container = `${described.slice(0, at)}${described.slice(at + ` of ${word}`.length)}`;
    const inContainer = `The ${word.toLowerCase()} in ${midSentence(container)}`;
    return `${opener}${opener === "" ? inContainer : midSentence(inContainer)}${text.slice(match[0].length)}`;
  }
  const named = opener === "" ? described : midSentence(described);
  // "The package worth $400 million includes …" was named already (its description opens with "The package").
  if (text.slice(opener.length).toLowerCase().startsWith(described.toLowerCase())) return text;
  return `${opener}${named}${withoutRepeatedPhrase(text.slice(match[0].length), described)}`;
}

/**
 * `rest` without an opening phrase the description already closes with: "its latest offer of a 6%
 * raise was fair", named "The latest offer of a 6% raise", goes on " was fair", not " of a 6% raise …".
 */
function withoutRepeatedPhrase(rest: string, described: string): string {
  // Most rests open with a word the description does not hold: one plain look before any copy.
  const space = rest.indexOf(" ", 1);
  if (!rest.startsWith(" ") || space < 0 || !described.includes(rest.slice(0, space + 1))) return rest;
  const lowerRest = rest.toLowerCase();
  const lowerDescribed = described.toLowerCase();
  for (let at = lowerDescribed.indexOf(" "); at >= 0; at = lowerDescribed.indexOf(" ", at + 1)) {
    const phrase = lowerDescribed.slice(at);
    if (
      phrase.includes(" ", 1) &&
      lowerRest.startsWith(phrase) &&
      /^(?:[\s,.;:]|$)/.test(rest.slice(phrase.length))
    )
      return rest.slice(phrase.length);
  }
  return rest;
}

const OWN_PARTY = /^\s+(?:to|for|from)\s+\p{Lu}/u;
/** " for earthquake survivors": "for" and the plural it is for (group 1, lower case as written). */
const FOR_WHOM = /^\s+(for\s+(?:\p{Ll}+\s+)?\p{Ll}+s)\b/u;

/** "The first tranche", "The final phase": a part of a package, plan or deal described before. */
// "The first part, worth 25 million euros, covers …": an appositive may come before its verb.
const PART_OF_WHOLE =
  /^The (?:first|second|third|fourth|fifth|final|last|initial|next|remaining) (?:tranche|instal?lment|phase|batch|stage|part)(?=,\s|\s+(?!of\b)\p{Ll})/u;
const WHOLE_HEAD = /^(?:package|plan|deal|aid|assistance|programme|program|loan|budget)$/;

/**
 * "$50 million", "C$50 million", "£2.3bn", "10 million euros", "50 million kesh", "45 million Swiss
 * francs": a sum of money.
 */
const SUM_OF_MONEY =
  /(?:(?:\bRs\.?\s?|₹\s?)\d[\d,.]*(?:\s+(?:crore|lakh|million|billion)\b)?|\b[A-Z]{3}\s\d[\d,.]*\s+(?:million|billion|trillion)\b|(?:\b[A-Z]{1,3}(?=\$))?[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion)\b|(?:bn|m|tn)\b)?|\b\d[\d,.]*\s+(?:million|billion|trillion)\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:euros|dollars|crowns|pounds|francs|rupees|pesos|dinars|rubles|roubles|kronor|kroner|yen|yuan|rand|shillings|naira)\b|\b\d[\d,.]*\s+(?:million|billion|trillion)\s+(?:euros|dollars|crowns|pounds|francs|rupees|pesos|dinars|rubles|roubles|kronor|kroner|(?!people\b|children\b|cattle\b|livestock\b|poultry\b|sheep\b|ammunition\b)\p{Ll}+(?<!s)\b))/u;

/** The things in order, each after any thing its own description holds. */
function withContainersLast(things: Entity[]): Entity[] {
  if (things.length < 2) return things;
  const inside: Entity[] = [];
  const outside: Entity[] = [];
  for (const thing of things) {
    const contained = things.some((other) => other !== thing && other.phrase.includes(thing.phrase));
    (contained ? inside : outside).push(thing);
  }
  return inside.length === 0 ? things : [...inside, ...outside];
}

/** "The money …", "Of the total, …", "The rest …": a sentence about money already spoken of. */
const SPEAKS_OF_MONEY =
  /^(?:Of (?:the|that|this|it)\b|(?:\S+\s+){0,3}?(?:of\s+)?[Tt]he (?:money|funds|cash|rest|remainder|balance|total)\b)/;

/** "$", "₹", "Rs": a currency's sign; "crore", "lakh" always count rupees. */
const CURRENCY_SIGN = /[$€£₹]|Rs|crore|lakh/;

/** The first sum of money a sentence names, or null; a look for "million", "billion" or a currency sign first. */
function sumOfMoney(sentence: string): string | null {
  // Two plain looks, not one alternation, which the regex engine tries at every position.
  if (!sentence.includes("illion ") && !CURRENCY_SIGN.test(sentence)) return null;
  return SUM_OF_MONEY.exec(sentence)?.[0] ?? null;
}

/** "Of the total, 40 million goes to A": the total is the sum of money the thing described last is worth. */
const OF_THAT = /^Of (?:that|this|it)$/;
export const OF_THE_TOTAL = /^Of (?:(?:the|this|that) (?:total|sum|money|funds|amount)|that|this|it)(?=,)/;
/** "The money", "Half of the funds", "A third of the cash": the money of the thing described last. */
const THE_MONEY =
  /^((?:Half|Most|Much|Some|All|Part|The (?:rest|remainder|bulk|balance)|(?:A|One|Two) (?:third|quarter|fifth)s?|\d[\d.]*(?:%| percent)) of )?[Tt]he (?:money|funds|cash)(?=[\s,])/;
/** "The rest will fund schools": what is left of the money, when a verb of spending follows. */
const THE_REST =
  /^[Tt]he (?:rest|remainder|balance)(?=\s+(?:(?:will|would|is|was|also)\s+)?(?:go|goes|went|fund|funds|funded|pay|pays|paid|buy|buys|bought|cover|covers|covered|finance|finances|financed|be spent|is spent|was spent)\s)/;

/**
 * "Of the total, …" → "Of the 480 million crown budget for 2026, …", "The money will be spent on A"
 * → "The $40 million grant for Arla will be spent on A", "Half of the money goes to A" → "Half of the
 * $40 million grant for Arla goes to A", "The rest will fund B" → "The rest of the $40 million grant
 * for Arla will fund B": money spoken of after a thing worth a sum is that thing's. Unchanged when
 * nothing fits.
 */
function nameOpeningTotal(text: string, entities: EntityMemory): string {
  const total = OF_THE_TOTAL.exec(text);
  const money = total === null ? THE_MONEY.exec(text) : null;
  const rest = total === null && money === null ? THE_REST.exec(text) : null;
  if (total === null && money === null && rest === null) return text;
  // "Of that" right after a share of the thing is that share; "Of the total" is still the whole.
  const shareOfThing = total !== null && OF_THAT.test(total[0]) ? entities.lastShareSum() : null;
  const loose = shareOfThing ?? entities.lastLooseSum();
  // "Of the total" after a list of the package's items is the package's, not the last item's.
  const entity = loose === null ? entities.latestWorth() : null;
  if (loose === null && entity === null) return text;
  const described = entity === null ? `The ${loose}` : describe(entity, "it");
  if (total !== null) return `Of ${midSentence(described)}${text.slice(total[0].length)}`;
  if (rest !== null) return `${rest[0]} of ${midSentence(described)}${text.slice(rest[0].length)}`;
  const share = money?.[1] ?? "";
  const named = share === "" ? described : `${share}${midSentence(described)}`;
  return `${named}${text.slice(money?.[0].length ?? 0)}`;
}

const REST_OPENING = /^[Tt]he (?:rest|remainder|balance)(?=\s(?!of\s))/;
/** "About 40% of the aid has been delivered": a share of something, before its verb. */
const SHARE_OF =
  /\b(?:\d[\d.,]*\s?(?:%|percent)|half|most|some|part|a third|a quarter|two-thirds|three-quarters)\s+of\s+((?:the|its|their)\s+[^,;]{1,40}?)(?=\s+(?:has|have|had|is|are|was|were|will|would|went|goes|arrived|reached)\b)/i;

/**
 * "About 40% of the aid has been delivered, and the rest is expected by July": the rest is the rest
 * of the aid. Unchanged unless the clause before gives a share of something.
 */
export function nameTheRest(text: string, before: string | null): string {
  const rest = before === null ? null : REST_OPENING.exec(text);
  const share = rest === null || before === null ? undefined : SHARE_OF.exec(before)?.[1];
  return rest === null || share === undefined ? text : `${rest[0]} of ${share}${text.slice(rest[0].length)}`;
}

/**
 * Where " of <word>" stands, then a space or a comma, in `text`; -1 when nowhere. Plain searches: this
 * runs for most named openings, and a pattern built per call would be compiled each time.
 */
function ofWordAt(text: string, word: string): number {
  const spaced = text.indexOf(` of ${word} `);
  const comma = text.indexOf(` of ${word},`);
  return spaced < 0 ? comma : comma < 0 ? spaced : Math.min(spaced, comma);
}

/** "condemned the package.": a past verb, then a bare reference to a thing, closing the claim. */
const CLOSING_OBJECT = /\s\p{Ll}+ed\s+((?:the|this)\s+(?:\p{Ll}+\s+)?\p{Ll}+)(?=[.!?]?$)/u;

/** CLOSING_OBJECT, tried only when the claim's last word is a thing ("… the package."). */
function closingObject(text: string): RegExpExecArray | null {
  const end = text.length - (/[.!?]$/.test(text) ? 1 : 0);
  const last = text.slice(text.lastIndexOf(" ", end - 1) + 1, end);
  return isThingNoun(last) ? CLOSING_OBJECT.exec(text) : null;
}

/** CLOSING_THING's prepositions as plain words, no flags or boundaries: one pass over the text. */
const CLOSING_PREPOSITIONS = /under|as part of|through|from/;
/** "… under the package.", "… as part of the aid": where a claim ends by naming a thing. */
const CLOSING_THING =
  /\s(?:under|as part of|through|from)\s+((?:the|this)\s+(?:\p{Ll}+\s+)?\p{Ll}+)(?=[.!?]?$)/u;

/**
 * "Valdoria will send 20 jeeps under the package." → "… under the $150 million package for Ostmark.":
 * a claim ending with a bare reference to a thing the article described names it. Unchanged when nothing fits.
 */
function nameClosingThing(text: string, entities: EntityMemory): string {
  // CLOSING_THING tries every space; most claims hold none of its prepositions.
  const afterPreposition = CLOSING_PREPOSITIONS.test(text);
  const match = afterPreposition ? CLOSING_THING.exec(text) : closingObject(text);
  const reference = match?.[1] ?? "";
  const head = reference.split(/\s+/).at(-1) ?? "";
  if (match === null || !isThingNoun(head)) return text;
  const entity = entities.find(reference);
  // "Critics welcomed the plan" names a plan the article described, not a package it calls one.
  if (entity === null || (!afterPreposition && entity.kind !== head.toLowerCase())) return text;
  const end = match.index + match[0].length;
  return `${text.slice(0, end - reference.length)}${midSentence(describe(entity, reference))}${text.slice(end)}`;
}

/** The earlier-described thing a claim opens with a bare reference to ("The tranche …"), or null. */
export function openingEntity(text: string, entities: EntityMemory): Entity | null {
  return openingThing(text, entities)?.entity ?? null;
}

function openingThing(
  text: string,
  entities: EntityMemory,
): { match: RegExpExecArray; entity: Entity; reference: string } | null {
  const match = OPENING_THING.exec(text);
  if (match === null || !isThingNoun(match[3]?.split(/\s+/).at(-1) ?? "")) return null;
  const reference = `${match[2] ?? "the"} ${match[3] ?? ""}`;
  const entity = entities.find(reference);
  return entity === null ? null : { match, entity, reference };
}

/** "Canada's package", "Britain's latest package": an owner, then the thing. */
const OWNED = String.raw`(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})['’]s\s+((?:latest|new|newest)\s+)?(\p{Ll}+)`;
const OWNED_REFERENCE = new RegExp(`^${OWNED}$`, "u");
const OWNED_OPENING = new RegExp(`^${OWNED}(?=[\\s,])`, "u");

/**
 * "Canada's package" after "Canada unveiled a C$40m package for Castria" → "Canada's C$40m package
 * for Castria"; null when the owner announced no such thing.
 */
export function describeOwned(
  reference: string,
  entities: EntityMemory,
): { entity: Entity; description: string } | null {
  const match = OWNED_REFERENCE.exec(reference.trim());
  const [, owner = "", , head = ""] = match ?? [];
  if (match === null || !isThingNoun(head)) return null;
  const entity = entities.findOwned(owner, head);
  if (entity === null) return null;
  const description = describe(entity, head).replace(/^The /, "");
  return { entity, description: description.startsWith(owner) ? description : `${owner}'s ${description}` };
}

/** A description inside a sentence: "the $40 million package", but "Velmar's latest tranche" as written. */
export function midSentence(description: string): string {
  return description.startsWith("The ") ? lowerFirst(description) : description;
}

/**
 * "the latest U.S. assistance" + entity "additional assistance package valued up to $150 million"
 * → "The additional U.S. assistance package valued up to $150 million announced Oct. 26".
 */
const DETERMINER_OR_MORE = /^(?:The|This|That|These|Those|Its|It|They|Other|Additional|Further|More)$/;

export function describe(entity: Entity, reference: string): string {
  // A loop, not a callback made per call: V8 optimized that closure again in every extraction.
  const extras: string[] = [];
  for (const w of reference.split(/\s+/)) {
    if (STARTS_UPPER_CASE.test(w) && !entity.words.has(bare(w).toLowerCase()) && !DETERMINER_OR_MORE.test(w))
      extras.push(w);
  }
  if (extras.length > 0) {
    const words = entity.phrase.split(" ");
    const firstHead = words.findIndex((w) => HEAD.test(bare(w)));
    words.splice(firstHead >= 0 ? firstHead : words.length, 0, ...extras);
    // Later references reuse the enriched phrase ("U.S." learnt from "the latest U.S. aid").
    entity.phrase = words.join(" ");
    entity.words = wordSet(entity.phrase);
  }
  // "Valdoria's latest package" is definite already.
  // "the Senate's $95 billion bill": its own article, written as every description opens.
  let description = NAMED_POSSESSOR.test(entity.phrase)
    ? entity.phrase.replace(/^the /, "The ")
    : `The ${entity.phrase}`;
  if (entity.date !== null && !description.includes(entity.date)) description += ` announced ${entity.date}`;
  // "The largest aid package for Kesh to date, worth $420 million, includes …": the value said once,
  // the appositive closed (a comma before the claim's own punctuation is dropped by `asSentence`).
  const value = entity.value;
  if (value !== null && !(value.match(/\d[\d.,]*\d|\d/g) ?? []).every((n) => description.includes(n)))
    description += `, ${value},`;
  return description;
}

const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
const PASSIVE_PARTICIPLE =
  /^(?:\p{Ll}{2,}ed|hit|struck|caught|held|made|paid|run|won|built|sent|set|hurt|left|shut|cut)$/u;
const NAMED_POSSESSOR = /^(?:the\s+)?\p{Lu}\S*['’]s?\s/u;

/** The noun phrase around `words[headIndex]`; "" when it sits in a participle clause. */
function nounPhrase(words: string[], headIndex: number): string {
  const [start, end] = nounPhraseSpan(words, headIndex);
  return phraseOf(words, start, end);
}

/** `words[start, end)` as a phrase, without closing punctuation. */
function phraseOf(words: string[], start: number, end: number): string {
  return words
    .slice(start, end)
    .join(" ")
    .replace(/[,;:.!?"”]+$/, "");
}

const GIVING_VERB =
  /^(?:send|sends|sent|sending|deliver|delivers|delivered|delivering|provide|provides|provided|providing|give|gives|gave|giving|ship|ships|shipped|shipping|pledge|pledges|pledged|pledging|offer|offers|offered|offering|lend|lends|lent|lending|donate|donates|donated|donating)$/i;
const GAVE = /^(?:sent|delivered|provided|gave|shipped|pledged|offered|lent|donated)$/i;
/** Things given to someone; a plan or bill "sent to Parliament" is submitted, not given. */
const GIVEN_THING = /^(?:package|aid|assistance|shipment|delivery|tranche|donation|loan|grant|funding)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*[,;:.]?$/u;
/** "Monday", "Britain": a capitalised word that is no article opening the sentence. */
const NAME_NOT_ARTICLE = /^(?!(?:The|A|An|This|That|These|Its|Their)$)\p{Lu}[\p{L}.'’-]*$/u;

/**
 * The noun phrase around `words[headIndex]` with its receiver: "will send Osk a 90 million euro
 * package" and "will deliver a 90 million euro package to Osk" → "90 million euro package for Osk".
 */
function describedPhrase(words: string[], headIndex: number): { phrase: string; start: number; end: number } {
  const [start, spanEnd] = nounPhraseSpan(words, headIndex);
  // "a study of 490,000 adults published on Wednesday": the participle whose when was cut goes too.
  const end =
    spanEnd - 1 > headIndex && PASSIVE_PARTICIPLE.test(words[spanEnd - 1] ?? "") ? spanEnd - 1 : spanEnd;
  const phrase = phraseOf(words, start, end);
  if (phrase === "" || /\sfor\s/.test(phrase) || !GIVEN_THING.test(bare(words[headIndex] ?? "")))
    return { phrase, start, end };
  const receiver = receiverAfter(words, end, start) ?? receiverBefore(words, start);
  return { phrase: receiver === null ? phrase : `${phrase} for ${receiver}`, start, end };
}

/** "$420", "US$2bn", "40": a word an amount opens with. */
const AMOUNT_OPENING = /^(?:[A-Z]{1,2})?[$€£¥]?\d/;
const BRACKET_CLOSE = /\)$/;
/** "approves", "unveils": a headline's present-tense verb. */
const HEADLINE_VERB = /^\p{Ll}{3,}s$/u;
const TITLE_CASE_SHARE = 0.5;

/** "Norvland Unveils $420 Million Aid Package": most words capitalised, so names and nouns look alike. */
function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((word) => word.length > 3);
  return words.filter((word) => STARTS_UPPER_CASE.test(word)).length > words.length * TITLE_CASE_SHARE;
}

/** "75 million Canadian dollars" closing the words before "in new military aid". */
const SUM_BEFORE_IN =
  /(?:^|\s)((?:[$€£]\s?)?\d[\d,.]*(?:\s+(?:million|billion))?(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Ll}+|[$€£]\s?\d[\d,.]*(?:\s+(?:million|billion)|m|bn)?)$/u;
const MAX_SUM_WORDS = 6;

/** "give Estonia 75 million Canadian dollars in new military aid": the aid is worth that sum; else null. */
function sumBeforeIn(words: string[], start: number): string | null {
  if (start < 2 || words[start - 1] !== "in") return null;
  const before = words.slice(Math.max(0, start - 1 - MAX_SUM_WORDS), start - 1).join(" ");
  const sum = SUM_BEFORE_IN.exec(before)?.[1];
  // "Canadian dollars": a currency named after its country, which SUM_OF_MONEY leaves out.
  const currency = sum !== undefined && CURRENCY_WORD.test(sum.slice(sum.lastIndexOf(" ") + 1));
  return sum !== undefined && (currency || SUM_OF_MONEY.test(sum)) ? `worth ${sum}` : null;
}

/** "worth", "valued at", "totalling": what opens an appositive giving a thing's value. */
const VALUE_OPENING = /^(?:worth|valued|totaling|totalling|costing)$/i;
/** "about", "up to", "more than": a hedge before the amount. */
const AMOUNT_HEDGE = /^(?:about|around|some|nearly|almost|roughly|over|up|more|than|to)$/i;
const MAX_HEDGE_WORDS = 2;

/**
 * "…package for Kesh, worth $420 million." → "worth $420 million": the value an appositive right
 * after a thing's phrase (ending at `phraseEnd`) gives it, so that later mentions can say it; else null.
 */
function appositiveValue(words: string[], phraseEnd: number): string | null {
  // "package for Kesh on Thursday, worth …": the time of the announcement may come between.
  const timed = TIME_OPENER.test(words[phraseEnd] ?? "") && TIME_WORD.test(words[phraseEnd + 1] ?? "");
  const end = timed ? phraseEnd + 2 : phraseEnd;
  if (!/,$/.test(words[end - 1] ?? "") || !VALUE_OPENING.test(words[end] ?? "")) return null;
  const amountEnd = valueAmountEnd(words, end);
  return amountEnd === null ? null : phraseOf(words, end, amountEnd);
}

/** Where the amount after a value word ("worth", "valued at") ends, past "at" and up to two hedges; else null. */
function valueAmountEnd(words: string[], valueAt: number): number | null {
  let at = /^at$/i.test(words[valueAt + 1] ?? "") ? valueAt + 2 : valueAt + 1;
  const hedgeEnd = at + MAX_HEDGE_WORDS;
  while (at < hedgeEnd && AMOUNT_HEDGE.test(words[at] ?? "")) at++;
  return amountAfter(words, at);
}

/** "deliver <phrase> to Osk": the capitalised words after "to", when a giving verb leads the phrase. */
function receiverAfter(words: string[], end: number, start: number): string | null {
  if (words[end] !== "to" || !GIVING_VERB.test(words[start - 1] ?? "")) return null;
  return nameFrom(words.slice(end + 1, end + 4));
}

/** "Kesh", "U.S.", "O’Neill": a capitalised word of a name. */
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/** "send Osk <phrase>": the name between a giving verb and the phrase. */
function receiverBefore(words: string[], start: number): string | null {
  let first = start;
  while (first > start - 3 && first > 0 && CAPITALISED_NAME_WORD.test(words[first - 1] ?? "")) first--;
  if (first === start || !GIVING_VERB.test(words[first - 1] ?? "")) return null;
  return words.slice(first, start).join(" ");
}

/** Leading capitalised words, up to the first punctuation that ends them. */
function nameFrom(candidates: string[]): string | null {
  const name: string[] = [];
  for (const word of candidates) {
    if (!NAME_WORD.test(word)) break;
    name.push(word.replace(/[,;:.]$/, ""));
    if (/[,;:.]$/.test(word)) break;
  }
  return name.length === 0 ? null : name.join(" ");
}

/** Word range [start, end) of the noun phrase around `words[headIndex]`; empty in a participle clause. */
/** How many words a participle's "by" phrase may run to inside a description. */
const MAX_BY_PHRASE_WORDS = 6;

/** The end of the "by" phrase starting at `by`, when it closes within a few words; null otherwise. */
function byPhraseEnd(words: string[], by: number): number | null {
  for (let k = by + 1; k < words.length && k - by <= MAX_BY_PHRASE_WORDS; k++) {
    const word = words[k] ?? "";
    // "affected by the conflict in Sudan": a place inside the phrase is part of it.
    // "… by storms and floods": a phrase going on past a conjunction is too long to read whole.
    if (/^(?:and|or|but)$/i.test(word)) return null;
    if (RIGHT_STOP.test(word) && !/^(?:in|on|at)$/i.test(word)) return k > by + 1 ? k : null;
    if (/[,;:.!?]["”]?$/.test(word) && !ABBREVIATION.test(word)) return k + 1;
  }
  return null;
}

function nounPhraseSpan(words: string[], headIndex: number): [number, number] {
  let start = headIndex;
  while (start > 0 && headIndex - start < 6) {
    const previous = words[start - 1] ?? "";
    if (/[,;:.]$/.test(previous) && !/^(?:U\.S\.|U\.K\.|E\.U\.)$/.test(previous)) break;
    // "Kelland sent humanitarian aid": the verb that gave the aid is no part of it (a headline's
    // "Ostia sends … package" keeps its verb, which names the owner).
    if (LEFT_STOP.test(previous) || GAVE.test(previous)) break;
    // "decided to extend Emergency Grant Aid": an infinitive's verb is no part of what it gives.
    if (/^to$/i.test(words[start - 2] ?? "") && STARTS_LOWER_CASE.test(previous)) break;
    // "Britain on Monday imposed sanctions": a past verb after a name or a day is the clause's.
    if (isPastTense(previous) && NAME_NOT_ARTICLE.test(words[start - 2] ?? "")) break;
    // "the Department of Defense (DoD) announces additional assistance": so is a present verb after a
    // name's bracketed short form.
    if (BRACKET_CLOSE.test(words[start - 2] ?? "") && isFiniteVerb(previous)) break;
    start--;
    // "The new aid" is a reference, like "the aid": its "the" stays, so the phrase is not learnt.
    // "approved 40 new projects": a count before "new" is part of the phrase ("The 40 new projects").
    if (
      DETERMINER.test(previous) &&
      !(/^new$/i.test(previous) && /^(?:[“"‘']?the|\d[\d,]*)$/i.test(words[start - 1] ?? ""))
    )
      break;
  }
  // "a new 1.4 billion euro ($1.5 billion) military aid package": a cut inside the amount takes it all.
  start = amountStartAt(words, start);
  // "…, bringing total aid to 4 billion": a phrase in a participle clause describes no thing.
  if (start < headIndex && PARTICIPLE.test(words[start] ?? "") && /,$/.test(words[start - 1] ?? ""))
    return [start, start];
  // "$2.5 billion in new military aid": the amount is part of what the aid is.
  if (/^(?:in|of)$/i.test(words[start - 1] ?? "")) start = amountBefore(words, start - 1) ?? start;
  let end = headIndex + 1;
  if (!/[,;:]$/.test(words[headIndex] ?? "") && POSTMODIFIER.test(words[end] ?? "")) {
    while (end < words.length && end - headIndex <= 8) {
      const word = words[end] ?? "";
      if (RIGHT_STOP.test(word) && !(word === "and" && joinsOfPhrase(words, headIndex, end))) break;
      end++;
      if (/[,;:]$/.test(word) || (/[.!?]["”]?$/.test(word) && !ABBREVIATION.test(word))) break;
    }
    // "plan for farmers hit by the drought": a participle cut from its "by" phrase says nothing, so the
    // phrase is read on through its "by" phrase ("for people affected by the conflict in Sudan"), or,
    // when that runs on too far, the participle is left out.
    if (/^by$/i.test(words[end] ?? "") && PASSIVE_PARTICIPLE.test(words[end - 1] ?? ""))
      end = byPhraseEnd(words, end) ?? end - 1;
    else if (end - 1 > headIndex) end = withParticiplePhrase(words, end);
    end = withWholeValue(words, headIndex, end);
    end = withWholeForList(words, headIndex, end);
    end = withRecipientsPlace(words, headIndex, end);
  }
  return [start, end];
}

/**
 * "a €185 million recovery package for households, farms and businesses": a phrase cut at the comma
 * after "for households" reads on through the rest of whom it is for, so no later mention is the
 * package "for households" alone. Up to four more short names of people or places, the last after "and".
 */
function withWholeForList(words: string[], headIndex: number, end: number): number {
  if (!(words[end - 1] ?? "").endsWith(",") || words[end - 2] !== "for" || end - 2 <= headIndex) return end;
  for (let k = end; k < end + MAX_FOR_LIST_WORDS; k++) {
    const word = words[k] ?? "";
    if (word === "and") return /^[\p{L}-]+[.,;]?$/u.test(words[k + 1] ?? "") ? k + 2 : end;
    if (!/^[\p{L}-]+,$/u.test(word) && !(/^[\p{L}-]+$/u.test(word) && words[k + 1] === "and")) return end;
  }
  return end;
}
const MAX_FOR_LIST_WORDS = 4;

/** "valley", "region": a place's own lower-case noun after its name ("the Morsa valley"). */
const PLACE_NOUN =
  /^(?:valley|region|province|district|county|state|basin|delta|coast|area|islands?)[,;:.]?$/;
const MAX_PLACE_WORDS = 4;

/**
 * "a relief package for flood-hit towns | in the Morsa valley": a place after whom a thing is for says
 * which of them, and a claim without it names towns anywhere. Read on through "in (the) Name(s)" and a
 * closing place noun; a time ("in June", "in 2025") is no place.
 */
function withRecipientsPlace(words: string[], headIndex: number, end: number): number {
  if (
    words[end] !== "in" ||
    !words.slice(headIndex + 1, end).includes("for") ||
    /[,;:.]$/.test(words[end - 1] ?? "")
  )
    return end;
  let k = end + 1;
  if (words[k] === "the") k++;
  const nameStart = k;
  while (
    k < end + 1 + MAX_PLACE_WORDS &&
    /^\p{Lu}\p{Ll}/u.test(words[k] ?? "") &&
    !TIME_WORD.test(words[k] ?? "")
  ) {
    k++;
    if (/[,;:.]$/.test(words[k - 1] ?? "")) return k;
  }
  if (k === nameStart) return end;
  return PLACE_NOUN.test(words[k] ?? "") ? k + 1 : k;
}

/** "1.4 billion euro", "billion": where the amount a phrase's first word is part of opens. */
function amountStartAt(words: string[], start: number): number {
  let at = start;
  while (at > start - 2 && at > 0 && isAmountTail(words[at] ?? "") && !/[,;:.]$/.test(words[at - 1] ?? ""))
    at--;
  return at < start && NUMBER_WITH_SYMBOL.test(words[at] ?? "") ? at : start;
}

/** The words an amount goes on with after its number: "billion", "euro", "kroner". */
function isAmountTail(word: string): boolean {
  return MAGNITUDE_OR_SINGULAR_CURRENCY.test(word) || CURRENCY_WORD.test(word);
}
const MAGNITUDE_OR_SINGULAR_CURRENCY = /^(?:million|billion|trillion|euro|dollar|pound|franc)$/i;

/**
 * "package of aid for Kesh worth up to $310 million": a phrase cut by its length inside a value after
 * "worth" reads on to the amount's end, or stops before "worth" when no whole amount follows.
 */
function withWholeValue(words: string[], headIndex: number, end: number): number {
  const worth = words.slice(headIndex + 1, end).findIndex((word) => VALUE_OPENING.test(word));
  if (worth < 0) return end;
  const valueAt = headIndex + 1 + worth;
  const amountEnd = valueAmountEnd(words, valueAt);
  if (amountEnd === null) return valueAt;
  return Math.max(end, amountEnd);
}

/** A participle or value word that says nothing without what follows it. */
const OPEN_POSTMODIFIER =
  /^(?:announced|unveiled|approved|passed|signed|valued|costing|totaling|totalling)$/i;
const VALUE_WORD = /^(?:valued|costing|totaling|totalling)$/i;
const TIME_WORD = new RegExp(
  String.raw`^(?:${MONTH_NAME}\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|spring|summer|autumn|fall|winter|\d{4})[,;:.]?$`,
);
const TIME_OPENER = /^(?:in|on|last|this)$/i;
const DAY_OR_YEAR = /^\d{1,4}[,;:.]?$/;
const MAX_AMOUNT_WORDS = 4;

/**
 * Where a phrase cut after a bare participle or value word ends: "tranche announced | in September"
 * takes its time ("tranche announced in September"), "tranche valued | at $30 million" its amount;
 * without either, the participle goes ("tranche announced | by the ministry" → "tranche").
 */
function withParticiplePhrase(words: string[], end: number): number {
  const last = words[end - 1] ?? "";
  if (!OPEN_POSTMODIFIER.test(last)) return end;
  if (VALUE_WORD.test(last)) {
    const amountEnd = /^at$/i.test(words[end] ?? "") ? amountAfter(words, end + 1) : null;
    return amountEnd ?? end - 1;
  }
  if (!TIME_OPENER.test(words[end] ?? "") || !TIME_WORD.test(words[end + 1] ?? "")) return end - 1;
  const time = words[end + 1] ?? "";
  // "in March 2024", "on Oct. 3": a day or year may follow the month.
  const more = !/[,;:]$/.test(time) && (!/\.$/.test(time) || ABBREVIATION.test(time));
  return more && DAY_OR_YEAR.test(words[end + 2] ?? "") ? end + 3 : end + 2;
}

/** Where an amount starting at `words[at]` ("$30 million", "30 million euros", "$40m") ends; null when none does. */
function amountAfter(words: string[], at: number): number | null {
  const candidate = words.slice(at, at + MAX_AMOUNT_WORDS);
  const plain = candidate.map((word) => word.replace(/[,;:.]+$/, ""));
  let end: number | null = null;
  // The longest: "$30 million", not "$30". A word with closing punctuation ends it ("$30 million,").
  for (let k = 0; k < plain.length; k++) {
    if (amountBefore(plain, k + 1) === 0) end = at + k + 1;
    if (/[,;:.]$/.test(candidate[k] ?? "")) break;
  }
  return end;
}

const MAX_JOINED_NOUN_WORDS = 3;
const NOT_A_NOUN =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|it|they|he|she|we|then|also|said)$/i;
const AFTER_NOUN_PHRASE =
  /^(?:for|to|from|with|worth|valued|totaling|totalling|costing|on|in|at|by|last|this)$/i;

/**
 * Whether the "and" at `andIndex` joins two nouns of the head's "of" phrase ("package of weapons and
 * equipment for Ostmark") rather than starting a clause ("package of weapons and sent troops", "…
 * of aid and the army said"): what follows is a few lower-case nouns ending the description, not
 * followed by a verb ("package of weapons and ammunition was approved" stays "package of weapons").
 */
function joinsOfPhrase(words: string[], headIndex: number, andIndex: number): boolean {
  if (!words.slice(headIndex + 1, andIndex).some((word) => /^of$/i.test(word))) return false;
  const last = Math.min(andIndex + MAX_JOINED_NOUN_WORDS, words.length - 1);
  for (let k = andIndex + 1; k <= last; k++) {
    const word = words[k] ?? "";
    if (k > andIndex + 1 && AFTER_NOUN_PHRASE.test(word)) return true;
    const core = word.replace(/[,;:.]$/, "");
    if (!LOWER_CASE_HYPHENATED.test(core) || NOT_A_NOUN.test(core) || isUnambiguousVerb(core)) return false;
    const next = words[k + 1];
    if (core !== word || next === undefined) return true;
    // "equipment includes 40 trucks": a verb after the noun; "spare parts for Ostmark": a plural noun.
    if (isVerbForm(next) && !endsNounPhrase(words[k + 2])) return false;
  }
  return false;
}

/** Nothing, punctuation, or a preposition after a word: it ended a noun phrase. */
function endsNounPhrase(word: string | undefined): boolean {
  return word === undefined || AFTER_NOUN_PHRASE.test(word) || /[,;:.]$/.test(word);
}

const CURRENCY_WORD =
  /^(?:dollars|euros?|pounds|crowns|kron[aeou]r?|francs|yen|yuan|rupees|pesos|rand|zlotys?|lira|lire|dinars?|rubles|roubles|shekels|forints|florins|leu|lei|leva|dirhams|riyals|rials|shillings|nairas?|hryvnias?|baht|won|marks)$/i;

/** "$40m", "US$2bn", "€1.2bn": an amount in one word. */
const SYMBOL_AMOUNT = /^(?:[A-Z]{1,2})?[$€£¥][\d.,]+(?:m|bn)?$/;
/** "$2.5" or "US$500" before "million", or a bare number. */
const NUMBER_WITH_SYMBOL = /^(?:(?:[A-Z]{1,2})?[$€£¥])?[\d.,]+$/;

/** Where an amount ("$2.5 billion", "$40m", "40 million euros") ends right before `words[at]`, the index it starts at. */
function amountBefore(words: string[], at: number): number | null {
  // "75 million kroner in aid": the currency word after the amount.
  if (CURRENCY_WORD.test(words[at - 1] ?? "")) {
    // "7.1 billion Swedish crowns": the currency's country between the amount and its word.
    const end = /^\p{Lu}\p{Ll}+$/u.test(words[at - 2] ?? "") ? at - 2 : at - 1;
    const number = /^(?:million|billion|trillion)$/i.test(words[end - 1] ?? "") ? end - 2 : end - 1;
    return /^[\d.,]+$/.test(words[number] ?? "") ? number : null;
  }
  const last = words[at - 1] ?? "";
  if (SYMBOL_AMOUNT.test(last)) return at - 1;
  const number = words[at - 2] ?? "";
  return /^(?:million|billion|trillion)$/i.test(last) && NUMBER_WITH_SYMBOL.test(number) ? at - 2 : null;
}

function stripDeterminer(phrase: string): string {
  return phrase.replace(/^(?:a|an|the|its|their|his|her|our)\s+/i, "");
}

/**
 * "“package,”" → "package": strips everything but letters and digits from the ends, keeping a
 * leading "$" and a trailing "%". A loop, because the equivalent Unicode regex runs per word.
 */
function bare(word: string): string {
  let start = 0;
  while (start < word.length) {
    const width = characterWidth(word, start);
    const character = word.slice(start, start + width);
    if (character === "$" || isLetterOrNumber(character)) break;
    start += width;
  }
  let end = word.length;
  while (end > start) {
    const width = characterWidthBefore(word, end);
    const character = word.slice(end - width, end);
    if (character === "%" || isLetterOrNumber(character)) break;
    end -= width;
  }
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** 2 for a surrogate pair starting at `index`, else 1. */
function characterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** 2 for a surrogate pair ending right before `index`, else 1. */
function characterWidthBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  const previous = text.charCodeAt(index - 2);
  return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? 2 : 1;
}

function wordSet(phrase: string): Set<string> {
  return new Set(phrase.split(/\s+/).map((w) => bare(w).toLowerCase()));
}
