import {
  CHANGE_FROM,
  isFiniteVerb,
  isPastTense,
  isUnambiguousVerb,
  isVerbForm,
  SUBORDINATE_OPENING,
} from "../decompose/clauses";
import { isThingNoun } from "../decompose/entities";
import {
  ACRONYM,
  allMatches,
  BARE_NUMBER,
  capitalize,
  DOUBLE_QUOTE_MARK,
  isSpaceCode,
  LowerCaseWords,
  lowerFirst,
  STARTS_LOWER_CASE,
  STARTS_UPPER_CASE,
  trimTrailing,
  wordsOf,
} from "../util/text";
import {
  DOCUMENT_NOUN,
  GROUP_NOUNS,
  hasRoleOrOccupation,
  hasRoleWord,
  INSTITUTION_WITH_AND,
  isGroupNoun,
  isGroupWithExamples,
  isKindThenName,
  isListedInstitution,
  isNameListComma,
  isOrganisationNoun,
  JOINT_NAMES,
  LEAD_AND_COLLEAGUES,
  MEDIA_SOURCE,
  NAME_PARTICLES,
  POSSESSIVE_END,
  QUALIFIED_GROUP,
  startsWithRole,
  WHO_SPOKE_ANONYMOUSLY,
} from "./names";
import {
  CITING_FIRST_WORD,
  CITING_VERB,
  CLAIM_NOUN_VERB,
  CLAUSE_VERB,
  INFINITIVE_REPORT,
  REPORTING_VERB,
  SAYS_AGAIN,
} from "./verbs";

/** A tag in the middle of a sentence, relative offsets. */
export interface AttributionCut {
  start: number;
  end: number;
  /** "…, the board said, adding that B": what comes before the tag and after it are two claims. */
  separates?: boolean;
  /** "“We were,” said Kask, “completely unprepared.”": the words either side read on as one. */
  joins?: boolean;
}

/** Where a sentence says who is speaking, and which part of it is the claim. */
export interface Attribution {
  /** Speaker as written ("Sen. Jane Roe (R-Ohio)", "he", "the ministry"); null when unnamed. */
  speakerPhrase: string | null;
  /** Who relays someone else's claim ("Roe referred to Smith's claim that ..."). */
  reporterPhrase: string | null;
  /** The claim inside the sentence, relative offsets; equal start and end means a bare tag. */
  contentStart: number;
  contentEnd: number;
  /** Words to put before the content so it stands alone ("Jane Smith claimed that"). */
  prefix: string;
  /** A tag in the middle ("..., officials said Tuesday, after ...") to leave out of the claim. */
  cut?: AttributionCut;
  /** The speaker's own action after the claim ("… and ordered him to repay the money"). */
  action?: SpeakerAction;
}

/**
 * What a speaker did besides saying something, relative offsets; `subject` is the speaker as written,
 * or "" when the action's words hold it ("The bank kept its rate, saying …").
 */
export interface SpeakerAction {
  start: number;
  end: number;
  subject: string;
}

const MAX_SPEAKER_WORDS = 12;
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const CLOSING_PUNCT = " \t\n\r\"”’'»,;:.—–-";
const TAG_BOUNDARY = /[,?!—–][”"’']*\s+|[”"]\s+/g;
/** "is", "had", "would": a word that makes what follows it a clause, not a name or an adverbial. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could)$/;
/** "Lia Brandt, said …": a name closed by a comma right before the verb. */
const APPOSITIVE_TAG =
  /^[^,]{2,80},\s+(?:said|says|told|added|wrote|noted|confirmed|explained|argued|reported|announced|stated|warned|insisted)\b/;

/**
 * A short role phrase ("Cole's spokeswoman"), not a clause or a quotation; longer with a role word in
 * it ("a spokesman for the provincial government").
 */
function isRolePhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const short = words.length <= 5 || (words.length <= MAX_ROLE_WORDS && hasRoleWord(text));
  return short && !/["“”]/.test(text) && !words.some((w) => AUXILIARY.test(w));
}
const MAX_ROLE_WORDS = 9;

/** Participles after a tag that bring a further claim: "…, the board said, adding that …". */
const ADDING_WORDS = "adding|noting|saying|warning|arguing|insisting";
const TAG_PARTICIPLE = new RegExp(
  // "…,” she said, her voice breaking.": how it was said, an absolute phrase after the tag.
  `,\\s+(?:${ADDING_WORDS}|explaining|calling|referring|responding|reacting|pointing|speaking|declining|asking|requesting|(?:his|her|their)\\s+[a-z]+\\s+[a-z]+ing\\b)(?:[\\s:.]|$)`,
);
const TAIL_ACCORDING_TO = /^according to\s+(.{2,160})$/i;
/** "—", "–": a dash opening what follows a tag. */
const DASH_INITIALS = new Set([0x2014, 0x2013]);
/** " — that ": the dash closing an aside, and the "that" opening the claim after it. */
const CLOSING_DASH = /\s[—–]\s+(?:that\s+)?/;
/** " — will open in May": a dash after a source, closing the aside the source was in. */
const DASH_AFTER_SOURCE = /\s[—–]\s/;
/**
 * ", up from 45% a week ago", ", compared with 3% in May", ", while the vacancy rate sits at 1%",
 * ", to £1,285 a month", ", the fastest annual growth since 2022": a change, a contrast, where a
 * figure got to or how it ranks, closing a figure's claim after its source.
 */
const CHANGE_AFTER_SOURCE = new RegExp(
  String.raw`,\s+(?:${CHANGE_FROM}|while|whereas|to\s+[$€£]?\d|(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:highest|lowest|fastest|slowest|largest|smallest|biggest|strongest|weakest|sharpest|steepest|most|least)\b)\s?`,
  "u",
);
const ROLE_THEN_FULL_NAME =
  /^(?:the\s+)?\p{Lu}[^,]{2,100},\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;
/**
 * "census results published on Friday by the X", "a survey of 21,000 passengers by the group X", "a
 * readout of the call released by the presidency": data or a record, then its maker.
 */
const DATA_MAKER =
  /^(?:.{0,40}?\b(?:data|figures|statistics|estimates|results|survey|poll|study|report|analysis|index|records|research|census|readout|transcript|minutes|summary)\b.{0,60}?)\s+by\s+((?:the\s+)?[^,]{2,80})$/i;
/** "per the authority's website", "per Eurostat"; not "per year" or "per cent". */
const TAIL_PER =
  /^(?:as\s+)?per\s+((?:the|a|an)\s+[^,]{2,100}|\p{Lu}[^,]{1,100}|\p{Ll}+\s+(?:data|figures|statistics|estimates|records))$/u;
/** "the report, which was published by …": a document, then who issued it. */
const ISSUED_DOCUMENT =
  /^(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:report|study|survey|analysis|audit|review|assessment),\s+which\s+(?:was|had been|has been)\s+(?:published|released|issued|compiled|prepared)\s+(?:\S+\s+){0,3}?by\s/u;
const TAIL_VERB_FIRST =
  /^(?:said|says|added|adds|wrote|writes|insisted|insists|explained|explains|warned|warns|continued|admitted|recalled|replied|argued|argues|noted|notes|observed|observes|predicted|predicts|cautioned|cautions|stressed|conceded|acknowledged|claimed|claims|suggested|suggests|maintained|maintains)\s+(.{2,160})$/;

