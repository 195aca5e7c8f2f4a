import { isGroupNoun, isOrganisationNoun, isPersonRole, looksLikeOrganisation } from "../attribute/names";
import { REPORTING_VERB } from "../attribute/verbs";
import {
  capitalize,
  LOWER_CASE_LETTERS,
  LOWER_CASE_THEN_S,
  lowerFirst,
  possessiveOf,
  SPELLED_NUMBERS,
  STARTS_UPPER_CASE,
} from "../util/text";
import {
  isBaseVerb,
  isFiniteVerb,
  isParticiple,
  isPastTense,
  isPluralNoun,
  isUnambiguousVerb,
} from "./clauses";
import {
  describe,
  type EntityMemory,
  isThingNoun,
  isVagueReference,
  midSentence,
  nameOpeningThing,
  OF_THE_TOTAL,
  thingsMentioned,
} from "./entities";
import { MODAL_WORD } from "./series";

/**
 * "The council approved the budget on Monday. It includes $4 million for roads." → "The budget
 * includes $4 million for roads.": a claim opening with It/This/They/These is rewritten to name what
 * the pronoun stands for, but only when the sentence before makes that clear:
 * - its subject is a thing (a plan, budget, package, report, ...), or
 * - it mentions exactly one such thing, and the verb is one a thing takes ("includes", "costs"), or
 * - for It/They, it mentions no thing and its subject is an organisation or a group.
 * "It is ...", "It was reported that ...", "This follows ..." and the like are left alone.
 */
