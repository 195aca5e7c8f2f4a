import { isPastTense, predicateObject } from "../decompose/clauses";
import { capitalize, LOWER_CASE_THEN_S, possessiveOf } from "../util/text";
import { isCountryOrCapital } from "./countries";
import { pronounOfName } from "./gender";
import { isGroupNoun, isPersonRole, looksLikeOrganisation } from "./names";

const PEOPLE_GROUP =
  /^the\s+(?:opposition|critics|residents|protesters|experts|analysts|economists|campaigners)$/i;

/**
 * Reported speech often opens with the speaker's own pronoun ("Roe said he's not qualified ...").
 * Standalone, that reads "Jane Roe is not qualified ...".
 */
export function nameOpeningPronoun(
  content: string,
  speaker: string | null,
  action: string | null = null,
): string {
  // "The opposition argued it would fail": a group of people says "we"; its "it" is something else.
  if (speaker === null || PEOPLE_GROUP.test(speaker)) return content;
  const object = action === null ? content : nameReportedObject(content, speaker, action);
  if (object !== content) return object;
  // "Lind's campaign said he had backed two bills", "Aalto's office said he would travel": "he" is
  // the person they speak for.
  const owner = PERSON_PRONOUN_OPENING.test(content) ? SPEAKING_FOR.exec(speaker)?.[1] : undefined;
  if (owner !== undefined) return namePerson(content, owner);
  // "Hospitals in Lune said they were short of blood" → "Hospitals in Lune were short of blood"; also
  // "the two leaders", "the presidents of Orland and Vesk", which read like organisations below. Not
  // after an action of theirs: "The unions rejected the rules and said they were unfair".
  const they = /^they(?=\s)/i.exec(content);
  if (they !== null && action === null && isPlural(speaker))
    return `${capitalize(speaker)}${content.slice(they[0].length)}`;
  // "Skylo, the budget airline, said its profit rose": "its" is never a person's, so a one-word name
  // that says "its" is a company's or a country's.
  const its = ONE_WORD_NAME.test(speaker) ? /^its(?=\s)/i.exec(content) : null;
  if (its !== null) return `${possessiveOf(speaker)}${content.slice(its[0].length)}`;
  // "The minister said it would hurt farms": a person's "it" is something else.
  // Not "Economists polled by the Harbour Post": a group of people's "it" is a thing.
  const people = isGroupNoun(speaker.split(" ", 1)[0]?.toLowerCase() ?? "");
  // "the operators argued it breached the contract": a plural of common nouns is "they", never "it".
  const commonPlural = COMMON_PLURAL.test(speaker);
  if (looksLikeOrganisation(speaker) && !isPersonRole(speaker) && !people && !commonPlural) {
    // "Acme Group said it was reviewing ..." → "Acme Group was reviewing ...", "its plant" → "Acme Group's plant".
    const it = /^it(s?)(?=\s)/i.exec(content);
    if (it === null || (it[1] === "" && (MEASURE_IT.test(content) || JUDGED_IT.test(content))))
      return content;
    return `${it[1] === "" ? speaker : possessiveOf(speaker)}${content.slice(it[0].length)}`;
  }
  if (they !== null)
    return isPlural(speaker) ? `${capitalize(speaker)}${content.slice(they[0].length)}` : content;
  if (/^(?:the|a|an|some|officials?)\b/i.test(speaker)) return content;
  // "People close to the minister say he has considered resigning": a group's "he" is someone else.
  if (isPlural(speaker)) return content;
  return namePerson(content, speaker);
}

/** "it was the largest rise in two decades": an "it" that is a change or a figure, never who said it. */
const MEASURE_IT =
  /^it\s+(?:is|was|would be|will be|has been|had been)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:rise|increase|fall|drop|decline|jump|gain|loss|surge|slump|growth|figure|level|rate|total|record)\b/iu;

/**
 * "it was unclear whether …", "it was too early to say", "it is likely that …": an "it" a judgement is
 * made of, never the organisation that said it ("it was ready to talk" still is).
 */