/** Longer "sentences" are unpunctuated dumps, not reported speech; skipping them keeps this linear. */
const MAX_SENTENCE_CHARS = 2000;
/** "The ministry put the death toll at 41", "Another official put the figure higher": who estimates. */
const PUT_THE_FIGURE =
  /^(?:(?:However|But|Meanwhile|Separately|Elsewhere),\s+)?([^,"“”]{2,80}?)\s+(?:put|puts|has\s+put|had\s+put)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:figure|toll|cost|number|total|damage|bill|losses|loss|count|estimate|price)(?:\s+of\s+[\p{L}-]+)?\s+(?:at|higher|lower|closer|even)\b/u;

/** "The words came from Per Aasen, who farms near Kelby.": who said the quotation before it. */
const WORDS_CAME_FROM =
  /^The\s+(?:words|warning|message|verdict|remarks?|comments?|plea)\s+(?:came|come|comes)\s+from\s+([^,.;:"“”]{2,80}?)(?=\s*[,.]|\s*$)/;
/** "So says Ingrid Sol, …", "So said the report": a tag naming who said the quotation before it. */
/**
 * "— Fiona Leckie, Kelso Airport", "— Opposition leader Marta Lind, speaking on Vell Radio, 3 March
 * 2026": a dash, a full name (perhaps after a role in lower case), maybe what the person is.
 */
const DASH_CREDIT =
  /^[—–]\s*(\p{Lu}[\p{L}.'’-]*\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)(?:,\s+[^"“”]{1,100})?\.?$/u;
const SO_SAYS = /^So\s+(?:says|said|claims|claimed|argues|argued)\s+([^,.;:"“”]{2,60}?)(?=\s*[,.;]|\s*$)/;

export function detectAttribution(sentence: string): Attribution | null {
  const found = detectTag(sentence);
  // "The mayor, in a letter to residents seen by the Harwick Echo, said …": the outlet reports it.
  if (found === null || found.reporterPhrase !== null || !sentence.includes(" by ")) return found;
  const seen = DOCUMENT_SEEN_BY.exec(sentence);
  const outlet = seen?.[1];
  if (seen === null || outlet === undefined) return found;
  // Not "She said the letter had been seen by Reuters": words of the claim are no reporter.
  const inClaim = seen.index >= found.contentStart && seen.index < found.contentEnd;
  const oneSource = /^[Tt]he\s/.test(outlet) || !outlet.includes(" ");
  if (inClaim || !oneSource) return found;
  // "The report, seen by the Ardo Times, said …": the document before the aside speaks, not the aside.
  const subject = sentence.slice(0, seen.index).replace(/,$/, "");
  const asideSpeaks = found.speakerPhrase?.startsWith(seen[0].trim()) === true && isSpeakerPhrase(subject);
  return { ...found, speakerPhrase: asideSpeaks ? subject : found.speakerPhrase, reporterPhrase: outlet };
}

/** "a letter seen by the Harwick Echo", "documents obtained by Reuters": the outlet that has the document. */
const DOCUMENT_SEEN_BY =
  /\s(?:seen|obtained|reviewed)\s+by\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;

function detectTag(sentence: string): Attribution | null {
  if (sentence.length > MAX_SENTENCE_CHARS) return null;
  if (/^(?:that|this|those|these)\b/i.test(sentence)) {
    const referring = referringTag(sentence);
    if (referring !== null) return referring;
  }
  // "“The harbour will be full by 2030.” So says Ingrid Sol, the port's planner.": the quotation's
  // speaker; so is "The words came from Per Aasen, who …".
  if (sentence.startsWith("So ") || sentence.startsWith("The ")) {
    const phrase = (SO_SAYS.exec(sentence) ?? WORDS_CAME_FROM.exec(sentence))?.[1];
    if (phrase !== undefined && isSpeakerPhrase(phrase))
      return { speakerPhrase: phrase, reporterPhrase: null, contentStart: 0, contentEnd: 0, prefix: "" };
  }
  // "“Growth and quiet skies are not opposites.” — Fiona Leckie, Kelso Airport": a pulled quotation's
  // credit after a dash names who said it and says nothing itself.
  const first = sentence.charCodeAt(0);
  const credit = DASH_INITIALS.has(first) ? DASH_CREDIT.exec(sentence)?.[1] : undefined;
  if (credit !== undefined && isSpeakerPhrase(credit))
    return { speakerPhrase: credit, reporterPhrase: null, contentStart: 0, contentEnd: 0, prefix: "" };
  // "Brandt put it bluntly: “…”": no verb of saying, but a quotation he is said to have put.
  const introduced =
    sentence.includes(": “") || sentence.includes(': "') ? introducedQuotation(sentence) : null;
  if (introduced !== null) return introduced;
  // '10:55 Opposition: "The minister is in denial"': a live blog's entry, its speaker labelled after the time.
  const labelled = first >= 48 && first <= 57 && sentence.includes(":") ? timedLabel(sentence) : null;
  if (labelled !== null) return labelled;
  // "Another official put the figure higher", "The ministry put the death toll at 41": an estimate, the subject's.
  const estimate = sentence.includes(" put") ? PUT_THE_FIGURE.exec(sentence) : null;
  const estimator = estimate?.[1];
  if (estimator !== undefined && isSpeakerPhrase(estimator)) {
    const whole = trimmedRange(sentence, 0, sentence.length);
    if (whole !== null) return { speakerPhrase: estimator, reporterPhrase: null, ...whole, prefix: "" };
  }
  const headline = headlineSource(sentence);
  if (headline !== null) return headline;
  // "As per the corporation's data, …", "…, as per the ministry": Indian English for "according to".
  if (
    !MENTIONS_REPORTING.test(sentence) &&
    !endsWithResearchFinding(sentence) &&
    !/^\s*(?:As p|P)er\s/.test(sentence) &&
    !sentence.includes(", per ") &&
    !sentence.includes(" as per ")
  )
    return null;
  // "…, a charge Valdoria denied.": the denial of the claim is no tag of it, and no part of it.
  // So is "…, a figure the Treasury said was “exaggerated”": another's word on it, no tag of the claim.
  const tail = sentence.includes(", a") ? sentence.slice(-140) : "";
  const rebuttal =
    tail !== "" && REBUTTAL_HINT.test(tail)
      ? REBUTTAL_APPOSITIVE.exec(sentence)
      : tail !== "" && JUDGED_HINT.test(tail)
        ? JUDGED_APPOSITIVE.exec(sentence)
        : null;
  if (rebuttal !== null) return detectAttribution(sentence.slice(0, rebuttal.index));
  // "…, a spokesperson, Amélie Girard, said, without giving further details.": the closing aside is
  // no claim, and the tag before it closes the sentence.
  const aside = sentence.includes(", without ") ? CLOSING_WITHOUT.exec(sentence) : null;
  if (aside !== null) return detectAttribution(sentence.slice(0, aside.index));
  const verbFirst = VERB_FIRST_INITIALS.has(sentence.charCodeAt(0)) ? verbFirstOpening(sentence) : null;
  if (verbFirst !== null) return verbFirst;
  const split =
    OPENING_QUOTE_MARK.test(sentence) && QUOTATION_REOPENS.test(sentence) ? splitQuotation(sentence) : null;
  if (split !== null) return split;
  const disputed =
    sentence.includes(" that ") && CLAIM_OPENING.test(sentence) ? disputedClaim(sentence) : null;
  if (disputed !== null) return disputed;
  const passive =
    sentence.includes("t was ") || sentence.includes("t has been ") ? passiveReport(sentence) : null;
  if (passive !== null) return passive;
  const toldBody = sentence.includes(" told") ? toldInCourt(sentence) : null;
  if (toldBody !== null) return toldBody;
  // "…, which officials said would create 3,000 jobs", "Groups, who say the work will harm X, plan …".
  const relative = reportsInRelative(sentence)
    ? (reportedRelative(sentence) ?? reportingSubjectRelative(sentence) ?? closingWhoSaid(sentence))
    : null;
  if (relative !== null) return relative;
  const closing = sourcedLeadingTag(sentence, trailingTag(sentence));
  const found =
    closing ??
    middleTag(sentence) ??
    leadingAccordingTo(sentence) ??
    quotedAsSaying(sentence) ??
    reportedToHaveSaid(sentence) ??
    leadingCiting(sentence) ??
    accusedOfSaying(sentence) ??
    leadingData(sentence) ??
    leadingFinding(sentence) ??
    throughSpokesperson(sentence) ??
    leadingSpeaker(sentence) ??
    participleTag(sentence) ??
    actionThenSaid(sentence) ??
    calledQuoted(sentence);
  if (found === null) return null;
  // 'said: "These early estimates show that …"': a quotation is the speaker's own words, whatever it cites.
  if (
    found !== closing &&
    DOUBLE_QUOTE_OPENING.test(sentence.slice(Math.max(0, found.contentStart - 1), found.contentStart + 1))
  )
    return found;
  return relayed(sentence, found, found === closing) ?? shownSpeaker(sentence, found) ?? found;
}

/**
 * "Bridge will reopen in May — minister", "Rates to stay high - central bank": a headline whose source
 * closes it after a dash, a role, a group, a document or a name of up to four words.
 */
const HEADLINE_SOURCE = /\s[—–-]\s+((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)$/u;
const HEADLINE_SOURCE_HEAD =
  /^(?:officials?|police|sources|report|study|survey|poll|data|figures|analysts|economists|experts|scientists|researchers|doctors|unions?|ministry|government|court|judge|prosecutors|filing|statement|governor|spokes(?:man|woman|person))$/i;

function headlineSource(sentence: string): Attribution | null {
  // A headline has no closing stop; its dash is near the end.
  if (/[.!?"”’]$/.test(sentence) || !/\s[—–-]\s/.test(sentence.slice(-45))) return null;
  const match = HEADLINE_SOURCE.exec(sentence);
  const phrase = match?.[1] ?? "";
  const head = phrase.split(/\s+/).at(-1) ?? "";
  // "— filing", "— central bank governor": a source noun last needs no other sign of a speaker.
  const sourceHead = HEADLINE_SOURCE_HEAD.test(head) && !phrase.split(/\s+/).some((w) => CLAUSE_WORD.test(w));
  const source = hasRoleWord(phrase) || sourceHead || MEDIA_SOURCE.test(phrase);
  if (match === null || !source || !(sourceHead || isSpeakerPhrase(phrase))) return null;
  const content = trimmedRange(sentence, 0, match.index);
  return content === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "" };
}

/** "Ingrid Solberg, through her spokesman Paolo Venturi, said (that) …". */
const THROUGH_SPOKESPERSON =
  /^([^,"“”]{3,80}),\s+(?:speaking\s+)?through\s+(?:his|her|its|their|a)\s+(?:spokes(?:man|woman|person)|lawyer|attorney|representative|office)(?:,?\s+([^,"“”]{3,60}?))?,\s+(?:said|says|told\s+[^,"“”]{2,40}?)\s+(?:that\s+)?/;

/** The subject's words, relayed by the spokesperson it spoke through. */
function throughSpokesperson(sentence: string): Attribution | null {
  const match = sentence.includes(" through ") ? THROUGH_SPOKESPERSON.exec(sentence) : null;
  const speaker = match?.[1];
  if (match === null || speaker === undefined || !isSpeakerPhrase(speaker)) return null;
  // "… said the attacks were unacceptable and urged restraint": the claim ends where the next deed starts.
  const next = SPEAKER_ACTION.exec(sentence.slice(match[0].length));
  const end = next === null ? sentence.length : match[0].length + next.index;
  const content = trimmedRange(sentence, match[0].length, end);
  return content === null
    ? null
    : { speakerPhrase: speaker, reporterPhrase: match[2] ?? null, ...content, prefix: "" };
}

/** " and said that", " and added": the subject's second verb, one of saying. */
const AND_SAID = /\s+and\s+(?:also\s+)?(?:said|added(?!\s+to\s)|warned|insisted|argued)(?:\s+that)?\s+/;
/**
 * "Andriy Kovalenko, speaking in Vilnius before the text was published, ": the subject, then an aside on
 * when or where (an appositive, "Kesh Air, the largest airline in Vell,", is read elsewhere).
 */
const SUBJECT_THEN_ASIDE =
  /^([^,"“”]{3,80}),\s+(?:\p{Ll}+ing|asked|in|at|during|after|before|on)\s[^,"“”]{3,120},\s+/u;

/**
 * "Andriy Kovalenko, speaking in Vilnius, called the delay “absurd” and said it showed there was no
 * readiness …": what the subject said after a deed of its own, whose words the aside keeps too far
 * from "said" for the other readers. The deed is a claim of the subject's too.
 */
function actionThenSaid(sentence: string): Attribution | null {
  if (!sentence.includes(" and ")) return null;
  const said = AND_SAID.exec(sentence);
  const subject = said === null ? null : SUBJECT_THEN_ASIDE.exec(sentence);
  if (said === null || subject === null || subject[0].length >= said.index) return null;
  const phrase = subject[1] ?? "";
  const verb = sentence.slice(subject[0].length).split(" ", 1)[0] ?? "";
  if (!isPastTense(verb) || !isSpeakerPhrase(phrase)) return null;
  const content = trimmedRange(sentence, said.index + said[0].length, sentence.length);
  if (content === null) return null;
  return {
    speakerPhrase: phrase,
    reporterPhrase: null,
    ...content,
    prefix: "",
    action: { start: subject[0].length, end: said.index, subject: phrase },
  };
}

/** "shows officials", "revealed that managers": a document's verb before whom it shows speaking. */
const SHOWING_VERB = "shows?|showed|reveals?|revealed|suggests?|suggested|confirms?|confirmed";
const SHOWN_SPEAKER = new RegExp(String.raw`^(?:(\S.*?)\s+)?(?:${SHOWING_VERB})\s+(?:that\s+)?(\S.*)$`);
/** "An internal email", "The minutes": the document opening the sentence, before any appositive. */
const OPENING_DOCUMENT = new RegExp(String.raw`^((?:An?|The)\s+[^,]{2,60}?)(?:,|\s+(?:${SHOWING_VERB})\s)`);

/**
 * "An internal email, obtained by the Herald, shows officials warned the price was excessive": the
 * officials' warning, relayed by the email (a speaker phrase opening with "shows" read it as one).
 */
function shownSpeaker(sentence: string, found: Attribution): Attribution | null {
  const shown = found.speakerPhrase === null ? null : SHOWN_SPEAKER.exec(found.speakerPhrase);
  const speaker = shown?.[2];
  if (shown === null || speaker === undefined) return null;
  // "The minutes show board members warned": the document is in the phrase; else it opens the sentence.
  const document = shown[1] ?? OPENING_DOCUMENT.exec(sentence)?.[1] ?? null;
  if (isSpeakerPhrase(speaker)) return { ...found, speakerPhrase: speaker, reporterPhrase: document };
  // Whoever it shows is no name a speaker could have ("board members"): the document's word it is.
  return document === null ? null : { ...found, speakerPhrase: document, reporterPhrase: null };
}

const PASSIVE_REPORT = String.raw`[Ii]t\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:announced|confirmed|revealed|disclosed|reported|stated)(?:\s+by\s+([^,"“”]{2,80}?))?(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:yesterday|today|last\s+week|this\s+week|earlier))?`;
/** "…, it was announced by the city council on Monday.": the council's claim. */
const PASSIVE_TAG_CLOSING = new RegExp(String.raw`,\s+${PASSIVE_REPORT}[.!]?$`, "u");
/** "It was confirmed by the ministry on Tuesday that …": the ministry's claim. */
const PASSIVE_TAG_OPENING = new RegExp(String.raw`^${PASSIVE_REPORT}\s+that\s+`, "u");

/** "…, it was announced by X" or "It was announced by X that …": X's claim; null for any other sentence. */
function passiveReport(sentence: string): Attribution | null {
  return closingOrOpeningTag(sentence, PASSIVE_TAG_CLOSING, PASSIVE_TAG_OPENING);
}

/**
 * The claim around a tag that either closes the sentence (`closing`, matched from its comma) or opens
 * it (`opening`, matched up to its "that"); the speaker is the tag's group 1, if any.
 */
function closingOrOpeningTag(sentence: string, closing: RegExp, opening: RegExp): Attribution | null {
  const closed = closing.exec(sentence);
  const opened = closed === null ? opening.exec(sentence) : null;
  const match = closed ?? opened;
  if (match === null) return null;
  const content =
    closed !== null
      ? trimmedRange(sentence, 0, closed.index)
      : trimmedRange(sentence, match[0].length, sentence.length);
  if (content === null) return null;
  return { speakerPhrase: match[1] ?? null, reporterPhrase: null, ...content, prefix: "" };
}

/** "Lowmoor Crown Court", "the jury", "the inquest": a body that hears what is said before it. */
const LISTENING_BODY = String.raw`((?:the\s+|a\s+|\p{Lu}[\p{L}'’-]*\s+){0,3}(?:[Cc]ourt|jury|inquest|tribunal|hearing|inquiry|committee))\s+(?:was|were|has\s+been|had\s+been)\s+told(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?`;
/** "…, Lowmoor Crown Court was told.": said in court, as "…, the court heard" is. */
const BODY_TOLD_CLOSING = new RegExp(String.raw`,\s+${LISTENING_BODY}[.!]?$`, "u");
/** "The jury was told that …". */
const BODY_TOLD_OPENING = new RegExp(String.raw`^${LISTENING_BODY}\s+that\s+`, "u");

/** "…, the court was told" or "The jury was told that …": what was said before that body; null otherwise. */
function toldInCourt(sentence: string): Attribution | null {
  return closingOrOpeningTag(sentence, BODY_TOLD_CLOSING, BODY_TOLD_OPENING);
}

/**
 * "Brandt put it bluntly: “…”", "Her reply was short: “…”" is not this; a speaker, then how they put
 * it, then a colon and a quotation to the end of the sentence.
 */
const INTRODUCED_QUOTATION =
  /^([^:"“”]{2,80}?)\s+(?:put it|summed it up|summed up|was (?:more |even more |equally )?(?:blunt|direct|clear|frank|succinct|defiant|emphatic|scathing|dismissive)|went further|struck an? \p{Ll}+ (?:tone|note)|had (?:a|an|this) (?:\p{Ll}+ )?(?:message|warning|verdict)(?: for [^:"“”]{1,40})?)(?: (?:\p{Ll}+ly|more \p{Ll}+ly|this way|differently))?:\s+["“]/u;

/** Capitals labels that name no speaker. */
export const NOT_A_TURN =
  /^(?:UPDATE|UPDATED|BREAKING|NOTE|CORRECTION|CLARIFICATION|WATCH|READ|MORE|LIVE|ANALYSIS|OPINION|EXCLUSIVE|CLAIM|VERDICT|RATING|FACT|FACTS|CONTEXT|BACKGROUND|SOURCE|SOURCES|PHOTO|PHOTOS|VIDEO|EDITOR'S NOTE|EDITOR’S NOTE)$/;

/** '10:55 Opposition: "…"', '9.30 BST Opposition leader Ana Roe: “…”': a time, a label, a colon, then a quotation. */
const TIMED_LABEL =
  /^\d{1,2}[:.]\d{2}(?:\s+(?:BST|GMT|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT))?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}):\s+["“]/u;

/** A live blog's labelled quotation: the label speaks, the quotation is the claim; null otherwise. */
function timedLabel(sentence: string): Attribution | null {
  const match = TIMED_LABEL.exec(sentence);
  const speaker = match?.[1];
  // "10:55 Update: …" is a heading, no one speaking.
  if (match === null || speaker === undefined || NOT_A_TURN.test(speaker.toUpperCase())) return null;
  if (!isSpeakerPhrase(speaker)) return null;
  const content = trimmedRange(sentence, match[0].length - 1, sentence.length);
  return content === null ? null : { speakerPhrase: speaker, reporterPhrase: null, ...content, prefix: "" };
}

/** "Opposition leader Tomas Brandt put it bluntly: “The minister wasted 12 million.”": Brandt's quotation. */
function introducedQuotation(sentence: string): Attribution | null {
  const match = INTRODUCED_QUOTATION.exec(sentence);
  const speaker = match?.[1];
  if (match === null || speaker === undefined || !isSpeakerPhrase(speaker)) return null;
  // "The result was clear: “…”": a thing is no speaker; a person, a group or an organisation is.
  const named = PRONOUN.test(speaker) || NAME.test(speaker) || startsWithRole(speaker);
  const head = speaker.split(" ").at(-1) ?? "";
  if (!named && !isOrganisationNoun(head) && !isGroupNoun(head) && !/^\p{Lu}\S*\s+\p{Lu}/u.test(speaker))
    return null;
  const content = trimmedRange(sentence, match[0].length - 1, sentence.length);
  if (content === null || /["“”]/.test(sentence.slice(content.contentStart, content.contentEnd))) return null;
  return { speakerPhrase: speaker, reporterPhrase: null, ...content, prefix: "" };
}

/** Verbs by which a relative clause reports: "which officials said would …", "who say the work will …". */
const RELATIVE_REPORT_VERB =
  "said|says|say|estimated|estimates|estimate|expect|expects|expected|predicted|predicts|predict|believe|believes|believed|claim|claims|claimed|argue|argues|argued|warned|warn|warns|insist|insists|insisted";

/** Words that open a relative clause, each looked for with a verb of saying shortly after it. */
const RELATIVE_OPENERS = [" which ", " that ", ", who ", "— a", ", a "];
/** The nouns REDUCED_RELATIVE reads after ", a ": any other ", a " opens no reported relative. */
const REDUCED_RELATIVE_NOUN =
  /^(?:[\p{Ll}-]+\s+)?(?:move|step|decision|plan|measure|cut|policy|deal|change)\s/u;
/** The stems of RELATIVE_REPORT_VERB. */
const RELATIVE_REPORT_STEM = /\s(?:sa(?:id|ys?)\s|estimat|expect|predict|believ|claim|argu|warn|insist)/;

/** Cheap look before the relative-clause patterns: an opener, then a verb of saying within 60 characters. */
function reportsInRelative(sentence: string): boolean {
  for (const opener of RELATIVE_OPENERS) {
    let at = sentence.indexOf(opener);
    while (at >= 0) {
      const after = sentence.slice(at + opener.length - 1, at + opener.length + 60);
      const reduced = opener === ", a " && !REDUCED_RELATIVE_NOUN.test(after.slice(1));
      if (!reduced && RELATIVE_REPORT_STEM.test(after)) return true;
      at = sentence.indexOf(opener, at + opener.length);
    }
  }
  return false;
}

/**
 * "a new terminal that the port authority says will double capacity", "an expansion, which officials
 * said would create 3,000 jobs": the thing (from its determiner), the speaker, and the reported
 * predicate (a modal, an auxiliary or a verb in -ed or -s right after the verb of saying).
 */
const REPORTED_RELATIVE = new RegExp(
  String.raw`(?:^|[\s(])(a|an|the|its|their|his|her|this)\s+([^,;:"“”()]{2,80}?)(,?)\s+(?:which|that)\s+((?:the\s+|a\s+)?[^\s,;:"“”]+(?:\s+[^\s,;:"“”]+){0,4}?)\s+(?:${RELATIVE_REPORT_VERB})\s+(?=(?:would|will|could|can|might|may|should|must|is|was|are|were|had|has|have|\p{Ll}+ed|\p{Ll}+s)\s)`,
  "u",
);

/** "— a move the company says will save …", ", a step officials expect will …": an appositive's noun, then who says what of it. */
const REDUCED_RELATIVE = new RegExp(
  String.raw`[,—–]\s+(a|an)\s+((?:[\p{Ll}-]+\s+)?(?:move|step|decision|plan|measure|cut|policy|deal|change))()\s+((?:the\s+|a\s+)?[^\s,;:"“”]+(?:\s+[^\s,;:"“”]+){0,3}?)\s+(?:${RELATIVE_REPORT_VERB})\s+(?=(?:would|will|could|can|might|may|is|was|has|had)\s)`,
  "u",
);

/**
 * "The government approved an expansion of the port, which officials said would create 3,000 jobs":
 * the officials' claim about the expansion ("The expansion of the port would create 3,000 jobs"), and
 * the rest of the sentence the article's own claim (an action without a subject).
 */
function reportedRelative(sentence: string): Attribution | null {
  const match = REPORTED_RELATIVE.exec(sentence) ?? REDUCED_RELATIVE.exec(sentence);
  if (match === null) return null;
  const [whole, determiner = "", thing = "", comma = "", speaker = ""] = match;
  // A "which" after a comma is the usual news style; a restrictive "that" needs none, nor does "— a move
  // the company says will …".
  if (comma === "" && !whole.includes(" that ") && !/^[,—–]/.test(whole)) return null;
  if (!isSpeakerPhrase(speaker) || PRONOUN.test(speaker)) return null;
  const thingStart = match.index + (whole.startsWith(determiner) ? 0 : 1);
  const content = trimmedRange(sentence, match.index + whole.length, sentence.length);
  // "The minister said the plan, which economists say will cost …, was approved": the relative ends
  // the sentence, and the sentence reports nothing itself.
  if (content === null || /,\s/.test(sentence.slice(content.contentStart))) return null;
  if (
    sentence
      .slice(0, thingStart)
      .split(/\s+/)
      .some((word) => SAYING_VERB.test(word))
  )
    return null;
  const opening = /^an?$/i.test(determiner)
    ? "The"
    : determiner.charAt(0).toUpperCase() + determiner.slice(1);
  const found: Attribution = {
    speakerPhrase: speaker,
    reporterPhrase: null,
    ...content,
    prefix: `${opening} ${thing} `,
  };
  // "The government approved an expansion of the port": what the sentence itself says, before the relative.
  // "Baltline will cancel four routes — a move …": the sentence before the appositive.
  const reduced = /^[,—–]/.test(whole);
  const actionEnd = reduced
    ? (trimmedRange(sentence, 0, match.index)?.contentEnd ?? 0)
    : thingStart + determiner.length + 1 + thing.length;
  if (thingStart > 0 && actionEnd > 0) found.action = { start: 0, end: actionEnd, subject: "" };
  return found;
}

/**
 * "Environmental groups, who say the work will destroy a wetland, plan to challenge it in court": the
 * groups' claim, and what they do as the article's own claim about them.
 */
const REPORTING_SUBJECT_RELATIVE = new RegExp(
  String.raw`^([^,;:"“”]{3,80}?),\s+who\s+(?:${RELATIVE_REPORT_VERB})\s+(?:(?:last\s+\p{Ll}+|in\s+\d{4}|on\s+\p{Lu}\p{Ll}+day|earlier|previously)\s+)?(?:that\s+)?([^;:"“”]{6,200}?),\s+(?=\p{Ll})`,
  "u",
);

/** Verbs of saying that make a predicate a tag: "X, who said A, said B". */
const SAYING_VERB =
  /^(?:said|says|say|told|tells|added|adds|argued|argues|warned|warns|insisted|insists|noted|notes|claimed|claims|stressed|acknowledged|conceded|admitted|wrote|writes)$/;
/** Lower-case words after the relative's closing comma that open no predicate. */
const NO_PREDICATE_OPENING =
  /^(?:the|a|an|and|but|or|in|on|at|of|to|for|with|which|who|as|that|this|it|he|she|they|according|including|while|although|though)$|[^\p{Ll}]/u;

function reportingSubjectRelative(sentence: string): Attribution | null {
  if (!sentence.includes(", who ")) return null;
  const match = REPORTING_SUBJECT_RELATIVE.exec(sentence);
  if (match === null) return null;
  const [whole, subject = "", clause = ""] = match;
  const verb = sentence.slice(whole.length).split(/\s/, 1)[0] ?? "";
  // "X, who said A, said B" is read as a tag elsewhere; the predicate needs a verb of its own ("plan"
  // after a plural is one too).
  if (SAYING_VERB.test(verb) || NO_PREDICATE_OPENING.test(verb) || !isSpeakerPhrase(subject)) return null;
  const clauseStart = whole.lastIndexOf(clause);
  const content = trimmedRange(sentence, clauseStart, clauseStart + clause.length);
  const predicate = trimmedRange(sentence, whole.length, sentence.length);
  if (content === null || predicate === null) return null;
  return {
    speakerPhrase: subject,
    reporterPhrase: null,
    ...content,
    prefix: "",
    action: { start: whole.length, end: predicate.contentEnd, subject },
  };
}

/**
 * "…were echoed by army chief Gen. Ola Fisk, who said the shortage was critical.": a named person's
 * claim in a relative clause ending the sentence; the rest is the article's (not after "according to",
 * whose source's relative a closing tag reads).
 */
const CLOSING_WHO_SAID =
  /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+),\s+who\s+(?:also\s+)?(?:said|says|has said|had said|argued|argues|warned|warns|claimed|claims|insisted|insists)\s+(?:(?:last\s+\p{Ll}+|in\s+\d{4}|on\s+\p{Lu}\p{Ll}+day|earlier|previously|in\s+an?\s+(?:statement|interview|post|letter)(?:\s+on\s+\p{Lu}\p{Ll}+day)?)\s+)?(?:that\s+)?(?=\S)([^;:]{6,200})$/u;

/** "The plan was drawn up by …": a sentence's subject before a passive. */
const PASSIVE_SUBJECT =
  /^(The|A|An|This|Its|Their)\s+((?:[\p{L}\d,-]+\s+){0,4}?[\p{L}-]+)\s+(?:was|were|is|are|has been|have been|had been)\s+\p{Ll}+(?:\s+(?:up|out|in|on|forward))?\s+by\s/u;

/** A verb of saying or "according to" right before a name: the name is a tag's speaker. */
const TAG_BEFORE_NAME = /(?:according to|said|says|added|adds|wrote|writes)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

function closingWhoSaid(sentence: string): Attribution | null {
  if (!sentence.includes(", who ")) return null;
  const match = CLOSING_WHO_SAID.exec(sentence);
  if (match === null) return null;
  const [whole, name = "", clause = ""] = match;
  const nameStart = match.index + whole.indexOf(name);
  // "…, said Ana Roe, who also said …" and "according to Ana Roe, who …" are closing tags, read there.
  if (TAG_BEFORE_NAME.test(sentence.slice(Math.max(0, nameStart - 50), nameStart)) || !NAME.test(name))
    return null;
  // "…, who said it would create 3,000 jobs, and by the unions": the sentence goes on after the clause.
  if (/,\s/.test(clause)) return null;
  const clauseStart = match.index + whole.length - clause.length;
  // "The plan was drawn up by Ana Roe, who said it would cost …": her "it" is the passive's subject.
  const subject = clause.startsWith("it ") ? PASSIVE_SUBJECT.exec(sentence) : null;
  const from = subject === null ? clauseStart : clauseStart + 3;
  const content = trimmedRange(sentence, from, sentence.length);
  const before = trimmedRange(sentence, 0, nameStart + name.length);
  if (content === null || before === null || nameStart === 0) return null;
  const determiner = subject?.[1] ?? "";
  const prefix =
    subject === null ? "" : `${/^an?$/i.test(determiner) ? "The" : determiner} ${subject[2] ?? ""} `;
  return {
    speakerPhrase: name,
    reporterPhrase: null,
    ...content,
    prefix,
    action: { start: 0, end: before.contentEnd, subject: "" },
  };
}

/** "Brenner's claim that …": a sentence opening with someone's claim, a cheap look before CLAIM_SUBJECT. */
const CLAIM_OPENING =
  /^[^,]{2,60}?['’]s?\s+(?:claim|assertion|allegation|argument|suggestion|insistence|statement)\s+that\s/;
/** "Brenner's claim that A was disputed by B": the claim, and what happened to it. */
const CLAIM_SUBJECT =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*?|[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*?)['’]s?\s+(?:claim|assertion|allegation|argument|suggestion|insistence|statement)\s+that\s+(.{6,200}?)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\p{Ll}+ly\s+|not\s+)?(?:disputed|rejected|denied|contradicted|challenged|questioned|debunked|dismissed|refuted|critici[sz]ed|echoed|repeated|supported|backed|confirmed|false|untrue|wrong|incorrect|misleading|inaccurate|unfounded|baseless)\b/u;
/** "the minister", "the prime minister": a role in lower case owning the claim. */
const ROLE_OWNER = /^[Tt]he\s/;

/**
 * "Brenner's claim that the army had only 40 tanks was disputed by analysts": Brenner's claim ("The
 * army had only 40 tanks"), and the sentence itself the article's.
 */
function disputedClaim(sentence: string): Attribution | null {
  const match = CLAIM_SUBJECT.exec(sentence);
  if (match === null) return null;
  // "Roe's claim that cargo fell 40% is false, the ministry said": the verdict is the ministry's, read
  // by the closing tag, not the article's.
  if (sentence.includes(", ") && trailingTag(sentence)?.speakerPhrase) return null;
  const [, owner = "", claim = ""] = match;
  const claimStart = sentence.indexOf(claim, owner.length);
  const content = trimmedRange(sentence, claimStart, claimStart + claim.length);
  const whole = trimmedRange(sentence, 0, sentence.length);
  const role = ROLE_OWNER.test(owner);
  if (content === null || whole === null || (!role && !NAME.test(owner))) return null;
  return {
    speakerPhrase: role ? lowerFirst(owner) : owner,
    reporterPhrase: null,
    ...content,
    prefix: "",
    action: { start: 0, end: whole.contentEnd, subject: "" },
  };
}

/** The verbs REBUTTAL_APPOSITIVE ends with, looked for near the end of a sentence first. */
const REBUTTAL_HINT = /deni|deny|reject|disput|dismiss|contest/;
/** ", a charge", ", an estimate": an appositive naming what came before, maybe with a word before its noun. */
const CLAIM_APPOSITIVE = String.raw`,\s+an?\s+(?:[\p{L}-]+\s+)?`;
/** The nouns an appositive may call a claim by when it says what someone else made of it. */
const JUDGED_NOUNS = "claim|allegation|accusation|assertion|figure|estimate|number|characteri[sz]ation";
/** ", a figure", ", a claim": where JUDGED_APPOSITIVE may start, a cheap look before it runs. */
const JUDGED_HINT = new RegExp(`${CLAIM_APPOSITIVE}(?:${JUDGED_NOUNS})`, "u");
/** ", a charge Valdoria denied", ", an estimate the union disputes as too low": someone's denial of what came before. */
/** ` as “false and malicious”`: the words a denial calls the claim by. */
const QUOTED_VERDICT = String.raw`\s+as\s+["“‘'][^"“”‘’']{1,60}?[.!]?["”’']`;
const REBUTTAL_APPOSITIVE = new RegExp(
  String.raw`${CLAIM_APPOSITIVE}(?:charge|version|account|${JUDGED_NOUNS})\s+(?:that\s+|which\s+)?[^,.;"“”]{1,60}?\s+(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|rejected|rejects|reject|disputed|disputes|dispute|dismissed|dismisses|dismiss|contested|contests|contest)(?:\s+[^,.;"“”]{1,40}|${QUOTED_VERDICT})?[.!]?$`,
  "u",
);

/** ", without giving further details.": an aside closing a tag, saying what was not said. */
const CLOSING_WITHOUT =
  /,\s+without\s+(?:giving|providing|offering|elaborating|citing|saying|specifying|naming|explaining)\b[^,;"“”]{0,60}[.!]?$/;

/** ", a figure the Treasury said was “exaggerated” and put at £410": someone else's judgement of it. */
const JUDGED_APPOSITIVE = new RegExp(
  String.raw`${CLAIM_APPOSITIVE}(?:${JUDGED_NOUNS})\s+(?:that\s+|which\s+)?\p{L}[^,.;"“”]{0,50}?\s+(?:said|says|called|calls|described|describes)\s+(?:was|is|as|it)?[^;]{1,120}$`,
  "u",
);

const OPENING_QUOTE_MARK = /^["“]/;
const DOUBLE_QUOTE_OPENING = /["“]/;
/** `, “` after a tag: what SPLIT_QUOTATION needs, found without its backtracking. */
const QUOTATION_REOPENS = /,\s+["“]/;
/** "“We were,” said Aino Kask, the head of the chamber, “completely unprepared …”": a tag inside a quotation. */
const SPLIT_QUOTATION = /^["“]([^"“”]{2,300}?)(?:([,?!])["”]|["”](,))\s+([^"“”]{2,160}?),\s+["“](?=(\S))/u;
/** ", standing in the doorway", ", pointing at the river": a participle's aside closing a tag. */
const ASIDE_AFTER_TAG = /,\s+\p{Ll}+ing\b[^,]*$/u;

/**
 * A quotation its tag interrupts: one claim read across the tag when the quotation goes on in lower
 * case, two when a new sentence opens after it ("“We won,” she said, “The count was clean.”").
 */
function splitQuotation(sentence: string): Attribution | null {
  const match = SPLIT_QUOTATION.exec(sentence);
  if (match === null) return null;
  // "“Cargo fell”, Ms Roe said, “and …”": a British comma after the closing mark is the same split.
  const [whole, first = "", inside, outside, tag = "", next = ""] = match;
  const mark = inside ?? outside ?? "";
  // "“We will,” she said, standing in the doorway, “rebuild.”": the aside after the tag is no part of it.
  const speakerPhrase = speakerOfTag(tag.replace(ASIDE_AFTER_TAG, ""), true);
  const content = trimmedRange(sentence, 1, sentence.length);
  if (speakerPhrase == null || content === null) return null;
  const cutStart = 1 + first.length + (mark === "," ? 0 : 1);
  const continues = mark === "," && STARTS_LOWER_CASE.test(next);
  const cut: AttributionCut = continues
    ? { start: cutStart, end: whole.length, joins: true }
    : { start: cutStart, end: whole.length, separates: true };
  return { speakerPhrase, reporterPhrase: null, ...content, prefix: "", cut };
}

/** "Says Jarko Penn, the harbour master: “…”": a feature's tag, its verb first, before a colon. */
const VERB_FIRST_OPENING =
  /^(?:Says|Said|Adds|Added|Writes|Wrote|Explains|Explained|Argues|Argued|Recalls|Recalled)\s+((?:\p{Lu}|the\s)[^,:;"“”]{1,60}?)(?:,\s+[^:;"“”]{2,80}?)?:\s+/u;
/** S, A, W, E, R: the initials of VERB_FIRST_OPENING's verbs, a cheap test before it. */
const VERB_FIRST_INITIALS = new Set([83, 65, 87, 69, 82]);

function verbFirstOpening(sentence: string): Attribution | null {
  const match = VERB_FIRST_OPENING.exec(sentence);
  const phrase = match?.[1];
  if (match === null || phrase === undefined || !isSpeakerPhrase(phrase)) return null;
  const content = trimmedRange(sentence, match[0].length, sentence.length);
  return content === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "" };
}

const QUOTED_AS_SAYING =
  /^(.{2,80}?)\s+(?:is|are|was|were|has been|have been|had been)\s+quoted\s+(?:by\s+(.{2,60}?)\s+)?as\s+saying(?:\s+by\s+(.{2,80}?)(?=\s+that\s))?(?:\s+that)?[\s,:]+/;

/** "“…,” Mahmoud was quoted as saying by the state news agency.": a closing tag of hearsay. */
const QUOTED_AS_SAYING_CLOSING =
  /[,?!]["”’]?\s+([^,"“”]{2,80}?)\s+(?:is|are|was|were|has been|had been)\s+quoted\s+(?:by\s+([^,"“”]{2,60}?)\s+)?as\s+saying(?:\s+by\s+([^,"“”]{2,60}?))?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?[.!]?$/u;

/** "Roe is reported to have said that …", "Roe was said to have told aides that …": Roe's claim, by hearsay. */
const REPORTED_TO_HAVE_SAID =
  /^(.{2,80}?)\s+(?:is|was|are|were|has been|had been)\s+(?:reported|said|understood|believed|alleged)\s+to\s+have\s+(?:said|claimed|warned|told\s+(?:\S+\s+){0,2}?\S+?)(?:\s+that)?[\s,:]+(?=\S)/;

function reportedToHaveSaid(sentence: string): Attribution | null {
  if (!sentence.includes(" to have ")) return null;
  const match = REPORTED_TO_HAVE_SAID.exec(sentence);
  if (match === null || !isSpeakerPhrase(match[1] ?? "")) return null;
  const content = trimmedRange(sentence, match[0].length, sentence.length);
  // "Police figures show …": the police's, as "…, police figures show" is; the capital only opens the
  // sentence, and names no organisation called "Police".
  const phrase = POLICE_DATA.test(match[1] ?? "") ? lowerFirst(match[1] ?? "") : (match[1] ?? null);
  return content === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "" };
}

/** "Opposition councillor Tiago Mendes called the plan “a fantasy”": a verdict in the speaker's words. */
const CALLED_QUOTED =
  /^(.{2,80}?)\s+(?:has\s+|had\s+)?called\s+(?:the|it|this|that|these|those|his|her|their|its)\b[^"“”]{0,60}?\s["“]/;

/** "Vell's foreign ministry condemned the package, calling it “a provocation”": the same verdict after a deed. */
const ACTED_CALLING_QUOTED =
  /^(.{2,80}?)\s+(?:\p{Ll}+ed)\s[^"“”,]{2,80},\s+calling\s+(?:it|them|the\s+\S+(?:\s+\S+)?)\s+["“]/u;

/** The whole sentence, the caller's, when it calls something by quoted words; else null. */
function calledQuoted(sentence: string): Attribution | null {
  const calling = sentence.includes(", calling ");
  if (!calling && !sentence.includes(" called ")) return null;
  const match = (calling ? ACTED_CALLING_QUOTED : CALLED_QUOTED).exec(sentence);
  if (match === null || !isSpeakerPhrase(match[1] ?? "")) return null;
  // The whole sentence with its closing quotation mark, which keeps the quoted words quoted.
  const trimmed = sentence.trimEnd();
  const contentEnd = trimmed.endsWith(".") ? trimmed.length - 1 : trimmed.length;
  return { speakerPhrase: match[1] ?? null, reporterPhrase: null, contentStart: 0, contentEnd, prefix: "" };
}

/** "Reyes quoted Mun as saying (that) …": Mun's claim, relayed by Reyes. */
const QUOTED_SOMEONE_AS_SAYING =
  /^(.{2,80}?)\s+(?:has\s+|had\s+)?quoted\s+(.{2,60}?)\s+as\s+saying(?:\s+that)?[\s,:]+/;

/** "The minister was quoted by state media as saying 200 soldiers had died": the minister's claim, relayed. */
function quotedAsSaying(sentence: string): Attribution | null {
  if (!sentence.includes(" quoted ")) return null;
  const quoting = QUOTED_SOMEONE_AS_SAYING.exec(sentence);
  const [, quoter = "", written = ""] = quoting ?? [];
  // "quoted its spokesman, Oleh Nikolenko, as saying": the name the role closes with.
  const appositive = written.endsWith(",") ? /,\s+([^,]+),$/.exec(written)?.[1] : undefined;
  const quoted = appositive ?? written;
  if (quoting !== null && isSpeakerPhrase(quoter) && isSpeakerPhrase(quoted)) {
    const content = trimmedRange(sentence, quoting[0].length, sentence.length);
    return content === null
      ? null
      : { speakerPhrase: quoted, reporterPhrase: quoter, ...content, prefix: "" };
  }
  const closing = QUOTED_AS_SAYING_CLOSING.exec(sentence);
  if (closing !== null && isSpeakerPhrase(closing[1] ?? "")) {
    const quotation = trimmedRange(sentence, 0, closing.index);
    const reporter = closing[2] ?? closing[3] ?? null;
    return quotation === null
      ? null
      : { speakerPhrase: closing[1] ?? null, reporterPhrase: reporter, ...quotation, prefix: "" };
  }
  const match = QUOTED_AS_SAYING.exec(sentence);
  if (match === null || !isSpeakerPhrase(match[1] ?? "")) return null;
  const content = trimmedRange(sentence, match[0].length, sentence.length);
  if (content === null) return null;
  return {
    speakerPhrase: match[1] ?? null,
    reporterPhrase: match[2] ?? match[3] ?? null,
    ...content,
    prefix: "",
  };
}

const ACCUSED_OF_SAYING =
  /^(.{2,80}?)\s+(?:has\s+|had\s+)?accused\s+(.{2,60}?)\s+of\s+(?:falsely\s+)?(?:saying|claiming|suggesting|asserting)(?:\s+that)?[\s,:]+/;

/** "Quintero accused Haddad-Cole of saying that no patient waited a year": Haddad-Cole's claim, as Quintero tells it. */
function accusedOfSaying(sentence: string): Attribution | null {
  const relays = sentence.includes(" accused ") && sentence.includes(" of ");
  const match = relays ? ACCUSED_OF_SAYING.exec(sentence) : null;
  const [, accuser = "", accused = ""] = match ?? [];
  if (match === null || !isSpeakerPhrase(accuser) || !isSpeakerPhrase(accused)) return null;
  const content = trimmedRange(sentence, match[0].length, sentence.length);
  if (content === null) return null;
  return { speakerPhrase: accused, reporterPhrase: accuser, ...content, prefix: "" };
}

/**
 * A verb by which the claim of a closing tag may name a speaker of its own ("Officials believe …",
 * "Analysts estimate …", "Tarn told aides …"): looked for before the claim is read again.
 */
const RELAYED_VERB_HINT =
  /\s(?:believes?|believed|thought|thinks|expected|expects|assess|have assessed|have concluded|estimate|said|told|claimed|warned|insisted)\s/;

/** "…, according to the transcript", "…, state media reported": a tag that may relay a quoted speaker. */
const RELAYING_TAIL = /^\W*(?:according to\s|[^,]{2,30}?\s(?:reported|reports)\b)/;
/** "“…,” Ström said": a claim that closes with a tag of its own, looked for before reading it again. */
const ENDS_WITH_SAYING = /\s(?:said|says|wrote|added|told\s+\S+)$/;

/** "Intelligence officials believe (that)": a group's assessment, which a closing tag relays. */
const GROUP_BELIEVES = new RegExp(
  String.raw`^((?:[\p{L}.'’-]+\s+){0,4}?(?:${GROUP_NOUNS}|agencies|services))\s+(?:believe|assess|have assessed|have concluded)\s+(?:that\s+)?`,
  "u",
);

/** "Velikov believed (that)", "President Anton Velikov had expected that": a named person's belief, which a tag relays. */
const PERSON_BELIEVED =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:had\s+|has\s+)?(?:believed|believes|thought|thinks|expected|expects|assumed|assumes|was convinced|is convinced)\s+(?:that\s+)?(?=\S)/u;

/** PERSON_BELIEVED's match when a clause follows ("expected Norland would fall", not "expected the war to end"). */
function personBelieved(content: string): RegExpExecArray | null {
  if (content.startsWith("The ")) return null;
  const match = PERSON_BELIEVED.exec(content);
  if (match === null) return null;
  const clause = content.slice(match[0].length).split(/\s+/, 8);
  return match[0].endsWith("that ") || clause.some((word) => CLAUSE_AUXILIARY.test(word)) ? match : null;
}
const CLAUSE_AUXILIARY = /^(?:would|will|could|can|might|may|had|has|have|was|were|is|are|did)$/;

/**
 * "U.S. intelligence officials believe Kesh has moved 40 tanks, the ministry said": the officials'
 * claim, which the closing tag's speaker relays; null for any other sentence. "believe" is no
 * reporting verb elsewhere ("I don't believe …" reports nothing).
 */
function assessment(content: string): Attribution | null {
  const opening = GROUP_BELIEVES.exec(content) ?? personBelieved(content);
  if (opening === null) return null;
  return {
    speakerPhrase: opening[1] ?? null,
    reporterPhrase: null,
    contentStart: opening[0].length,
    contentEnd: content.length,
    prefix: "",
  };
}

/** A closing quotation mark right after a claim: the claim is a direct quotation. */
const CLOSING_QUOTE_AHEAD = /^[,.?!]?["”]/;

/** "had promised", "pledged", "vowed": a commitment, whose making is the fact. */
const PROMISED = /\b(?:promised|pledged|vowed|committed|guaranteed|undertook)\b/;

/**
 * "According to Ray, Lee said that …" / "Ray said Lee had claimed …" / "Lee believes …, Ray said": the
 * claim is Lee's, reported by Ray (`closing`: Ray's tag closes the sentence). Null when the reported
 * content names no other speaker of its own.
 */
function relayed(sentence: string, outer: Attribution, closing: boolean): Attribution | null {
  const { contentStart, contentEnd } = outer;
  if (
    outer.reporterPhrase !== null ||
    outer.cut !== undefined ||
    (contentStart === 0 && !closing) ||
    contentEnd <= contentStart
  )
    return null;
  // A closing tag relays another's claim only when its claim holds a verb of saying or assessing:
  // most closing tags' claims are plain, and are not searched for a speaker again.
  const content = sentence.slice(contentStart, contentEnd);
  if (closing && RELAYING_TAIL.test(sentence.slice(contentEnd, contentEnd + 30))) {
    const quoted = ENDS_WITH_SAYING.test(content) ? trailingTag(content) : null;
    if (quoted?.speakerPhrase && quoted.cut === undefined)
      return {
        speakerPhrase: quoted.speakerPhrase,
        reporterPhrase: outer.speakerPhrase,
        contentStart: contentStart + quoted.contentStart,
        contentEnd: contentStart + quoted.contentEnd,
        prefix: quoted.prefix,
      };
  }
  if (closing && !RELAYED_VERB_HINT.test(content)) return null;
  // "“Roche thought he could hide behind a screen,” he said": what the quoted speaker says someone
  // believed is the speaker's own account, not that person's claim relayed.
  const quotation = closing && CLOSING_QUOTE_AHEAD.test(sentence.slice(contentEnd, contentEnd + 3));
  // "Ray Olsen noted that, according to the agency, two children …": the agency's word, relayed by him.
  // Not "according to its own figures", which are the relayer's.
  const accordingTo =
    !closing && /^[Aa]ccording to (?!(?:his|her|its|their|our|my|him|them)\b)/.test(content)
      ? leadingAccordingTo(capitalize(content))
      : null;
  const inner = accordingTo ?? leadingSpeaker(content) ?? (quotation ? null : assessment(content));
  const phrase = inner?.speakerPhrase;
  if (!inner || !phrase || inner.contentStart === 0 || PRONOUN.test(phrase.trim())) return null;
  // "Grant said the government had promised in 2023 that no patient would wait …": that the promise
  // was made is the claim to check, not the promise itself, so the relayer's claim stays whole.
  if (PROMISED.test(content.slice(0, inner.contentStart))) return null;
  // "Critics said the sale raised fares; her supporters said it saved 60 million": after a semicolon
  // the second speaker speaks for themselves, and the first clause, tag and all, is a claim of its own.
  const semicolon = content.indexOf("; ");
  const ownClause = !closing && semicolon > 0 && content.indexOf(phrase, semicolon) > semicolon;
  const first = ownClause ? trimmedRange(sentence, 0, contentStart + semicolon) : null;
  // "Analysts at Corbin estimate that …, they wrote in a note": the closing pronoun is the same speaker.
  // "She said a member company had told her that …" relays the company's word: a leading "She" reports.
  const sameSpeaker = closing && PRONOUN.test(outer.speakerPhrase?.trim() ?? "");
  return {
    speakerPhrase: phrase,
    reporterPhrase: sameSpeaker || ownClause ? null : outer.speakerPhrase,
    contentStart: contentStart + inner.contentStart,
    contentEnd: contentStart + inner.contentEnd,
    prefix: inner.prefix,
    ...(first === null ? {} : { action: { start: first.contentStart, end: first.contentEnd, subject: "" } }),
  };
}

const QUOTATION_AFTER_COLON = /:\s*["“]/;

/**
 * Where a quotation opening the sentence closes with ",”" (or "?”", "!”") before `end`, when a
 * described speaker and no quotation mark follow it up to `end`; -1 otherwise.
 */
function closingQuoteBefore(sentence: string, end: number): number {
  const first = sentence.charAt(0);
  if (first !== "“" && first !== '"') return -1;
  const closer = first === "“" ? "”" : '"';
  const close = sentence.lastIndexOf(closer, end);
  if (close < 2 || !/[,?!]/.test(sentence.charAt(close - 1))) return -1;
  // Only a description with its own clause ("a worker, who gave only his first name,"): a tag of the
  // quotation's own ("“…,” Brask said, according to the transcript") is read by `relayed`.
  const between = sentence.slice(close + 1, end);
  if (!between.includes(", wh")) return -1;
  return between.includes('"') || between.includes("“") || between.includes("”") ? -1 : close - 1;
}

/** The same characters as `\s` and the closing marks: trimmed without a `[...]+$` scan. */
const END_PUNCTUATION = ` \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff.!?"”’'»`;

function stripEndPunctuation(text: string): string {
  return trimTrailing(text, END_PUNCTUATION);
}

/** "..., the ministry said on Monday." / "...,” said Jane Roe." / "..., according to X." */
function trailingTag(sentence: string): Attribution | null {
  // "…, the Department for Energy, Water and Rural Affairs said": a name's list closes no tag.
  const boundaries = allMatches(TAG_BOUNDARY, sentence)
    .filter(
      (b) =>
        !b[0].startsWith(",") ||
        !isNameListComma(
          sentence.slice(Math.max(0, b.index - 60), b.index),
          sentence.slice(b.index + 1, b.index + 80),
        ),
    )
    .slice(-4)
    .reverse();
  for (const [k, boundary] of boundaries.entries()) {
    const tagStart = boundary.index + boundary[0].length;
    const afterQuote = /["”’']/.test(boundary[0]);
    // "…,” Lin Wei told reporters, adding that …": the tag ends where the participle starts.
    const fullTail = stripEndPunctuation(sentence.slice(tagStart));
    const participle = afterQuote ? TAG_PARTICIPLE.exec(fullTail) : null;
    const participleCut = participle === null ? fullTail : fullTail.slice(0, participle.index);
    // "…,” Roe told a rally in Varn, where 3,000 people had gathered.": the place's clause is no claim.
    const placeClause =
      afterQuote && participleCut.includes(", wh") ? PLACE_CLAUSE.exec(participleCut) : null;
    const tail = placeClause === null ? participleCut : participleCut.slice(0, placeClause.index);
    if (tail.length > 220 || tail === "") continue;
    // "…, according to CME Group data, up from 45% a week ago": the change after the source is the
    // claim's; the source is cut out of it as a tag in the middle is.
    const change = !afterQuote && tail.startsWith("according to ") ? CHANGE_AFTER_SOURCE.exec(tail) : null;
    if (change !== null) {
      const source = speakerOfTag(tail.slice(0, change.index), false);
      const whole = trimmedRange(sentence, 0, sentence.length);
      if (source !== undefined && whole !== null)
        return {
          speakerPhrase: source,
          reporterPhrase: null,
          ...whole,
          prefix: "",
          cut: {
            start: sentence.lastIndexOf(",", tagStart),
            end: tagStart + change.index + (/^,\s*/.exec(change[0])?.[0].length ?? 0),
            separates: false,
          },
        };
    }
    // "Two officials, who spoke on condition of anonymity, said the minister approved it": a subject
    // and its relative clause before the verb; what follows "said" is the claim, not who said it.
    if (!afterQuote && isSubjectWithRelative(sentence.slice(0, boundary.index))) continue;
    // "…, Tor Eng, told reporters: “We expect …”": the quotation after the colon is the claim, no tag.
    if (tail.includes(":") && QUOTATION_AFTER_COLON.test(tail)) continue;
    const speakerPhrase = speakerOfTag(researchFound(tail), afterQuote);
    if (speakerPhrase === undefined) continue;
    // "…, Cole's spokeswoman, Lia Brandt, said": the name closes an appositive that starts one comma earlier.
    const earlier = boundaries[k + 1];
    const roleBefore =
      earlier !== undefined &&
      APPOSITIVE_TAG.test(tail) &&
      isRolePhrase(sentence.slice(earlier.index + earlier[0].length, boundary.index));
    const tagClaimEnd = roleBefore ? earlier.index : boundary.index;
    // "“…,” a worker at the plant, who gave only his first name, Tomas, said": the quotation is the
    // claim; all after its closing mark describes the speaker.
    const quoteEnd = afterQuote ? -1 : closingQuoteBefore(sentence, tagClaimEnd);
    const claimEnd = quoteEnd >= 0 ? quoteEnd : tagClaimEnd;
    const markEnd = quoteEnd >= 0 ? /[?!]/.test(sentence.charAt(quoteEnd)) : /^[?!]/.test(boundary[0]);
    const content = trimmedRange(sentence, 0, claimEnd + (markEnd ? 1 : 0));
    if (content === null) continue;
    // "“…,” she said, adding that the last package took eight months": what she added is a claim too.
    const added = participle === null ? null : addedClaim(sentence, tagStart + participle.index, claimEnd);
    if (added !== null) return { speakerPhrase, reporterPhrase: null, ...added, prefix: "" };
    // "…, according to Minister Ulla Dahl, who said stocks had fallen": what she said is a claim too.
    const relative = tail.includes(", who ") || tail.includes(", which ");
    const whoSaid = relative && tail.startsWith("according to ") ? WHO_SAID.exec(tail) : null;
    const said = whoSaid === null ? null : whoSaidClaim(sentence, tagStart + whoSaid[0].length, claimEnd);
    if (said !== null) return { speakerPhrase, reporterPhrase: null, ...said, prefix: "" };
    // "…, said Jon Eck, an economist at Holt Bank, who added that exports would suffer": a claim too.
    const whoAdded = relative && speakerPhrase !== null ? WHO_ADDED.exec(tail) : null;
    const saidMore =
      whoAdded === null
        ? null
        : whoSaidClaim(sentence, tagStart + whoAdded.index + whoAdded[0].length, claimEnd);
    if (saidMore !== null) return { speakerPhrase, reporterPhrase: null, ...saidMore, prefix: "" };
    return { speakerPhrase, reporterPhrase: null, ...content, prefix: "" };
  }
  return null;
}

/** "scientists at Vell University have discovered": researchers closing a sentence with what their work showed. */
const RESEARCH_FINDING_TAIL =
  /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:researchers|scientists|astronomers|physicists|biologists|geologists|archaeologists|epidemiologists|team|study|studies)\b[^,;:"“”]{0,60}?\s+(?:have\s+|has\s+)?(?:discovered|established|calculated|determined)$/u;

/**
 * "…, scientists at Vell University have discovered": a research subject's finding verb reads as
 * "found" does; "Police discovered a body" opens its sentence and is no closing tag.
 */
function researchFound(tail: string): string {
  if (!tail.endsWith("ed") || !RESEARCH_FINDING_TAIL.test(tail)) return tail;
  return `${tail.slice(0, tail.lastIndexOf(" "))} found`;
}

/** "…, researchers have calculated.": a sentence closing with a finding verb (read as a tag only after researchers). */
const RESEARCH_FINDING_END = /\s(?:discovered|established|calculated|determined)[.!]?$/;

function endsWithResearchFinding(sentence: string): boolean {
  return (sentence.endsWith("ed.") || sentence.endsWith("ed")) && RESEARCH_FINDING_END.test(sentence);
}

/** "Two officials, who spoke on condition of anonymity": a subject, then only its relative clause. */
const SUBJECT_AND_RELATIVE = /^([^,"“”]{2,80}),\s+(?:who|which)\s[^,"“”]+$/;

/**
 * Whether `text` is a subject and its relative clause, not a clause with one ("The aid includes 40
 * trucks, which …"): no verb form before an object opens in it ("officials" ends like a verb, but
 * nothing follows it).
 */
function isSubjectWithRelative(text: string): boolean {
  const subject = SUBJECT_AND_RELATIVE.exec(text)?.[1];
  if (subject === undefined) return false;
  return !hasVerbBeforeObject(subject.split(/\s+/), OBJECT_OPENING, 0);
}
const OBJECT_OPENING = /^(?:the|a|an|its|their|his|her|\d|\p{Lu})/u;

/** Whether a verb form from word `from` on is followed by a word `object` says opens an object: a clause. */
function hasVerbBeforeObject(words: readonly string[], object: RegExp, from: number): boolean {
  for (let k = from; k < words.length; k++)
    if (isVerbForm(words[k] ?? "") && object.test(words[k + 1] ?? "")) return true;
  return false;
}

/** ", where 3,000 people had gathered": a relative clause about where a tag's words were said. */
const PLACE_CLAUSE = /,\s+(?:where|when)\s[^"“”]+$/;

/** ", who added that", ", who also said": the closing tag's speaker saying more. */
const WHO_ADDED = /,\s+who\s+(?:also\s+)?(?:added|said|noted|warned|stressed)\s+(?:that\s+)?(?=\S)/;

/** "according to Ulla Dahl, who said (that)", "according to the agency, which said": the source reporting more. */
const WHO_SAID =
  /^according to\s+[^,]{2,80},\s+(?:who|which)\s+(?:also\s+)?(?:said|says|added|noted|warned|estimated)\s+(?:that\s+)?/;

/** The whole sentence, cut around "according to X, who said", when more than two words follow; else null. */
function whoSaidClaim(
  sentence: string,
  saidEnd: number,
  claimEnd: number,
): { contentStart: number; contentEnd: number; cut: AttributionCut } | null {
  const whole = trimmedRange(sentence, 0, sentence.length);
  if (whole === null || sentence.slice(saidEnd, whole.contentEnd).split(/\s+/).length < 3) return null;
  return { ...whole, cut: { start: claimEnd, end: saidEnd, separates: true } };
}

/** "adding that …", "adding: “…”", "noting “…”": a participle that brings a further claim. */
const ADDED_CLAIM = new RegExp(`^,\\s+(?:${ADDING_WORDS})(?:\\s+that\\s+|:\\s*["“]?|\\s+["“])`);

/**
 * The whole sentence, cut around the tag and its participle ("…,” she said, adding that"), when the
 * participle at `participleAt` brings a claim of its own; else null.
 */
function addedClaim(
  sentence: string,
  participleAt: number,
  claimEnd: number,
): { contentStart: number; contentEnd: number; cut: AttributionCut } | null {
  const adding = ADDED_CLAIM.exec(sentence.slice(participleAt));
  const whole = adding === null ? null : trimmedRange(sentence, 0, sentence.length);
  if (adding === null || whole === null) return null;
  const end = participleAt + adding[0].length;
  if (sentence.slice(end, whole.contentEnd).split(/\s+/).length < 3) return null;
  return { ...whole, cut: { start: claimEnd, end, separates: true } };
}

/** "rises …", "warned …": an "-s" or "-ed" word opening the text. */
const VERB_FORM_OPENING = /^\p{Ll}+(?:s|ed)\s/u;
/**
 * "include interceptors …", "remain high", "cost $4m": a plural subject's base verb opening the
 * predicate after a tag ("The items, according to the ministry, include …"); also any word before a
 * count or an article, which no speaker's name runs into.
 */
/** What follows the source's own ", " ("the ministry, 40 tanks and …"; not the comma inside "12,000"). */
const AFTER_SOURCE_COMMA = /^[^,]*?,\s+(.*)$/;
/** "40 tanks", "$3 million in aid": a count before its noun (not an age: "Roe, 54, a shopkeeper"). */
const COUNTED_OBJECT_OPENING = /^[$€£]?\d(?:[\d,.]*\d)?(?:\s+(?:million|billion))?\s+\p{Ll}/u;
const BASE_PREDICATE_OPENING =
  /^(?:(?:include|contain|comprise|cover|show|remain|total|cost|range|account|number|make|need|face|have|receive|get|go|come)\s|\p{Ll}+\s+(?:[$€£]?\d|the\s|an?\s|more\s|about\s|nearly\s|some\s))/u;

/**
 * `undefined` when the tail is not an attribution tag; `null` when it is one that names nobody.
 * `afterQuote`: the tail follows a closing quotation mark, so "Sen. Jane Roe, D-Iowa, said" is a tag.
 */
/** " of the University of Vell", " at Vell Hospital": where a named speaker works, after the name. */
const AFFILIATION_END = /(?<=\p{Lu}[\p{L}'’-]*)\s+(?:of|at)\s+(?:the\s+)?\p{Lu}.*$/u;
/** A clause's verb or conjunction inside a phrase: no affiliation or name holds one. */
const CLAUSE_INSIDE = /\s(?:is|are|was|were|will|would|has|have|had|that|which|who)\s/;

function speakerOfTag(written: string, afterQuote: boolean): string | null | undefined {
  // "…, Roe wrote on X, formerly Twitter": the platform's old name is no part of the tag; nor is "said on
  // condition of anonymity because he was not authorised to speak", how the source spoke.
  const known = written.includes(" formerly ") ? written.replace(FORMERLY_TWITTER, "") : written;
  const tail = known.includes(" anonymity") ? known.replace(ANONYMITY_AFTER_VERB, "") : known;
  // "…, per the authority's website", "…, per Eurostat": a source named after "per".
  const per = tail.startsWith("per ") || tail.startsWith("as per ") ? TAIL_PER.exec(tail) : null;
  if (per !== null) return per[1] ?? null;
  const according = TAIL_ACCORDING_TO.exec(tail);
  // "The bridge — which cost £40 million, according to the council — will open in May": the dash
  // closes an aside, and the sentence goes on after it; no closing tag.
  if (according !== null && DASH_AFTER_SOURCE.test(according[1] ?? "")) return undefined;
  if (according !== null) {
    // "…, according to the agency, 40 percent were overweight": a clause after it, so no closing tag;
    // nor "The package, according to the ministry, includes …": a predicate after it.
    const afterComma = (according[1] ?? "").split(",").slice(1).join(" ").trim();
    // "…, according to the release, which was issued by X": a clause about the source.
    // "…, according to the union, whose chairman, Erik Moberg, called it …": the union, not its chairman.
    if (afterComma.startsWith("whose ")) return (according[1] ?? "").split(",", 1)[0] ?? null;
    if (/^(?:which|who)\s/.test(afterComma)) return according[1] ?? null;
    // "…, according to the report, published by the Aviation Council in May": the document's maker.
    const madeBy = afterComma.startsWith("published") || afterComma.startsWith("released");
    const author = madeBy ? documentAuthor((according[1] ?? "").split(",", 1)[0] ?? "", afterComma) : null;
    if (author !== null) return author;
    // "…, according to the ministry, and create 12,000 jobs": the sentence goes on after the tag.
    if (/^(?:and|but)\s/.test(afterComma)) return undefined;
    const wordsAfterComma = afterComma.split(/\W+/);
    // "Vesk will receive, according to the ministry, 40 tanks and 12 boats": the object goes on after it.
    const predicate =
      AUXILIARY.test(wordsAfterComma[0] ?? "") ||
      VERB_FORM_OPENING.test(afterComma) ||
      BASE_PREDICATE_OPENING.test(afterComma) ||
      COUNTED_OBJECT_OPENING.test(AFTER_SOURCE_COMMA.exec(according[1] ?? "")?.[1] ?? "");
    if (predicate || wordsAfterComma.some((w) => AUXILIARY.test(w))) return undefined;
    // "according to census results published on Friday by the Statistics Office": the maker of the data.
    const source = according[1] ?? null;
    return (source === null ? null : DATA_MAKER.exec(source)?.[1]) ?? source;
  }
  const verbFirst = TAIL_VERB_FIRST.exec(tail);
  if (verbFirst !== null) {
    // "..., said Jane Roe, who chairs the board." / not "..., said the plant employs 1,200 people."
    // "…, said a senior official who was not authorised to speak publicly": how the source spoke goes.
    const written = verbFirst[1] ?? "";
    const tagged = written.includes(" who ") ? written.replace(ANONYMOUS_SOURCE_CLAUSE, "") : written;
    // "…, said the report, which was published by the Aviation Council": the issuer speaks, as after
    // "according to".
    if (tagged.includes(", which ") && ISSUED_DOCUMENT.test(tagged)) return tagged;
    const phrase = tagged.split(/,\s+(?:who|which|adding|citing)\b/)[0] ?? "";
    // "…,” said Elin Varga, a 62-year-old shopkeeper in Medra." / "said Elin Varga, 62, a shopkeeper":
    // a name, then what it is; the description may hold numbers and more words than a role does.
    const named = /^([^,]{2,60}),\s/.exec(phrase)?.[1];
    // "said Ruud, 54": a surname with an age after it is a name too.
    const aged = named !== undefined && /^[^,]+,\s+\d{1,3}$/.test(phrase);
    const fullName = named !== undefined && (afterQuote || aged || named.includes(" ")) && NAME.test(named);
    if (fullName && isSpeakerPhrase(named)) return named;
    // "…, said the report, published by the Aviation Council in May": the document's maker speaks.
    const author = named === undefined ? null : documentAuthor(named, phrase.slice(named.length + 1).trim());
    if (author !== null) return author;
    // "…,” said lead author Dr. Ingrid Vaal, an associate professor …": a role in lower case, a full
    // name, then what she is.
    if (named !== undefined && afterQuote && ROLE_THEN_NAMED.test(named) && isSpeakerPhrase(named))
      return named;
    // "said the High Representative for Foreign Affairs and Security Policy, Anselm Veyrac": a long
    // role, then the person's full name after the comma.
    const nameAfterRole = afterQuote ? ROLE_THEN_FULL_NAME.exec(phrase)?.[1] : undefined;
    if (nameAfterRole !== undefined && isSpeakerPhrase(nameAfterRole)) return nameAfterRole;
    // "said lead author Prof Maria Lund of the University of Vell": the affiliation is no part of the count.
    // Not "said Secretary of State Ana Roe had told …": an "of" before a clause opens no affiliation.
    const affiliation =
      phrase.includes(" of ") || phrase.includes(" at ") ? AFFILIATION_END.exec(phrase) : null;
    const core =
      affiliation === null || CLAUSE_INSIDE.test(affiliation[0])
        ? phrase
        : phrase.slice(0, affiliation.index);
    // A figure says the tag goes on as a clause ("said the plant employs 1,200 people"), unless a full
    // name closes it ("said Local 832 president Ravinder Sandhu").
    const figureless = !/\d/.test(phrase) || ENDS_WITH_FULL_NAME.test(phrase);
    // "said county emergency management director Cal Whitaker": a longer role before a full name.
    const roleWords = ENDS_WITH_FULL_NAME.test(core) ? MAX_ROLE_WORDS_BEFORE_NAME : 3;
    return isSpeakerPhrase(core) && figureless && lowerCaseWords(core) <= roleWords ? phrase : undefined;
  }
  const shown = mentionsDataVerb(tail) ? DATA_SHOWED.exec(tail)?.[1] : undefined;
  if (shown !== undefined) return shown;
  // "…, a ministry official who asked not to be named said": the clause says how, not who.
  const who = tail.includes(" who ") ? tail.replace(SPEAKING_ANONYMOUSLY, "") : tail;
  // The verb is looked for among the first words only, so only they are split off first: most tails
  // hold none, and the whole tail is split only when one is there.
  const verbIndex = reportingVerbIndex(who.split(/\s+/, MAX_SPEAKER_WORDS + 1));
  if (verbIndex < 0) return undefined;
  const words = who.split(/\s+/);
  const verb = (words[verbIndex] ?? "").toLowerCase();
  // "…, Tom Berg, has been criticised for delays": a passive tells what was done to him, not what he said.
  if (PASSIVE_AUXILIARY.test(words[verbIndex - 1] ?? "")) return undefined;
  const after = words.slice(verbIndex + 1);
  // "..., the company reported a loss" is a clause, not a tag: only adverbials may follow the verb.
  const adverbialOnly =
    after.length === 0 ||
    /^(?:on|in|at|last|this|earlier|late|early|later|during|to|via|through|after|before|when|while|as|from|of|for|outside|inside|near|amid|following|afterwards|yesterday|today|tonight|overnight)$/i.test(
      after[0] ?? "",
    ) ||
    /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(after[0] ?? "");
  if (after.length > 14 || (!adverbialOnly && verb !== "told" && verb !== "tells")) return undefined;
  // "Addressing supporters, Lind promised to cut taxes": what was promised follows; no closing tag.
  // Nor "…, the way Roe and Tal agreed to do": what was agreed to, no words.
  if (after[0] === "to" && (PROMISING.test(verb) || AGREED.test(verb))) return undefined;
  // "…, Nordwerft has asked for 600 million euros": a request, not a tag (after a quotation, one).
  if (after[0] === "for" && (verb === "asked" || verb === "asks") && !afterQuote) return undefined;
  // "…, the minister said on Tuesday, the largest tranche since 2022": the sentence goes on after the
  // tag, so it is a tag in the middle, whose cut keeps the rest.
  const afterVerb = after.join(" ");
  if (TIME_THEN_MORE.test(afterVerb)) return undefined;
  // "Prices, the ministry said on Monday, rose 4% in May": the subject's predicate follows the tag.
  // Not "…,” the scientists wrote in the letter, published on Monday": the participle is the letter's.
  if (
    afterVerb.includes(", ") &&
    PREDICATE_AFTER_TAG.test(afterVerb) &&
    !DOCUMENT_THEN_PARTICIPLE.test(afterVerb)
  )
    return undefined;
  // "..., told reporters the wing would open" carries a clause: it is not a closing tag. Nor is
  // "…, Ivo Tarn, said on social media that the package …": the tag opens the sentence.
  if (after.some((w) => AUXILIARY.test(w) || w === "that")) return undefined;
  const phrase = words
    .slice(0, verbIndex)
    // "…, Roe and Tal both said": "both" is no part of the two names.
    .filter((w) => !/^(?:also|further|later|previously|has|have|had|both)$/i.test(w))
    .join(" ");
  // A closing tag with an appositive ("…, Cole's spokeswoman, Lia Brandt, said", "“…,” Sen. Jane Roe,
  // D-Iowa, said"): the speaker is its named part, or after a quotation its first part.
  if (phrase.endsWith(",")) {
    const parts = phrase
      .slice(0, -1)
      .split(/\s*,\s*/)
      .filter((part) => part !== "" && !PARTY_TAG.test(part) && isSpeakerPhrase(part));
    return parts.find((part) => NAME.test(part)) ?? (afterQuote ? parts[0] : undefined);
  }
  // "…, a figure the trust expects to rise to 1.4 million": the figure is what is expected, the trust
  // expects it; "…, a figure it expects to …" leaves the source to the rest of the sentence.
  // Nor is "the trust said, a figure it" a speaker: the tag before the comma is read as one of its own.
  const measured = phrase.startsWith("a") || phrase.includes(", a") ? MEASURE_THEN_OWNER.exec(phrase) : null;
  if (measured !== null)
    return measured.index > 0 || measured[1] === undefined || PRONOUN.test(measured[1])
      ? undefined
      : measured[1];
  return isSpeakerPhrase(phrase) ? phrase : (groupBeforeRelative(phrase) ?? undefined);
}

/** "a figure the trust", "a number it": a measure, then who made or expects it (no "that" between). */
const MEASURE_THEN_OWNER =
  /(?:^|,\s+)an?\s+(?:[\p{Ll}-]+\s+)?(?:figure|number|estimate|total|forecast|projection|level|rate)\s+(?:which\s+|that\s+)?(.+)?$/u;

const PASSIVE_AUXILIARY = /^(?:been|being|was|were|is|are|be)$/i;

/** " who was not authorised to speak publicly", " who asked not to be named": the rest of a verb-first tag. */
const ANONYMOUS_SOURCE_CLAUSE = new RegExp(`${WHO_SPOKE_ANONYMOUSLY}[^"“”]*$`);

/** " on condition of anonymity because …" closing a tag after its verb. */
const ANONYMITY_AFTER_VERB =
  /,?\s+on\s+(?:the\s+)?condition\s+of\s+anonymity(?:\s+(?:because|as|since|so|to)\s[^"“”]*)?$/;

/** ", formerly Twitter", ", formerly known as Twitter" after "on X". */
const FORMERLY_TWITTER = /,\s+formerly(?:\s+known\s+as)?\s+Twitter$/;
/** " formerly Twitter," right before the "that" of the claim. */
const FORMERLY_THEN_THAT = /^,?\s+formerly(?:\s+known\s+as)?\s+Twitter,?(?=\s+that\s)/;

/** Reporting verbs whose "to" opens what was promised, not who heard it ("vowed to cut taxes"). */
const PROMISING = /^(?:pledged|pledges|promised|promises|vowed|vows|urged|urges)$/;

/**
 * Where the first reporting verb after the first word is, or -1 when there is none among the first
 * `MAX_SPEAKER_WORDS + 1` words: one further on would be too far from the tag's start anyway.
 */
function reportingVerbIndex(words: string[]): number {
  const last = Math.min(words.length - 1, MAX_SPEAKER_WORDS);
  for (let i = 1; i <= last; i++) if (REPORTING_VERB_WORDS.has(words[i] ?? "")) return i;
  return -1;
}

/** REPORTING_VERB read without a lower-case copy of every word (most are ruled out by their hash). */
const REPORTING_VERB_WORDS = new LowerCaseWords(REPORTING_VERB);

/** "who asked not to be named", "who spoke on condition of anonymity", right before the tag's verb. */
const SPEAKING_ANONYMOUSLY = new RegExp(
  String.raw`${WHO_SPOKE_ANONYMOUSLY}[^,]{0,80}?(?=\s+(?:said|says|told|added)\b)`,
);

/** When a tag in the middle of a sentence may say it spoke: "said on Tuesday", "said in a statement". */
const TAG_TIME = String.raw`(?:on\s+)?\p{Lu}\p{Ll}+day|in a statement|last week|this week|earlier`;
/**
 * A tag set off in mid-sentence by `mark` on both sides (`inside`: what its words may not hold):
 * "…, the ministry said, …", "…, according to the ministry, …".
 */
function middleTagPattern(mark: string, inside: string): RegExp {
  return new RegExp(
    String.raw`${mark}\s+(?:([^${inside}]{2,60}?)\s+(?:(?:said|says|added|noted|announced|confirmed|reported|showed|warned|cautioned|insisted|argued|stressed|explained|wrote|estimated|acknowledged|conceded|predicted)(?:\s+(?:in|at|during)\s+[^${inside}]{2,40}?)?|told\s+[^${inside}]{2,50}?)(?:\s+(?:${TAG_TIME}))?|according to\s+([^${inside}]{2,80}?))${mark}\s+(?=\S)`,
    "gu",
  );
}

const MIDDLE_TAG = middleTagPattern(",", ',:"“”');
const DASH_MARK = /[—–]|--/;
/** "… — the ministry said — after falling in April"; tried only when a dash is there. */
const DASHED_MIDDLE_TAG = middleTagPattern(String.raw`\s+(?:—|–|--)`, ',—–:"“”');
/**
 * A comma after a tag's time, then a lower-case word that is no conjunction, participle or relative:
 * "Prices, the ministry said on Monday, rose 4% in May", not "…, she said on Monday, as fighting grew".
 */
/** "in the letter, published on Monday", "in a report, released Tuesday": a document, then when it came out. */
const DOCUMENT_THEN_PARTICIPLE = new RegExp(
  String.raw`^in\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUN}|post|interview|op-ed|essay|article),\s+(?:published|released|issued|posted|sent|seen)\s[^,]*$`,
  "u",
);
const PREDICATE_AFTER_TAG =
  /,\s+(?!(?:as|while|when|whereas|after|before|since|until|because|although|though|despite|amid|following|adding|saying|citing|noting|warning|according|which|who|whom|whose|where|or|so|the|a|an|its|their|his|her|our|this|that|these|those)\s)\p{Ll}/u;

/**
 * What follows a closing tag's verb when the sentence goes on with a description of the claim: a
 * time, a comma, then a noun phrase ("on Tuesday, the largest tranche since 2022"). A clause after
 * the time ("…, as fighting intensified") is context, left out with the tag.
 */
const TIME_THEN_MORE = new RegExp(
  String.raw`^(?:${TAG_TIME}),\s+(?:the|a|an|its|their|his|her)\s+\S+\s+\S`,
  "u",
);

/** "Ray noted that, according to the agency, …": the sentence's own speaker comes first. */
function reportsBefore(sentence: string, end: number): boolean {
  return sentence
    .slice(0, end)
    .split(/\s+/)
    .some((word) => REPORTING_VERB.has(word.toLowerCase()) || word === "that");
}

/** Verbs by which data speak: only in a closing tag after a data word ("…, government data showed"). */
const DATA_VERBS = [
  "showed",
  "shows",
  "show",
  "suggested",
  "suggests",
  "suggest",
  "indicated",
  "indicates",
  "indicate",
];

/** Whether `text` can end in one of DATA_VERBS, each of which holds one of these: a cheap test before DATA_SHOWED. */
function mentionsDataVerb(text: string): boolean {
  return text.includes("show") || text.includes("suggest") || text.includes("indicat");
}

/** "…, data released Thursday by the statistics office showed.": the data's source is the speaker. */
const DATA_SHOWED = new RegExp(
  String.raw`^((?:\S+\s+){0,4}?(?:data|figures|statistics|records|survey|poll|study|analysis|report|fact sheet|documents|calculations|estimates|projections|minutes|results|filings?)\b(?:\s+\S+){0,8}?)\s+(?:${DATA_VERBS.join("|")})(?:\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day|(?:earlier|later)\s+this\s+(?:week|month)|(?:last|this)\s+(?:week|month)|earlier|yesterday))?$`,
  "u",
);

/** After a tag in mid-sentence: words about the speaker or their source ("citing customs data"), not more claim. */
const ABOUT_THE_SPEAKER =
  /^(?:speaking|citing|quoting|who (?:spoke|asked|requested|declined)|declining|refusing|without (?:giving|providing|offering|citing|elaborating|saying|naming)|(?:al)?though (?:he|she|it|they) (?:did not|didn't|would not|declined to) (?:say|give|elaborate))\b/;
const ADDING = new RegExp(`^(?:${ADDING_WORDS})\\s+(?:that\\s+)?`);

/** Verbs that take an object ("announced a plan") or a clause ("announced it would …"). */
const ANNOUNCING = new Set([
  "announced",
  "announces",
  "confirmed",
  "confirms",
  "revealed",
  "reveals",
  "disclosed",
]);
/** A thing noun that is a document, which can say things, unlike a package or a plan. */
const SPEAKING_THING = /^(?:report|study|survey|ruling|order|list|shortlist)$/i;

/** "The 80 million euro package", "the new plan": something announced, never announcing. */
function announcedThing(phrase: string): boolean {
  const head = phrase.slice(phrase.lastIndexOf(" ") + 1);
  // "Previous aid to the region, announced in June, comprised …": the head before its phrase of place.
  const headBeforePhrase = HEAD_BEFORE_PREPOSITION.exec(phrase)?.[1] ?? "";
  return [head, headBeforePhrase].some((word) => isThingNoun(word) && !SPEAKING_THING.test(word));
}
const HEAD_BEFORE_PREPOSITION = /^[^,]*?(\p{L}+)\s+(?:to|for|in|from|at|on)\s/u;

const SUBJECT_THEN_AUXILIARY =
  /^\s*(?:that\s+)?(?:it|they|he|she|we|(?:the|its|their)\s+\S+(?:\s+\S+){0,2}?|\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2})\s+(?:would|will|had|has|have|was|were|is|are|could|can|plans|planned)\s/u;

/** Verbs of saying that are never followed by an object: a clause comes next. */
const ALWAYS_CLAUSE = new Set(["said", "says", "say", "added", "adds", "add"]);
/** How far after the verb a clause's own verb is looked for. */
const CLAUSE_VERB_WINDOW = 8;

/**
 * Whether what follows the reporting verb is the claim: "Analysts estimate the strike is costing …"
 * reports a clause, but "The agency estimated the damage at 4 million crowns" has an object, so the
 * whole sentence is the claim.
 */
function clauseFollows(verb: string, sentence: string, from: number): boolean {
  // "Berg replied: “No.”": a colon opens what was said, whatever the verb.
  if (sentence.charCodeAt(from - 1) === 58 || sentence.charCodeAt(from) === 58) return true;
  // "announced it would cut 900 jobs": a subject and an auxiliary make what follows a clause.
  if (ANNOUNCING.has(verb)) return SUBJECT_THEN_AUXILIARY.test(sentence.slice(from));
  if (!CLAUSE_VERB.has(verb)) return false;
  // "warned the company about unstable supports": whom and what about, not a clause.
  if (PERSON_OBJECT_VERB.test(verb) && WARNED_ABOUT.test(sentence.slice(from, from + WARNED_ABOUT_CHARS)))
    return false;
  // "estimated the total health costs of the smoke at $1.95 billion": a thing and what it came to.
  if (!ALWAYS_CLAUSE.has(verb) && VALUED_OBJECT.test(sentence.slice(from, from + VALUED_OBJECT_CHARS)))
    return false;
  return ALWAYS_CLAUSE.has(verb) || opensClause(sentence, from);
}

/** "the company about", "local farmers against": a listener, then what they were warned of. */
const WARNED_ABOUT = /^\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:about|against)\s/u;
/** " the total health costs of the smoke at $1.95": a determined object, then "at" and a figure. */
const VALUED_OBJECT =
  /^\s+(?:the|its|their|his|her|a|an)\s[^,;:"“”]{1,70}?\sat\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[$€£¥]?\d/;
const VALUED_OBJECT_CHARS = 100;
/** A listener is a few words: the pattern reads no further. */
const WARNED_ABOUT_CHARS = 60;

/** Whether a verb follows the first word after `from`, which is a subject at the earliest ("residents" in "warn residents to stay"). */
function opensClause(sentence: string, from: number, counted = false): boolean {
  const words = wordsOf(sentence.slice(from), CLAUSE_VERB_WINDOW);
  return words.some(
    (word, k) =>
      k > 0 &&
      isVerbForm(word.text) &&
      !nounAfterPreposition(word.text, words[k - 1]?.text ?? "") &&
      !(counted && PREPOSITION_PARTICIPLE.test(word.text)) &&
      !(
        counted &&
        countedNounPhrase(
          words.slice(Math.max(0, k - 2), k + 2).map((w) => w.text),
          Math.min(k, 2),
        )
      ),
  );
}

/** "compared with 98", "including 12 children": participles that work as prepositions, no clause's verb. */
const PREPOSITION_PARTICIPLE = /^(?:compared|according|including|excluding|based|following|regarding|given)$/;

/**
 * Whether `words[at]` is part of a counted noun phrase, no verb: "312 cases", "312 confirmed cases",
 * "40 injured people" (a participle between a count and a plural describes it; "40 died" and "Three
 * were killed" still have their verb).
 */
function countedNounPhrase(words: string[], at: number): boolean {
  const word = words[at] ?? "";
  const before = words[at - 1] ?? "";
  const plural = (text: string) => /^\p{Ll}+s$/u.test(text) || text === "people";
  if (BARE_NUMBER.test(before)) return plural(word) || (word.endsWith("ed") && plural(words[at + 1] ?? ""));
  return plural(word) && before.endsWith("ed") && BARE_NUMBER.test(words[at - 2] ?? "");
}

const NOUN_BEFORE = /^(?:of|for|in|on|at|with|by|from|into|about|among|a|an|the|to)$/;

/**
 * "claimed victory in a speech to supporters": a word ending in "s" after a preposition or an article
 * is a plural noun, not a verb ("warned residents to stay" still has its verb).
 */
function nounAfterPreposition(word: string, before: string): boolean {
  // "believes the ministry's numbers": a word after a possessive is its noun.
  if (before.endsWith("'s") || before.endsWith("’s")) return true;
  return NOUN_BEFORE.test(before) && (before !== "to" || word.endsWith("s"));
}

/** "Data from the statistics office showed (that)", "Eurostat figures show": a named source's data, then what they show. */
/** "Federal", "Official": a capital opening a sentence that describes data rather than naming its source. */
const DESCRIBING_CAPITAL =
  "(?:Federal|Official|Government|State|Provincial|National|Local|New|Latest|Recent|Preliminary|Internal|Public|Census)";
/**
 * "New police figures", "Court documents", "Official figures": data described by a capitalised common
 * word; an adjective other than "Official" or "Internal" needs a noun after it ("Federal data" names
 * no one, and would be read as "the federal"'s).
 */
const DESCRIBED_DATA = String.raw`(?:(?:Official|Internal|Government|Census|Court|Police)\s+(?:\p{Ll}+\s+){0,2}?|${DESCRIBING_CAPITAL}\s+(?:\p{Ll}+\s+){1,2}?)(?:data|figures|statistics|estimates|records|documents|filings)`;
const LEADING_DATA = new RegExp(
  String.raw`^((?:(?:[Nn]ew|[Tt]he|[Oo]fficial|[Pp]reliminary|[Ll]atest)\s+)*(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]ecords|[Ee]stimates)\s+(?:(?:released|published|compiled)\s+(?:\S+\s+){0,2}?)?(?:from|by)\s+(?:\S+\s+){0,5}?\S+|(?!${DESCRIBING_CAPITAL}\s)(?:\p{Lu}[\p{L}.&-]*\s+){1,3}(?:data|figures|statistics|estimates|(?:\p{Ll}+\s+)?records)|(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s?\s+(?:(?:latest|new|official|own|monthly|weekly|annual)\s+)?(?:data|figures|statistics|estimates|records|(?:\p{Ll}+\s+)?(?:documents|papers|filings))|${DESCRIBED_DATA})(?:\s+on\s+\p{Ll}+(?:\s+\p{Ll}+)?)?(?:,?\s+(?:released|published|compiled|issued)\s+(?:[^\s,]+\s+){0,3}?[^\s,]+,?)?\s+(?:${DATA_VERBS.join("|")})\s+(?:that\s+)?`,
  "u",
);

/**
 * "Police figures", "New police figures", "Court documents", "Government data", not "Police Scotland
 * figures": a common word, capitalised to open a sentence.
 */
const POLICE_DATA = new RegExp(String.raw`^(?:${DESCRIBING_CAPITAL}|Court|Police)\s+\p{Ll}`, "u");

function leadingData(sentence: string): Attribution | null {
  if (!mentionsDataVerb(sentence)) return null;
  const match = LEADING_DATA.exec(sentence);
  if (match === null) return null;
  // "Data from the office show a rise", "… show 312 confirmed cases this year, compared with 98": an
  // object, not a clause, leaves the sentence whole, the source's when the data say whose they are.
  if (!opensClause(sentence, match[0].length, true)) {
    const whole = / (?:from|by) /.test(match[1] ?? "") ? trimmedRange(sentence, 0, sentence.length) : null;
    return whole === null
      ? null
      : { speakerPhrase: match[1] ?? null, reporterPhrase: null, ...whole, prefix: "" };
  }
  const content = trimmedRange(sentence, match[0].length, sentence.length);
  // "Police figures show …": the police's, as "…, police figures show" is; the capital only opens the
  // sentence, and names no organisation called "Police".
  const phrase = POLICE_DATA.test(match[1] ?? "") ? lowerFirst(match[1] ?? "") : (match[1] ?? null);
  return content === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "" };
}

/**
 * "A Vell Institute poll of 1,200 adults conducted Nov. 3-5 found 41% of voters backed …": what a poll,
 * survey or study found is its author's claim; the author named before the noun is the speaker ("the
 * Vell Institute"), else the document as described ("a study of 90,000 adults").
 */
const LEADING_FINDING =
  /^((?:A|An|The|Its|Their)\s+((?:\S+\s+){0,5}?)(?:poll|survey|study|report|analysis|review|audit|census|investigation|inquiry|assessment))((?:\s+(?:of|by|from|for|among|conducted|carried|published|released|commissioned)\b(?:[^,;:"“”]|,(?=\d))(?:[^,;:"“”]|,(?=\d)){0,79}?)?)\s+(?:(?:has|have|had)\s+)?(?:found|finds|concluded|concludes|estimated|estimates)\s+(?:that\s+)?/;
const CAPITALISED_AUTHOR = /^(?:\p{Lu}[\p{L}.&'’-]*\s+)+$/u;

function leadingFinding(sentence: string): Attribution | null {
  // A, An, The, Its, Their: the opening LEADING_FINDING needs, looked at before any scan.
  const first = sentence.charCodeAt(0);
  if (first !== 65 && first !== 84 && first !== 73) return null;
  if (!sentence.includes(" found ") && !sentence.includes(" finds ") && !sentence.includes(" conclude"))
    if (!sentence.includes(" estimate")) return null;
  const match = LEADING_FINDING.exec(sentence);
  if (match === null || !opensClause(sentence, match[0].length)) return null;
  const [whole, document = "", before = "", described = ""] = match;
  const content = trimmedRange(sentence, whole.length, sentence.length);
  if (content === null) return null;
  // "A Vell Institute poll" → the Vell Institute's; "a study of 90,000 adults" stays as described.
  const speakerPhrase = CAPITALISED_AUTHOR.test(before) ? document : `${document}${described}`;
  return { speakerPhrase, reporterPhrase: null, ...content, prefix: "" };
}

/** "and " or "while " before a clause with a speaker of its own ("and economists warned that …"), or "". */
function anotherSpeakerAfterAnd(rest: string): string {
  const and = /^(?:and|while|whereas)\s+/.exec(rest)?.[0];
  if (and === undefined) return "";
  const own = leadingSpeaker(rest.slice(and.length));
  return own?.speakerPhrase != null && own.contentStart > 0 ? and : "";
}

/**
 * "and " or "but " before a clause of the same speaker's ("…, the ministry said, and imports fell 2%"),
 * or "": a past or auxiliary verb tells a clause from a listed thing ("…, and 12 jets").
 */
function clauseAfterAnd(rest: string): string {
  const and = /^(?:and|but)\s+/.exec(rest)?.[0];
  if (and === undefined) return "";
  const words = rest.slice(and.length).split(/\s+/, 8);
  return words.slice(1).some((word) => isPastTense(word) || AUXILIARY.test(word)) ? and : "";
}

/** "citing two sources familiar with the talks", "citing unnamed officials": people, not documents. */
const CITING_PEOPLE =
  /^citing\s+((?:[\p{L}-]+\s+){0,3}?(?:sources|officials|people|persons|diplomats|aides|insiders|a source|an official|a person)\b[^,.;:"“”]{0,80}?)(?=\s*[,.;:]|\s*$)/u;

/** The people a report cites ("citing two officials who attended"), or null for a document or nothing. */
function citedPeople(text: string): string | null {
  if (!text.startsWith("citing ")) return null;
  const people = CITING_PEOPLE.exec(text)?.[1];
  return people !== undefined && isSpeakerPhrase(people) ? people : null;
}

/** "The Gazette reported, citing two sources, that …": the paper, the people it cites, then the claim. */
const LEADING_CITING = new RegExp(
  String.raw`^(.{2,80}?)\s+(?:reported|reports|said|says|wrote)(?:\s+(?:${TAG_TIME}))?,\s+(citing\s+[^,]{2,120}),\s+(?:that\s+)?`,
  "u",
);

function leadingCiting(sentence: string): Attribution | null {
  if (!sentence.includes(", citing ")) return null;
  const match = LEADING_CITING.exec(sentence);
  const [, reporter = "", citing = ""] = match ?? [];
  if (match === null || !isSpeakerPhrase(reporter)) return null;
  const content = trimmedRange(sentence, match[0].length, sentence.length);
  if (content === null) return null;
  const people = citedPeople(citing);
  return people === null
    ? { speakerPhrase: reporter, reporterPhrase: null, ...content, prefix: "" }
    : { speakerPhrase: people, reporterPhrase: reporter, ...content, prefix: "" };
}

/** "Fees will fall 15%, officials said Tuesday, after cargo slumped." */
function middleTag(sentence: string): Attribution | null {
  // "The package, according to the ministry, includes …" names its source the same way.
  const dashed = DASH_MARK.test(sentence);
  const tags = allMatches(MIDDLE_TAG, sentence);
  if (dashed) {
    tags.push(...allMatches(DASHED_MIDDLE_TAG, sentence));
    tags.sort((a, b) => a.index - b.index);
  }
  const match = tags.find(
    (m) => isSpeakerPhrase(m[1] ?? m[2] ?? "") && (m[2] === undefined || !reportsBefore(sentence, m.index)),
  );
  const phrase = match?.[1] ?? match?.[2];
  if (match === undefined || phrase === undefined) return null;
  // "…, an official said, speaking on condition of anonymity.": the rest describes the speaker, so
  // the tag closes the claim.
  const after = sentence.slice(match.index + match[0].length);
  if (ABOUT_THE_SPEAKER.test(after)) {
    const claim = trimmedRange(sentence, 0, match.index);
    if (claim === null) return null;
    // "…, the Gazette reported, citing two officials": the officials' claim, which the paper relays.
    const people = citedPeople(after);
    return people === null
      ? { speakerPhrase: phrase, reporterPhrase: null, ...claim, prefix: "" }
      : { speakerPhrase: people, reporterPhrase: phrase, ...claim, prefix: "" };
  }
  // "…, the board said, adding that rationing was not planned": the participle goes with the tag.
  // "…, the agency said, and economists warned that …": so does the "and" before another speaker.
  const rest = sentence.slice(match.index + match[0].length);
  // "…, another official said, while the trucks are due within a month": a contrast of the same speaker's.
  const participle =
    ADDING.exec(rest)?.[0] ??
    (anotherSpeakerAfterAnd(rest) || clauseAfterAnd(rest) || (WHILE_AFTER_TAG.exec(rest)?.[0] ?? ""));
  const tagEnd = match.index + match[0].length + participle.length;
  // "…, he said, smiling.": too little after the tag for a predicate; but "The report, the ministry
  // said, was inaccurate." goes on with its subject's verb.
  const predicate = sentence.slice(tagEnd).trim().split(/\s+/);
  if (predicate.length < 2 || (predicate.length === 2 && !AUXILIARY.test(predicate[0] ?? ""))) return null;
  const content = trimmedRange(sentence, 0, sentence.length);
  if (content === null) return null;
  const cut = { start: match.index, end: tagEnd, separates: participle !== "" };
  return { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "", cut };
}

const WHILE_AFTER_TAG = /^\s*(?:while|whereas)\s+/;

const MESSAGE_FROM =
  /^(?:that|this|those|these)\s+(?:(?:was|were|is|are)\s+(?:the\s+)?|(?:stark|blunt|grim|stern|bleak|clear)\s+)?(?:message|words?|warning|verdict|view|assessment|response|reaction|plea|appeal|promise)\s+(?:(?:came|comes)\s+)?(?:from|of)\s+([^,.;]{2,80}?)(?=\s+(?:on|in|at|during|last)\s|[,.;]|$)/i;
const WHAT_SAID =
  /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+what\s+([^,.;]{2,80}?)\s+(?:said|says|told|wrote|argued|warned)\b/i;

/** "That was the message from Jane Roe on Monday." names the speaker of the quotation before it. */
function referringTag(sentence: string): Attribution | null {
  const phrase = (MESSAGE_FROM.exec(sentence) ?? WHAT_SAID.exec(sentence))?.[1];
  if (phrase === undefined || !isSpeakerPhrase(phrase)) return null;
  return { speakerPhrase: phrase, reporterPhrase: null, contentStart: 0, contentEnd: 0, prefix: "" };
}

/** Verbs that usually take a plain object ("Employers added 210,000 jobs") report only before "that" or a clause. */
const OBJECT_VERB = /^(?:added|adds|found|finds|reported|reports|estimate|claim)$/;
const CLAUSE_OPENER = /^(?:that|he|she|it|they|we|i|there|the|this|these|those)$/i;
/** After a noun use ("Insurance claims rose"), the next word is itself a verb. */
const FOLLOWING_VERB = /^(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|\p{Ll}+ed)$/u;

const AGREED = /^(?:agreed|agrees|accepted|accepts)$/;

/** " on Sunday that", " last week that": a time between a verb and "that", cheaply told by its first word. */
const TIME_THEN_THAT = new RegExp(
  String.raw`^\s+(?:${TAG_TIME}|late on \p{Lu}\p{Ll}+day)(?:\s+(?:morning|afternoon|evening|night))?\s+that\s`,
  "u",
);
const TIME_FIRST_WORD = /^(?:on|in|last|this|earlier|late)$/;

/**
 * The word after a verb that counts for `reportsHere`: "that" when a time comes first ("The
 * Morning Courier reported on Sunday that …" reports as "reported that" does), else `next`.
 */
function nextAfterTime(sentence: string, verbEnd: number, next: string): string {
  if (!TIME_FIRST_WORD.test(next)) return next;
  return TIME_THEN_THAT.test(sentence.slice(verbEnd, verbEnd + 50)) ? "that" : next;
}

function reportsHere(verb: string, next: string): boolean {
  // "The jury heard that …" reports; "Residents heard the blast" does not.
  // "Marsh agreed that …" reports; "Ministers agreed a £9m package", "accepted the offer" do not.
  if (verb === "heard" || AGREED.test(verb)) return next === "that";
  // "Okonjo insisted on a cable-stayed design": a demand, no words reported.
  if (next === "on" && INSISTED.test(verb)) return false;
  // "… and added to evidence that the drugs may …": what was added to, no words reported.
  if (next === "to" && (verb === "added" || verb === "adds")) return false;
  // "I wrote it up and sent it to my manager": writing a thing, no words reported.
  if ((verb === "wrote" || verb === "writes") && WRITTEN_OBJECT.test(next)) return false;
  // "The package, announced by the ministry, includes …": a passive participle reports nothing.
  // Only a verb in "-s" may be a plural noun: "Police said recorded robberies rose" reports.
  if ((verb.endsWith("s") && FOLLOWING_VERB.test(next)) || next === "by") return false;
  return !OBJECT_VERB.test(verb) || CLAUSE_OPENER.test(next) || /^[“"‘,:]/.test(next);
}

const INSISTED = /^insist(?:s|ed)?$/;
const RECALLED = /^recall(?:s|ed)?$/;
/**
 * "Velto recalled 12,000 cars", "Roe recalled the day …": goods called back or a memory, no words
 * reported; "Roe recalled that …", "recalled how …", 'recalled: "…"' and "recalled Lind's claim" report.
 */
function recallReports(next: string): boolean {
  return RECALL_REPORTS.test(next) || /^[“"‘:]|['’]s$/.test(next);
}
const RECALL_REPORTS = /^(?:that|how|he|she|they|we|i|there)$/i;
/** "wrote it", "wrote up", "wrote a letter": what was written, not what was said. */
const WRITTEN_OBJECT = /^(?:it|them|up|down|off|back|a|an|his|her|their|its|letters?|books?|reports?)$/;

/** "on Telegram", "in a statement": where a participle's words were said, before its "that". */
const WHERE_SAID = String.raw`(?:on|in)\s+[^,"“”]{1,40}?`;
/** "saying (that)", "writing on Telegram that", "telling lawmakers that": a participle opening what was said. */
const PARTICIPLE_OF_SAYING = String.raw`(?:saying\s+(?:${WHERE_SAID}\s+)?(?:that\s+)?|(?:writing|arguing|claiming|insisting)\s+(?:${WHERE_SAID}\s+)?that\s+|telling\s+[^,"“”]{1,40}?\s+that\s+)`;
/**
 * "Roe thanked the donors in a video, saying (that) the gifts will save lives.", also with a role
 * before or after the name ("Keslo's mayor, Ana Roe, thanked …", "Ana Roe, the mayor, thanked …"),
 * and with where it was said ("writing on Telegram that …").
 */
const SAYING = new RegExp(
  String.raw`^(?:[^,"“”]{2,60},\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*),?(?:\s+[^,"“”]{2,60},)?\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ed|went|came|spoke|took|gave|made|stood|held|met|sent|wrote|struck|hit|kept|sought|fought|broke)(?:\s[^"“”]{0,120}?)?,\s+${PARTICIPLE_OF_SAYING}`,
  "u",
);

/**
 * "The Ostmark central bank kept its rate at 4.5 percent, saying inflation was slowing": any subject
 * before a past-tense verb (or a perfect: "has defended"). Tried after SAYING, which reads roles around a name.
 */
const SUBJECT_THEN_PAST =
  /^((?:The\s+)?(?:[\p{L}.'’&-]+\s+){0,5}?)(?:(?:has|have|had)\s+)?(?:\p{Ll}+ed|kept|held|cut|set|left|made|gave|took|sent|put|met|won|lost|rose|fell|grew|paid|sold|bought|spent|hit|shut|began|ended|told|sought)[\s,]/u;
/** ", saying (that)", ", writing that": a participle whose clause is what the subject said. */
const THEN_SAYING = new RegExp(String.raw`,["”]?\s+${PARTICIPLE_OF_SAYING}`);

function participleTag(sentence: string): Attribution | null {
  // SAYING is costly to try and needs the word, so most sentences are done here.
  if (
    !sentence.includes("saying") &&
    !sentence.includes("ing that ") &&
    !sentence.includes(", writing ") &&
    !sentence.includes(" telling ")
  )
    return null;
  const match = SAYING.exec(sentence);
  const named = match?.[1];
  const saying = match === null ? THEN_SAYING.exec(sentence) : null;
  const phrase = named ?? (saying === null ? undefined : SUBJECT_THEN_PAST.exec(sentence)?.[1]?.trim());
  const contentFrom = match?.[0].length ?? (saying === null ? 0 : saying.index + saying[0].length);
  if (phrase === undefined || contentFrom === 0 || !isSpeakerPhrase(phrase)) return null;
  const content = trimmedRange(sentence, contentFrom, sentence.length);
  if (content === null) return null;
  // What the subject did before saying it is a claim too: "The bank kept its rate at 4.5 percent."
  const actionEnd = match === null ? (saying?.index ?? 0) : match[0].lastIndexOf(",");
  const action = trimmedRange(sentence, 0, actionEnd);
  const found: Attribution = { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "" };
  if (action !== null) found.action = { start: action.contentStart, end: action.contentEnd, subject: "" };
  return found;
}

const LEADING_ACCORDING_TO =
  /^\s*(?:[Aa]ccording to|(?:As p|[Pp])er(?=\s+(?:the\s|an?\s|\p{Lu})))\s+([^,]{1,150}),\s*/u;

/** "who was not authorised to speak publicly, ": a relative clause about the source, up to its comma. */
const SOURCE_RELATIVE = /^(?:who|which)\s[^,]{1,120},\s*/;

/** "the rules", "the norms", "the law": what something was done by, which says nothing. */
const NORM_SOURCE =
  /^(?:the\s+)?(?:rules|norms|guidelines|procedures?|regulations|law|provisions|protocol)$/i;

/**
 * ", an astrophysicist at the University of Vell, ", ", chief economist at Brask Bank, ": who the named
 * source is, up to its comma; an indefinite one, or one saying where the person works.
 */
const SOURCE_DESCRIPTION = /^(?:(an?)\s|\p{Ll})[^,"“”]{2,90}?,\s*/u;
const WHERE_SOMEONE_WORKS = /\s(?:at|of|for|with)\s/;

/** The length of the description after a named source ("According to Dr Ana Silva, a geologist at …, "), or 0. */
function sourceDescription(source: string, rest: string): number {
  if (!PERSON_NAME_END.test(source)) return 0;
  const description = SOURCE_DESCRIPTION.exec(rest);
  if (description === null) return 0;
  const phrase = description[0];
  const describes =
    (description[1] !== undefined || WHERE_SOMEONE_WORKS.test(phrase)) && hasRoleOrOccupation(phrase);
  return describes ? phrase.length : 0;
}

/** "According to the agency's data, ..." / "Per the budget office, ..." */
function leadingAccordingTo(sentence: string): Attribution | null {
  const match = LEADING_ACCORDING_TO.exec(sentence);
  // "As per the rules, the contract was awarded …": what the claim says was followed, no speaker.
  if (match === null || NORM_SOURCE.test(match[1] ?? "")) return null;
  // "Per Holm, chief economist at Varn Bank, said …": Per is his first name.
  if (sentence.startsWith("Per ")) {
    const named = leadingSpeaker(sentence);
    if (named?.speakerPhrase?.startsWith("Per ")) return named;
  }
  // "According to Rell, who was not authorised to speak, 40 tanks had arrived": the claim follows the clause.
  // "According to Dr Ana Silva, an astrophysicist at the University of Vell, the signal is weak": so
  // does the source's description.
  const after = sentence.slice(match[0].length);
  const relative =
    SOURCE_RELATIVE.exec(after)?.[0].length ??
    (match[1] === undefined ? 0 : sourceDescription(match[1], after));
  const content = trimmedRange(sentence, match[0].length + relative, sentence.length);
  if (content === null) return null;
  const found: Attribution = {
    speakerPhrase: match[1] ?? null,
    reporterPhrase: null,
    ...content,
    prefix: "",
  };
  // "According to the UN, 4,900 civilians have been killed, though it said the true figure was …":
  // what the source went on to say is a claim of its own.
  const cut = secondReport(sentence, content.contentStart, content.contentEnd);
  if (cut !== null) found.cut = cut;
  return found;
}

const SPEAKER_ACTION =
  /,?\s+(?:and|but(?!\s+(?:also\s+)?(?:insisted|noted|said|added|argued|acknowledged|conceded|stressed|admitted|cautioned)\b))\s+(called|urged|demanded|vowed|pledged|promised|asked|accused|announced|warned|insisted|threatened|appealed|ordered|sentenced|fined|signed|approved|rejected|dismissed|resigned|thanked|praised|welcomed|condemned|critici[sz]ed|congratulated|blamed|pointed|cited|highlighted|credited|attributed|touted|proposed|unveiled|denied)\s/;
/** "Allingham had created", "Mr Hume had set up": a named person's perfect tense opening the reported claim. */
const PERFECT_IN_CLAIM =
  /^\s*(?:that\s+)?\p{Lu}[\p{L}'’-]+\.?(?:\s+\p{Lu}[\p{L}'’-]+)?\s(?:had|has)\s+(?:\p{Ll}+ly\s+)?(?!(?:a|an|the|no|to|not|never)\s)\p{Ll}{3,}\s/u;

/** Second actions that are deeds, claims of their own ("and ordered him to repay"), not more talk ("and urged calm"). */
const DEED =
  /^(?:pledged|promised|announced|accused|ordered|sentenced|fined|signed|approved|rejected|dismissed|resigned|pointed|cited|highlighted|credited|attributed|touted|proposed|unveiled|denied)$/;

/** The action from its verb to the sentence's end, when it says enough to be a claim. */
function spokenAction(sentence: string, at: number, subject: string): SpeakerAction | null {
  const verb = /^,?\s+(?:and|but)\s+/.exec(sentence.slice(at));
  const range = verb === null ? null : trimmedRange(sentence, at + verb[0].length, sentence.length);
  if (range === null || sentence.slice(range.contentStart, range.contentEnd).split(/\s+/).length < 3)
    return null;
  return { start: range.contentStart, end: range.contentEnd, subject };
}

/** "…, but noted that …", "and said …": the same speaker reporting a second claim. */
const SECOND_REPORT =
  /,?\s+(?:but|and|(?:although|though|while|but)\s+(?:he|she|it|they))\s+(?:also\s+)?(?:(?:said|says|(?:added|adds)(?!\s+to\s)|insisted(?!\s+on\s))(?:\s+that)?|(?:noted|warned|insisted|argued|acknowledged|conceded|stressed|cautioned|admitted)\s+that)\s+/;

/**
 * "Analysts said the results were weak but noted that margins held up": the two claims either
 * side of the second reporting verb, as a cut that separates them; null when there is none.
 */
function secondReport(sentence: string, contentStart: number, contentEnd: number): AttributionCut | null {
  const content = sentence.slice(contentStart, contentEnd);
  if (
    !content.includes(" but ") &&
    !content.includes(" and ") &&
    !content.includes("though ") &&
    !content.includes(" while ")
  )
    return null;
  const second = SECOND_REPORT.exec(content);
  if (second === null || second.index === 0) return null;
  const end = second.index + second[0].length;
  if (content.slice(end).split(/\s+/).length < 3 || content.slice(0, second.index).split(/\s+/).length < 3)
    return null;
  return { start: contentStart + second.index, end: contentStart + end, separates: true };
}

const REFUSING = /^(?:declined|declines|refused|refuses|failed|fails|not|never)$/i;

/** Every word `leadingSpeaker` can read as its verb: a reporting verb, a reporting infinitive or a citing verb. */
const LEADING_VERB_WORDS = new LowerCaseWords([
  ...REPORTING_VERB,
  ...INFINITIVE_REPORT,
  ...CITING_FIRST_WORD,
]);

const ARTICLE = /^(?:the|a|an)$/i;
/** " 137 deaths", " a higher death toll of 71", " 37 cholera cases": a count of casualties or cases. */
const REPORTED_TOLL =
  /^\s+(?:(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:death\s+)?toll\b|(?:more than\s+|at least\s+|over\s+)?\d[\d,.]*\s+(?:[\p{Ll}-]+\s+){0,2}(?:deaths|cases|infections|injuries|fatalities|casualties|dead)\b)/u;

/** "said," → "said", as `/[,:]$/` removes one closing comma or colon. */
function withoutClosingComma(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 44 || last === 58 ? word.slice(0, -1) : word;
}

/**
 * " to the Vell Herald", " to reporters", " to Parliament" right before the "that" of the claim: whom
 * a "said", "wrote" or "confirmed" was addressed to (a named listener, one with a determiner, or a
 * usual audience); not "promised to build homes that …", a verb's infinitive.
 */
const TO_LISTENER =
  /^\s+to\s+(?:(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+|\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}|reporters|journalists|investigators|lawmakers|MPs|police|officers|councillors|colleagues|staff|employees|members|supporters|parents|residents|shareholders|investors)(?=\s+that\s)/u;

/** "to the claim", "to the fact": a thing a "that" may describe, not a listener. */
const HEARD_THING =
  /\s(?:claims?|allegations?|suggestions?|accusations?|charges?|criticism|reports?|fact|idea|notion|effect|point|extent|view|possibility|risk|concerns?|fears?|evidence|news|rumou?rs?|findings?)$/;

/** A leading speaker's verb is among the first 30 words; the word after it is read too. */
const MAX_VERB_POSITION = 30;

/**
 * "Jane Roe said (that) ...", "When asked, Mr. Roe said ...", "He proceeded to say that ...",
 * "Roe referred to Smith's claim that ...".
 */
function leadingSpeaker(sentence: string): Attribution | null {
  const words = wordsOf(sentence, MAX_VERB_POSITION + 1);
  // "“We warned them in 2023.”": a verb inside a quotation reports nothing; its speaker is quoted.
  const quotedUntil = openingQuotationEnd(sentence);
  // "But engineer Ola Brisk said …": a conjunction opening the sentence is no part of the speaker.
  // "14:05 Police say …": a live blog's time opening the entry is no part of the speaker.
  const timed = isClockTime(words[0]?.text ?? "") ? 1 : 0;
  const firstWord = OPENING_CONJUNCTION.test(words[timed]?.text ?? "") ? timed + 1 : timed;
  for (let i = 1; i < Math.min(words.length, MAX_VERB_POSITION); i++) {
    const word = words[i];
    if (word === undefined || word.start < quotedUntil) continue;
    // Every verb below opens with a lower-case ASCII letter. So does no capitalised word: "the United
    // States" is a name, not "states", and a capitalised word mid-sentence reports nothing.
    const first = word.text.charCodeAt(0);
    if (first < 97 || first > 122) continue;
    // "said," is "said", as `withoutClosingComma` reads it.
    const last = word.text.charCodeAt(word.text.length - 1);
    if (!LEADING_VERB_WORDS.has(word.text, 0, word.text.length - (last === 44 || last === 58 ? 1 : 0)))
      continue;
    let lower = withoutClosingComma(word.text.toLowerCase());
    // "Lind pointed out that …": the phrasal verb reports like "noted".
    const pointedOut = lower === "pointed" && words[i + 1]?.text === "out";
    if (pointedOut) lower = "noted";
    // "The Union's member states agreed …": "states" is a noun unless "that", a colon or a quotation follows.
    if (lower === "states" && !/^[\s,]*(?:that\s|[:“"])/.test(sentence.slice(word.end))) continue;
    // "Officials have said little about the cause": what was said is an amount, not a claim.
    if (ALWAYS_CLAUSE.has(lower) && saysAnAmount(words[i + 1]?.text ?? "", words[i + 2]?.text ?? ""))
      continue;
    // "Organisers claim …" reports; "The insurance claim the family filed" is a noun: a plural subject before it.
    if (lower === "claim" && !PLURAL_BEFORE_CLAIM.test(words[i - 1]?.text ?? "")) continue;
    // "The president rejected claims that …", "repeated false claims": a noun, whose claimants are unnamed.
    if (lower === "claims" && NOUN_CLAIMS_BEFORE.test(words[i - 1]?.text ?? "")) continue;
    // "Voll, asked about Dahl's remarks, said: …": a participle after a comma describes the speaker.
    if (lower === "asked" && (words[i - 1]?.text ?? "").endsWith(",")) continue;
    // "The estimated total cost is …", "an estimated 40,000 people": after an article, an adjective.
    if (ARTICLE.test(words[i - 1]?.text ?? "")) continue;
    const afterTo = words[i - 1]?.text === "to";
    // "Eik declined to say when …", "Eik would not say whether …" report nothing.
    if (REFUSING.test(words[afterTo ? i - 2 : i - 1]?.text ?? "")) continue;
    // "She went on to say …" reports; "The airline plans to add 12 routes" does not, unless a
    // "that", colon or quotation follows ("It wanted to add that …").
    const infinitive =
      INFINITIVE_REPORT.has(lower) &&
      afterTo &&
      (GOES_ON_TO.test(words[i - 2]?.text ?? "") || /^[\s,]*(?:that\s|[:“"])/.test(sentence.slice(word.end)));
    if (afterTo && !infinitive) continue;
    const cites =
      CITING_FIRST_WORD.has(lower) && CITING_VERB.test(sentence.slice(word.start, word.start + 40));
    if (!REPORTING_VERB.has(lower) && !infinitive && !cites) continue;
    if (RECALLED.test(lower) && !recallReports(words[i + 1]?.text ?? "")) continue;
    // "The Philippine Red Cross has reported 137 deaths": a toll reported, no words.
    const toll = lower === "reported" && REPORTED_TOLL.test(sentence.slice(word.end, word.end + 60));
    // "confirmed to the Vell Herald that", "wrote to the minister that": who heard it, then the claim.
    // Not "responded to the claim that …": a claim or a fact is no listener.
    const toMatch =
      words[i + 1]?.text === "to" && lower !== "told" ? TO_LISTENER.exec(sentence.slice(word.end)) : null;
    const toListener = toMatch !== null && !HEARD_THING.test(toMatch[0]) ? toMatch : null;
    if (
      toListener === null &&
      !infinitive &&
      !cites &&
      !toll &&
      !reportsHere(lower, nextAfterTime(sentence, word.end, words[i + 1]?.text ?? ""))
    )
      continue;

    let speakerEnd = infinitive ? speakerEndBeforeInfinitive(words, i) : i;
    // Lower case only: "Rovers First said", "Clean Air Now said" end in a name's word, not an adverb.
    while (
      speakerEnd > 0 &&
      /^(?:also|further|later|previously|has|have|had|then|again|now|still|already|currently|falsely|wrongly|repeatedly|publicly|privately|initially|originally|once|long|reportedly|allegedly|apparently|earlier|recently|often|frequently|openly|first|today|yesterday|tonight|both|jointly)$/.test(
        words[speakerEnd - 1]?.text ?? "",
      )
    ) {
      speakerEnd--;
    }
    // "Roe and Tal both said" is theirs; "they both said" names no two people to read the "they" as.
    if (
      /^(?:both|jointly)$/i.test(words[speakerEnd]?.text ?? "") &&
      /^(?:they|we)$/i.test(words[speakerEnd - 1]?.text ?? "")
    )
      continue;
    const actionStart = ownActionStart(words, speakerEnd);
    // "But Tom Reeve, chair of the association, said": the name after the conjunction, before the
    // appositive the whole phrase would end with.
    const phrase =
      (firstWord > timed ? afterConjunction(words, actionStart, firstWord) : null) ??
      speakerBefore(words, actionStart, timed);
    if (phrase === null) continue;
    // "The aid package announced on Monday includes …": a participle describing the package, which
    // announces nothing (a report or a study may reveal or confirm).
    if (ANNOUNCING.has(lower) && announcedThing(phrase)) continue;
    // "In a video posted on Facebook, Mayor Roe said …": "posted" is the video's, not a speaker's.
    if (phrase.charCodeAt(0) < 91 && WHERE_OR_WHEN_OPENING.test(phrase)) continue;

    const cited = cites ? citedClaim(sentence, word.start, phrase) : null;
    if (cited !== null) return cited;
    if (!REPORTING_VERB.has(lower) && !infinitive) continue;
    let contentFrom = pointedOut ? (words[i + 1]?.end ?? word.end) : word.end;
    if (toListener !== null) contentFrom += toListener[0].length;
    // "… reported a higher death toll of 71": the toll, the whole sentence, is the reporter's.
    if (toll) {
      const whole = trimmedRange(sentence, 0, sentence.length);
      if (whole !== null) return { speakerPhrase: phrase, reporterPhrase: null, ...whole, prefix: "" };
    }
    // "Lenn denied that the government had hid the figures": the denial, whole, is his (what he denied
    // is not his claim); not "The president has denied 9 million women a tax credit".
    if (lower === "denied" || lower === "denies") {
      const whole = trimmedRange(sentence, 0, sentence.length);
      const denial = DENIAL.test(sentence.slice(contentFrom)) || opensClause(sentence, contentFrom);
      if (!denial || whole === null) continue;
      return { speakerPhrase: phrase, reporterPhrase: null, ...whole, prefix: "" };
    }
    if (lower === "told" || lower === "tells") {
      // "told reporters (on Monday) (that) ...", "told The Harbor Times that ..."
      const object = TOLD_OBJECT.exec(sentence.slice(contentFrom));
      if (object === null) {
        const whole = trimmedRange(sentence, 0, sentence.length);
        return whole === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...whole, prefix: "" };
      }
      contentFrom += object[0].length;
      // "told reporters: “We expect …”": the colon opens the claim.
      if (sentence.charCodeAt(contentFrom) === 58) contentFrom++;
      // "told the state broadcaster NRT that": the outlet's name after its kind.
      if (OUTLET_KIND_END.test(object[0]))
        contentFrom += OUTLET_NAME_BEFORE_THAT.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      // "told the Courier's Sunday programme that": the rest of the outlet's name, after its owner's.
      if (/['’]s\b/.test(object[0]))
        contentFrom += OUTLET_PROGRAMME.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      contentFrom += placeWithRelative(sentence.slice(contentFrom), true);
      // "told a rally of about 3,000 supporters on Saturday that": the listener's own phrase.
      contentFrom += LISTENER_PHRASE_BEFORE_THAT.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
    }
    const place = placeWithRelative(sentence.slice(contentFrom), false);
    if (place > 0) contentFrom += place;
    else {
      // "said in a report last month that …": a how and a when, one after the other.
      for (let k = 0; k < 2; k++) contentFrom += ADVERBIAL.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      // "wrote on X, formerly Twitter, that …": the platform's old name before the claim.
      if (
        sentence.startsWith("formerly", contentFrom + 1) ||
        sentence.startsWith("formerly", contentFrom + 2)
      )
        contentFrom += FORMERLY_THEN_THAT.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      contentFrom += NAMED_PLACE_BEFORE_THAT.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      contentFrom += ADVERBIAL_BEFORE_THAT.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      contentFrom += PLACE_BEFORE_CLAIM.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
      contentFrom += PLACE_BEFORE_COLON.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
    }
    // "wrote on X on Thursday evening that": the part of the day a place and a day leave behind.
    contentFrom += PART_OF_DAY.exec(sentence.slice(contentFrom))?.[0].length ?? 0;
    // "had warned management at least six times that …": who was told, and how often, before the claim.
    // "had assured him the troops would leave": a pronoun listener, then the claim without "that".
    if (PERSON_OBJECT_VERB.test(lower)) {
      const rest = sentence.slice(contentFrom);
      contentFrom +=
        (OBJECT_BEFORE_THAT.exec(rest) ?? PRONOUN_LISTENER_BEFORE_CLAUSE.exec(rest))?.[0].length ?? 0;
    }
    // "Brekk conceded defeat", "Roe announced her resignation": a deed the reporter tells, no claim;
    // what was said with it ("claimed victory, saying …") is read by participleTag. Claiming victory
    // alone still claims a win.
    const ownDeed = OWN_DEED_OBJECT.exec(sentence.slice(contentFrom, contentFrom + 24));
    if (ownDeed !== null) {
      if (sentence.includes("ing ") && THEN_SAYING.test(sentence)) continue;
      if (ownDeed[1] !== "victory") return null;
    }
    {
      // "said that was not enough": a "that" before a verb is the claim's subject, not its opener.
      const that = THAT_OPENING_CLAIM.exec(sentence.slice(contentFrom));
      if (that !== null) contentFrom += that[0].length;
      else if (!clauseFollows(lower, sentence, contentFrom) && lower !== "told" && lower !== "tells") {
        // "The unions welcomed the plan but said …": what they said is the claim.
        if (THEN_SAID.test(sentence.slice(contentFrom))) continue;
        // "Roe criticised the plan, saying …": what was said is read by participleTag.
        if (sentence.includes("ing ") && THEN_SAYING.test(sentence)) continue;
        // "Roe announced a new plan": the whole sentence is the claim, made by Roe.
        const whole = trimmedRange(sentence, 0, sentence.length);
        return whole === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...whole, prefix: "" };
      }
    }
    // "Grant said the figures were a disgrace and called for an inquiry": the claim ends where the
    // speaker's own second action starts.
    // "told jurors that Allingham had created two firms and approved invoices": a past participle after
    // the claim's own "had" goes on with the claim, no deed of the speaker's.
    const claimed = sentence.slice(contentFrom);
    const nextAction = PERFECT_IN_CLAIM.test(claimed) ? null : SPEAKER_ACTION.exec(claimed);
    // "… and warned that the money fell short": more talk, a second claim `secondReport` cuts out.
    // Not "… but denied that he had stolen anything": a denial is no more of the claim, and no claim
    // that what it denies happened.
    const ownAction =
      nextAction !== null &&
      nextAction[1] !== "denied" &&
      sentence.startsWith("that ", contentFrom + nextAction.index + nextAction[0].length)
        ? null
        : nextAction;
    const contentTo = ownAction === null ? sentence.length : contentFrom + ownAction.index;
    const content = trimmedRange(sentence, contentFrom, contentTo);
    if (content === null)
      return { speakerPhrase: phrase, reporterPhrase: null, contentStart: 0, contentEnd: 0, prefix: "" };
    // "Roe said — to applause — that the flats would be rebuilt": the claim follows the aside. "The
    // bridge will open in May, the council said — two years late": an aside no dash closes is no
    // claim the tag opens.
    if (DASH_INITIALS.has(sentence.charCodeAt(content.contentStart))) {
      const closer = CLOSING_DASH.exec(sentence.slice(content.contentStart + 1, content.contentEnd));
      const after =
        closer === null
          ? null
          : trimmedRange(
              sentence,
              content.contentStart + 1 + closer.index + closer[0].length,
              content.contentEnd,
            );
      return after === null ? null : { speakerPhrase: phrase, reporterPhrase: null, ...after, prefix: "" };
    }
    const cut = secondReport(sentence, content.contentStart, content.contentEnd);
    // "… but warned of delays of up to three hours": a warning of something is a claim of its own.
    const warnedOf =
      ownAction?.[1] === "warned" &&
      sentence.startsWith("of ", contentFrom + ownAction.index + ownAction[0].length);
    const deed = ownAction !== null && (DEED.test(ownAction[1] ?? "") || warnedOf);
    const action = deed ? spokenAction(sentence, contentFrom + (ownAction?.index ?? 0), phrase) : null;
    const found: Attribution = { speakerPhrase: phrase, reporterPhrase: null, ...content, prefix: "" };
    if (cut !== null) found.cut = cut;
    // "Canada and Mexico have offered help; Cuba said the storm destroyed 1,800 homes": the clause before
    // the semicolon is the article's own claim, not lost with the tag after it.
    const before =
      action === null
        ? (clauseBeforeSemicolon(sentence, word.start, phrase) ??
          countedDeedInSubject(sentence, word.start, phrase))
        : null;
    if (action !== null) found.action = action;
    else if (before !== null) found.action = before;
    // "Norvane reported a 9% fall in profit, blaming cocoa prices, and said …": the report before the
    // aside is the subject's claim too (its own words name the subject).
    else if (actionStart < speakerEnd && participleAsideStart(words, speakerEnd - 2) > 0) {
      const deedEnd = (words[speakerEnd - 2]?.end ?? 1) - 1;
      found.action = { start: 0, end: deedEnd, subject: "" };
    }
    return found;
  }
  return null;
}

/**
 * "He said 11 homes had been destroyed, according to figures from local councils": the leading tag is
 * who said it; the closing "according to" only gives the figures' source. `closing` otherwise.
 */
function sourcedLeadingTag(sentence: string, closing: Attribution | null): Attribution | null {
  if (
    closing === null ||
    !ACCORDING_TO_DATA.test(sentence.slice(closing.contentEnd, closing.contentEnd + 80))
  )
    return closing;
  const lead = leadingSpeaker(sentence.slice(0, closing.contentEnd));
  if (lead === null || lead.speakerPhrase === null || lead.contentStart === 0 || lead.cut !== undefined)
    return closing;
  return { ...lead, contentEnd: Math.min(lead.contentEnd, closing.contentEnd) };
}
/** ", according to preliminary figures from …": data, not people relaying what was said ("… two officials"). */
const ACCORDING_TO_DATA =
  /^[\s,]*according to\s+(?:[\p{L}'’-]+\s+){0,3}(?:figures|data|estimates|statistics|records|numbers|counts|tallies|results)\b/u;

/** The clause a semicolon closes right before the speaker's phrase, as an action with its own subject. */
function clauseBeforeSemicolon(sentence: string, verbAt: number, phrase: string): SpeakerAction | null {
  const semicolon = sentence.lastIndexOf("; ", verbAt);
  if (semicolon < 0 || sentence.slice(semicolon + 2, verbAt).trim() !== phrase.trim()) return null;
  const clause = trimmedRange(sentence, 0, semicolon);
  if (clause === null || clause.contentEnd - clause.contentStart < 12) return null;
  return { start: clause.contentStart, end: clause.contentEnd, subject: "" };
}

/**
 * "Qatar, which pledged $60 million, said …", "Dr Ola Brisk, who has treated 300 patients, said …": a
 * counted deed of the speaker's, told in a relative clause between the name and the verb, is the
 * article's own claim (with the speaker as its subject), not lost with the tag.
 */
function countedDeedInSubject(sentence: string, verbAt: number, phrase: string): SpeakerAction | null {
  if (!sentence.startsWith(`${phrase}, `)) return null;
  const relative = COUNTED_RELATIVE_DEED.exec(sentence.slice(phrase.length, verbAt));
  if (relative === null) return null;
  // "Ms Vane, who has lived in the block for 30 years, said …": a figure that only says how long is
  // a note on who speaks, no deed to check.
  if (!/\d/.test((relative[1] ?? "").replace(DURATION_PHRASE, ""))) return null;
  const start = phrase.length + relative[0].indexOf(relative[1] ?? "");
  return { start, end: start + (relative[1] ?? "").length, subject: phrase };
}

/** "for 30 years", "for more than a decade": how long something has gone on. */
const DURATION_PHRASE =
  /\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?\d[\d,]*\s+(?:years|months|weeks|decades)\b/g;

/** ", which pledged $60 million, " before the reporting verb: a past deed with a figure in it. */
const COUNTED_RELATIVE_DEED =
  /^,\s+(?:which|who)\s+((?:has\s+|have\s+|had\s+)?(?:already\s+)?\p{Ll}+ed\s+[^,;:"“”]*\d[^,;:"“”]*),\s+(?:\p{Ll}+ly\s+)?$/u;

/** "conceded defeat", "claimed victory", "announced his resignation": a speaker's own deed as the object. */
const OWN_DEED_OBJECT =
  /^\s+(?:(?:his|her|their|its)\s+)?(defeat|victory|resignation|retirement|candidacy)\b/;

/** "rejected", "the", "false": a word before which "claims" is a noun. */
const NOUN_CLAIMS_BEFORE =
  /^(?:\p{Ll}+ed|denies|rejects|dismisses|repeats|the|these|those|such|his|her|their|its|our|false|new|similar)$/u;

/** "Organisers", "they", "people": a plural subject, the only one a bare "claim" reports after. */
const PLURAL_BEFORE_CLAIM = /^(?:\p{L}+[^su\W]s|they|we|i|you|people|police)$/iu;

const OPENING_CONJUNCTION = /^(?:But|And|Yet)$/;
/** "Huss", "Moscow": one capitalised name, not a word that opens sentences. */
const ONE_CAPITALISED_NAME =
  /^(?!(?:The|This|That|These|Those|There|Then|It|We|They|He|She|You|I|If|When|What|Some|Many|Most|All|Now|So)$)\p{Lu}\p{Ll}{2,}$/u;
/**
 * "a senior military officer", "two Western diplomats", "several Conservative backbenchers": an unnamed
 * source a report leans on.
 */
const UNNAMED_SOURCE =
  /^(?:a|an|one|two|three|several|some)\s+(?:[\p{L}-]+\s+){0,3}(?:diplomat|source|official|aide|insider|officer|analyst|lawmaker|legislator|MP|backbencher|senator|councillor|minister|economist|executive|banker|spokes(?:man|woman|person))s?$/u;

/** "14:05", "9.30": a time of day as a live blog stamps its entries; read by its first character first. */
function isClockTime(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && CLOCK_TIME.test(word);
}

const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/;

/**
 * The speaker after an opening "But" or "And" ("But engineer Ola Brisk, who …, said"), when no phrase
 * before the verb was one with it. Only a full name, a role before it, is one: a debate's "And I must
 * say", "But as Senator Roe said" or "And John tells us" is talk, not a news source.
 */
function afterConjunction(words: Array<{ text: string }>, end: number, firstWord: number): string | null {
  const phrase = firstWord > 0 ? speakerBefore(words, end, firstWord) : null;
  const named =
    phrase !== null &&
    (STARTS_UPPER_CASE.test(phrase) || startsWithRole(phrase) || OCCUPATION_OPENING.test(phrase)) &&
    ENDS_WITH_FULL_NAME.test(phrase) &&
    !POSSESSIVE_END.test(phrase);
  // "But he said …": the person the article just spoke of.
  const person = phrase !== null && /^(?:he|she)$/.test(phrase);
  // "But a senior military officer, who spoke on condition of anonymity, said …": a news source.
  // "But Huss said …": a surname the article named before (or a capital standing for its government).
  // Not after "And": a debate's "And John tells us …" speaks of someone in the room.
  const contrast = words[firstWord - 1]?.text !== "And";
  const source =
    phrase !== null && (UNNAMED_SOURCE.test(phrase) || (contrast && ONE_CAPITALISED_NAME.test(phrase)));
  return named || person || source || (phrase !== null && isInstitution(phrase)) ? phrase : null;
}

/**
 * "the Royal College of Nursing", "the union", "the ministry": an institution, which news quotes after
 * "But" as often as a person ("But the union said …"); debates seldom do.
 */
function isInstitution(phrase: string): boolean {
  if (!phrase.startsWith("the ")) return false;
  const words = phrase.split(" ");
  return (
    (words.length > 2 && STARTS_UPPER_CASE.test(words[1] ?? "") && !POSSESSIVE_END.test(phrase)) ||
    (words.length === 2 && isOrganisationNoun(words[1] ?? "")) ||
    // "But the defence ministry denied …": an institution named by its kind, with a word or two before it.
    (words.length <= 4 && STARTS_LOWER_CASE.test(words[1] ?? "") && isOrganisationNoun(words.at(-1) ?? ""))
  );
}

/** "engineer", "teacher", "lawmaker": an occupation in lower case before a name. */
const OCCUPATION_OPENING = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|man|woman)\s/u;

const SAID_NOTHING = /^(?:little|nothing|much|something|anything|everything|less|more)[.,;]?$/;
/** "said little about", "said nothing.", not "said nothing would change". */
function saysAnAmount(next: string, afterNext: string): boolean {
  return (
    SAID_NOTHING.test(next) &&
    (/[.,;]$/.test(next) ||
      afterNext === "" ||
      /^(?:about|on|regarding|to|in|at|during|since|publicly|yet|further|else)$/.test(afterNext))
  );
}

const THAT_OPENING_CLAIM =
  /^\s*that[\s,]+(?!(?:was|is|were|are|would|will|had|has|could|can|should|did|does|may|might|must|seems|seemed|means|meant)\s)/i;

/** What a denial denies: "that …", "giving the order", "the allegations", after a when ("on Friday"). */
const DENIAL =
  /^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?,?\s+(?:that\s|\p{Ll}+ing\s|(?:the|any|all|these|those|such)\s+(?:\p{Ll}+\s+)?(?:allegations?|accusations?|claims?|charges?|reports?|wrongdoing|involvement|responsibility)\b|wrongdoing\b)/u;

/** "In a video", "During the debate": a phrase of place or time, no speaker ("At least two officials" is one). */
const WHERE_OR_WHEN_OPENING = /^(?:In|On|During|Through|From|After|Before|Throughout|At(?!\s+least\s))\s/;

/** Where a quotation opening the sentence closes (the sentence's end if it does not); 0 without one. */
function openingQuotationEnd(sentence: string): number {
  const open = /^\s*(["“])/.exec(sentence);
  if (open === null) return 0;
  const close = sentence.indexOf(open[1] === "“" ? "”" : '"', open[0].length);
  return close < 0 ? sentence.length : close;
}

/** A second action that reports: "… and said", "… but added". */
const THEN_SAID = new RegExp(String.raw`^[^,;"“]{1,60}?\s(?:and|but)\s+(?:${SAYS_AGAIN})\s`);

/** A subject's own past-tense action before "and said": "thanked Pemberly", "met the envoy". */
const OWN_ACTION_VERB =
  /^(?:\p{Ll}+ed|met|spoke|took|gave|made|sent|held|went|came|left|visited|signed|shook)$/u;

/** Words of an action before "and said" are few: "thanked Pemberly", "met the visiting envoy". */
const MAX_ACTION_WORDS = 6;

/**
 * "Norland's president, Ivo Brandt, thanked Pemberly and said …": the speaker is the subject of the
 * first of two joined actions, so the speaker ends before that action. Otherwise `end` itself.
 */
function ownActionStart(words: Array<{ text: string }>, end: number): number {
  if (!/^(?:and|but)$/i.test(words[end - 1]?.text ?? "")) return end;
  // "reported a 9% fall in profit, blaming cocoa prices, and said": the participle's aside is stepped
  // over, and the action before it may be longer.
  const aside = participleAsideStart(words, end - 2);
  const last = aside > 0 ? aside - 1 : end - 2;
  const reach = aside > 0 ? MAX_ACTION_WORDS + 4 : MAX_ACTION_WORDS;
  for (let verb = last; verb > 0 && verb >= last + 1 - reach; verb--) {
    const text = words[verb]?.text ?? "";
    // A comma inside the action ends the search: "…, who led the talks, and said" is no one action.
    if (verb < last && /[,;:]$/.test(text)) return end;
    // "visited the flooded wards and said": a past form after a determiner describes a noun.
    if (OWN_ACTION_VERB.test(text) && !NOUN_DETERMINER.test(words[verb - 1]?.text ?? "")) return verb;
  }
  return end;
}

const NOUN_DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;

/** Where ", blaming cocoa prices," starts when it ends at word `last` (its comma); 0 without one. */
function participleAsideStart(words: Array<{ text: string }>, last: number): number {
  if (!(words[last]?.text ?? "").endsWith(",")) return 0;
  for (let k = last; k > 1 && k > last - MAX_ACTION_WORDS; k--) {
    if (!(words[k - 1]?.text ?? "").endsWith(",")) continue;
    return /^(?:blaming|citing|saying|adding|noting|pointing|warning|hoping|seeking|reflecting)$/.test(
      words[k]?.text ?? "",
    )
      ? k
      : 0;
  }
  return 0;
}

/**
 * The comma-delimited phrase right before a reporting verb, stepping over appositives:
 * "Jane Roe, who chairs the board, said" and "Jane Roe, the board's chair, said" → "Jane Roe".
 */
/** A comma, semicolon or colon closing a word, but not a ticker's exchange ("Vossen AG (BRS: VOS) said"). */
function closesSegment(word: string): boolean {
  // "Asked about his side's form — one win in seven — McTeague said": a dash closes an aside too.
  return (
    (/[,;:]$/.test(word) && !(word.charCodeAt(0) === 40 && TICKER_EXCHANGE.test(word))) ||
    word === "—" ||
    word === "–"
  );
}

const TICKER_EXCHANGE = /^\(\p{Lu}{2,8}:$/u;

/** Whether word `at` ends with a comma of a name's list ("Department for Energy, Water and Rural Affairs"). */
function inNameList(words: Array<{ text: string }>, at: number): boolean {
  const text = (index: number) => words[index]?.text ?? "";
  return (
    text(at).endsWith(",") &&
    isNameListComma(
      ` ${text(at - 1)} ${text(at).slice(0, -1)}`,
      [1, 2, 3, 4, 5].map((k) => text(at + k)).join(" "),
    )
  );
}
/** The mark closing a segment, which is no part of its phrase: ",", ";", ":" or a spaced dash. */
const SEGMENT_CLOSE = /[,;:]$|\s[—–]$/;

function speakerBefore(words: Array<{ text: string }>, end: number, first = 0): string | null {
  const segments: string[] = [];
  let segmentEnd = end;
  // "Lewis Bramwell, 31, of Coldstream Terrace, Haverton, denies": an address's street and town after
  // the name and age, no speaker; one more segment back is read only then.
  const address = () => /^of\s/.test(segments[1] ?? "") && isTagOrAge(segments[2] ?? "");
  while (
    segmentEnd > first &&
    (segments.length < MAX_SPEAKER_SEGMENTS - 1 ||
      (segments.length === MAX_SPEAKER_SEGMENTS - 1 && address()))
  ) {
    let start = segmentEnd - 1;
    while (start > first && (!closesSegment(words[start - 1]?.text ?? "") || inNameList(words, start - 1)))
      start--;
    segments.push(
      words
        .slice(start, segmentEnd)
        .map((w) => w.text)
        .join(" ")
        .replace(SEGMENT_CLOSE, ""),
    );
    segmentEnd = start;
  }
  if (segments.length === MAX_SPEAKER_SEGMENTS) segments.splice(0, 2);
  const [closest, nearer, further] = segments;
  if (closest === undefined) return null;
  // "Sen. Jane Roe, D-N.Y., who chairs the panel, said", "Jane Roe, 62, who …": the name is before
  // the party tag or age.
  const previous = nearer !== undefined && isTagOrAge(nearer) && further !== undefined ? further : nearer;
  // "Sen. Jane Roe, D-N.Y., said": the party tag is not the speaker.
  if (PARTY_TAG.test(closest) || CREDENTIAL.test(closest))
    return previous !== undefined && isSpeakerPhrase(previous) ? previous : null;
  // "who chairs the board", "the board's chair", "45" (an age), "published Monday by the institute".
  // "Dr. Ana Roe, head of surgery at the hospital, said": a lower-case role is an appositive too, and
  // so is "senior economist at the Brask Institute" (a role word second).
  // "Ruth Okonjo-Hale, Chief Nursing Officer for England, said": a capitalised role after a person's
  // name is an appositive too.
  const capitalisedRole =
    previous !== undefined && CAPITALISED_ROLE.test(closest) && PERSON_NAME_END.test(previous);
  const appositive =
    capitalisedRole ||
    /^(?:[Ww]ho|[Ww]hose|[Ww]hich)\b/.test(closest) ||
    DESCRIPTIVE_APPOSITIVE.test(closest) ||
    INTERJECTION.test(closest) ||
    (STARTS_LOWER_CASE.test(closest) &&
      (startsWithRole(closest) || hasRoleWord(closest.split(" ", 2).join(" "))) &&
      !ROLE_THEN_NAME.test(closest));
  // An appositive is closed by a comma right before the verb; "The plan, which officials said" is not one.
  // "Romy Vale — a former banker — said": a dash closes it as a comma does.
  const closedByComma = /^[—–]$|,$/.test(words[end - 1]?.text ?? "");
  // "Police in Austin, Texas, said": the state or country closing a place is no speaker.
  if (closedByComma && previous !== undefined && PLACE_AT_END.test(previous) && PLACE_QUALIFIER.test(closest))
    return isSpeakerPhrase(previous) ? previous : null;
  // "The inquiry's chairwoman, retired judge Patricia Ndlovu, said": the role, then who holds it.
  if (
    closedByComma &&
    previous !== undefined &&
    STARTS_LOWER_CASE.test(closest) &&
    ROLE_THEN_NAME.test(closest) &&
    hasRoleWord(closest.split(" ", 2).join(" ")) &&
    hasRoleWord(previous) &&
    !PERSON_NAME_END.test(previous) &&
    isSpeakerPhrase(closest)
  )
    return closest;
  // "The report, published by the World Food Agency on Tuesday, found": the document's author speaks.
  const author = closedByComma && previous !== undefined ? documentAuthor(previous, closest) : null;
  if (author !== null) return author;
  if (
    appositive &&
    closedByComma &&
    previous !== undefined &&
    // "But engineer Ola Brisk, who …, said": after the conjunction, a role in lower case opens the name.
    (STARTS_UPPER_CASE.test(previous) || first > 0) &&
    isSpeakerPhrase(previous)
  ) {
    // "The budget office, an independent body, estimated": an indefinite appositive describes the subject.
    if (!/^(?:the|a|an)\s/.test(closest) || NAME.test(previous) || /^an?\s/.test(closest)) return previous;
  }
  // Two appositives after the subject: "Sophie Tarrant, of the group Safer Streets, whose nephew …,
  // said" is Tarrant's; "Vantry's largest shareholder, the pension fund Norland Capital, which owns
  // 14.6%, said" is the fund named in the first appositive.
  if (
    appositive &&
    closedByComma &&
    previous !== undefined &&
    further !== undefined &&
    STARTS_UPPER_CASE.test(further)
  ) {
    if (/^the\s/.test(previous) && NAME_AT_END.test(previous) && isSpeakerPhrase(previous)) return previous;
    // "Michael Zemp, director of the Monitoring Service, which is based in Zurich, said": a role too.
    const describes =
      DESCRIPTIVE_APPOSITIVE.test(previous) || (STARTS_LOWER_CASE.test(previous) && startsWithRole(previous));
    if (describes && isSpeakerPhrase(further)) return further;
  }
  // "Germany, France and Italy said", "The Karst Foundation, the Hollin Trust and the Greenway Fund
  // pledged": the commas of a list of names from the sentence's start close no phrase; all of them speak.
  if (!closedByComma && segmentEnd === first && previous !== undefined && NAMES_JOINED.test(closest)) {
    // "On Monday, Vell, Orsk and Tarn said": the opening when is no name of the list.
    const opening = OPENING_ADVERBIAL.test(segments.at(-1) ?? "") ? 1 : 0;
    const listed = segments.slice(1, segments.length - opening);
    const names = (phrases: string[]) =>
      phrases.every((segment) => LISTED_NAME.test(segment) && !OPENING_ADVERBIAL.test(segment));
    if (listed.length > 0 && names(listed)) return [closest, ...listed].reverse().join(", ");
    // "Donors such as the Karst Foundation, the Hollin Trust and the Greenway Fund pledged": examples
    // of who did it, which no two of the names are alone; the reporter tells the deed.
    if (listed.length > 0 && EXAMPLES_THEN_NAME.test(listed.at(-1) ?? "") && names(listed.slice(0, -1)))
      return null;
  }
  return isSpeakerPhrase(closest) ? closest : groupBeforeRelative(closest);
}

/** "France and Italy", "the Hollin Trust and the Greenway Fund": two names joined, closing a list. */
const NAMES_JOINED =
  /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;
/** "Germany", "The Karst Foundation": one capitalised name, an item of a list of names. */
const LISTED_NAME = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;
/** "Donors such as the Karst Foundation": a kind, then the first of its named examples. */
const EXAMPLES_THEN_NAME =
  /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:such as|including|like)\s+(?:the\s+)?\p{Lu}/u;
/** "On Monday", "Separately", "In Orsk": a when or where opening the sentence, no speaker. */
const OPENING_ADVERBIAL =
  /^(?:On|In|At|By|For|From|After|Before|During|Since|Until|Under|Despite|Meanwhile|However|Separately|Earlier|Later|Yesterday|Today|Also|But|And|Still|Instead|Overall)\b|^\p{Lu}\p{Ll}+ly$/u;

/** "Chief Nursing Officer for England", "Deputy Director of Immunisation at UKHSA": an office in capitals. */
const CAPITALISED_ROLE =
  /^(?:(?:Chief|Deputy|Senior|Principal|Executive|Managing|Acting|Interim|Assistant|Associate|Vice|General)\s+)*(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Officer|Director|Minister|Secretary|Manager|Head|Chair|Chairman|Chairwoman|President|Coordinator|Commissioner|Adviser|Advisor|Lead|Editor|Professor|Spokesperson|Spokesman|Spokeswoman|Counsel|Consultant|Economist|Scientist|Analyst)\b/u;
/** "Dr Gavin Asante-Morrow", "Professor Dame Ruth Okonjo-Hale": a phrase ending in a first and last name. */
export const PERSON_NAME_END = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+$/u;

/** A name, its age, and an address of street and town: the comma-set segments a speaker may stand behind. */
const MAX_SPEAKER_SEGMENTS = 4;

/** "the pension fund Norland Capital": a phrase ending in a capitalised name. */
const NAME_AT_END = /\s\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*$/u;

/** "councillor Raj Patel": a lower-case role before a full name is that person, no appositive about another. */
const ROLE_THEN_NAME = /^\p{Ll}+(?:\s+\p{Ll}+)?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;

/** "Officials who spoke on condition of anonymity", "Parents' groups that oppose the law": a group, then what it is. */
const GROUP_THEN_RELATIVE = /^((?:\S+\s+){0,3}?\S+)\s+(?:who|that)\s+\p{Ll}/u;

/** "Republicans", "Democrats", "Ukrainians": a capitalised plural, members of a party or a people (not "Congress"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}{2,}[^s\s]s$/u;

/** The group a relative clause describes ("Officials" in "Officials who asked not to be named"), or null. */
function groupBeforeRelative(phrase: string): string | null {
  if (!phrase.includes(" who ") && !phrase.includes(" that ")) return null;
  const group = GROUP_THEN_RELATIVE.exec(phrase)?.[1];
  if (group === undefined || !isSpeakerPhrase(group)) return null;
  const head = group.slice(group.lastIndexOf(" ") + 1);
  // "A senior U.S. official who spoke on condition of anonymity": one source, described.
  // "Republicans who opposed it", "Many Democrats who voted for it": a party's or a people's members.
  if (
    isGroupNoun(head) ||
    CAPITALISED_PLURAL.test(head) ||
    (SOURCE_NOUN.test(head) && SPOKE_ANONYMOUSLY.test(phrase))
  )
    return group;
  // "a diplomat in Ostra who was briefed on the meeting": a source, then where it is.
  const placed =
    /^(?:a|an|one|two|three|several)\s+(?:[\p{L}-]+\s+)?([\p{Ll}]+)\s+(?:in|at|from|of|with)\s/u.exec(
      group,
    )?.[1];
  return placed !== undefined && (SOURCE_NOUN.test(placed) || isGroupNoun(placed)) ? group : null;
}

/** "Officials in St. Petersburg", "A spokesman for the hospital in Vell": a phrase ending in a place. */
const PLACE_AT_END = /\s(?:in|of|from|at|near|outside)\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]*$/u;
/** "Texas", "Fla.", "N.Y.", "New Mexico", "South Kesh": what names the state or country of a place. */
const PLACE_QUALIFIER =
  /^(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{Ll}]{1,4}\.|(?:(?:New|North|South|East|West|Northern|Southern|San|Santa|St\.|Los|Las|El)\s+)?\p{Lu}[\p{Ll}'’-]+)$/u;
/** "who spoke on condition of anonymity", "who asked not to be named": a source that keeps its name back. */
const SPOKE_ANONYMOUSLY = new RegExp(WHO_SPOKE_ANONYMOUSLY);
/** "a diplomat", "an aide", "a source": a person a report leans on, singular or plural. */
const SOURCE_NOUN =
  /^(?:diplomat|source|official|person|aide|insider|witness|resident|employee|worker|lawmaker|officer|analyst)s?$/;

const PARTY_TAG = /^[RDI]-[\p{Lu}][\p{L}.]*$/u;
/** "Ph.D.", "M.D.", "QC", "MP": a credential after a name, no name itself. */
const CREDENTIAL = /^(?:Ph\.?D|M\.?D|MBA|QC|KC|MP|MEP|MSP|OBE|CBE|MBE|Esq|Jr|Sr|II|III)\.?$/;
/** "D-N.Y.", "62" or "Ph.D.": what stands between a name and its relative clause. */
function isTagOrAge(part: string): boolean {
  return PARTY_TAG.test(part) || /^\d{1,3}$/.test(part) || CREDENTIAL.test(part);
}
const DOCUMENT =
  /^(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:report|study|survey|poll|analysis|audit|review|assessment|statement|readout)(?:\s+of\s+(?:[^,]|,(?=\d)){1,40})?$/iu;
/**
 * "published by the agency on Tuesday", "released Monday by the ministry", "carried out by the charity
 * KidsFirst": who made the document.
 * Not "commissioned by the Treasury": who paid for a report did not write its findings.
 */
const MADE_BY =
  /^(?:published|released|issued|compiled|prepared|written|carried out|conducted|produced|run)\s+(?:\S+\s+){0,2}?by\s+(.+?)(?:\s+(?:on|in|last|this)\s+\S+)?$/;

const SURVEYED = /\s+of\s.*$/;

/** "The report" + "published by the agency on Tuesday" → "The report by the agency"; else null. */
function documentAuthor(document: string, appositive: string): string | null {
  const author = MADE_BY.exec(appositive)?.[1];
  // "The survey of 2,000 parents" is named as "The survey": what it surveyed is no part of who made it.
  return author !== undefined && DOCUMENT.test(document)
    ? `${document.replace(SURVEYED, "")} by ${author}`
    : null;
}
/**
 * "the board's chair", "45", "published Monday", "speaking at a news conference in Keslo", "in a
 * statement", "Ostmark's foreign minister", "among them Paul Rake" (one of a group); "now a pundit", "then the
 * finance minister", "herself a former judge": a when or a "too" before the description leaves it one.
 */
const DESCRIPTIVE_APPOSITIVE =
  /^(?:when|while|after|if|once)\s+(?:asked|pressed|questioned|speaking|interviewed)\b|^(?:(?:now|then|formerly|previously|once|also|still|himself|herself|itself)\s+)?(?:the|a|an)\s|^(?:one|two|three|some|several|each|both|either|neither)\s+of\s|^\d+$|^(?:(?:now|once|formerly|previously|newly)\s+)?\p{Ll}+(?:ed|ing|wn)(?:\s|$)|^(?:in|on|at|during|via|of|from)\s|^\p{Lu}\S*['’]s\s+\p{Ll}|^(?:among\s+them|such\s+as|notably)\s/u;

/** "Berg, for his part, said": words set off between the speaker and the verb that say no more of who. */
const INTERJECTION =
  /^(?:for (?:his|her|its|their|our) part|in (?:turn|response|reply|contrast|return)|meanwhile|however|though|too|also|instead|likewise|separately|nonetheless|nevertheless|in a statement|in an interview)$/;

/** A bare name, possibly with a title: "Jane Roe", "Board member Jane Roe", "Dr. Roe". */
const NAME = /^(?:[\p{L}.]+\s+){0,3}\p{Lu}[\p{L}'’.-]+$/u;

/** "She went on to say …", "He proceeded to add …": words after which an infinitive reports. */
const GOES_ON_TO = /^(?:proceeded|went|continued|goes|go|on|would|later)$/i;
/** What may stand between a speaker and "to say" ("The union wants to argue that …"). */
const BEFORE_REPORTING_INFINITIVE =
  /^(?:to|proceeded|went|continued|goes|go|on|would|later|wanted|wants|want|like|plans|planned|intends|expects|expected|is|are|was|were)$/i;

function speakerEndBeforeInfinitive(words: Array<{ text: string }>, infinitiveIndex: number): number {
  // "He proceeded to say", "She went on to note": skip the governing verb.
  let end = infinitiveIndex - 1;
  while (end > 0 && BEFORE_REPORTING_INFINITIVE.test(words[end - 1]?.text ?? "")) end--;
  return end;
}

/** Verbs whose listener may come before "that": "warned management that", "assured investors that". */
const PERSON_OBJECT_VERB =
  /^(?:warn|warned|warns|assured|assures|reminded|reminds|informed|informs|notified|notifies|advised|advises)$/;
/** " him", " them" before a clause's subject: "assured him the troops would leave", "warned them it was unsafe". */
const PRONOUN_LISTENER_BEFORE_CLAUSE =
  /^\s+(?:him|her|them|us|me)(?=\s+(?:the|a|an|it|he|she|they|we|there|this|\p{Lu}\p{Ll}*|\d[\d,.]*)\s)/u;
/** A listener and a when or how often, up to the "that" of the claim: "management at least six times". */
const OBJECT_BEFORE_THAT =
  /^\s+(?!that\s)(?:(?:the|its|their|his|her)\s+)?\p{Ll}[\p{L}-]*(?:\s+[\p{L}\d-]+){0,5}?(?=\s+that\s)/u;

/**
 * Who was told: "reporters", "her office" (before "her" alone), "him", "The Harbor Times", "BBC Radio 4's",
 * "Channel 4 News", "a news conference", "this newspaper" (Indian and British papers name themselves so);
 * "police", "councillors", "patients" too: a crime report's or a council's usual listeners.
 */
const TOLD_OBJECT =
  /^\s+(?:(?:a|an|the|his|her|its|their)\s+(?:(?!(?:a|an|the|that)\s)[\p{L}.'’-]+\s+){0,3}(?:envoy|envoys|ambassador|diplomats?|delegation|counterparts?|visitors|guests|interviewer|committee|panel|hearing|conference|briefing|rally|meeting|audience|crowd|court|jury|inquiry|inquest|tribunal|judge|magistrate|coroner|council|assembly|summit|forum|session|newspaper|daily|weekly|magazine|channel|broadcaster|radio station|news agency|chamber|house|legislature|senate|parliament|cabinet|shareholders|investors|supporters|members|staff|employees|workers|delegates|lawmakers|police|councillors|councilors)|(?:state|public|national|local|foreign|international)\s+(?:television|TV|radio|media|broadcasters?|news\s+agencies)|this\s+(?:newspaper|paper|publication|website|reporter|correspondent)|parliament|reporters|journalists|jurors|detectives|investigators|lawmakers|investors|supporters|analysts|shareholders|employees|staff|workers|delegates|students|residents|voters|aides|advisers|advisors|allies|colleagues|donors|troops|ministers|officials|senators|MPs|leaders|negotiators|diplomats|envoys|members|protesters|mourners|doctors|farmers|parents|police(?:\s+officers)?|officers|councillors|councilors|legislators|commissioners|trustees|regulators|judges|magistrates|customers|clients|patients|fans|viewers|listeners|readers|followers|villagers|relatives|families|teachers|nurses|soldiers|peers|survivors|passengers|pupils|(?:his|her|their|its|my|our)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:(?:after|before|during|at)\s+(?:the|a|an|his|her|their)\s+[\p{Ll}-]+|(?:in|on)\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+))?(?=\s+that\s)|him|her|them|us|me|(?:the\s+|a\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|\d{1,3}(?:['’]s)?)){0,4})(?=[\s,:])/u;
/** " of about 3,000 supporters on Saturday": a phrase of the listener's, up to the "that" of the claim. */
const LISTENER_PHRASE_BEFORE_THAT =
  /^\s+(?:of|in|at|from|outside|near)\s+(?:(?:[^\s,.;:"“”]|[,.](?=\d))+\s+){0,8}?[^\s,.;:"“”]+(?=\s+that\s)/u;
/** A listener that is an outlet by its kind, whose name may follow: "the state broadcaster". */
const OUTLET_KIND_END = /(?:newspaper|broadcaster|radio station|daily|weekly|magazine|news agency|channel)$/;
/** " NRT", " Radio Ostra": an outlet's name right before the "that" of the claim. */
const OUTLET_NAME_BEFORE_THAT =
  /^\s+(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&'’-]*(?=\s+that\s|\s+on\s+\p{Lu}\p{Ll}+day\b)/u;
/** The rest of an outlet's programme or page after its owner's name: " Sunday programme", " website". */
const OUTLET_PROGRAMME =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:programme|program|show|podcast|newspaper|paper|radio|television|channel|website|magazine|broadcast|station)(?=[\s,])/u;
/**
 * Where, when or how it was said ("in a 2023 report", "on Monday", "without evidence", "in a statement
 * read outside court"), between the verb and the claim.
 */
const ADVERBIAL =
  /^,?\s+(?:in (?:a|an|its|his|her|their) (?:[\p{L}\d-]+ ){0,3}?(?:statement|interview|post|letter|email|speech|report|filing|release|briefing|study|analysis|testimony|memo)(?: (?:on|to|with) (?:(?:the )?(?:\p{Lu}[\p{L}.'’-]* ){0,3}\p{Lu}[\p{L}.'’-]*(?= that\s)|(?:the|a) \p{Ll}+(?= that\s)|[^,]{1,60}?(?= that\s)|[^,]{1,40}?))?(?: (?:read|released|issued|posted|published|sent|delivered|seen|obtained|reviewed|since|after|before) [^,"“”]{1,40}?(?= that\s))?|(?:(?:late|early|earlier|later) (?:on )?|on )?\p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening|night))?|(?:after|before|during|following) [^,"“”]{2,40}?(?= that\s)|(?:through|via) (?:an? )?(?:interpreter|translator)|on (?:its|his|her|their|the) (?:official )?(?:website|blog|Facebook page|Telegram channel)|yesterday|today|last (?:week|month|year|night)|(?:earlier |later )?this (?:week|month|year|morning|afternoon|evening)|earlier(?=,| that\s)|(?:later|afterwards?|previously|then)(?= that\s)|at a (?:news|press) (?:conference|briefing)|by (?:tele)?phone|by e-?mail|by text message|over the (?:tele)?phone|(?:via|through) (?:a|an|his|her|its|their) (?:spokes(?:man|woman|person)|lawyer|attorney|representative|aide)|according to (?:a|an|the|his|her|its|their|two|three|four|several|some) [^,"“”]{2,80}?(?=,)|(?:on|during) (?:a|an|the) (?:conference|earnings|phone|video|media) call|without (?:providing |offering |citing |giving )?(?:any )?(?:evidence|proof)|however|though|nonetheless|nevertheless|falsely|wrongly|incorrectly|correctly|rightly|repeatedly|again|publicly|privately|separately|on (?:social media|Twitter|X|Facebook|television)|on (?:the )?condition of anonymity|under (?:cross-examination|questioning|oath)(?: (?:from|by) [^,"“”]{1,40}?(?= that\s))?)(?=[\s,:])(?:\s+on\s+\p{Lu}\p{Ll}+day)?[,:]?/u;

/**
 * "late Tuesday", "during a visit to Ostgrad", "at a rally in Keslo" right before "that": a when or
 * where ending in a name or a time word, so "said at a rally that drew crowds" keeps its clause.
 */
const ADVERBIAL_BEFORE_THAT =
  /^,?\s+(?:(?:late|early)\s+\p{Lu}\p{Ll}+day|(?:during|at|after|before|from|via|over|in|on|outside|near|published|released|issued)\s+(?:[^\s,.;:"“”]+\s+){0,5}?(?:\p{Lu}[\p{L}'’-]*|morning|afternoon|evening|night|week|month|year|capital|city|town|village|region|border|port|headquarters|rally|summit|conference|briefing|meeting|ceremony|event|hearing|vote|debate|verdict|ruling|match|game|talks|election|announcement|decision|session|call|visit|trip|speech|interview))(?=\s+that\s)/u;

/** "in the capital, Velmorra," right before "that": a place, then its name between commas. */
const NAMED_PLACE_BEFORE_THAT =
  /^,?\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:capital|city|town|port|village|region|province|state)\s*,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,(?=\s+that\s)/u;

/** Prepositions opening a where or when something was said. */
const PLACE_PREPOSITION = "(?:at|during|in|on|after|before|outside|near|over|to)";
/** "at a rally", "during a visit to a school": where or when something was said. */
const PLACE = String.raw`\s+${PLACE_PREPOSITION}\s+(?:[^\s,.;:"“”]+,?\s+){1,6}?`;
/** "that drew 5,000 people", "who had waited", "where …", up to the "that" after it; the relative word is a group. */
const RELATIVE = String.raw`(?:(that|which|who)\s+(\p{Ll}+)|where|when)\s[^.;:"“”]{0,100}?,?(?=\s+that\s)`;
const PLACE_WITH_RELATIVE = new RegExp(`^,?${PLACE}${RELATIVE}`, "u");
const OBJECT_WITH_RELATIVE = new RegExp(`^,?\\s+${RELATIVE}`, "u");
/** "at a meeting" right before "that the …": the "that" opens the claim, so the place is skipped. */
/** " evening" right before "that": what is left of "on Thursday evening". */
const PART_OF_DAY = /^\s+(?:morning|afternoon|evening|night)(?=\s+that\s)/;

/** "said outside court:", "said after the hearing:": a short where or when, then the colon opening the claim. */
const PLACE_BEFORE_COLON =
  /^\s+(?:outside|inside|after|before|at|near|on)\s+(?:[^\s,.;:"“”]+\s+){0,3}?[^\s,.;:"“”]+:(?=\s)/;

const PLACE_BEFORE_CLAIM = new RegExp(
  String.raw`^,?\s+${PLACE_PREPOSITION}\s+(?:[^\s,.;:"“”]+\s+){0,5}?[^\s,.;:"“”]+(?=\s+that\s+(?:the|a|an|it|he|she|they|we|i|this|these|those|there|its|his|her|their|other|some|many|more|no|all|both|several|\p{Lu}|\d))`,
  "u",
);

/**
 * How much of `afterVerb` is a where or when with its own relative clause ("said at a rally that
 * drew 5,000 people that …", "in a speech which was aired live"), or, after `told` and its object,
 * the object's relative clause ("told a crowd that had gathered …"), so the claim starts at the
 * next "that"; 0 without one. The relative "that" opens a verb: "in a statement that the plan …" is the claim.
 */
function placeWithRelative(afterVerb: string, afterObject: boolean): number {
  const match = (afterObject ? OBJECT_WITH_RELATIVE : PLACE_WITH_RELATIVE).exec(afterVerb);
  if (match === null) return 0;
  const [whole, relative, verb = ""] = match;
  return relative === undefined || isUnambiguousVerb(verb) || isFiniteVerb(verb) ? whole.length : 0;
}

const CITED = /^(?:\S+\s+){1,2}?(.{1,150}?)['’]s?\s+([a-z]+)\s+that\s+/iu;
/** "claims by Valdoria that ", "allegations made by the union that ": a claim and whose it is. */
const CLAIMS_BY =
  /^(?:the\s+)?(claims?|allegations?|suggestions?|accusations?|assertions?)\s+(?:made\s+)?by\s+([^,;"“”]{2,80}?)\s+that\s+/i;
/** "rejected claims that", "dismissed suggestions that": a rejection of what no one named claims. */
const REJECTING_UNNAMED_CLAIMS =
  /^(?:rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)\s+(?:the\s+)?(?:claims?|allegations?|suggestions?|accusations?|reports?)\s+that\s/i;

/** "repeated his assertion that ", "repeated the false claim that ": the subject saying it again. */
const OWN_CLAIM_REPEATED =
  /^repeated\s+(?:his|her|their|its|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:assertion|claim|allegation|argument|contention|charge|accusation|boast|warning|promise|pledge|insistence)\s+that\s+/u;

function citedClaim(sentence: string, verbStart: number, reporterPhrase: string): Attribution | null {
  const afterVerb = sentence.slice(verbStart).replace(CITING_VERB, "");
  const offset = sentence.length - afterVerb.length;
  const byWhom = afterVerb.includes(" that ") ? CLAIMS_BY.exec(afterVerb) : null;
  if (byWhom !== null) {
    // "Durmaz rejected claims by Valdoria that Kesh had jammed GPS signals": Valdoria's claim, which
    // Durmaz reports.
    const [opening, noun = "", claimant = ""] = byWhom;
    const content = trimmedRange(sentence, offset + opening.length, sentence.length);
    const restated = CLAIM_NOUN_VERB[noun.toLowerCase()] ?? "claimed";
    return content === null
      ? null
      : { speakerPhrase: claimant, reporterPhrase, ...content, prefix: `${claimant} ${restated} that ` };
  }
  // "The army rejected claims that its troops had been in the area": the rejection, whole, is the army's.
  if (REJECTING_UNNAMED_CLAIMS.test(sentence.slice(verbStart))) {
    const whole = trimmedRange(sentence, 0, sentence.length);
    return whole === null
      ? null
      : { speakerPhrase: reporterPhrase, reporterPhrase: null, ...whole, prefix: "" };
  }
  // "Whitcomb repeated his assertion that Ohio had lost 60,000 jobs": his own claim, said again.
  const own = OWN_CLAIM_REPEATED.exec(sentence.slice(verbStart));
  if (own !== null) {
    const content = trimmedRange(sentence, verbStart + own[0].length, sentence.length);
    return content === null
      ? null
      : { speakerPhrase: reporterPhrase, reporterPhrase: null, ...content, prefix: "" };
  }
  const match = CITED.exec(`x ${afterVerb}`);
  const noun = match?.[2]?.toLowerCase() ?? "";
  const restated = CLAIM_NOUN_VERB[noun];
  if (match === null || restated === undefined) return null;
  const speakerPhrase = (match[1] ?? "").trim();
  const content = trimmedRange(sentence, offset + match[0].length - 2, sentence.length);
  if (content === null) return null;
  return { speakerPhrase, reporterPhrase, ...content, prefix: `${speakerPhrase} ${restated} that ` };
}

/** Cheap filter: most narrative sentences contain no reporting verb at all. */
const MENTIONS_REPORTING = new RegExp(
  `\\b(?:${[...REPORTING_VERB, ...INFINITIVE_REPORT, ...CITING_FIRST_WORD, "according", "saying", "writing", "arguing", "claiming", "insisting", "telling", "called", "calling", ...DATA_VERBS].join("|")})\\b`,
  "i",
);

const LOWER_CASE_WORD = /^\p{Ll}{3,}/u;

function lowerCaseWords(phrase: string): number {
  let count = 0;
  for (const word of phrase.split(/\s+/)) if (LOWER_CASE_WORD.test(word) && !ROLE_OR_LINK.test(word)) count++;
  return count;
}

/** "union leader Jane Roe": lower-case role words, then a full name. */
const ENDS_WITH_FULL_NAME = /(?:^|\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+$/u;

const ROLE_OR_LINK =
  /^(?:the|and|for|of|from|with|spokes(?:man|woman|person)|officials?|chief|senior|deputy)$/;

/**
 * "Only 27% of respondents", "one in five voters", "a majority of those polled": a share of people
 * surveyed, whose "said" is the survey's finding, the sentence's own claim.
 */
const SURVEY_SHARE =
  /^(?:(?:only|just|about|around|nearly|almost|roughly|some|more than|over|fewer than|less than)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per cent)\s+of|(?:one|two|three|four)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten)|(?:a|the)\s+(?:majority|minority|third|quarter|fifth|half)\s+of)\s/i;

const NOUN_THEN_PRONOUN = /^(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+){0,3}(?:he|she|they|we|i)$/iu;

/** A speaker opens with a capital, a determiner, a count, or a surname's particle ("de la Cruz", "van der Berg", "al-Sayed"). */
const SPEAKER_START = new RegExp(
  String.raw`^(?:\p{Lu}|the\s|a\s|an\s|one\s|some\s|several\s|many\s|most\s|two\s|three\s|other\s|another\s|four\s|five\s|both\s|(?:(?:${NAME_PARTICLES})\s+){1,2}\p{Lu}|(?:al|el)-\p{Lu})`,
  "u",
);

/** "her office", "his spokesman": someone speaking for the person the article just named. */
export const POSSESSIVE_SPOKESPEOPLE =
  /^(?:his|her|their)\s+(?:office|spokesman|spokeswoman|spokesperson|campaign|aides?|lawyers?|attorneys?|family|relatives)$/i;
/** "his Valdorian counterpart", "her predecessor": a person known by their tie to someone just named. */
export const POSSESSIVE_RELATION =
  /^(?:his|her|their)\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:counterparts?|predecessor|successor|deputy|boss|colleagues?|advisers?|advisors?|wife|husband|son|daughter|brother|sister|father|mother|friend|partner|doctor)$/iu;
/**
 * "its director", "its chief executive", "its defence minister": someone speaking for the organisation
 * or country the sentence is about.
 */
export const ITS_ROLE =
  /^its\s+((?:[\p{Ll}-]+\s+){0,2}(?:chief executive|chief|director|spokes(?:man|woman|person)|president|chair(?:man|woman)?|head|manager|founder|owner|lawyers?|leader|secretary|governor|mayor|board|executives?|officials?|minister|ministry|army|military|government|embassy|coach|captain|researchers|analysts|scientists|economists|experts|authors|auditors|inspectors|staff|division|unit|subsidiary|arm|branch|office|department)(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?)$/iu;

/** "lead author Dr. Ingrid Vaal": up to three lower-case role words, maybe a title, then a full name. */
const ROLE_THEN_NAMED =
  /^(?:[\p{Ll}-]+\s+){1,3}(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$/u;

/** How many lower-case words of a role a closing tag's full name may follow. */
const MAX_ROLE_WORDS_BEFORE_NAME = 5;

/** A word that makes a phrase a clause rather than a speaker. */
const CLAUSE_WORD =
  /^(?:is|are|was|were|will|would|has|have|had|not|that|which|who|whom|whose|when|where|what|if|because|and|but|than|later|earlier)$/i;
/** "the loss of Saka could be decisive": a modal makes a clause (lower case only: "Theresa May" is a name). */
const MODAL_WORD = /^(?:could|can|may|might|should|must)$/;

const OBJECT_DETERMINER = /^(?:a|an|the|its|their|this|these)$/i;

/** "preliminary results", "official figures", "the latest polls": data that shows something. */
const DATA_PHRASE =
  /^(?:(?:the|official|preliminary|final|latest|new|separate|early)\s+){0,2}(?:data|figures|results|statistics|estimates|polls?|surveys?)$/i;

/** "two days after an audit", "The minister resigned on Friday after an audit": a when, not a who. */
const TIME_BEFORE_SPEAKER = /(?:^|\s)(?:after|before|since|following|until|when|while|because)\s/i;

const HOLDERS_OF_TWO =
  /^The\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+s\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;

const INDEFINITE_INITIALS = new Set([97, 101, 110, 115]);
const LINKING_ADVERB = /^(?:then|now|still|yet|so|even|and then|but then)\s+/i;
/** t, n, s, y, e, a, b: the initials of LINKING_ADVERB's words, a cheap test before it. */
const LINKING_ADVERB_INITIALS = new Set([116, 110, 115, 121, 101, 97, 98]);
const INDEFINITE_PRONOUN =
  /^(?:nobody|no one|no-one|everyone|everybody|anyone|anybody|someone|somebody|none|nothing|everything)\b/i;

/** "the carmaker and the IG Metall union", "the ministry and the central bank": two bodies speak together. */
function isJointOrganisations(phrase: string): boolean {
  const sides = phrase.split(" and ");
  return (
    sides.length === 2 &&
    sides.every((side) => {
      const sideWords = side.split(/\s+/);
      return (
        /^the$/i.test(sideWords[0] ?? "") &&
        sideWords.length <= MAX_JOINT_SIDE_WORDS &&
        isOrganisationNoun(sideWords.at(-1) ?? "")
      );
    })
  );
}
const MAX_JOINT_SIDE_WORDS = 5;
const ACRONYM_AFTER_NAME = /\s+\(\p{Lu}{2,8}\)$/u;

/** "its annual report", "its statement": the document of whoever "its" is (read in resolve). */
const ITS_DOCUMENT = new RegExp(String.raw`^its\s+(?:[\p{Ll}-]+\s+)?(?:${DOCUMENT_NOUN})$`, "u");

/** Plausible speaker: a pronoun, or a short phrase naming someone (capitalised or "the ..."). */
function isSpeakerPhrase(phrase: string): boolean {
  // "The Food and Drug Agency (FDA)": the acronym after a name is no part of the test.
  const trimmed = phrase
    .trim()
    .replace(/^[”"’']+/, "")
    .replace(ACRONYM_AFTER_NAME, "");
  // "though aid groups", "while critics": a clause of its own opens there, not a speaker.
  if (trimmed === "" || SURVEY_SHARE.test(trimmed) || SUBORDINATE_OPENING.test(trimmed)) return false;
  // '"We will," she': words of a quotation are nobody's name.
  if (DOUBLE_QUOTE_MARK.test(trimmed)) return false;
  // "a policy she (said was popular)": a noun, then a relative clause's pronoun without its "that".
  if (NOUN_THEN_PRONOUN.test(trimmed)) return false;
  if (PRONOUN.test(trimmed) || QUALIFIED_GROUP.test(trimmed) || DATA_PHRASE.test(trimmed)) return true;
  // "Haddad and her colleagues estimated": a lead and the team, one source.
  if (trimmed.includes(" and ") && LEAD_AND_COLLEAGUES.test(trimmed)) return true;
  // "“Nobody told us anything …,” said Gil": nobody is no source (each opens with n, e, a or s).
  // Nor "Then nobody told us anything": an adverb may open the quotation's next sentence.
  const core = LINKING_ADVERB_INITIALS.has(trimmed.charCodeAt(0) | 32)
    ? trimmed.replace(LINKING_ADVERB, "")
    : trimmed;
  if (INDEFINITE_INITIALS.has(core.charCodeAt(0) | 32) && INDEFINITE_PRONOUN.test(core)) return false;
  if (MEDIA_SOURCE.test(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_SPEAKER_WORDS) return false;
  // "Aid groups such as Oxfam and Care": a group, then named examples of it, speaks as the group.
  if (isGroupWithExamples(trimmed)) return true;
  // "The presidents of Orland and Vesk": office holders of two places speak together.
  // "Ostmark and Tavria", "Prime Minister Ana Roe and President Omar Tal": two named parties speak together.
  // Not "WHO" or "IS": a name in capitals is no clause word.
  if (words.some((w) => (CLAUSE_WORD.test(w) && !ACRONYM.test(w)) || MODAL_WORD.test(w)))
    return (
      (words[0] === "The" && HOLDERS_OF_TWO.test(trimmed)) ||
      JOINT_NAMES.test(trimmed) ||
      INSTITUTION_WITH_AND.test(trimmed) ||
      isListedInstitution(trimmed) ||
      isJointOrganisations(trimmed)
    );
  // "Roe resigned, two days after an audit found that …": a time after something, not a speaker.
  if (TIME_BEFORE_SPEAKER.test(trimmed)) return false;
  // "It follows an earlier tranche (announced in May)", "The council approved a plan (announced …)":
  // a verb before its object makes a clause.
  if (hasVerbBeforeObject(words, OBJECT_DETERMINER, 1)) return false;
  // "The fee cut follows a series of measures" is a clause, not a speaker.
  if (lowerCaseWords(trimmed) > 4) return false;
  return (
    SPEAKER_START.test(trimmed) ||
    POSSESSIVE_SPOKESPEOPLE.test(trimmed) ||
    POSSESSIVE_RELATION.test(trimmed) ||
    ITS_ROLE.test(trimmed) ||
    ITS_DOCUMENT.test(trimmed) ||
    startsWithRole(trimmed) ||
    isKindThenName(trimmed) ||
    isGroupNoun(words.at(-1) ?? "") ||
    (words.length <= 6 && ENDS_WITH_FULL_NAME.test(trimmed))
  );
}

/**
 * `[from, to)` without opening quotes and spaces before it or closing punctuation after it; null when
 * nothing is left. Offsets only: this runs for most sentences, and copies of them add up.
 */
export function trimmedRange(
  sentence: string,
  from: number,
  to: number,
): { contentStart: number; contentEnd: number } | null {
  let start = from;
  while (start < to && isOpeningQuoteOrSpace(sentence.charCodeAt(start))) start++;
  let end = Math.min(to, sentence.length);
  while (end > start && CLOSING_PUNCT.includes(sentence.charAt(end - 1))) end--;
  return end > start ? { contentStart: start, contentEnd: end } : null;
}

/** White space and the opening quotation marks " “ ‘ ' «. */
function isOpeningQuoteOrSpace(code: number): boolean {
  return (
    code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 0xab || isSpaceCode(code)
  );
}