export function standaloneOpening(
  content: string,
  previousSentence: string | null,
  entities: EntityMemory,
): string | null {
  if (previousSentence === null) return null;
  // "First, it expands the harbour." after "The plan has three elements.": an enumeration's step
  // names the thing and reads as a claim of its own without its ordinal (so does the step before).
  const ordinal = ORDINAL_OPENING.exec(content)?.[0];
  if (ordinal !== undefined)
    return standaloneOpening(
      capitalize(content.slice(ordinal.length)),
      capitalize(previousSentence.replace(ORDINAL_OPENING, "")),
      entities,
    );
  // "The first tranche will include A. The second will include B.": the ordinal's noun is the first's.
  const elided = ELIDED_ORDINAL.exec(content);
  const kind = elided === null ? undefined : FIRST_OF_KIND.exec(previousSentence)?.[1];
  // "The second tranche" is named as "The first tranche" was: "… of the $40 million package for Tesk".
  if (elided !== null && kind !== undefined)
    return nameOpeningThing(`The ${elided[1]} ${kind}${content.slice(elided[0].length)}`, entities);
  // "announced two new packages for Kolvar. The first, worth $180 million, contains A. The second will
  // include B.": one of the several things described last ("The second of the new packages for Kolvar").
  const ordinalOfSeveral = content.startsWith("The ") ? ORDINAL_OF_SEVERAL.exec(content) : null;
  const several = ordinalOfSeveral === null ? null : entities.find("they");
  if (ordinalOfSeveral !== null && several !== null && isPlural(several.head) && isThingNoun(several.head))
    return `The ${ordinalOfSeveral[1]} of ${midSentence(describe(several, "they"))}${content.slice(ordinalOfSeveral[0].length)}`;
  // "Police arrested a 34-year-old man. He was charged with assault.": the one the deed was done to.
  const personPassive =
    content.startsWith("He ") || content.startsWith("She ") ? PERSON_PASSIVE.exec(content) : null;
  const person = personPassive === null ? null : personReceiver(previousSentence, personPassive[1] === "She");
  if (personPassive !== null && person !== null) return `${person}${content.slice(personPassive[1]?.length)}`;
  // "Most of them were released the same day." after "The hospital treated 40 patients.": the
  // share is of what was acted on.
  const share = content.includes(" of them ") ? SHARE_OF_THEM.exec(content) : null;
  const sharedOut = share === null ? null : countedReceiver(previousSentence);
  if (share !== null && sharedOut !== null)
    return `${share[1]} of ${lowerFirst(sharedOut)}${content.slice(share[0].length - 1)}`;
  const opening = OPENING.exec(content);
  if (opening === null) return null;
  const [, pronounWord = "", , modal, verb = "", nextWord = ""] = opening;
  const pronoun = pronounWord.toLowerCase();
  const plural = pronoun === "they" || pronoun === "these";
  // "Police arrested two men. They were charged with arson.": what the sentence before did something
  // to is what a passive "They" then had done to it, not the agent that did it; so is an "It" ("The
  // regulators fined the bank. It was ordered to pay …").
  const passive =
    (pronoun === "they" || pronoun === "it") &&
    (modal === undefined ? PASSIVE_AUXILIARY.test(verb) : verb === "be") &&
    isPassiveAfter(content);
  const receiver = passive
    ? plural
      ? countedReceiver(previousSentence)
      : singleReceiver(previousSentence)
    : null;
  if (receiver !== null) return `${receiver}${content.slice(pronounWord.length)}`;
  // "It is worth 400 million euros" says what a thing is worth; "It is worth noting" refers to nothing.
  // "It is the 68th tranche …" and "It was the largest package …" say which of a kind the thing is.
  const ranked = RANK_OF_KIND.test(content);
  const worth = ranked || WORTH_AN_AMOUNT.test(content);
  // "It cost €40m": a verb only a thing takes refers, whatever its form.
  const thingOnly = THING_ONLY_VERB.test(verb);
  // "It is expected to grow 1.5%": a raised subject, unlike "It is expected that …", is the thing.
  const raised = RAISED_SUBJECT.test(content);
  if (!worth && !thingOnly && !raised && !takesReferringVerb(plural, modal !== undefined, verb, nextWord))
    return null;

  // "Alongside the military package, the minister confirmed £40 million in funding. This will provide
  // …": a thing named in an opening aside is what the sentence is beside, not about.
  // "The bridge, which opened in 1962, carries …": the subject is read without its relative aside.
  const besides = BESIDE_OPENING.test(previousSentence)
    ? capitalize(previousSentence.replace(BESIDE_OPENING, ""))
    : previousSentence;
  const about = besides.includes(", which ") ? besides.replace(SUBJECT_RELATIVE_ASIDE, "$1 ") : besides;
  const antecedent = findAntecedent(about, pronoun, plural, worth || THING_VERB.test(verb));
  // What is ranked among tranches or packages is a thing, not the company the sentence before was about;
  // so is what costs or contains something: "The council approved the new bridge. It will cost …" is
  // the bridge's cost, the object the agent acted on.
  // The agent may be a person too: "Mayor Tom Ash opened the new bridge. It cost €40m."
  const agent =
    antecedent === null ? subjectOf(previousSentence) : antecedent.isThing ? null : antecedent.phrase;
  if (agent !== null && thingOnly && !ranked) {
    // "The council bought 12 electric buses. They cost $9 million.": a counted object too.
    const object =
      objectOfAgent(previousSentence, agent, plural) ?? (plural ? countedReceiver(previousSentence) : null);
    // "The new Northgate hospital will have two helipads. It will cost £1.2bn.": with no object a
    // deed was done to, a built thing the sentence before opened with is what costs.
    const built = object === null && !plural && isBuiltThing(agent) ? agent : null;
    const named = object ?? built;
    return named === null ? null : `${named}${content.slice(pronounWord.length)}`;
  }
  const rest = content.slice(pronounWord.length);
  // "The bill provides $61bn for Vesk. Of that, $23bn would … It also sets aside …": the sentence
  // before spoke of a share, so "It" is still the thing that sentence's share was of.
  if (antecedent === null && !plural && pronoun === "it" && OF_THE_TOTAL.test(previousSentence)) {
    const thing = entities.find("it");
    return thing === null ? null : `${describe(thing, "it")}${rest}`;
  }
  // "It is the 12th package Pravia has sent" with no thing in the sentence before: the package the
  // article described last, when it is of the kind ranked.
  if (ranked && (antecedent === null || !antecedent.isThing)) {
    const thing = entities.find("it");
    const kind = RANKED_KIND.exec(content)?.[1];
    return thing === null || kind === undefined || thing.head !== kind
      ? null
      : `${describe(thing, "it")}${rest}`;
  }
  if (antecedent === null) return null;
  const named = antecedent.isThing ? describeThing(antecedent.phrase, entities) : antecedent.phrase;
  return `${named}${rest}`;
}

/**
 * "Its shares fell 6.3%." after "Velto Motors cut its forecast." → "Velto Motors' shares fell 6.3%.":
 * an opening "Its" is the organisation the sentence before is about. Null otherwise.
 */
export function standalonePossessive(content: string, previousSentence: string | null): string | null {
  if (previousSentence === null || !ITS_OPENING.test(content)) return null;
  if (PRONOUN_OR_QUOTE.test(previousSentence.split(/\s+/, 1)[0] ?? "")) return null;
  const subject = subjectOf(previousSentence);
  const head = subject?.split(/\s+/).at(-1) ?? "";
  // "Velto Motors" is one company; "The unions" are several ("Their …").
  if (subject === null || (isPlural(head) && !STARTS_UPPER_CASE.test(head)) || !isOrganisationName(subject))
    return null;
  return `${possessiveOf(subject)}${content.slice("Its".length)}`;
}