const JUDGED_IT =
  /^it\s+(?:is|was|remains|remained|would be|will be|has been|had been)\s+(?:not\s+)?(?:yet\s+)?(?:too\s+|still\s+|very\s+|highly\s+)?(?:unclear|clear|early|soon|premature|likely|unlikely|possible|impossible|important|necessary|essential|vital|crucial|difficult|hard|known|unknown|true|inevitable|regrettable|unfortunate|time)\b/i;

/** "the operators", "the two airlines": "the" and lower-case words ending in a plural noun. */
const COMMON_PLURAL = /^the\s+(?:[\p{Ll}\d-]+\s+)*\p{Ll}+[^su's]s$/u;

const ONE_WORD_NAME = /^\p{Lu}[\p{L}-]+$/u;
const PERSON_PRONOUN_OPENING = /^(?:he|she|his|her)[\s'’]/i;

/** An opening he/she/his/her named: "her house had flooded" → "Sara Nyqvist's house had flooded". */
function namePerson(content: string, person: string): string {
  // "Ana Berg said he opposed the sale": her "he" is someone else.
  const sex = pronounOfName(person);
  if (sex !== null && (sex === "he" ? /^(?:she|her)\b/i : /^(?:he|his)\b/i).test(content)) return content;
  const possessive = /^(?:his|her)(?=\s)/i.exec(content);
  // "Verdance said his testimony was misleading": a one-word name of no known sex may be a company's,
  // whose "his" is someone else's.
  if (possessive !== null && sex === null && ONE_WORD_NAME.test(person)) return content;
  if (possessive !== null) return `${person}'s${content.slice(possessive[0].length)}`;
  const match = /^(?:he|she)(?:(['’]s)\s+(\S+)|(?=\s))/i.exec(content);
  if (match === null) return content;
  if (match[1] === undefined) return `${person}${content.slice(match[0].length)}`;
  const next = match[2] ?? "";
  const verb = /^(?:been|got|had|done|made|seen|taken|given)$/i.test(next) ? "has" : "is";
  return `${person} ${verb} ${content.slice(match[0].length - next.length)}`;
}

/** "Ivo Lind's campaign", "Ana Roe's lawyer": people who speak for a person, whose "he" or "she" that person is. */
const SPEAKING_FOR =
  /^(.+?)['’]s\s+(?:office|campaign|spokes(?:man|woman|person)|aides?|lawyers?|attorneys?|family)$/;

/** "Hospitals", "unions": a word ending in "s", not "ss" or "us". */
const PLURAL_WORD = /^\p{L}+[^su]s$/u;

/** "officials", "Hospitals in Lune", "the unions": a plural head before any phrase after it. */
function isPlural(speaker: string): boolean {
  const head =
    speaker
      .split(/\s+(?:in|of|at|from|for|on|with|who|that|familiar|close|polled|surveyed|questioned)\s/, 1)[0]
      ?.split(/\s+/)
      .at(-1) ?? "";
  return isGroupNoun(head) || PLURAL_WORD.test(head) || /^people$/i.test(head);
}

/** "it had ordered 40 jets": a perfect tense with an object after it. */
const PERFECT_WITH_OBJECT =
  /^it\s+(?:had|has|have)\s+(?:also\s+)?(\p{Ll}+)\s+(?:\d|a\s|an\s|the\s|its\s|their\s|\p{Lu})/u;

/**
 * "… reported a record profit and said it had ordered 40 jets": an "it" that has done something to an
 * object is whoever acts, the speaker, not the thing the first action names (people named by "they",
 * "thanked the donors, saying they had raised …", may act).
 */
function actsOnObject(content: string): boolean {
  const verb = PERFECT_WITH_OBJECT.exec(content)?.[1];
  return verb !== undefined && isPastTense(verb) && !/^(?:been|become)$/.test(verb);
}

/** "it was time to act", "it is clear that …": an "it" that stands for nothing said before. */
export const EXPLETIVE_IT =
  /^it\s+(?:is|was|seems|seemed|appears|appeared|remains|would be|will be)\s+(?:\S+\s+){0,2}?(?:to|that)\s/i;

/**
 * "The minister criticised the new sanctions on Friday and said they would backfire" → "the new
 * sanctions would backfire": a reported "they" or "it" is the one thing of its number that the
 * speaker's own `action` names. Not when it could be the speaker: "The unions rejected the rules and
 * said they would strike", "Acme bought a mill and said it would hire 40 people".
 */
export function nameReportedObject(content: string, speaker: string, action: string): string {
  const opening = /^(they|it)(?=\s)/i.exec(content);
  if (opening === null) return content;
  const plural = opening[0].toLowerCase() === "they";
  if (!plural && EXPLETIVE_IT.test(content)) return content;
  // "The Kremlin rejected a proposal for a ceasefire, saying it would only allow …": what was judged
  // is what "it" is, even for an organisation that may speak of itself.
  // "China condemned the sale and said it would take measures": what a country or body does next is
  // its own deed, whatever it judged.
  const deed = !plural && SPEAKER_DEED.test(content);
  if (plural || deed || !JUDGING_ACTION.test(action)) {
    const lastWord = speaker.split(/\s+/).at(-1) ?? "";
    const mayBeSpeaker = plural
      ? isGroupNoun(lastWord) || LOWER_CASE_THEN_S.test(lastWord)
      : (looksLikeOrganisation(speaker) && !isPersonRole(speaker)) || isCountryOrCapital(speaker);
    // "announced a buyback and said it would close its Malmo plant": an "it" with an "its" of its own
    // owns things, so it is the speaker, not what was announced.
    const owns = !plural && /\sits\s/.test(content);
    if (mayBeSpeaker || owns || (!plural && actsOnObject(content))) return content;
  }
  // "described this as a victory; others said it gave …": "a victory" is a label for "this", which
  // the "it" means; the label would make the claim adopt one side's word.
  if (LABELLING_ACTION.test(action)) return content;
  const object = predicateObject(action, plural);
  if (object === null) return content;
  // "froze its harbour fees and said they would rise": out of the action, "its" is the speaker's.
  const owned = /^(?:its|their|his|her)\s/i.exec(object);
  const named = owned === null ? object : `${speaker}'s ${object.slice(owned[0].length)}`;
  return `${named}${content.slice(opening[0].length)}`;
}

/** "described this as a victory", "called it a betrayal", "branded the deal a sellout": a label, not a thing. */
const LABELLING_ACTION =
  /\b(?:described|describes|characteri[sz]ed|portrayed|hailed|dismissed|branded|labell?ed|termed|called|calls)\s+(?:it|this|that|them|these|those)\s+(?:as\s+)?(?:a|an|the)\s/;

/** "rejected a proposal", "welcomed the plan", "rejected any cap": a verb judging a thing someone else put forward. */
const JUDGING_ACTION =
  /\b(?:rejected|rejects|welcomed|welcomes|critici[sz]ed|critici[sz]es|condemned|condemns|dismissed|dismisses|opposed|opposes|praised|praises|hailed|hails|slammed|slams|denounced|denounces)\s+(?:the|a|an|any|this|that)\s/;
/** "it would take measures", "it will send engineers": a deed only whoever judged or spoke can do. */
const SPEAKER_DEED =
  /^it\s+(?:would|will|could|might|may|was|is)\s+(?:also\s+|now\s+|not\s+|soon\s+)?(?:take|taking|send|sending|respond|responding|retaliate|retaliating|seek|seeking|consider|considering|appeal|appealing|cooperate|review|reviewing|provide|providing|deliver|impose|pursue|challenge|block|veto|withdraw|sue|ask|push|press)\b/i;

/**
 * "Latvia's defence minister, Andris Spruds, said his country would …" → "Latvia would …": a speaker
 * introduced as a country's office holder speaks of that country as "his" or "her country".
 */
export function nameOwnCountry(content: string, speakerPhrase: string): string {
  const own = OWN_COUNTRY_OPENING.exec(content);
  if (own === null) return content;
  const country = COUNTRY_OFFICE.exec(speakerPhrase)?.[1];
  return country !== undefined && isCountryOrCapital(country)
    ? `${country}${content.slice(own[0].length)}`
    : content;
}
const OWN_COUNTRY_OPENING = /^(?:his|her|their|our)\s+country(?=\s)/i;
/** "Latvia's defence minister", "India's delegate", "South Korea's ambassador to the UN". */
const COUNTRY_OFFICE =
  /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:minister|president|prime minister|ambassador|envoy|delegate|delegation|representative|leader|chancellor|foreign ministry|government|spokes(?:man|woman|person))\b/u;