const ITS_OPENING = /^Its\s+\p{Ll}/u;

/** "The company also announced …": a claim opening with a company's common name. */
const COMPANY_OPENING =
  /^The\s+(?:company|firm|group|carmaker|automaker|airline|retailer|insurer|lender|manufacturer|maker)\s+\p{Ll}/u;
/** "Taskel Foods, the snack maker, said …": a name before its appositive. */
const NAME_BEFORE_APPOSITIVE = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*),\s/u;

/**
 * "The company also announced a buyback." after "Ferro Motors said it would cut 2,400 jobs." →
 * "Ferro Motors also announced a buyback.": the company is the one the sentence before opened with,
 * when that is a company's name ("The Finance Ministry" or a pronoun is none). Null otherwise.
 */
export function standaloneCompany(content: string, previousSentence: string | null): string | null {
  if (previousSentence === null || !COMPANY_OPENING.test(content)) return null;
  const subject = NAME_BEFORE_APPOSITIVE.exec(previousSentence)?.[1] ?? subjectOf(previousSentence);
  if (
    subject === null ||
    /^The\s/.test(subject) ||
    !isOrganisationName(subject) ||
    !looksLikeOrganisation(subject)
  )
    return null;
  const opening = /^The\s+\S+/.exec(content)?.[0] ?? "";
  return `${subject}${content.slice(opening.length)}`;
}

/** "Alongside the military package, ", "In addition to the loans, ": an opening aside, then the subject. */
const BESIDE_OPENING =
  /^(?:Alongside|Besides|Beside|Apart from|Aside from|As well as|Along with|In addition to|On top of|Separately from|Unlike)\s[^,]{2,80},\s+/;

/** "The bridge, which opened in 1962, ": a subject, then a relative aside closed by a comma. */
const SUBJECT_RELATIVE_ASIDE = /^([^,]{2,60}),\s+which\s+[^,]{2,80},\s+/;

/** "First, ", "Second, ", "Finally, ": a step of an enumeration, before a pronoun. */
const ORDINAL_OPENING =
  /^(?:First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Finally|Lastly|Next|Then|In addition|Additionally),\s+(?=(?:it|this|they|these)\s)/;

/**
 * "It is the 68th tranche", "This was the largest package", "It is Valdoria's 21st aid package": not
 * "It was the first time that …", "It was the third year running".
 */
const RANK_OF_KIND =
  /^(?:It|This)\s+(?:is|was)\s+(?:the|its|\p{Lu}[\p{L}.'’-]*['’]s)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|largest|biggest|smallest|final)\s+(?!(?:time|year|month|week|day|quarter|season|decade|straight|consecutive|successive)\b)\p{Ll}/u;
/** "package" in "It is the 12th package": the kind of thing ranked. */
const RANKED_KIND = /^\S+\s+\S+\s+\S+\s+\S+\s+(\p{Ll}+)/u;
const WORTH_AN_AMOUNT =
  /^(?:It|This)\s+(?:is|was)\s+worth\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?[$€£¥]?\d/;

/** The pronoun, an optional adverb and modal ("will also"), then the verb (and the word after it). */
/** "The second will …", "The last includes …": an ordinal whose noun is left out, before its verb. */
// "The second, worth 35 million euros, covers …": an aside may come first, as after "The first tranche,".
const ELIDED_ORDINAL =
  /^The (second|third|fourth|fifth|final|last|next|remaining one|other one)(?=,\s| (?:will|would|is|was|are|were|includes?|included|contains?|covers?|has|had)\s)/;
/** "The first, worth …,", "The second will …": an ordinal with no noun, before an aside or its verb. */
const ORDINAL_OF_SEVERAL =
  /^The (first|second|third|fourth|fifth|last|final)(?=,\s|\s+(?:will|would|is|was|includes?|included|contains?|covers?|has|had)\s)/;
/** "The first tranche will …": the noun an ordinal later leaves out. */
const FIRST_OF_KIND =
  /\b[Tt]he first ((?:\p{Ll}+\s+){0,2}?\p{Ll}+)(?:,\s|\s+(?:will|would|is|was|are|were|includes?|included|contains?|covers?|has|had)\s)/u;
const OPENING =
  /^([Ii]t|[Tt]his|[Tt]hey|[Tt]hese)\s+(?:(also|now|still|already|only|further|additionally|currently|even|then|later|initially|originally)\s+)?(?:(will|would|could|can|may|might|must|should|does|did|do)\s+(?:not\s+|also\s+)?)?([\p{Ll}’']+)(?:\s+(\S+))?/u;

/**
 * Verbs after which the pronoun usually refers to no thing: the copula and weather/impersonal
 * verbs ("It is likely", "It seems"), and event references ("This follows months of talks").
 */
const NOT_REFERRING =
  /^(?:is|isn[’']t|was|wasn[’']t|are|were|be|been|being|seems?|seemed|appears?|appeared|remains?|remained|takes?|took|looks?|looked|feels?|felt|matters?|mattered|happens?|happened|turns?|turned|means?|meant|follows?|followed|comes?|came|occurs?|occurred|marks?|marked|rains?|rained|snows?|snowed|makes?|made|gets?|got|goes|went|becomes?|became|reflects?|reflected|suggests?|suggested|shows?|showed|signals?|signaled|signalled|underscores?|underscored|highlights?|highlighted|raised? questions|sparked|prompted|led|puts?|left|leaves)$/;

/** Verbs whose subject is usually a thing, not the agent that made it ("the budget includes"). */
const THING_VERB =
  /^(?:includ|contain|provid|allocat|cover|fund|requir|cost|earmark|rais|cut|expand|extend|ban|giv|gave|offer|target|total|amount|add|increas|reduc|lower|appl|exclud|limit|affect|allow|boost|pay|paid|replac|creat|establish|mandat|prohibit|dedicat|reserv|lift|doubl|tripl|restor|compris|featur|rang|account|represent|set|seek|sought)/;

/** Verbs only a thing takes: a council or a company does not cost, total or contain anything. */
const THING_ONLY_VERB = /^(?:cost|total|amount|compris|contain|includ|rang|weigh)/;

function takesReferringVerb(plural: boolean, modal: boolean, verb: string, nextWord: string): boolean {
  // "It will be paid in six tranches", "It was approved on Monday": a passive is said of a thing; not
  // "It was reported that …" or "It is expected that …", which refer to nothing.
  if (
    PASSIVE_AUXILIARY.test(verb) &&
    isParticiple(nextWord) &&
    !REPORTING_VERB.has(nextWord) &&
    !IMPERSONAL.test(nextWord)
  )
    return true;
  // "It will also get 12 boats", "It took 40 prisoners": a count after the verb makes it a deed.
  if (DEED_BEFORE_COUNT.test(verb) && COUNT_OR_SUM.test(nextWord)) return true;
  if (NOT_REFERRING.test(verb) || REPORTING_VERB.has(verb)) return false;
  // "It has been reported", "They have been told".
  if (verb === "had") return nextWord !== "been";
  if (verb === "has" || verb === "have") return nextWord !== "been" && (verb === "have") === plural;
  if (modal) return verb !== "have";
  if (isUnambiguousVerb(verb)) return true;
  return plural ? isBaseVerb(verb) : isFiniteVerb(verb);
}

const PASSIVE_AUXILIARY = /^(?:be|is|was|are|were)$/;
/** Verbs that refer to nothing in "it gets cold", "it took time", but do before a count. */
const DEED_BEFORE_COUNT = /^(?:gets?|got|takes?|took|makes?|made)$/;
const COUNT_OR_SUM = /^(?:[$€£]\s?)?\d/;
/** Participles of an impersonal "It is expected that …", "It was decided to …". */
const IMPERSONAL =
  /^(?:expected|believed|thought|understood|feared|hoped|estimated|known|decided|agreed|assumed|alleged|rumou?red|considered|required|needed|done|gone|made)$/;

/** "It is expected to grow", "They are thought to have fled": the subject of what is expected, not "It is expected that". */
const RAISED_SUBJECT =
  /^(?:It|They)\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+|widely\s+)?(?:expected|believed|thought|estimated|projected|forecast|predicted|understood|feared|said|reported|known)\s+to\s+(?!be\s+(?:the\s+)?(?:first|last|only)\b)/;

interface Antecedent {
  phrase: string;
  /** A plan, package, budget...: may be described more fully from earlier sentences. */
  isThing: boolean;
}

function findAntecedent(
  sentence: string,
  pronoun: string,
  plural: boolean,
  thingVerb: boolean,
): Antecedent | null {
  // "It also requires something the rival plan doesn't.": what that sentence is about is unknown too.
  if (PRONOUN_OR_QUOTE.test(sentence.split(/\s+/, 1)[0] ?? "")) return null;
  const subject = subjectOf(sentence);
  const subjectHead = subject?.split(/\s+/).at(-1) ?? "";
  if (subject !== null && isThingNoun(subjectHead) && isPlural(subjectHead) === plural) {
    return { phrase: definite(subject), isThing: true };
  }
  const things = thingsMentioned(sentence).filter(
    (thing) => isPlural(thing.head) === plural && isCleanPhrase(thing.phrase),
  );
  const heads = new Set(things.map((thing) => thing.head));
  const [thing] = things;
  // With an agent as subject, only a verb a thing takes points at the thing.
  if (thing !== undefined && heads.size === 1 && (subject === null || thingVerb)) {
    const phrase = possessed(thing.phrase, subject);
    return phrase === null ? null : { phrase, isThing: true };
  }
  // "The quake hit at 4:12 a.m. … It was followed by 40 aftershocks": the event the sentence before opened with.
  if (pronoun === "it" && subject !== null && EVENT_NOUN.test(subjectHead.toLowerCase()))
    return { phrase: definite(subject), isThing: false };
  if (things.length > 0 || subject === null || pronoun === "this" || pronoun === "these") return null;
  // "The bridge carries 40,000 vehicles a day. It will close in May.": a thing the sentence opened with,
  // no organisation, person or group, is what a later "It" goes on about.
  // Not past a closing relative clause, whose noun an "It" may be: "Production will move to its site
  // in Tovik, which will get an upgrade. It will add 150 jobs."
  const otherReferent = TRAILING_RELATIVE.test(sentence);
  if (pronoun === "it" && !otherReferent && isInanimateSubject(subject, subjectHead))
    return { phrase: definite(subject), isThing: false };
  // "Kessler's shares rose 4%. They have fallen by a third since January.": an owner's shares or sales.
  if (plural && OWNED_MEASURES.test(subject)) return { phrase: definite(subject), isThing: false };
  // "Two firefighters were injured. They were taken to hospital.": the people counted are "they".
  const counted = plural ? COUNTED_SUBJECT.exec(lowerFirst(subject)) : null;
  if (counted !== null && isPluralNoun(subjectHead))
    return { phrase: `The ${lowerFirst(subject)}`, isThing: false };
  // "Acme Holdings", "Nordal Airlines": a company's name ending in "-s" is one company, an "It".
  const namedCompany = STARTS_UPPER_CASE.test(subjectHead) && looksLikeOrganisation(subject);
  if ((isPlural(subjectHead) && !namedCompany) !== plural) return null;
  // "Kelland has delivered 40 tanks. It has also sent …": a one-word name a later "It" stands for is a
  // country's or a company's (a person's would be "he" or "she").
  const agent = plural
    ? isGroupNoun(subjectHead)
    : isOrganisationName(subject) || (pronoun === "it" && !otherReferent && ONE_WORD_NAME.test(subject));
  return agent ? { phrase: subject, isThing: false } : null;
}

const ONE_WORD_NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const TRAILING_RELATIVE = /,\s+(?:which|where|whose)\s/;
/** "Kessler's shares", "The company's sales": what an owner has that rises and falls, never people. */
const OWNED_MEASURES =
  /^(?:The\s+)?[\p{L}-]+['’]s?\s+(?:\p{Ll}+\s+)?(?:shares|prices|sales|profits|exports|imports|revenues|earnings|bonds|stocks|costs|debts|reserves|emissions)$/u;
/**
 * What is done next to people or goods someone has just arrested, rescued or bought. Not "joined",
 * "backed" or "criticised", which happen to an agent too ("The unions rejected the offers. They were
 * backed by students.").
 */
const HANDLED_WORDS =
  "ordered|forced|required|charged|released|freed|taken|held|jailed|sentenced|convicted|acquitted|detained|questioned|interrogated|identified|treated|hospitali[sz]ed|discharged|transferred|handed|flown|moved|evacuated|deported|extradited|delivered|shipped|sold|resold|returned|destroyed|dismantled|scrapped|repaired|refurbished|deployed|stored|seized|confiscated|impounded|tested|examined|buried|named|fined|bailed|remanded|indicted|arraigned|accused|suspected|booked|pronounced|killed|injured|rescued";
const HANDLED = new RegExp(`^(?:${HANDLED_WORDS})$`);

/** "He was charged", "She was later released": a person's pronoun, then a passive of what befell them. */
const PERSON_PASSIVE = new RegExp(
  String.raw`^(He|She)\s+(?:was|has\s+been|had\s+been|will\s+be)\s+(?:later\s+|also\s+|then\s+|subsequently\s+)?(?:${HANDLED_WORDS})\b`,
);

/**
 * `pattern` (its group 1 the verb) read right after the sentence's opening subject, when that verb is
 * a past deed, not a report: "Police | arrested two men …". Null otherwise.
 */
function deedDoneTo(sentence: string, pattern: RegExp): RegExpExecArray | null {
  const agent = subjectOf(sentence);
  const match = agent === null ? null : pattern.exec(sentence.slice(agent.length));
  const verb = match?.[1] ?? "";
  return match !== null && isPastTense(verb) && !REPORTING_VERB.has(verb) ? match : null;
}

/** "arrested a 34-year-old man", "stopped a woman": a past verb, then one person it was done to. */
const PAST_VERB_THEN_PERSON =
  /^\s+(\p{Ll}+)\s+an?\s+((?:[\p{Ll}\d-]+\s+){0,3}?(man|woman|boy|girl|teenager|suspect|driver|motorist|cyclist|pedestrian|passenger|person|fan|student|worker|soldier|tourist|resident|patient))(?=\s*[.,;:]|\s+(?:on|in|at|from|near|outside|after|during|for|with|over|last|this|overnight|who|and)\s|$)/u;
const MALE_PERSON = /^(?:man|boy)$/;
const FEMALE_PERSON = /^(?:woman|girl)$/;

/**
 * "The 34-year-old man" from "Police arrested a 34-year-old man on Sunday.": the one person the
 * agent's past verb was done to, whom a following "He was charged" means. Null unless the sex of
 * the noun, if it has one, is the pronoun's.
 */
function personReceiver(sentence: string, female: boolean): string | null {
  const match = deedDoneTo(sentence, PAST_VERB_THEN_PERSON);
  const [, , phrase = "", noun = ""] = match ?? [];
  if (match === null) return null;
  if ((female ? MALE_PERSON : FEMALE_PERSON).test(noun)) return null;
  return `The ${phrase}`;
}

/** "Two", "Twelve": a spelled count opening a sentence, as style guides write it. */
const COUNTED_SUBJECT_OPENING = new RegExp(`^(?:${SPELLED_NUMBERS})$`, "i");
/** "Two firefighters", "Three young men": a spelled count, then up to three lower-case words. */
/** Read with its count in lower case (`lowerFirst`): an "i" flag would let `\p{Ll}` match capitals. */
const COUNTED_SUBJECT = new RegExp(String.raw`^(?:${SPELLED_NUMBERS})(?:\s+\p{Ll}[\p{Ll}-]*){1,3}$`, "u");

/** "The bridge", "The old water tower": "The" and up to three words, none a preposition ("in this century"). */
const SIMPLE_DEFINITE_PHRASE = /^The(?:\s+(?!(?:of|in|on|at|for|from|with|by|to|and|or)\b)[\p{L}-]+){1,3}$/u;
/** "The fact is …. It gives you …": a noun that stands for an argument, not a thing a claim is about. */
const ABSTRACT_HEAD =
  /^(?:fact|truth|point|thing|problem|question|issue|reason|answer|idea|matter|result|way|situation|case|time|world|difference|choice|trouble|reality|lesson|message|goal|aim|challenge|danger|risk)$/;

/** "The bridge", "The old water tower": a singular common noun no organisation, person or group is. */
function isInanimateSubject(subject: string, head: string): boolean {
  return (
    SIMPLE_DEFINITE_PHRASE.test(subject) &&
    !ABSTRACT_HEAD.test(head) &&
    LOWER_CASE_LETTERS.test(head) &&
    !isPlural(head) &&
    !isOrganisationNoun(head) &&
    !isGroupNoun(head) &&
    !isPersonRole(subject)
  );
}

/** Words that show a noun phrase was cut badly or is not standalone ("my plan", "if any sanctions"). */
const NOT_IN_PHRASE =
  /^(?:i|we|you|he|she|they|it|me|us|him|them|my|our|your|his|her|if|when|because|while|although|unless|whether)$/i;
const FUNCTION_WORD = /^(?:of|for|to|in|on|at|by|from|with|through|and|or|but|than|as|into|over)$/i;

function isCleanPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return !words.some((w) => NOT_IN_PHRASE.test(w)) && !FUNCTION_WORD.test(words.at(-1) ?? "");
}

/** "Acme Corp.", "The Finance Ministry", "the city council": a named or plainly institutional subject. */
function isOrganisationName(subject: string): boolean {
  const words = subject.split(/\s+/);
  const last = words.at(-1) ?? "";
  if (isOrganisationNoun(last)) return true;
  // "Acme Holdings", "The Riverton Rovers": every word capitalised, and more than one of them.
  const named = words.filter((w) => !/^(?:the|of|and|for|&)$/i.test(w));
  return named.length >= 2 && named.every((w) => STARTS_UPPER_CASE.test(w)) && looksLikeOrganisation(subject);
}

const MAX_SUBJECT_WORDS = 8;
const ARTICLE = /^(?:The|A|An)$/;
/** A sentence opening like this has no subject that could stand alone. */
const PRONOUN_OR_QUOTE =
  /^(?:it|he|she|they|we|i|you|this|that|these|those|there|here|my|our|your|his|her|its|their)$|^["“‘']/i;

/** "The city council" in "The city council approved the budget on Monday." */
function subjectOf(sentence: string): string | null {
  const words = sentence.split(/\s+/, MAX_SUBJECT_WORDS + 1);
  // "Velto Motors cut …": a capitalised "-s" word is a name's, not a verb.
  // "Two firefighters were …", "Kessler's shares rose …": the word after a count or an owner is a
  // noun, not a verb in "-s".
  const verbAt = words.findIndex(
    (w, k) =>
      k > 0 &&
      !STARTS_UPPER_CASE.test(w) &&
      !(k === 1 && COUNTED_SUBJECT_OPENING.test(words[0] ?? "")) &&
      // "The regulators fined …": the word after an article is a noun, never a verb in "-s".
      !(k === 1 && ARTICLE.test(words[0] ?? "")) &&
      !/['’]s?$/.test(words[k - 1] ?? "") &&
      (isUnambiguousVerb(w) || isFiniteVerb(w)),
  );
  if (verbAt <= 0) return null;
  const subject = words.slice(0, verbAt);
  const [first = ""] = subject;
  if (PRONOUN_OR_QUOTE.test(first) || !STARTS_UPPER_CASE.test(first)) return null;
  // "Kessler's shares", "The company's shares": an owner opening the subject is part of it; a
  // possessive later on, or a comma, cuts it.
  const ownerAt = /^The$/.test(first) ? 1 : 0;
  if (subject.some((w, k) => /[,;:]$/.test(w) || (/['’]s$/.test(w) && k !== ownerAt))) return null;
  return subject.join(" ");
}

/** Events a news story opens with, which a later "It" goes on about. */
const EVENT_NOUN =
  /^(?:quake|earthquake|storm|hurricane|typhoon|cyclone|flood|fire|wildfire|blaze|blast|explosion|attack|crash|collision|outbreak|eruption|landslide|tsunami|derailment)$/;

/** "approved the new bridge": the agent's verb, then a determined object ending the clause. */
const VERB_THEN_OBJECT =
  /^\s+(?:has\s+|have\s+|had\s+)?\p{Ll}+\s+(?:the|a|an)\s+((?:[\p{Ll}\d-]+\s+){0,3}(\p{Ll}[\p{Ll}-]+))(?=\s*[.,;:]|\s+(?:on|in|at|for|last|this|after|before)\s|$)/u;

/** "They were charged", "They were later released": a participle after the auxiliary, or one adverb on. */
function isPassiveAfter(content: string): boolean {
  const words = content.split(/\s+/, 5);
  // "They will be delivered": the participle comes after the modal's "be".
  const auxiliaryAt = MODAL_WORD.test(words[1] ?? "") ? 2 : 1;
  const next = words[auxiliaryAt + 1] ?? "";
  return HANDLED.test(PASSIVE_ADVERB.test(next) ? (words[auxiliaryAt + 2] ?? "") : next);
}
/** "Most of them were released", "Two of them were charged": a share of "them", then a passive. */
const SHARE_OF_THEM = new RegExp(
  String.raw`^(Most|All|Some|Many|Several|Half|None|Both|Few|\d[\d,]*|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+of\s+them\s+(?=(?:were|was|are|have\s+been|had\s+been|will\s+be)\s+(?:later\s+|since\s+)?(?:${HANDLED_WORDS})\b)`,
);
const PASSIVE_ADVERB = /^(?:later|also|then|all|both|subsequently|eventually|quickly|immediately|each)$/;

/**
 * "arrested two men", "pulled 14 children", "detained the suspects": a past verb, then a counted or
 * determined plural it was done to.
 */
const PAST_VERB_THEN_RECEIVER = new RegExp(
  String.raw`^\s+(\p{Ll}+)\s+(?:the\s+(?:sale|purchase|delivery|transfer|export|import|shipment)\s+of\s+)?(?:(?:at\s+least|about|some|more\s+than)\s+)?(the\s+|(?:\d[\d,]*|${SPELLED_NUMBERS})\s+|(?:dozens|hundreds|thousands)\s+of\s+)((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*))(?=\s*[.,;:]|\s+(?:on|in|at|from|to|into|near|outside|after|during|for|with|by|under|last|this|overnight|and)\s|$)`,
  "u",
);

/**
 * "The two men" from "Police arrested two men in Dorrow on Sunday.", "The suspects" from "Police
 * detained the suspects on Sunday.": the plural object of the agent's past verb, which a following
 * passive "They", or a "They" that costs something, stands for. Null unless the sentence opens with
 * its subject and that verb.
 */
function countedReceiver(sentence: string): string | null {
  const match = deedDoneTo(sentence, PAST_VERB_THEN_RECEIVER);
  const [, , determiner = "", noun = "", head = ""] = match ?? [];
  if (match === null || !isPluralNoun(head)) return null;
  // "dozens of fighters" are "The fighters"; "two men" stay "The two men".
  const counted = determiner === "the " || determiner.endsWith(" of ") ? "" : determiner;
  return `The ${counted}${noun}`;
}

/** "fined the bank last year": a past verb, then a determined object ending the clause. */
const PAST_VERB_THEN_ONE =
  /^\s+(\p{Ll}+)\s+(?:the|a|an)\s+((?:[\p{Ll}\d-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+))(?=\s*[.,;:]|\s+(?:on|in|at|for|last|this|after|before|over)\s|$)/u;

/** "The bank" from "The regulators fined the bank last year.": the one thing the agent's past deed was done to. */
function singleReceiver(sentence: string): string | null {
  const match = deedDoneTo(sentence, PAST_VERB_THEN_ONE);
  const [, , object = "", head = ""] = match ?? [];
  return match === null || isPlural(head) ? null : `The ${object}`;
}

/** "The new bridge" from "The council approved the new bridge on Monday.", or null. */
function objectOfAgent(sentence: string, agent: string, plural: boolean): string | null {
  if (!sentence.startsWith(agent)) return null;
  const match = VERB_THEN_OBJECT.exec(sentence.slice(agent.length));
  const [, object = "", head = ""] = match ?? [];
  const verb = sentence.slice(agent.length).trim().split(/\s+/, 1)[0] ?? "";
  if (match === null || !(isPastTense(verb) || isFiniteVerb(verb)) || isPlural(head) !== plural) return null;
  return `The ${object}`;
}

/** "The new Northgate hospital", "The bridge": a definite built thing (no body of people, no person). */
function isBuiltThing(phrase: string): boolean {
  const head = phrase.split(/\s+/).at(-1) ?? "";
  if (!/^The\s/.test(phrase) || !/^\p{Ll}+$/u.test(head) || isPlural(head) || isPersonRole(phrase))
    return false;
  return !isOrganisationNoun(head) || BUILT_ORGANISATION.test(head);
}
/** Organisation nouns that are also buildings, which cost and open. */
const BUILT_ORGANISATION = /^(?:hospital|school|port|railway|university|embassy)$/;

function isPlural(noun: string): boolean {
  return LOWER_CASE_THEN_S.test(noun) && !/(?:ss|us|is|ics|news)$/.test(noun);
}

/** "a $310 million budget" → "The $310 million budget". */
function definite(phrase: string): string {
  const bare = phrase.replace(/^(?:a|an|the|this|that|these|those)\s+/i, "");
  return STARTS_UPPER_CASE.test(bare) && !/^(?:a|an|the)\s/i.test(phrase) ? bare : `The ${bare}`;
}

/** "its budget" after "The council approved ..." → "The council's budget"; null without an owner. */
function possessed(phrase: string, owner: string | null): string | null {
  const own = /^(?:its|their)\s+(.+)$/i.exec(phrase);
  if (own === null) return definite(phrase);
  return owner === null ? null : `${owner}’s ${own[1] ?? ""}`;
}

/** "The budget" → "The $310 million budget for 2025" when an earlier sentence described it. */
function describeThing(phrase: string, entities: EntityMemory): string {
  if (!isVagueReference(phrase)) return phrase;
  const entity = entities.find(phrase);
  return entity === null ? phrase : describe(entity, phrase);
}
