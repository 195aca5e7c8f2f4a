import { INTERVIEW_LABEL } from "../clean/noise";
import { isPastTense } from "../decompose/clauses";
import { PERSON_TITLES } from "../segment/abbreviations";
import {
  allMatches,
  capitalize,
  possessiveOf,
  quotationOpenAfter,
  SINGLE_QUOTE_OPENING,
  SPELLED_NUMBERS,
  STARTS_LOWER_CASE,
  STARTS_UPPER_CASE,
} from "../util/text";
import { isCountryOrCapital, isDemonym } from "./countries";
import {
  type Attribution,
  type AttributionCut,
  detectAttribution,
  ITS_ROLE,
  NOT_A_TURN,
  POSSESSIVE_RELATION,
  POSSESSIVE_SPOKESPEOPLE,
  type SpeakerAction,
  trimmedRange,
} from "./detect";
import { namedPeople } from "./gender";
import { COMPANY_NOUN, SpeakerMemory } from "./memory";
import {
  DOCUMENT_NOUN,
  FIRST_AND_LAST_NAME,
  fullNameBefore,
  isGroupNoun,
  isOrganisationNoun,
  isPersonRole,
  JOINT_NAMES,
  LEAD_AND_COLLEAGUES,
  lastPersonWithRole,
  looksLikeOrganisation,
  namesWithAges,
  namesWithTitles,
  ORGANISATION_KINDS,
  openingCompany,
  organisationNames,
  parseSpeakerPhrase,
  personWithRole,
  type SpeakerName,
} from "./names";

export interface SentenceText {
  text: string;
  paragraph: number;
  /** Whether the sentence opens its line (or its paragraph of joined lines); unknown when absent. */
  opensLine?: boolean;
}

/** Who said a sentence and which part of it is the claim. */
export interface ResolvedAttribution {
  speaker: string | null;
  reportedBy: string | null;
  /** Relative offsets of the claim inside the sentence. */
  contentStart: number;
  contentEnd: number;
  prefix: string;
  /** Relative range of a mid-sentence tag to leave out. */
  cut: AttributionCut | null;
  /** The speaker was written as a pronoun ("She expects ..."). */
  pronounSpeaker: boolean;
  /** The sentence only names a speaker ("Roe said."). */
  bareTag: boolean;
  /** What the speaker did after saying it ("… and ordered him to repay the money"), relative offsets. */
  action: SpeakerAction | null;
  /**
   * Who an untagged sentence's opening "He"/"She"/"His"/"Her" is, or whose "His lawyer" speaks in a
   * tagged one: the last person named; or the group an opening "They" is ("the researchers"); or null.
   */
  openingPerson: string | null;
  /** Who a group's or an organisation's reported "he" or "she" is: the one person named just before. */
  reportedPerson: string | null;
}

/** "…, said:" closing a sentence: its speaker's words come on the next line. */
const BARE_TAG_COLON = /:\s*$/;
const OPENS_WITH_PERSON_PRONOUN = /^(?:He|She|His|Her)\s/;
/** A prosecutor, lawyer, judge or detective: a person who speaks about someone else's deeds. */
const SPEAKS_OF_OTHERS =
  /\b(?:[Pp]rosecut\w*|[Ll]awyers?|[Bb]arristers?|[Aa]ttorneys?|[Cc]ounsel|[Ss]olicitors?|[Jj]udge|[Mm]agistrate|[Cc]oroner|[Dd]etectives?|[Ii]nvestigators?|KC|QC)\b/;
const REPORTED_PERSON_PRONOUN = /^(?:he|she)\s/;
/** "His lawyer", "Her spokesman": someone speaking for the person the article is about (whose pronoun is group 1). */
export const OWNED_SPEAKER_OPENING = /^(His|Her)\s+\p{Ll}/u;

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const QUOTE_CHAR = /["“”«»]/;

/**
 * Attributes every sentence of an article, in order, so that "he said", "Mr. Roe" and quotes whose
 * speaker is named later in the same quotation (or in the next sentence) resolve to a named speaker.
 */
export function resolveAttributions(sentences: SentenceText[]): ResolvedAttribution[] {
  const resolver = new AttributionResolver(sentences);
  return sentences.map((_, index) => resolver.resolve(index));
}

/** "Maranto: " or "Ilse Maranto: " opening an answer, and a "No." or "Yes." that answers before the claim. */
const ANSWER_LABEL = /^((?:\p{Lu}[\p{Ll}'’-]+\s+)?\p{Lu}[\p{Ll}'’-]+):\s+(?:(?:No|Yes|Well)[.,!]\s+)?/u;
/** How far into a paragraph the colon after a name can be. */
const MAX_ANSWER_LABEL = 40;

/** "I", "we": the turn's holder speaking, not relaying. */
const OWN_VOICE = /^(?:i|we)$/i;

/** "I", "we", "our", "you": words of someone speaking, which a reporter's narration has none of. */
const SPOKEN_VOICE = /\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|I['’](?:m|ve|d|ll))\b/;

/** How many labelled turns make an article a transcript, whose turns go on over paragraphs. */
const MIN_TRANSCRIPT_TURNS = 3;

/** "VARGA: ", "MR. HALLORAN: ", "AL-RASHID: ", "Q: ": a transcript's label in capitals, then its turn. */
const TITLE_IN_CAPITALS = String.raw`(?:MR|MRS|MS|DR|SEN|REP|GEN|ADM|PROF|GOV)\.\s+`;
const TURN_LABEL = new RegExp(
  String.raw`^((?:${TITLE_IN_CAPITALS})?(?:\p{Lu}[\p{Lu}'’.-]+\s+){0,2}\p{Lu}[\p{Lu}'’-]+|Q):\s+`,
  "u",
);
const TITLE_OPENING_LABEL = new RegExp(`^${TITLE_IN_CAPITALS}`);
/** Labels of whoever asks, and how a claim names them: their turns are mostly questions. */
const ASKERS = new Map([
  ["Q", "a questioner"],
  ["QUESTION", "a questioner"],
  ["HOST", "the host"],
  ["INTERVIEWER", "the interviewer"],
  ["MODERATOR", "the moderator"],
  ["REPORTER", "a reporter"],
  ["ANCHOR", "the anchor"],
  ["PRESENTER", "the presenter"],
  ["AUDIENCE MEMBER", "an audience member"],
]);

/**
 * Whether the article is a printed interview: some paragraph opens with "Q." or "Q:" and another
 * with "A." or "A:". An initial alone ("A. J. Rowe said …") makes none.
 */
function isPrintedInterview(sentences: SentenceText[]): boolean {
  let question = false;
  let answer = false;
  for (let i = 0; i < sentences.length && !(question && answer); i++) {
    const sentence = sentences[i];
    if (sentence === undefined || sentences[i - 1]?.paragraph === sentence.paragraph) continue;
    const label = INTERVIEW_LABEL.exec(sentence.text)?.[1];
    question ||= label === "Q";
    answer ||= label === "A";
  }
  return question && answer;
}

/** The article's capitals labels, read in one pass over its sentences. */
interface TurnLabels {
  /** How often each label opens a sentence. */
  counts: Map<string, number>;
  /** How many sentences a label that names a speaker opens (not "UPDATE:", "NOTE:"). */
  turns: number;
  /** The last sentence such a label opens, or -1. */
  lastTurn: number;
}

function readTurnLabels(sentences: SentenceText[]): TurnLabels {
  const counts = new Map<string, number>();
  let turns = 0;
  let lastTurn = -1;
  sentences.forEach(({ text }, k) => {
    const label = TURN_LABEL.exec(text)?.[1];
    if (label === undefined) return;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    if (NOT_A_TURN.test(label)) return;
    turns++;
    lastTurn = k;
  });
  return { counts, turns, lastTurn };
}

/** "has spoken to Kamala Shrestha", "interviewed Ana Roe": whom a reporter talked to, by full name. */
const INTERVIEWED =
  /\b(?:spoke|has spoken|have spoken|interviewed|has interviewed)\s+(?:to\s+|with\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=[\s,.])/u;

/** "she added", "he adds": a pronoun going on with what it said. */
const ADDED_TAG = /\b(?:he|she) add(?:ed|s)\b/;
const HE_OR_SHE = /^\s*(?:he|she)\s*$/i;
/** "the finance minister", "Norland's finance minister": a role with a qualifier, nobody named. */
const QUALIFIED_ROLE = /^(?:the|\p{Lu}[\p{L}-]*['’]s)\s+(\p{Ll}+\s+\p{Ll}+)$/u;
/** How many sentences after a role's claim may name who holds it. */
const ROLE_LOOKAHEAD = 2;
/** "When Ana Roe took office, she …": a subordinate clause opening the sentence, naming a person before the pronoun. */
const OPENING_CLAUSE_PERSON = new RegExp(
  String.raw`^(?:When|After|Before|While|Since|Once|As|Although|Though|If|Until)\s+(?:[^,]{0,40}?\s)?(${FIRST_AND_LAST_NAME})\s[^,]{0,80},\s+(?:he|she)\s`,
  "u",
);
/** How many sentences back an "added" may reach its speaker: one paragraph about someone else. */
const MAX_ADDED_DISTANCE = 3;

/** "the newspaper", "the paper": an outlet named before. */
const OUTLET_REFERENCE = /^the\s+(?:newspaper|paper|daily|magazine|broadcaster|channel|station|news agency)$/;
/** "the Daily Beacon", "the Ravna Courier", "The Velmar Post" opening a sentence: a newspaper's or broadcaster's name. */
const OUTLET_NAME =
  /\b[Tt]he\s+((?:Daily|Morning|Evening|Sunday|Weekly)\s+\p{Lu}[\p{L}-]+|(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:Times|Post|Gazette|Herald|Courier|Ledger|Journal|Tribune|Chronicle|Telegraph|Observer|Guardian|Standard|Beacon|Mirror|Express|Monitor|Globe|Inquirer|Sentinel|Examiner|Dispatch))\b/gu;

/** "prime minister", "defence minister": a role and one word that says which. */
const ROLE_WITH_QUALIFIER = /^\p{Ll}+\s+\p{Ll}+$/u;

/** "Dahl, 57," opening a sentence. */
const AGED_SURNAME_OPENING = /^(\p{Lu}[\p{Ll}'’-]+), \d{1,3},/u;

/** How far back a bare surname's full name is looked for. */
const MAX_NAME_LOOKBACK = 40;

/**
 * `resolveAttributions` one sentence at a time, for a caller that reads the sentences in order:
 * each sentence's attribution is worked out when it is asked for (or a few sentences before, to
 * look ahead), so a long article never holds them all at once.
 */
export class AttributionResolver {
  private readonly sentences: SentenceText[];
  private readonly quoted: boolean[];
  /** Tags detected ahead of the current sentence; entries behind it are dropped. */
  private readonly detected: Array<Attribution | null | undefined>;
  private readonly memory = new SpeakerMemory();
  private readonly searchedSurnames = new Set<string>();
  private previousParagraphSpeaker: { paragraph: number; speaker: string } | null = null;
  /** Per role ("minister"): how far the sentences were read for it, and who held it last. */
  private readonly roleHolders = new Map<string, { readTo: number; holder: string | null }>();
  /** The person who spoke last, by name, in which sentence, and whether someone else relayed it. */
  private previousSpeaker: { index: number; name: string; relayed: boolean } | null = null;
  /** The organisation that spoke last, and in which sentence: whom "the agency said" next means. */
  private previousOrganisation: { index: number; name: string } | null = null;
  /** "player" after "one player said": what a later "Another said" is another of. */
  private singleSourceKind: string | null = null;
  /** "a person familiar with the matter" by "person": whom a later "the person" means. */
  private readonly unnamedSources = new Map<string, string>();
  /** The organisation "a spokesperson for …" spoke for last, whose "the spokesperson" speaks again. */
  private spokespersonFor: string | null = null;
  /**
   * The paragraph of an interview answer ("Maranto: Unemployment has risen …") and who gives it;
   * `transcript` when a capitals label ("MS. HART:") opened it, whose turn may go on over paragraphs.
   */
  private answer: { paragraph: number; speaker: string; transcript?: boolean } | null = null;
  /**
   * "Defence Secretary Ada Kerr said:" over a line without quotation marks, as a government release prints
   * a statement: its speaker, and whether that line has begun.
   */
  private statement: { speaker: SpeakerName; begun: boolean } | null = null;
  /** The article's capitals labels, read when a transcript's first label is (see `labels`). */
  private turnLabels: TurnLabels | null = null;
  /** "Oyelowo" → "Margaret Oyelowo": full names transcript labels gave, by surname. */
  private readonly labelledNames = new Map<string, string>();
  /** Whether "Q." and "A." open the article's paragraphs, found when the first such label is read. */
  private printedInterview: boolean | null = null;
  /** Who answers a printed interview: the person named last before its first answer. */
  private interviewee: string | null = null;
  /** Whom a standfirst says was interviewed ("… spoke to Dr Ana Roe about …"), or null. */
  private interviewed: string | null = null;
  private nextIndex = 0;

  constructor(sentences: SentenceText[]) {
    this.sentences = sentences;
    this.quoted = quotedSentences(sentences);
    this.detected = new Array(sentences.length);
  }

  /** Per sentence, whether it holds "he", "she", "his" or "her"; read on first use. */
  private personPronouns: boolean[] | null = null;

  /** Whether sentence `index` or one of the `reach` after it speaks of a person as he or she. */
  private personPronounWithin(index: number, reach: number): boolean {
    this.personPronouns ??= this.sentences.map((sentence) => PERSON_PRONOUN.test(sentence.text));
    for (let k = index; k <= index + reach && k < this.personPronouns.length; k++)
      if (this.personPronouns[k]) return true;
    return false;
  }

  /** Ask in increasing order; sentences skipped over are still read, for the names they teach. */
  resolve(index: number): ResolvedAttribution {
    while (this.nextIndex < index) this.step();
    return this.step();
  }

  /**
   * "Dahl, 57, denied the charges": a surname with an age opening the sentence is a person, in full
   * when an earlier sentence wrote the full name ("former energy minister Viktor Dahl").
   */
  /** "Petrenko" → "Igor Petrenko" as the article named him before (a clause's own speaker, read apart). */
  inFullName(name: string, index: number): string {
    if (name.includes(" ")) return name;
    const known = this.memory.expand(name);
    return known !== name ? known : (this.fullName(name, index) ?? name);
  }

  private agedSurnameSubject(text: string, index: number): string | null {
    const surname = AGED_SURNAME_OPENING.exec(text)?.[1];
    if (surname === undefined) return null;
    const full = this.memory.expand(surname);
    if (full !== surname) return full;
    return this.fullName(surname, index) ?? surname;
  }

  /**
   * A bare surname's full name from the sentences before, learnt once found. Looked up once per
   * surname: a country or company that speaks often ("Mirelia said") is searched for only once.
   */
  private fullName(surname: string, index: number): string | null {
    if (this.searchedSurnames.has(surname)) return null;
    this.searchedSurnames.add(surname);
    const found = fullNameBefore(surname, this.earlierTexts(index));
    if (found !== null) this.memory.learnName(found);
    return found;
  }

  /**
   * Who "the minister" or "the senator" is: the person the article last gave that role
   * ("Defence Minister Gunnar Ekdal", "Sen. Maren Holt", "Tomas Brand, the commission's chairman").
   * "The official" is the person named last when no sentence calls anyone an official; else null.
   */
  private roleHolder(reference: string, index: number): string | null {
    // "the Republican governor": the party says nothing of which governor; the role does.
    const role = reference.slice("the ".length).replace(PARTY_BEFORE_ROLE, "");
    if (role.includes(" ") && !ROLE_WITH_QUALIFIER.test(role)) return null;
    // The sentences not yet read for this role are read in one pass, the nearest holder kept; "The
    // health minister" is not "Finance Minister Ola Brandt".
    const known = this.roleHolders.get(role) ?? { readTo: 0, holder: null };
    if (known.readTo < index) {
      const unread = this.sentences.slice(known.readTo, index).map((sentence) => sentence.text);
      known.holder = lastPersonWithRole(role, unread.join("\n")) ?? known.holder;
      known.readTo = index;
      this.roleHolders.set(role, known);
    }
    if (known.holder !== null) return this.memory.expand(known.holder);
    // "…,” said Tomas Brand, the commission's chairman. The official added …": the one who just spoke.
    const last = this.previousSpeaker;
    // Not one whose words an unnamed official relayed: "According to a senior official, Halvik told
    // Roe that … The official said …" is the relaying official again.
    return role === "official" && last?.index === index - 1 && last.name.includes(" ") && !last.relayed
      ? last.name
      : null;
  }

  /** The newspaper or broadcaster the nearest earlier sentence names ("the Daily Beacon"), or null. */
  private outletNamed(index: number): string | null {
    const earlier = this.earlierTexts(index);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const names = allMatches(OUTLET_NAME, earlier[i] ?? "");
      const last = names.at(-1)?.[1];
      if (last !== undefined) return `the ${last}`;
    }
    return null;
  }

  /**
   * "“We will not miss another deadline,” she added": the person who spoke a few sentences before,
   * whom "added" goes on quoting; null when the sentence adds nothing or nobody spoke lately.
   */
  private continuingSpeaker(phrase: string, text: string, index: number): string | null {
    const last = this.previousSpeaker;
    if (last === null || index - last.index > MAX_ADDED_DISTANCE || !HE_OR_SHE.test(phrase)) return null;
    return ADDED_TAG.test(text) ? last.name : null;
  }

  /** The texts of the sentences before `index`, at most MAX_NAME_LOOKBACK of them. */
  private earlierTexts(index: number): string[] {
    return this.sentences.slice(Math.max(0, index - MAX_NAME_LOOKBACK), index).map((s) => s.text);
  }

  private detectedAt(index: number): Attribution | null {
    let found = this.detected[index];
    if (found === undefined) {
      found = detectAttribution(this.sentences[index]?.text ?? "");
      this.detected[index] = found;
    }
    return found;
  }

  private step(): ResolvedAttribution {
    const index = this.nextIndex++;
    const sentence = this.sentences[index] ?? { text: "", paragraph: 0 };
    const label = this.questionOrAnswer(sentence, index);
    const turn = label ?? this.transcriptTurn(sentence, index);
    const detected = label === null ? this.detectedAt(index) : null;
    const own =
      (detected === null ? null : this.relayedInTurn(detected, sentence.paragraph)) ??
      turn ??
      this.interviewAnswer(sentence, index);
    this.detected[index] = null; // never looked at again
    const quotedTag = own !== null && isTagInsideQuotation(own, sentence.text, this.quoted[index] === true);
    return this.attribute(sentence, index, quotedTag ? null : own);
  }

  /** The speaker of the statement line `sentence` belongs to ("… said:" over it), else null. */
  private statementLine(sentence: SentenceText): SpeakerName | null {
    const statement = this.statement;
    if (statement === null || sentence.opensLine === undefined) return null;
    if (sentence.opensLine) {
      // The line after the tag is the statement; the next line is the story again.
      if (statement.begun) this.statement = null;
      statement.begun = true;
    }
    return this.statement === null ? null : statement.speaker;
  }

  /**
   * "MR. AUNE: … Most farmers told us October works.": inside an interviewee's or a transcript
   * speaker's turn, someone else's claim is relayed by whoever holds the turn.
   */
  private relayedInTurn(found: Attribution, paragraph: number): Attribution {
    const holder = this.answer;
    if (holder === null || holder.paragraph !== paragraph || found.reporterPhrase !== null) return found;
    const speaker = found.speakerPhrase?.trim();
    if (speaker === undefined || OWN_VOICE.test(speaker) || speaker === holder.speaker) return found;
    return { ...found, reporterPhrase: holder.speaker };
  }

  /**
   * A transcript's turn: a sentence opening with a label in capitals ("VARGA: …", "MR. HALLORAN: …")
   * starts what that person says, until the next label or paragraph; an asker's label ("HOST:",
   * "Q:") starts the host's or a questioner's turn. The label is left out of the claim. Null, with nothing
   * changed, for a sentence without such a label, or whose label names no known person and recurs
   * nowhere else in the article ("UPDATE:").
   */
  private transcriptTurn(sentence: SentenceText, index: number): Attribution | null {
    const { text, paragraph } = sentence;
    // Most sentences are ruled out by their second character: a label is in capitals.
    const second = text.charCodeAt(1);
    if (!(second >= 65 && second <= 90) && second !== 58) return null;
    const label = TURN_LABEL.exec(text);
    const name = label?.[1];
    if (label === null || name === undefined || NOT_A_TURN.test(name)) return null;
    const content = trimmedRange(text, label[0].length, text.length);
    const asker = ASKERS.get(name);
    if (asker !== undefined) {
      this.answer = null;
      return content === null ? null : { speakerPhrase: asker, reporterPhrase: null, ...content, prefix: "" };
    }
    const speaker = this.turnSpeaker(name, index);
    if (speaker === null) return null;
    this.answer = { paragraph, speaker, transcript: true };
    return content === null ? null : { speakerPhrase: speaker, reporterPhrase: null, ...content, prefix: "" };
  }

  /**
   * A printed interview's "Q. Is the deficit under control?" is the interviewer's; "A. Yes. We cut
   * it …" is the interviewee's, every sentence of its paragraph. The label is left out of the claim.
   */
  private questionOrAnswer(sentence: SentenceText, index: number): Attribution | null {
    const { text, paragraph } = sentence;
    const first = text.charCodeAt(0);
    if ((first !== 81 && first !== 65) || (text.charAt(1) !== "." && text.charAt(1) !== ":")) return null;
    if (this.sentences[index - 1]?.paragraph === paragraph) return null;
    const label = INTERVIEW_LABEL.exec(text);
    if (label === null) return null;
    this.printedInterview ??= isPrintedInterview(this.sentences);
    if (!this.printedInterview) return null;
    const content = trimmedRange(text, label[0].length, text.length);
    if (label[1] === "Q") {
      this.answer = null;
      return content === null
        ? null
        : { speakerPhrase: "the interviewer", reporterPhrase: null, ...content, prefix: "" };
    }
    this.interviewee ??= this.interviewed ?? this.memory.lastNamedPerson() ?? "the interviewee";
    this.answer = { paragraph, speaker: this.interviewee };
    return content === null
      ? null
      : { speakerPhrase: this.interviewee, reporterPhrase: null, ...content, prefix: "" };
  }

  /** "VARGA" → "Ilse Varga" when the article named her, else "Varga" if the label recurs; else null. */
  private turnSpeaker(label: string, index: number): string | null {
    const name = label
      .replace(TITLE_OPENING_LABEL, "")
      .split(" ")
      .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
      .join(" ");
    const surname = name.slice(name.lastIndexOf(" ") + 1);
    const full = this.namedBefore(name, index) ?? this.labelledNames.get(surname) ?? null;
    if (full?.endsWith(name)) return full;
    if ((this.labels().counts.get(label) ?? 0) >= 2) return name;
    // "SEN. MARGARET OYELOWO:", "RICHARD HARTLEY:" once in a transcript: a title or a full name
    // names the speaker however few turns are theirs, and a later "SEN. OYELOWO:" is them.
    const named = name.includes(" ") || TITLE_OPENING_LABEL.test(label);
    if (!named || this.labels().turns < MIN_TRANSCRIPT_TURNS) return null;
    if (name.includes(" ")) this.labelledNames.set(surname, name);
    return name;
  }

  /** Whether `text` names someone a capitals label gave a turn ("Mr. Hartley" after "HARTLEY:"). */
  private namesTurnSpeaker(text: string): boolean {
    for (const label of this.labels().counts.keys()) {
      const surname = label.slice(label.lastIndexOf(" ") + 1);
      if (surname.length > 1 && text.includes(surname.charAt(0) + surname.slice(1).toLowerCase()))
        return true;
    }
    return false;
  }

  /** The article's capitals labels, read once. */
  private labels(): TurnLabels {
    this.turnLabels ??= readTurnLabels(this.sentences);
    return this.turnLabels;
  }

  /** "Varga" or "Ilse Varga" → "Ilse Varga" when the article named her in full before; else null. */
  private namedBefore(name: string, index: number): string | null {
    const surname = name.slice(name.lastIndexOf(" ") + 1);
    const known = this.memory.expand(surname);
    const full = known !== surname ? known : this.fullName(surname, index);
    return full?.endsWith(name) ? full : null;
  }

  /**
   * An interview printed as questions and answers: a paragraph opening with the surname of someone
   * the article named ("Maranto: Unemployment has risen …") is that person's answer, every sentence
   * of it. Null for any other sentence, and for labels that name nobody ("Note:", "Key facts:").
   */
  private interviewAnswer(sentence: SentenceText, index: number): Attribution | null {
    const { text, paragraph } = sentence;
    const opensParagraph = this.sentences[index - 1]?.paragraph !== paragraph;
    if (!opensParagraph) {
      if (this.answer?.paragraph !== paragraph) return null;
      const whole = trimmedRange(text, 0, text.length);
      return whole === null
        ? null
        : { speakerPhrase: this.answer.speaker, reporterPhrase: null, ...whole, prefix: "" };
    }
    const turn = this.answer?.transcript === true ? this.answer : null;
    this.answer = null;
    return this.labelledAnswer(text, paragraph, index) ?? this.continuedTurn(turn, text, paragraph, index);
  }

  /** "Maranto: Unemployment has risen …": the named person's answer, opening its paragraph; else null. */
  private labelledAnswer(text: string, paragraph: number, index: number): Attribution | null {
    const colon = text.indexOf(": ");
    if (colon < 0 || colon > MAX_ANSWER_LABEL) return null;
    const label = ANSWER_LABEL.exec(text);
    const name = label?.[1];
    if (label === null || name === undefined) return null;
    const full = this.namedBefore(name, index);
    if (full === null) return this.labelledQuestion(text, label[0].length, index);
    const content = trimmedRange(text, label[0].length, text.length);
    if (content === null) return null;
    this.answer = { paragraph, speaker: full };
    return { speakerPhrase: full, reporterPhrase: null, ...content, prefix: "" };
  }

  /**
   * "Courier: Will taxes go up?": a printed interview's question under the outlet's label, which
   * names no one the article quoted. A question whose label opens another paragraph too is the
   * interviewer's; null otherwise.
   */
  private labelledQuestion(text: string, labelLength: number, index: number): Attribution | null {
    const label = text.slice(0, text.indexOf(":") + 1);
    const asks = text.trimEnd().endsWith("?");
    // "Courier: Unemployment rose to 7.1% in January. Are you worried?": the interviewer's statement
    // before a question, under a label that opens another question too.
    const recurs = this.sentences.some(
      (other, j) =>
        j !== index && other.text.startsWith(label) && (asks || this.asksInParagraph(j, other.text)),
    );
    const content = recurs ? trimmedRange(text, labelLength, text.length) : null;
    return content === null
      ? null
      : { speakerPhrase: "the interviewer", reporterPhrase: null, ...content, prefix: "" };
  }

  /** Whether the paragraph of sentence `j` (opening with `text`) ends with a question. */
  private asksInParagraph(j: number, text: string): boolean {
    const paragraph = this.sentences[j]?.paragraph;
    let last = text;
    for (let k = j + 1; this.sentences[k]?.paragraph === paragraph; k++)
      last = this.sentences[k]?.text ?? last;
    return last.trimEnd().endsWith("?");
  }

  /**
   * "MS. HART: Good afternoon." then "First, the President signed …": in a transcript (three labelled
   * turns or more), a paragraph without a label goes on with the turn before it. Null elsewhere.
   */
  private continuedTurn(
    turn: { speaker: string } | null,
    text: string,
    paragraph: number,
    index: number,
  ): Attribution | null {
    if (turn === null) return null;
    // "The grid operator later disputed part of Mr. Hartley's account.": a paragraph naming one of the
    // transcript's speakers is the reporter's again, not more of the turn.
    if (this.namesTurnSpeaker(text)) return null;
    // "Later on Thursday, the treasurer rejected the mayor's account." after the last turn: past the
    // transcript, a turn goes on only in the speaker's own voice ("we", "I", "you"); a paragraph without
    // it is the reporter's again.
    const { turns, lastTurn } = this.labels();
    if (index > lastTurn && !SPOKEN_VOICE.test(text)) return null;
    const whole = turns >= MIN_TRANSCRIPT_TURNS ? trimmedRange(text, 0, text.length) : null;
    if (whole === null) return null;
    this.answer = { paragraph, speaker: turn.speaker, transcript: true };
    return { speakerPhrase: turn.speaker, reporterPhrase: null, ...whole, prefix: "" };
  }

  private attribute(sentence: SentenceText, index: number, own: Attribution | null): ResolvedAttribution {
    const { memory, quoted } = this;
    for (const name of namesWithTitles(sentence.text)) memory.learnName(name);
    for (const { name, age } of namesWithAges(sentence.text)) {
      memory.learnName(name);
      memory.noteAge(name, age);
    }
    // Whom a "he" or "she" may mean, looked for only where one follows soon.
    if (this.personPronounWithin(index, PERSON_PRONOUN_REACH))
      for (const person of namedPeople(sentence.text)) {
        if (person.titled === null) memory.learnName(person.name);
        else memory.noteTitledPerson(person.name, person.titled);
      }
    for (const name of organisationNames(sentence.text)) memory.learnOrganisation(name);

    // "Her publisher, Varnhus, denied …": the company a later "the company said" means.
    const introduced = mayNameCompanyByKind(sentence.text)
      ? COMPANY_BY_KIND.exec(sentence.text)?.[1]
      : undefined;
    if (introduced !== undefined) memory.noteCompany(introduced);
    // "Norvale Foods Inc. will close its plant …, the company said": the company the sentence opens with.
    // "Vexacore, the Santa Clara-based chipmaker, said …": so is a name its kind follows.
    const opensWithCompany =
      openingCompany(sentence.text) ??
      (sentence.text.includes(", the ") || sentence.text.includes(", a ")
        ? (COMPANY_THEN_KIND.exec(sentence.text)?.[1] ?? null)
        : null);
    if (opensWithCompany !== null) memory.noteCompany(opensWithCompany);
    let speakerPhrase = own?.speakerPhrase ?? null;
    // "When Ana Roe took office, she said …": the "she" is the person the opening clause names.
    const opening = HE_OR_SHE.test(speakerPhrase ?? "")
      ? OPENING_CLAUSE_PERSON.exec(sentence.text)?.[1]
      : undefined;
    const clausePerson = opening === undefined ? null : parseSpeakerPhrase(opening);
    if (clausePerson?.isPerson) memory.notePerson(memory.expand(clausePerson.name));
    let reporter: SpeakerName | null = null;
    let speakerAfter: string | null = null;
    if (own === null && quoted[index] === true) {
      const found = speakerOfQuotation(index, (j) => this.detectedAt(j), quoted, this.sentences);
      if (found?.inQuotation) speakerPhrase = found.phrase;
      else speakerAfter = found?.phrase ?? null;
    }
    // "its director said", and "Its researchers found" opening a sentence.
    const role = /^\s*[Ii]ts\s/.test(speakerPhrase ?? "") ? ITS_ROLE.exec(speakerPhrase?.trim() ?? "") : null;
    let speaker =
      role !== null
        ? organisationRole(role[1] ?? "", sentence.text, memory, this.sentences[index - 1]?.text ?? "")
        : speakerPhrase !== null && POSSESSIVE_RELATION.test(speakerPhrase.trim())
          ? relationOf(speakerPhrase.trim(), own?.reporterPhrase ?? null, memory)
          : speakerPhrase === null
            ? null
            : (ownersSpokespeople(speakerPhrase, sentence.text, memory, (surname) =>
                memory.expand(surname) !== surname ? memory.expand(surname) : this.fullName(surname, index),
              ) ??
              resolveSpeaker(
                speakerPhrase,
                memory,
                this.continuingSpeaker(speakerPhrase, sentence.text, index),
              ));
    // "The World Food Programme said … The agency said its stocks …": the organisation that spoke in the
    // sentence before, not an older one whose name ends in the word.
    const spokeBefore = this.previousOrganisation;
    if (
      speaker !== null &&
      speakerPhrase !== null &&
      spokeBefore !== null &&
      spokeBefore.index === index - 1 &&
      (GENERIC_ORGANISATION.test(speakerPhrase.trim()) || namesKindOf(speakerPhrase.trim(), spokeBefore.name))
    )
      speaker = { name: spokeBefore.name, isPerson: false };
    // "The Department of Health said … A spokesperson said: …": an unnamed spokesperson speaks for the
    // organisation the sentence before named.
    if (
      speaker !== null &&
      UNNAMED_SPOKESPERSON.test(speaker.name) &&
      memory.lastOrganisation !== null &&
      (this.sentences[index - 1]?.text ?? "").includes(memory.lastOrganisation.replace(/^the\s/, ""))
    )
      speaker = { name: memory.lastOrganisation, isPerson: false };
    // "The ministry plans to open 40 centers, according to a statement": an unsigned document is the subject's.
    if (speaker === null && speakerPhrase !== null && UNSIGNED_DOCUMENT.test(speakerPhrase.trim())) {
      // "Pellway lost 1.2 billion euros, its annual report shows": "its" is the one-word name it opens with.
      const subject =
        organisationSubject(sentence.text, memory) ??
        (/^\s*its\s/i.test(speakerPhrase) ? ownerName(sentence.text) : null);
      if (subject !== null) speaker = { name: memory.expandOrganisation(subject), isPerson: false };
    }
    if (speaker === null && own === null && quoted[index] === true) {
      // A quotation continuing the previous paragraph's speaker, the usual news style; failing that,
      // the speaker named right after it ("“...” \n Roe, the chair, said the vote ...").
      const previous = this.previousParagraphSpeaker;
      if (previous !== null && sentence.paragraph - previous.paragraph <= 1) {
        speaker = { name: previous.speaker, isPerson: true };
      } else if (speakerAfter !== null) {
        speaker = resolveSpeaker(speakerAfter, memory);
      }
    }
    const statement = this.statementLine(sentence);
    if (speaker === null && own === null && quoted[index] !== true && statement !== null) speaker = statement;
    // "Tomas Brell joined in May. He scored twice on Sunday.": who a narrative "He" is, before this
    // sentence's own subject is noted.
    const previous = this.sentences[index - 1]?.text ?? "";
    // Not inside a quotation: 'said: "My mum trusted her. She died …"' is the speaker's "She", someone
    // the speaker talks about, never the speaker named before.
    const narrativePerson =
      own === null &&
      quoted[index] !== true &&
      OPENS_WITH_PERSON_PRONOUN.test(sentence.text) &&
      memory.lastPerson !== null &&
      previous.includes(memory.lastPerson.split(" ").at(-1) ?? "") &&
      namesOnePerson(previous)
        ? memory.lastPerson
        : null;
    // "His lawyer, Ivo Marek, said he would appeal": whose lawyer, the person the article was about.
    const owner =
      own !== null && OWNED_SPEAKER_OPENING.test(sentence.text) && memory.lastPerson !== speaker?.name
        ? memory.lastPerson
        : null;
    // "He will visit the coast, his office said": the "he" is whoever "his" is, as the office's owner.
    const spokenFor =
      own !== null && own.contentStart === 0 && samePersonPronoun(sentence.text, own.speakerPhrase)
        ? memory.lastPerson
        : null;
    // "The researchers tested 1,200 fish. They found 14 particles per fish, Kirke said.": the group the
    // sentence before opened with, for an untagged or closing-tagged sentence opening "They".
    const narrativeGroup =
      sentence.text.startsWith("They ") && (own === null || own.contentStart === 0)
        ? groupSubject(previous)
        : null;
    // "Kessler, 61, was convicted in May. Prosecutors said he received €410,000": a group's or an
    // organisation's reported "he" is the one person the sentence before named.
    // So is a prosecutor's, a lawyer's or a detective's: "Prosecutor Ana Roe told the court he had
    // made 412 transfers" speaks of the accused.
    const reportedPerson =
      own !== null &&
      own.contentStart > 0 &&
      speaker !== null &&
      (!speaker.isPerson || SPEAKS_OF_OTHERS.test(own.speakerPhrase ?? "")) &&
      memory.lastPerson !== null &&
      memory.lastPerson !== speaker.name &&
      REPORTED_PERSON_PRONOUN.test(sentence.text.slice(own.contentStart, own.contentStart + 4)) &&
      previous.includes(memory.lastPerson.split(" ").at(-1) ?? "") &&
      namesOnePerson(previous)
        ? memory.lastPerson
        : null;
    const openingPerson = narrativePerson ?? owner ?? spokenFor ?? narrativeGroup;
    if (own === null) {
      // "Sen. Tom Reed, R-Kan., disagreed. He argued that ...": "he" is the person the article just
      // talked about, even though he claimed nothing yet.
      const subject = personSubject(sentence.text, memory) ?? this.agedSurnameSubject(sentence.text, index);
      if (subject !== null) {
        memory.notePerson(subject);
        // "Kesh Rovers sacked manager Tomas Brell …": he is whom "he" means next, but the club that
        // acted is whom a later "the club said" means.
        const actor = STARTS_UPPER_CASE.test(sentence.text)
          ? organisationSubject(sentence.text, memory)
          : null;
        if (actor !== null && !actor.startsWith("the ")) memory.learnOrganisation(actor);
      }
      // "A Pellway spokeswoman declined to comment. She said …": the "she" is the spokeswoman.
      else if (sentence.text.includes("spokes")) {
        const phrase = SPOKESPERSON_SUBJECT.exec(sentence.text)?.[1];
        const spokesperson = phrase === undefined ? null : resolveSpeaker(phrase, memory);
        if (spokesperson?.isPerson) memory.notePerson(spokesperson.name);
        // "A spokeswoman for the bank declined to comment. She said …": she speaks for the bank, as
        // "a spokeswoman for the bank said" does; only when the next sentence opens with her pronoun.
        else if (
          spokesperson !== null &&
          phrase !== undefined &&
          OPENS_WITH_PERSON_PRONOUN.test(this.sentences[index + 1]?.text ?? "") &&
          spokespersonPronounFits(phrase, this.sentences[index + 1]?.text ?? "")
        )
          memory.notePerson(spokesperson.name);
      }
      // "Vellmark's president thanked Ostland. "This is real help," he wrote.": the "he" is the president,
      // not whoever the article named before.
      else {
        const role = roleSubject(sentence.text);
        const holder = role === null ? null : resolveSpeaker(role, memory);
        if (holder?.isPerson) memory.notePerson(holder.name);
      }
      // "Piet Sanders, Abby Ruiz and the fisheries officer, Colm Byrne, all attended …": each of them, in
      // order, so a later "He said" is the last one it fits, as for one person named.
      for (const person of listedSubjectPeople(sentence.text)) memory.notePerson(memory.expand(person));
      // "Our correspondent Bikash Thapa has spoken to Kamala Shrestha, 44, …": the "she" that follows
      // is whom the reporter spoke to.
      const interviewed =
        sentence.text.includes(" spoke") || sentence.text.includes("interview")
          ? INTERVIEWED.exec(sentence.text)?.[1]
          : undefined;
      if (interviewed !== undefined) {
        memory.notePerson(interviewed);
        // A printed interview's answers are this person's, whoever is named after the standfirst.
        this.interviewed ??= memory.expand(parseSpeakerPhrase(interviewed)?.name ?? interviewed);
      }
      const issuer = documentIssuer(sentence.text, memory);
      if (issuer !== null) memory.noteDocumentAuthor(issuer);
      // "The regulator fined the bank. It said …": "it" is the organisation the article just talked about.
      else if (subject === null) {
        const organisation = organisationSubject(sentence.text, memory);
        if (organisation !== null) {
          memory.noteOrganisation(organisation);
          // "The board fired chief executive Ana Roe on Monday. She said …": the person it acted on.
          const acted = PERSON_ACTED_ON.exec(sentence.text)?.[1];
          const person = acted === undefined ? null : parseSpeakerPhrase(acted);
          if (person?.isPerson) memory.notePerson(memory.expand(person.name));
          // "The Northern Council sent 40 observers. They said …": "they" are the people it sent, not it.
          const sent = sentence.text.includes(" sent ") ? SENT_PEOPLE.exec(sentence.text) : null;
          if (sent !== null && isGroupNoun(sent[2] ?? "")) memory.noteGroup(`the ${sent[1]}`);
        }
        // "The researchers tracked … They found that …": "they" is the group the article just talked about.
        else {
          const group = groupSubject(sentence.text);
          if (group !== null) memory.noteGroup(group);
          // "The study followed 2,400 patients. It found that …": "it" is the study.
          else {
            const study = FINDINGS_DOCUMENT_SUBJECT.exec(sentence.text)?.[1];
            if (study !== undefined) memory.noteThing(`the ${study.toLowerCase()}`);
          }
        }
      }
    }
    // "Marcus Fenn moved the money, prosecutors said. They said he …": the person whom a group, an
    // organisation or a document speaks of is whom its next reported "he" means.
    else if (speaker !== null && !speaker.isPerson && own.contentEnd > own.contentStart) {
      const subject = personSubject(sentence.text.slice(own.contentStart, own.contentEnd), memory);
      if (subject !== null) memory.notePerson(memory.expand(subject));
    }
    // "Rake said" after "former defence minister Paul Rake" appeared in passing: his full name.
    if (speaker?.isPerson && !speaker.name.includes(" ")) {
      const full = this.fullName(speaker.name, index);
      if (full !== null) speaker = { name: full, isPerson: true };
    }
    // "The newspaper reported …" after "the Daily Beacon reported …": the paper named last.
    if (speaker?.isPerson === false && OUTLET_REFERENCE.test(speaker.name)) {
      const outlet = this.outletNamed(index);
      if (outlet !== null) speaker = { name: outlet, isPerson: false };
    }
    // "The minister insisted …" after "Defence Minister Gunnar Ekdal said …": the minister named last.
    if (speaker?.isPerson && speaker.name.startsWith("the ") && isPersonRole(speaker.name)) {
      const holder = this.roleHolder(speaker.name, index);
      // "A spokesperson for the mayor said": the mayor's spokesperson, as "for Mr Brandt" is.
      const forRole = SPOKESPERSON_FOR_ROLE.exec(speakerPhrase ?? "")?.[1];
      if (forRole !== undefined)
        speaker = { name: `${holder ?? speaker.name}'s ${forRole.toLowerCase()}`, isPerson: false };
      else if (holder !== null) speaker = { name: holder, isPerson: true };
      // "…, a spokesperson for the company said. … the spokesperson said": the same company's word.
      else if (this.spokespersonFor !== null && SPOKESPERSON_REFERENCE.test(speaker.name))
        speaker = { name: this.spokespersonFor, isPerson: false };
    }
    // "Norland's finance minister said … . Ana Roe, who became finance minister in May, added …": a
    // role with its qualifier that the next sentences put a name to.
    const qualifiedRole = speaker?.isPerson ? QUALIFIED_ROLE.exec(speaker.name)?.[1] : undefined;
    if (qualifiedRole !== undefined && isPersonRole(qualifiedRole)) {
      const ahead = this.sentences.slice(index + 1, index + 1 + ROLE_LOOKAHEAD).map((next) => next.text);
      const holder = personWithRole(qualifiedRole, ahead.join("\n"), true);
      if (holder !== null) speaker = { name: this.memory.expand(holder), isPerson: true };
    }
    // "Nordair will cut 1,200 jobs, the airline said": the one-word name the claim opens with.
    const companyNoun = speaker?.isPerson === false ? THE_ONE_NOUN.exec(speaker.name)?.[1] : undefined;
    const company =
      companyNoun !== undefined && COMPANY_NOUN.test(companyNoun) && own?.contentStart === 0
        ? (ownerName(sentence.text) ??
          KIND_THEN_COMPANY.exec(sentence.text)?.[1] ??
          COMPANY_THEN_KIND.exec(sentence.text)?.[1] ??
          null)
        : null;
    if (company !== null) {
      speaker = { name: company, isPerson: false };
      memory.noteCompany(company);
    }
    // "The company also said …": a company that has spoken before, not a rival named in passing since.
    else if (speaker?.isPerson === false && ALSO_SAID.test(sentence.text)) {
      const written = THE_ONE_NOUN.exec((speakerPhrase ?? "").trim().toLowerCase())?.[1];
      const spoken = memory.lastSpeakingCompany;
      if (written !== undefined && COMPANY_NOUN.test(written) && spoken !== null)
        speaker = { name: spoken, isPerson: false };
    }
    // "A spokeswoman for Agriculture Minister Tom Reilly said … She said …": the spokeswoman goes on,
    // not a woman named before her.
    const pronoun = speakerPhrase?.trim().toLowerCase();
    const spokesperson = this.previousOrganisation;
    if (
      (pronoun === "she" || pronoun === "he") &&
      spokesperson !== null &&
      spokesperson.index === index - 1 &&
      spokesperson.name.endsWith(pronoun === "she" ? "'s spokeswoman" : "'s spokesman")
    )
      speaker = { name: spokesperson.name, isPerson: false };
    if (speaker !== null && !speaker.isPerson && SPOKESPERSON_FOR.test(speakerPhrase ?? ""))
      this.spokespersonFor = speaker.name;
    // "One player said … Another said …": another of the kind the one before was.
    // Only unnamed sources are looked at here: their names open in lower case ("one player", "the person").
    const unnamed = speaker !== null && STARTS_LOWER_CASE.test(speaker.name);
    const another =
      speakerPhrase !== null && /^an|^a /i.test(speakerPhrase) ? ANOTHER.exec(speakerPhrase.trim()) : null;
    if (another !== null && this.singleSourceKind !== null)
      speaker = { name: `${another[0].toLowerCase()} ${this.singleSourceKind}`, isPerson: true };
    else if (unnamed) {
      const kind = speaker === null ? undefined : ONE_OF_A_KIND.exec(speaker.name)?.[1];
      if (kind !== undefined) this.singleSourceKind = kind;
    }
    // "…, according to a person familiar with the matter. …, said the person": the one described before.
    const unnamedHead =
      speaker === null || !unnamed || !namesSourceKind(speaker.name)
        ? undefined
        : UNNAMED_SOURCE.exec(speaker.name)?.[1];
    if (speaker !== null && unnamedHead !== undefined) {
      if (THE_SOURCE.test(speaker.name)) {
        const described = this.unnamedSources.get(unnamedHead);
        if (described !== undefined) speaker = { name: described, isPerson: speaker.isPerson };
      } else this.unnamedSources.set(unnamedHead, speaker.name);
    }
    if (own?.reporterPhrase) reporter = resolveSpeaker(own.reporterPhrase, memory);
    // "According to a senior official, Halvik told Roe …": the official a later "the official" means.
    const reporterHead =
      reporter !== null && STARTS_LOWER_CASE.test(reporter.name) && namesSourceKind(reporter.name)
        ? UNNAMED_SOURCE.exec(reporter.name)?.[1]
        : undefined;
    if (reporter !== null && reporterHead !== undefined && !THE_SOURCE.test(reporter.name))
      this.unnamedSources.set(reporterHead, reporter.name);
    // "President Sana Obi accepted the resignation, her office said. She said …": the "She" is the
    // person the claim is about, not whoever was named before the office spoke (looked for only when
    // the next sentence opens with such a pronoun).
    const next = this.sentences[index + 1]?.text ?? "";
    if (
      speaker !== null &&
      !speaker.isPerson &&
      own?.contentStart === 0 &&
      OPENS_WITH_PERSON_PRONOUN.test(next)
    ) {
      const subject = personSubject(sentence.text, memory);
      if (subject !== null) memory.notePerson(subject);
    }
    // "In a statement, Obst said …. The statement added that …": the statement is his.
    if (speaker?.isPerson && own !== null && sentence.text.includes(" statement"))
      memory.noteDocumentAuthor(speaker);
    if (speaker !== null) memory.remember(speaker);
    // "…, the Palace and its spokesman Tomas Kirkeby said. He said …": the person of a joint speaker is the "he".
    // Not of two people: "Rell and Tahir said … She said …" leaves the "She" to whom she was before.
    if (speaker !== null && !speaker.isPerson && speakerPhrase !== null && speaker.name.includes(" and ")) {
      const sides = JOINT_NAMES.test(speakerPhrase.trim())
        ? speakerPhrase
            .trim()
            .split(" and ")
            .map((side) => parseSpeakerPhrase(side))
        : [];
      const people = sides.filter((side) => side?.isPerson);
      if (people.length === 1 && people[0]) memory.notePerson(memory.expand(people[0].name));
    }
    if (reporter !== null) memory.remember(reporter);
    if (
      speaker !== null &&
      own !== null &&
      own.contentStart === own.contentEnd &&
      BARE_TAG_COLON.test(sentence.text)
    )
      this.statement = { speaker, begun: false };
    const named = reporter?.name ?? speaker?.name;
    if (named !== undefined)
      this.previousParagraphSpeaker = { paragraph: sentence.paragraph, speaker: named };
    if (speaker?.isPerson)
      this.previousSpeaker = {
        index,
        name: speaker.name,
        relayed: reporter !== null && reporter.name !== speaker.name,
      };
    else if (speaker !== null) this.previousOrganisation = { index, name: speaker.name };
    return toResult(sentence.text, own, speaker, reporter, openingPerson, reportedPerson);
  }
}

function toResult(
  text: string,
  own: Attribution | null,
  speaker: SpeakerName | null,
  reporter: SpeakerName | null,
  openingPerson: string | null,
  reportedPerson: string | null = null,
): ResolvedAttribution {
  // "The report found that ...": when the source names nobody, the whole sentence is the claim.
  const unnamed =
    own !== null && speaker === null && own.contentStart > 0 && own.contentEnd > own.contentStart;
  const base =
    own === null || unnamed
      ? { contentStart: 0, contentEnd: own?.contentEnd ?? text.length, prefix: "" }
      : own;
  return {
    speaker: speaker?.name ?? null,
    reportedBy: reporter !== null && reporter.name !== speaker?.name ? reporter.name : null,
    contentStart: base.contentStart,
    contentEnd: withoutReportersNote(text, base.contentStart, base.contentEnd),
    prefix: base.prefix,
    cut: own?.cut ?? null,
    bareTag: own !== null && own.contentStart === own.contentEnd,
    pronounSpeaker: own?.speakerPhrase != null && PRONOUN.test(own.speakerPhrase.trim()),
    action: own?.action ?? null,
    openingPerson,
    reportedPerson,
  };
}

/** ', a claim that is not supported by federal data', ', a figure disputed by the council': the reporter's note on it. */
const NOTE_NOUN =
  "(?:claim|assertion|allegation|figure|charge|accusation|statement|estimate|characteri[sz]ation|contention|number)";
/** ', a claim': where a note may open, looked for in the whole sentence before the claim's end is read. */
const NOTE_OPENING = new RegExp(`,[”"]?\\s+an?\\s+${NOTE_NOUN}`);
const REPORTERS_NOTE = new RegExp(`${NOTE_OPENING.source}\\s+(?:that\\s+|which\\s+)?[^,;"“”]{3,120}$`);

/** Where a claim ends before the reporter's note closing it ("…," a claim that is not supported by …). */
function withoutReportersNote(text: string, start: number, end: number): number {
  const note = NOTE_OPENING.test(text) ? REPORTERS_NOTE.exec(text.slice(start, end)) : null;
  // The closing quotation mark before the note's comma stays with the claim.
  if (note === null) return end;
  const quote = /^,[”"]/.test(note[0]) ? 2 : 0;
  return start + note.index + quote;
}

/**
 * The words opening a sentence up to a capitalised word followed by a lower-case one: "Sen. Tom Reed"
 * in "Sen. Tom Reed, R-Kan., disagreed.", "Union president Joe Pratt" in "Union president Joe Pratt
 * disputed that.", "Harlow Athletics chief executive Tom Reyes" (an organisation, a two-word role, a
 * name: six words, or the opening stops at "Harlow Athletics").
 */
/** "fired chief executive Ana Roe", "appointed Tom Vale": a person an organisation acted on, by full name. */
const PERSON_ACTED_ON =
  /^\S+(?:\s+\S+){0,5}?\s+(?:fired|sacked|dismissed|suspended|appointed|hired|named|promoted|removed|ousted)\s+(?:its\s+|their\s+)?(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)(?=[\s,.])/u;
/** "Marsk spoke to reporters", "Holt shrugged": a lone surname, then a deed only a person does. */
const SURNAME_THEN_PERSON_DEED =
  /^(\p{Lu}[\p{Ll}'’-]+)\s+(?:spoke\s+to|smiled|laughed|wept|shrugged|told\s+(?:reporters|journalists|the\s+court|a\s+news\s+conference))\b/u;
const CAPITALISED_OPENING = /^(?:[\p{L}.'’-]+\s+){0,5}\p{Lu}[\p{L}'’-]+(?=,|\s+\p{Ll})/u;

/**
 * The person a sentence opens with as its subject, in full, or null. A surname alone ("Dahl has been
 * mayor since 2019.") counts once the article has given the full name.
 */
function personSubject(text: string, memory: SpeakerMemory): string | null {
  // "Asked about missiles, Ashcombe declined to comment": the subject after the opening participle.
  const asked = OPENING_PARTICIPLE_CLAUSE.exec(text) ?? OPENING_TIME.exec(text);
  if (asked !== null) return personSubject(text.slice(asked[0].length), memory);
  const opening = CAPITALISED_OPENING.exec(text)?.[0];
  if (opening === undefined) return null;
  // "Marsk spoke to reporters …" when the article never gave her full name: the surname is the person.
  const surname = opening.includes(" ") ? SURNAME_THEN_PERSON_DEED.exec(text)?.[1] : undefined;
  if (surname !== undefined && !isCountryOrCapital(surname)) {
    const named = personNamed(surname, memory);
    if (named !== "") return named;
  }
  // "The current minister, Sofia Ferrante, rejected that.": the name after the role is the subject.
  // "Kesh's president, Omar Tal, thanked Valdor": so is the name after an owner's role.
  if (STARTS_WITH_DETERMINER.test(opening) || OWNER_OPENING.test(opening)) return roleThenName(text);
  // "Marvessa's Defence Minister, Rostan Evary, thanked …": an owner's role in capitals, then the name.
  const ownedRole = OWNER_ROLE_THEN_NAME.exec(text);
  if (ownedRole !== null && isPersonRole(ownedRole[1] ?? "")) return ownedRole[2] ?? null;
  const name = personNamed(opening, memory);
  // "Winger Tomas Brell joined Dunmore in May": the opening ran past the verb; the name ends before it.
  // "Mr Danjuma, in his acceptance speech, thanked voters": a surname after a title is a person too.
  // Not a debater's "Mr. Moyers, I think …", which speaks to him.
  if (!HAS_LOWER_CASE_WORD.test(name))
    return name.includes(" ") ||
      (name !== "" &&
        isTitled(opening) &&
        !ADDRESSED.test(text.slice(opening.length)) &&
        !FIRST_PERSON.test(text))
      ? name
      : null;
  const shorter = SHORTEST_CAPITALISED_OPENING.exec(text)?.[0];
  const named = shorter === undefined ? "" : personNamed(shorter, memory);
  return named.includes(" ") && !HAS_LOWER_CASE_WORD.test(named) ? named : null;
}

/**
 * "The president thanked …", "Vellmark's health minister visited …": a person named only by a role,
 * as the subject of a past deed. The role is the words up to the first past verb.
 */
function roleSubject(text: string): string | null {
  const words = text.split(" ", MAX_ROLE_WORDS + 1);
  if (!ROLE_OPENER.test(words[0] ?? "")) return null;
  for (let end = 2; end < words.length; end++) {
    const role = words.slice(0, end).join(" ");
    if (isPersonRole(role) && isPastTense(words[end] ?? "")) return role;
  }
  return null;
}
/** "The" or an owner: "Vellmark's". */
const ROLE_OPENER = /^(?:The|\p{Lu}[\p{L}-]*['’]s)$/u;
const MAX_ROLE_WORDS = 4;

/** "A Pellway spokeswoman declined …", "A spokesman for the council did not …": an unnamed spokesperson as the subject. */
const SPOKESPERSON_SUBJECT =
  /^((?:An?|The)\s+(?:[\p{L}'’-]+\s+){0,2}?spokes(?:man|woman|person)(?:\s+for\s+[^,]{2,40}?)?)\s+(?:declined|refused|did|would|could|was|had|has|confirmed|denied|rejected|stressed)\b/u;

/** Whether a spokesman's "He" or a spokeswoman's "She" (either, for a spokesperson) opens `next`. */
function spokespersonPronounFits(phrase: string, next: string): boolean {
  if (phrase.includes("spokeswoman")) return next.startsWith("She ");
  if (phrase.includes("spokesman")) return next.startsWith("He ");
  return next.startsWith("She ") || next.startsWith("He ");
}

/** "A, B and C, all attended", "A and B met": people listed as a sentence's subject, before its verb. */
const LISTED_SUBJECT =
  /^([^;:.“”"]{5,250}?\sand\s[^;:.“”"]{2,120}?),?\s+(?:(?:all|both)\s+)?(?:\p{Ll}+ed|met|went|spoke|took|gave|held|sat|stood|won|lost)\s/u;

/** The people named in a listed subject, in order; none unless there are two or more. */
function listedSubjectPeople(text: string): string[] {
  if (!text.includes(" and ")) return [];
  const subject = LISTED_SUBJECT.exec(text)?.[1];
  if (subject === undefined) return [];
  const people: string[] = [];
  for (const part of subject.split(/,\s+|\s+and\s+/)) {
    const parsed = parseSpeakerPhrase(part);
    if (parsed?.isPerson && parsed.name.includes(" ")) people.push(parsed.name);
  }
  return people.length >= 2 ? people : [];
}

const STARTS_WITH_DETERMINER = /^(?:The|A|An|Her|His|Their)$/;
/** "I": a sentence in the first person speaks to the titled name it opens with, not of it. */
const FIRST_PERSON = /\bI\b/;
/** ", I think", ", we", ", you", ", thank": what follows a name spoken to, not of. */
const ADDRESSED =
  /^,\s+(?:I|we|you|let|if|and|but|yes|no|well|thank|please|the|this|that|it|there|in my|as)\b/i;
/** "Mr Danjuma", "Dr. Vaal": a person's title (PERSON_TITLES) before a surname. */
function isTitled(opening: string): boolean {
  const title = TITLE_THEN_NAME.exec(opening)?.[1];
  return title !== undefined && PERSON_TITLES.has(title.toLowerCase());
}
const TITLE_THEN_NAME = /^(\p{Lu}\p{Ll}{1,4})\.?\s+\p{Lu}/u;
/** "Later on Thursday, ", "On Monday, ", "Earlier this week, ": when, before the subject. */
const OPENING_TIME =
  /^(?:(?:Later|Earlier|Meanwhile|Separately)(?:\s+(?:on|this|that|in)\s+[\p{L}\d ]{2,20})?|(?:On|Last|This)\s+\p{Lu}\p{Ll}+day|(?:Earlier|Later)\s+(?:this|that|last)\s+\p{Ll}+),\s+(?=\p{Lu})/u;
const OPENING_PARTICIPLE_CLAUSE =
  /^(?:Asked|Pressed|Questioned|Speaking|Responding|Writing)\s[^,"“”]{2,120},\s+(?=\p{Lu})/u;
const OWNER_ROLE_THEN_NAME =
  /^\p{Lu}[\p{L}'’-]*['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s/u;
const OWNER_OPENING = /^\p{Lu}\p{Ll}+['’]s$/u;
/** "The current minister, Sofia Ferrante, …": a role in lower-case words, then a full name between commas. */
const ROLE_THEN_NAME_OPENING =
  /^\p{Lu}\p{Ll}*(?:['’]s)?\s+((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s/u;

/** "Her neighbour, Tom Abbott,", "His brother, Ivo,": a relation names a person as a role does. */
const RELATION =
  /(?:^|\s)(?:neighbou?r|wife|husband|partner|son|daughter|brother|sister|mother|father|friend|colleague|cousin|uncle|aunt|niece|nephew|widow|widower|fianc[eé]e?)$/;

/** The person a sentence opening "The former minister, Lukas Brandt," names, or null; not "The operator, Nord Rail,". */
function roleThenName(text: string): string | null {
  const match = ROLE_THEN_NAME_OPENING.exec(text);
  const [, role = "", name = ""] = match ?? [];
  return match !== null && (isPersonRole(role) || RELATION.test(role)) && !looksLikeOrganisation(name)
    ? name
    : null;
}

/**
 * "Kesh's president", "Ostmark's prime minister": an owner's role opening a sentence as its subject.
 * "The senator" is someone named before, whom the tag's "her" names too.
 */
/** "the airline": an organisation by its kind. */
const THE_ONE_NOUN = /^the\s+(\p{Ll}+)$/u;

/** "Aziz, who …" opening a sentence. */
const SURNAME_THEN_RELATIVE = /^(\p{Lu}[\p{Ll}'’-]+),\s+who\s/u;

const ROLE_SUBJECT = /^(\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+\p{Ll}/u;

/**
 * "Kesh's president will sign the bill, his office said": the office of the person the sentence is
 * about, named or by role, rather than of the person the article named last. Null for any other tag.
 */
function ownersSpokespeople(
  phrase: string,
  text: string,
  memory: SpeakerMemory,
  inFullName: (surname: string) => string | null,
): SpeakerName | null {
  const trimmed = phrase.trim();
  if (!POSSESSIVE_SPOKESPEOPLE.test(trimmed) || /^their\s/i.test(trimmed)) return null;
  const role = ROLE_SUBJECT.exec(text)?.[1];
  // "Aziz, who was arrested in March, had been held for months, her family said": the surname's full name.
  const surname = SURNAME_THEN_RELATIVE.exec(text)?.[1];
  const owner =
    personSubject(text, memory) ??
    (role !== undefined && isPersonRole(role) ? role : null) ??
    (surname === undefined ? null : inFullName(surname));
  const [, office = ""] = trimmed.split(/\s+/);
  return owner === null ? null : { name: `${possessiveOf(owner)} ${office.toLowerCase()}`, isPerson: false };
}

/**
 * "his Valdorian counterpart" → "Karl Brenner's Valdorian counterpart": whose is the person relaying
 * the claim ("Brenner said his counterpart had told him …"), else the person the article named last.
 */
function relationOf(
  phrase: string,
  reporterPhrase: string | null,
  memory: SpeakerMemory,
): SpeakerName | null {
  const reporter = reporterPhrase === null ? null : resolveSpeaker(reporterPhrase, memory);
  const owner = reporter?.isPerson
    ? reporter.name
    : /^their\s/i.test(phrase)
      ? memory.lastAny
      : memory.lastPerson;
  if (owner === null) return null;
  return { name: `${possessiveOf(owner)} ${phrase.slice(phrase.indexOf(" ") + 1)}`, isPerson: true };
}

function personNamed(phrase: string, memory: SpeakerMemory): string {
  const parsed = parseSpeakerPhrase(phrase);
  return parsed?.isPerson ? memory.expand(parsed.name) : "";
}

const HAS_LOWER_CASE_WORD = /\s\p{Ll}/u;
/** The opening up to the first capitalised word followed by a lower-case one, at least two words long. */
const SHORTEST_CAPITALISED_OPENING = /^(?:[\p{L}.'’-]+\s+){1,4}?\p{Lu}[\p{L}'’-]+(?=,|\s+\p{Ll})/u;

const NAME_LIKE_PAIR = new RegExp(FIRST_AND_LAST_NAME, "gu");

/** "He …, his office said", "Her …, her spokeswoman said": the pronoun and the spokespeople's owner agree. */
function samePersonPronoun(text: string, speakerPhrase: string | null): boolean {
  const owner =
    speakerPhrase === null ? undefined : /^(his|her)\s/i.exec(speakerPhrase.trim())?.[1]?.toLowerCase();
  if (owner === undefined || !POSSESSIVE_SPOKESPEOPLE.test(speakerPhrase?.trim() ?? "")) return false;
  return owner === "his" ? /^(?:He|His)\s/.test(text) : /^(?:She|Her)\s/.test(text);
}

/**
 * Whether a sentence names one person at most, so that a "He" after it can only be them. A title
 * ("Prime Minister" in "Prime Minister Jonas Berg") is no second person.
 */
function namesOnePerson(text: string): boolean {
  let people = 0;
  for (const pair of text.match(NAME_LIKE_PAIR) ?? []) if (!isPersonRole(pair)) people++;
  return people <= 1;
}

/**
 * "The harbour authority will …, its director said": the role of the organisation the sentence opens
 * with, else of the one the article spoke of last; null when there is none.
 */
function organisationRole(
  role: string,
  text: string,
  memory: SpeakerMemory,
  previous: string,
): SpeakerName | null {
  // "China also announced assistance. Its embassy in Port Vila said …": an opening "Its" is the
  // subject of the sentence before, before any organisation spoken of earlier.
  const before = /^[Ii]ts\s/.test(text)
    ? (ownerName(previous) ?? organisationSubject(previous, memory))
    : null;
  const owner = organisationSubject(text, memory) ?? ownerName(text) ?? before ?? memory.lastOrganisation;
  // "embassy in Port Vila": the role in lower case, the place as written.
  const placeAt = role.search(/\s+in\s+\p{Lu}/u);
  const written =
    placeAt < 0 ? role.toLowerCase() : `${role.slice(0, placeAt).toLowerCase()}${role.slice(placeAt)}`;
  return owner === null ? null : { name: `${possessiveOf(owner)} ${written}`, isPerson: false };
}

/** "Valdoria will send …": one capitalised word opening a sentence, then a lower-case word. */
const ONE_NAME_OPENING = /^(\p{Lu}[\p{L}&'’-]+)\s+\p{Ll}/u;
/**
 * Capitalised words that open sentences without naming anyone, and the words of a results table
 * before its measure ("Pre-tax profit fell to £84 million, the company said").
 */
const SENTENCE_OPENERS = new Set(
  "the a an it its this that these those in on at but and as if when while after before since he she they we i there some most many last next earlier later initial early first meanwhile overall however net gross operating pre-tax pretax underlying adjusted core total annual quarterly comparable headline basic diluted".split(
    " ",
  ),
);

/**
 * "Valdoria will send …, its defence minister said": a one-word name opening the sentence owns the
 * "its" (an "its" is never a person's, so no organisation word is needed). Not a plural ("Sales fell
 * …"), which is a common noun more often than a name.
 */
function ownerName(text: string): string | null {
  const name = ONE_NAME_OPENING.exec(text)?.[1];
  if (name === undefined || name.endsWith("s")) return null;
  const word = name.toLowerCase();
  // "Revenue was flat at £1.9 billion, the company said": a measure, whatever verb follows it.
  if (SENTENCE_OPENERS.has(word) || MEASURE_NOUNS.has(word)) return null;
  // "Helix accelerators generated $740 million": a product's name before the plural it names.
  // "Turnover rose 5%": a measure that changed, no company's name.
  return NAME_BEFORE_PLURAL_SUBJECT.test(text) || MEASURE_CHANGED.test(text) ? null : name;
}
/** What a results line or a statistic measures: never a company's one-word name. */
const MEASURE_NOUNS = new Set(
  "revenue turnover profit income output inflation unemployment demand spending debt production growth attendance turnout traffic ridership capacity volume".split(
    " ",
  ),
);
/** One word, then a verb of a figure's change: "Revenue fell", "Output grew". */
const MEASURE_CHANGED =
  /^\p{Lu}\p{Ll}+\s+(?:fell|rose|grew|dropped|declined|climbed|jumped|slipped|slumped|soared|surged|increased|decreased|doubled|halved|shrank|edged)\s/u;
/** A name, a plural noun, then its past or modal verb: the name only describes the things. */
const NAME_BEFORE_PLURAL_SUBJECT =
  /^\p{Lu}[\p{L}&'’-]+\s+\p{Ll}+[^s\s]s\s+(?:\p{Ll}+ed|will|would|have|had|were|are|rose|fell|grew|made|sold|won)\s/u;

/**
 * "a person familiar with the matter", "a senior official who asked not to be named" and, later, "the
 * person", "the official": an unnamed source and its head noun.
 */
const UNNAMED_SOURCE =
  /^(?:(?:an?|the|two|three|four|five|six|several|some)\s+)?(?:[\p{L}-]+\s+){0,3}?(persons?|people|sources?|officials?|diplomats?|executives?|officers?|analysts?|aides?|bankers?|lawyers?|insiders?)(?:\s|$)/u;

/** "Another", "A second": one more of the kind of source just quoted. */
const ANOTHER = /^(?:another|a second|a third)$/i;
/** "one player", "a senior official", "one resident": one unnamed source and its kind. */
const ONE_OF_A_KIND =
  /^(?:one|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:who|with|from|in|at|of|familiar|close)\b.*)?$/u;

const SOURCE_KINDS = new Set(
  "person persons people source sources official officials diplomat diplomats executive executives officer officers analyst analysts aide aides banker bankers lawyer lawyers insider insiders".split(
    " ",
  ),
);

/** Whether one of the first five words of `name` is a kind of source UNNAMED_SOURCE reads. */
function namesSourceKind(name: string): boolean {
  return SOURCE_KIND_HINT.test(name) && name.split(" ", 5).some((word) => SOURCE_KINDS.has(word));
}
/** The stems of SOURCE_KINDS: most speakers hold none, and are ruled out without splitting. */
const SOURCE_KIND_HINT = /pe(?:rson|ople)|source|offic|diplomat|executive|analyst|aide|banker|lawyer|insider/;

/** "the person", "the two officials": an unnamed source named again. */
const THE_SOURCE = /^the\s+(?:two\s+|three\s+|other\s+)?\p{Ll}+$/u;

/**
 * "A spokesperson for Mr Munro", "a spokesman for Ana Roe": the role, when a title or a full name
 * follows "for" (not "a spokesman for Nordair", a one-word name that is a company's more often).
 */
const PERSONS_SPOKESPERSON =
  /^[Aa]n?\s+(spokes(?:man|woman|person))\s+for\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s|\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** "A spokeswoman for Harlan": a spokesperson for one capitalised word, a person's surname or a company. */
const SPOKESPERSON_FOR_SURNAME = /^[Aa]n?\s+(spokes(?:man|woman|person))\s+for\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** "a spokesperson for the company", "A spokesman for Nordair": someone speaking for an organisation. */
const SPOKESPERSON_FOR = /^\s*an?\s+spokes(?:man|woman|person)\s+for\s/i;
/** "A spokesperson for the mayor": one speaking for a person named by a role. */
const SPOKESPERSON_FOR_ROLE = /^\s*an?\s+(spokes(?:man|woman|person))\s+for\s+the\s/i;
/** "the spokesperson", "the spokeswoman": one who spoke before. */
const SPOKESPERSON_REFERENCE = /^the\s+spokes(?:man|woman|person)$/;
/** "She said", "his office": a person spoken of as he or she. */
const PERSON_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b/;
/** How many sentences after a name its "he" or "she" may come: names further back are not looked for. */
const PERSON_PRONOUN_REACH = 4;
/** "The company also said", "the firm also reported": more from a speaker heard before. */
const ALSO_SAID = /\b[Tt]he\s+\p{Ll}+\s+also\s+(?:said|says|reported|announced|noted|added)\b/u;

/** The kinds of company a name is introduced with, before or after it. */
const COMPANY_KIND =
  "company|firm|carmaker|automaker|airline|drugmaker|miner|retailer|lender|insurer|chain|bank|operator|producer|manufacturer|maker";

/** "Norland's largest retailer, Modehus, will …", "The clothing retailer Modehus will …": the company named after its kind. */
const KIND_THEN_COMPANY = new RegExp(
  String.raw`^(?:The\s+|\p{Lu}[\p{L}-]*['’]s\s+)(?:[\p{Ll}-]+\s+){0,3}(?:${COMPANY_KIND})(?:,\s+|\s+)(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})(?=,|\s+\p{Ll})`,
  "u",
);

/** "Vell Systems, the Norland software maker, will cut …": a company's name, then its kind between commas. */
const COMPANY_THEN_KIND = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}\p{Lu}[\p{L}&'’-]*),\s+(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}(?:[\p{Ll}-]*(?:${COMPANY_KIND})|group),`,
  "u",
);

/** A kind of company closed by a comma ("publisher, ", "company, "), each ending in one of these: a cheap look before COMPANY_BY_KIND. */
function mayNameCompanyByKind(text: string): boolean {
  for (let at = text.indexOf(", "); at >= 2; at = text.indexOf(", ", at + 2)) {
    const last = text.charCodeAt(at - 1);
    const before = text.charCodeAt(at - 2);
    // r after e or o, y after n, m after r, e after n
    if (
      last === 114
        ? before === 101 || before === 111
        : last === 121
          ? before === 110
          : last === 109
            ? before === 114
            : last === 101 && before === 110
    )
      return true;
  }
  return false;
}

/** "her publisher, Varnhus,", "the retailer, Modehus,": a company named after its kind, anywhere in a sentence. */
const COMPANY_BY_KIND =
  /(?:^|\s)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:company|firm|carmaker|automaker|airline|drugmaker|miner|retailer|lender|insurer|publisher|operator|manufacturer|maker|producer|contractor|developer|broadcaster),\s+(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2}),/u;

/** "Dorne Bank cut …": capitalised words opening a sentence, then a lower-case word. */
const NAME_OPENING = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){2,4})(?=\p{Ll})/u;

/** "The state regulator fined …", "Dorne Bank cut …": the organisation a sentence opens with, or null. */
function organisationSubject(text: string, memory: SpeakerMemory): string | null {
  if (text.startsWith("The ")) {
    // "The Office for Budget Responsibility published …": a name that goes on past its kind.
    // "The Bank of Ardovia held rates …", "… Responsibility cut its forecast": a past not in "-ed" is its verb too.
    const office = NAMED_OFFICE_OPENING.exec(text);
    const named = office?.[1];
    const verb = office?.[2] ?? "";
    if (named !== undefined && (OFFICE_VERB.test(verb) || isPastDeed(verb))) return `the ${named}`;
    const words = text.split(/\s+/, 5);
    for (let k = 1; k <= 3; k++) {
      if (isOrganisationNoun(words[k] ?? "") && STARTS_LOWER_CASE.test(words[k + 1] ?? ""))
        return `the ${words.slice(1, k + 1).join(" ")}`;
    }
    return null;
  }
  // A name needs two capitalised words: most sentences fail on the word after the first space,
  // unless a company's kind opens it ("Terminal operator Hutchison Ports declined …").
  const secondWord = text.charCodeAt(text.indexOf(" ") + 1);
  if (secondWord >= 97 && secondWord <= 122) return KIND_THEN_NAME_OPENING.exec(text)?.[1] ?? null;
  const named = NAME_OPENING.exec(text)?.[1]?.trim();
  return named !== undefined && looksLikeOrganisation(named) ? memory.expandOrganisation(named) : null;
}

/** "The Office for Budget Responsibility has …": capitalised words joined by "for", "of" or "on", then a verb. */
const NAMED_OFFICE_OPENING =
  /^The\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:for|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*))\s+(\p{Ll}+)\s/u;
const OFFICE_VERB = /^(?:has|have|had|is|was|said|says|\p{Ll}+ed)$/u;

/** "Republican ", "Labour ": a party before a role ("the Republican governor"). */
const PARTY_BEFORE_ROLE =
  /^(?:Republican|Democratic|Democrat|Labour|Conservative|Tory|Liberal|Green|Socialist|Reform|Independent)\s+(?=\p{Ll})/u;

/** "Terminal operator Hutchison Ports declined": a company's kind, then its name, then a verb. */
const KIND_THEN_NAME_OPENING = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+\s+)?(?:${ORGANISATION_KINDS})\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*)\s+\p{Ll}`,
  "u",
);

/** "Prosecutors had sought …": a capitalised word opening a sentence, then a verb. */
const BARE_GROUP_OPENING = /^([A-Z][a-z]+)\s+(?:had|have|has|were|are|said|say|also|later|[a-z]+ed)\s/;
/**
 * "at the University of Tarn", "from the Vell Institute": where a group opening a sentence is from,
 * then its verb, maybe after an appositive ("…, led by Ana Roe, followed").
 */
const PLACED_GROUP_OPENING =
  /^\p{L}+\s+((?:at|from|in|with)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*?)(?:,\s+[^,"“”]{2,60},)?\s+(?!(?:of|for|and|the|or|who|which|that)\s)\p{Ll}/u;
/** "Three", "Several", "12": a count that may open a group of people. */
const GROUP_COUNT_WORD = new RegExp(`^(?:${SPELLED_NUMBERS}|several|\\d{1,3})$`, "i");
/** "Three ministers resigned", "The two senior doctors were suspended": a counted plural, then a past verb. */
const COUNTED_GROUP_OPENING =
  /^((?:The\s+)?\S+\s+(?:\p{Ll}+\s+)??(\p{Ll}+))\s+(?:had\s+|have\s+|were\s+|are\s+)?(\p{Ll}+ed)[\s,.;]/u;
/** "sent 40 observers", "sent about 300 police officers": a count of people an organisation sent. */
const SENT_PEOPLE = new RegExp(
  String.raw`\ssent\s+(?:about\s+|some\s+|more\s+than\s+|at\s+least\s+)?((?:\d[\d,]*|${SPELLED_NUMBERS})\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+s))\b`,
  "iu",
);

/** "The three ministers quit": a counted plural, then a past not in "-ed" (checked by `isPastTense`). */
const COUNTED_GROUP_IRREGULAR = /^((?:The\s+)?\S+\s+(\p{Ll}+))\s+(\p{Ll}+)[\s,.;]/u;
/** "quit", "cut": verbs whose past is their base form, which `isPastTense` leaves to context. */
const SAME_IN_PAST = /^(?:quit|cut|hit|put|set|shut|split|spread)$/;

/** A past verb, counting those spelt as their base form ("quit", "cut") where a past is expected. */
function isPastDeed(verb: string): boolean {
  return isPastTense(verb) || SAME_IN_PAST.test(verb);
}
/** "Some", "Others", "Many": part of a group, as a speaker. */
const QUANTIFIER_SPEAKER = /^(?:some|others|many|most|several|a few)$/i;

/** "The researchers, led by …", "The local officials said": a group of people a sentence opens with, or null. */
function groupSubject(text: string): string | null {
  // "Prosecutors had sought eight years. They said …": a bare group opening the sentence, before its verb.
  const bare = BARE_GROUP_OPENING.exec(text)?.[1];
  if (bare !== undefined && isGroupNoun(bare)) return bare.toLowerCase();
  const first = text.slice(0, Math.max(0, text.indexOf(" ")));
  // "Researchers at the University of Tarn followed …": the group with the institution it is from.
  if (isGroupNoun(first)) {
    const placed = PLACED_GROUP_OPENING.exec(text)?.[1];
    return placed === undefined ? null : `${first.toLowerCase()} ${placed}`;
  }
  // "Three ministers resigned on Friday", "The two senior officials were suspended": a counted group
  // of people, in lower case.
  const countWord = first === "The" ? (text.split(" ", 2)[1] ?? "") : first;
  if (GROUP_COUNT_WORD.test(countWord)) {
    const irregular = COUNTED_GROUP_IRREGULAR.exec(text);
    const verb = irregular?.[3] ?? "";
    const counted = COUNTED_GROUP_OPENING.exec(text) ?? (isPastDeed(verb) ? irregular : null);
    const noun = counted?.[2] ?? "";
    const people = isGroupNoun(noun) || (noun.endsWith("s") && isPersonRole(noun.slice(0, -1)));
    if (counted !== null && people) return (counted[1] ?? "").toLowerCase();
  }
  if (!text.startsWith("The ")) return null;
  const words = text.split(/\s+/, 3);
  for (let k = 1; k <= 2; k++) {
    const word = (words[k] ?? "").replace(/,$/, "");
    if (isGroupNoun(word)) return `the ${[...words.slice(1, k), word].join(" ").toLowerCase()}`;
  }
  return null;
}

/** "The Tarn Mining Company released a statement", "Mayor Ana Ruiz issued a statement on Monday". */
const ISSUING = "issued|released|published|put out|sent out|posted|filed";
const ISSUES_DOCUMENT = new RegExp(
  String.raw`^(.{3,80}?)\s+(?:has\s+|had\s+)?(?:${ISSUING})\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUN})\b`,
  "u",
);
/** A cheap first look for the verb ISSUES_DOCUMENT needs. */
const MENTIONS_ISSUING = new RegExp(String.raw`\s(?:${ISSUING})\s`);

/** Who a sentence says issued a document, or null. */
function documentIssuer(text: string, memory: SpeakerMemory): SpeakerName | null {
  // Most sentences issue nothing: a cheap look for the verb before the regex.
  if (!MENTIONS_ISSUING.test(text)) return null;
  const subject = ISSUES_DOCUMENT.exec(text)?.[1];
  const parsed = subject === undefined ? null : parseSpeakerPhrase(subject);
  return parsed === null ? null : inFull(parsed, memory);
}

const NAMED_SPOKESPEOPLE =
  /^((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)['’]s\s+(office|spokes(?:man|woman|person)|campaign|aides?|lawyers?|attorneys?)$/u;
/** "a ministry statement": an organisation's kind, then its document. */
const ISSUER_DOCUMENT = new RegExp(String.raw`^(?:a|an)\s+(\p{L}+)\s+(?:${DOCUMENT_NOUN})$`, "iu");
const DOCUMENT_REFERENCE = new RegExp(String.raw`^the\s+(?:${DOCUMENT_NOUN})$`, "i");
/** "the report", "the study": a document of findings, which speaks for itself when nobody is said to have written it. */
const FINDINGS_DOCUMENT = /^the\s+(?:report|study|survey|analysis|audit|review)$/i;
/** "The study, published in …, followed", "A new survey of 2,000 adults": a document of findings as the subject. */
const FINDINGS_DOCUMENT_SUBJECT =
  /^(?:The|A|An)\s+(?:new\s+|latest\s+)?(report|study|survey|analysis|audit|review)[\s,]/;
const DATA_REFERENCE = /^the\s+(?:data|figures|statistics|numbers)$/i;
/** "a statement", "a written statement", "a news release": a document that names no author. */
const UNSIGNED_DOCUMENT = new RegExp(String.raw`^(?:a|an|its)\s+(?:\p{L}+\s+)?(?:${DOCUMENT_NOUN})$`, "iu");

/**
 * `continuing`: who a "he" or "she" goes on speaking for ("“…,” she added" names whoever spoke last,
 * not a person merely mentioned since).
 */
function resolveSpeaker(
  phrase: string,
  memory: SpeakerMemory,
  continuing: string | null = null,
): SpeakerName | null {
  const trimmed = phrase.trim();
  if (PRONOUN.test(trimmed)) {
    const name = memory.resolvePronoun(trimmed, continuing);
    return name === null ? null : { name, isPerson: /^(?:he|she|i)$/i.test(trimmed) };
  }
  // "Several residents said …. One said …": one of them.
  if (/^one$/i.test(trimmed) && memory.lastGroup !== null)
    return { name: `one of the ${memory.lastGroup.replace(GROUP_COUNT, "")}`, isPerson: true };
  // "Parents were divided. Some said …; others said …": some of the group the article talked about.
  const quantifier = QUANTIFIER_SPEAKER.exec(trimmed)?.[0]?.toLowerCase();
  if (quantifier !== undefined) {
    const group = memory.lastGroup?.replace(/^the\s+/, "");
    const some = quantifier === "others" ? "other" : quantifier;
    return { name: group === undefined ? quantifier : `${some} ${group}`, isPerson: false };
  }
  // "…, her office confirmed.": the office of the person the article is about.
  if (POSSESSIVE_SPOKESPEOPLE.test(trimmed)) {
    const person = /^their\s/i.test(trimmed) ? memory.lastAny : memory.lastPerson;
    const [, role = ""] = trimmed.split(/\s+/);
    // "The minister did not respond. His spokesperson said …": nobody named to own the role; the
    // spokesperson still speaks, as the article calls them.
    if (person === null) return { name: trimmed.toLowerCase(), isPerson: true };
    return { name: `${person}'s ${role.toLowerCase()}`, isPerson: false };
  }
  // "Kallas's spokesperson said": the person named before, in full.
  // NAMED_SPOKESPEOPLE needs a possessive, which most phrases lack.
  const possessive = trimmed.includes("'s") || trimmed.includes("’s");
  const owned = possessive ? NAMED_SPOKESPEOPLE.exec(trimmed) : null;
  if (owned !== null) {
    const [, owner = "", role = ""] = owned;
    const person = memory.expand(parseSpeakerPhrase(owner)?.name ?? owner);
    return { name: `${person}'s ${role.toLowerCase()}`, isPerson: false };
  }
  // "The report also found ...": the document named before is its author's.
  if (DOCUMENT_REFERENCE.test(trimmed)) {
    const author = memory.lastDocumentAuthor;
    if (author !== null) return { name: author, isPerson: memory.documentAuthorIsPerson };
    // "The report warned that the council faced a gap", no author named: a study is a source in its
    // own right; a release or a statement is only someone's words, no one's when nobody issued it.
    return FINDINGS_DOCUMENT.test(trimmed) ? { name: trimmed.toLowerCase(), isPerson: false } : null;
  }
  // "according to a ministry statement": the ministry's, in full when the article named it before.
  const issuer = ISSUER_DOCUMENT.exec(trimmed)?.[1];
  if (issuer !== undefined && isOrganisationNoun(issuer))
    return { name: memory.expandOrganisation(`the ${issuer.toLowerCase()}`), isPerson: false };
  // "…, the data show" after "according to data from the police": whose data they are, when known.
  if (DATA_REFERENCE.test(trimmed) && memory.lastDocumentAuthor !== null)
    return { name: memory.lastDocumentAuthor, isPerson: false };
  // "A spokeswoman for Harlan" after "House Speaker Tom Harlan": a surname the article gave a person.
  const forSurname = trimmed.includes(" for ") ? SPOKESPERSON_FOR_SURNAME.exec(trimmed) : null;
  if (forSurname !== null) {
    const [, role = "", surname = ""] = forSurname;
    const person = memory.expand(surname);
    if (person !== surname) return { name: `${person}'s ${role.toLowerCase()}`, isPerson: false };
  }
  const parsed = parseSpeakerPhrase(trimmed);
  // "A spokesperson for Mr Munro": the person's spokesperson, as "Munro's spokesperson" is (an
  // organisation's spokesperson speaks as the organisation).
  const spokespersonRole = parsed?.isPerson ? PERSONS_SPOKESPERSON.exec(trimmed)?.[1] : undefined;
  if (parsed !== null && spokespersonRole !== undefined)
    return { name: `${inFull(parsed, memory).name}'s ${spokespersonRole.toLowerCase()}`, isPerson: false };
  // "Haddad and her colleagues said", "She and her team found": the lead in full, then the team.
  const team = parsed !== null && trimmed.includes(" and ") ? LEAD_AND_COLLEAGUES.exec(parsed.name) : null;
  if (team !== null) {
    const [, head = "", colleagues = ""] = team;
    const lead = PRONOUN.test(head) ? memory.resolvePronoun(head) : memory.expand(head);
    return lead === null ? null : { name: `${lead} and ${colleagues}`, isPerson: false };
  }
  // "Roe and Tal said": each surname in full, as the article gave it before.
  if (parsed !== null && !parsed.isPerson && trimmed.includes(" and ") && JOINT_NAMES.test(trimmed))
    return {
      name: parsed.name
        .split(" and ")
        .map((name) => memory.expand(name))
        .join(" and "),
      isPerson: false,
    };
  return parsed === null ? null : inFull(parsed, memory);
}

/** "the ", "several ", "two ": what counts a group, left out of "one of the …". */
const GROUP_COUNT = /^(?:the|several|some|many|most|two|three|four|five|a few|other)\s+/i;

/** "The agency", "the organisation": an organisation named by a word any of them could be called. */
const GENERIC_ORGANISATION = /^the\s+(?:agency|organi[sz]ation|group|charity|body)$/i;
/**
 * "the institute" after "the Institute for the Study of Conflict" spoke: a common noun that is a
 * word of the organisation's name.
 */
function namesKindOf(phrase: string, organisation: string): boolean {
  const kind = THE_KIND.exec(phrase)?.[1];
  return kind !== undefined && organisation.split(" ").includes(capitalize(kind));
}

const THE_KIND = /^the\s+(\p{Ll}{4,})$/iu;

/** "a spokesperson", "A spokesman": one who speaks for an organisation the phrase does not name. */
const UNNAMED_SPOKESPERSON = /^an?\s+spokes(?:person|man|woman)$/i;

/** "the 34-year-old": a person named by their age. */
const AGED_PERSON = /^the (\d{1,3})-year-old$/i;

/**
 * A parsed name as the article gave it before: "Roe" → "Jane Roe", "the ministry" → "the Finance
 * Ministry", "Caldera" → "Caldera Minerals".
 */
function inFull(parsed: SpeakerName, memory: SpeakerMemory): SpeakerName {
  // "The 34-year-old said …" after "Nokuthula Mbatha, 34, …": whoever the article gave that age.
  const age = AGED_PERSON.exec(parsed.name)?.[1];
  const aged = age === undefined ? null : memory.personAged(age);
  if (aged !== null) return { name: aged, isPerson: true };
  // "“I was promised three signings,” the Swede said", "the 54-year-old said" with no age given
  // before: the person the article is talking about, by nationality or by an age not yet given.
  const last = memory.lastPerson;
  const demonym = parsed.name.startsWith("the ") ? parsed.name.slice(4) : "";
  if (last !== null && (isDemonym(demonym) || (age !== undefined && !memory.ageKnown(age, last))))
    return { name: last, isPerson: true };
  if (!parsed.isPerson) return { name: memory.expandOrganisation(parsed.name), isPerson: false };
  // "Caldera said" after "Caldera Minerals said": the company, not a person called Caldera.
  const company = parsed.name.includes(" ") ? null : memory.companyNamed(parsed.name);
  return company === null
    ? { name: memory.expand(parsed.name), isPerson: true }
    : { name: company, isPerson: false };
}

/**
 * A quoted sentence without a tag: the tag later in the same quotation or a bare tag right after it
 * (`inQuotation`), else a named speaker opening the sentence after the quotation.
 */
function speakerOfQuotation(
  index: number,
  detectedAt: (index: number) => Attribution | null,
  quoted: boolean[],
  sentences: SentenceText[],
): { phrase: string; inQuotation: boolean } | null {
  // "“…” The union had written twice. Union leader Pia Marr said …": one narrative sentence of the
  // same paragraph may stand between a quotation and its speaker.
  let narrative = 0;
  for (let j = index + 1; j < sentences.length && j <= index + 8; j++) {
    const attribution = detectedAt(j);
    // "“My son has asthma. The doctor said the mould is to blame,” Sharma said.": the one who relays
    // the doctor speaks the whole quotation.
    const phrase =
      attribution?.reporterPhrase && quoted[j] === true
        ? attribution.reporterPhrase
        : attribution?.speakerPhrase;
    if (attribution !== null && phrase) {
      // "He told me …" inside the quotation is the quoted person's story: no tag of the quotation's.
      if (isTagInsideQuotation(attribution, sentences[j]?.text ?? "", quoted[j] === true)) return null;
      const bare = attribution.contentStart === attribution.contentEnd;
      // A quotation closed at the end of its paragraph is over: a quotation opening the next one with
      // a tag of its own is another speaker's.
      if (!bare && quoted[j] === true && closedBefore(sentences, j)) return null;
      if (narrative === 0 && (quoted[j] === true || bare)) return { phrase, inQuotation: true };
      const named = !PRONOUN.test(phrase.trim()) && attribution.contentStart > 0;
      return named ? { phrase, inQuotation: false } : null;
    }
    if (quoted[j] === true) continue;
    if (narrative > 0 || sentences[j]?.paragraph !== sentences[index]?.paragraph) return null;
    narrative++;
  }
  return null;
}

/**
 * "“I asked him if it was legal. He told me not to worry about it.”", "“My son has asthma now. The
 * doctor said the mould is to blame.”": a tag opening a sentence inside a quotation is the quoted
 * person's story; the quotation's speaker says it all.
 */
function isTagInsideQuotation(attribution: Attribution, text: string, quoted: boolean): boolean {
  // "“… The doctor said the mould is to blame,” Sharma said.": the tag after the quotation relays it.
  if (!quoted || attribution.contentStart === 0 || attribution.reporterPhrase !== null) return false;
  // "‘We have never seen water like this,’ said Mayor Lina Holt.": its tag follows a quotation in single marks.
  return !QUOTE_CHAR.test(text.slice(0, attribution.contentStart)) && !SINGLE_QUOTE_OPENING.test(text);
}

/** Whether sentence `j` opens a paragraph after one that ends with a closing quotation mark ("… anything.”"). */
function closedBefore(sentences: SentenceText[], j: number): boolean {
  if (sentences[j]?.paragraph === sentences[j - 1]?.paragraph) return false;
  const last = sentences[j - 1]?.text.trimEnd().at(-1);
  return last === "”" || last === '"' || last === "»";
}

/** Marks sentences that are (part of) a direct quotation, tracking quotes across sentences of a paragraph. */
function quotedSentences(sentences: SentenceText[]): boolean[] {
  const result: boolean[] = [];
  let open = false;
  // British papers quote in single marks, whose closing one is also an apostrophe ("didn’t"): a
  // quotation in them opens a sentence and closes one with the mark after a stop.
  let openSingle = false;
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      open = false;
      openSingle = false;
      paragraph = sentence.paragraph;
    }
    const text = sentence.text;
    const opensSingle = !open && SINGLE_QUOTE_OPENING.test(text);
    const startsQuoted = open || openSingle || opensSingle || /^\s*["“«]/.test(text);
    if (QUOTE_CHAR.test(text)) open = quotationOpenAfter(text, open);
    if (opensSingle || openSingle) openSingle = !SINGLE_QUOTE_CLOSING.test(text);
    result.push(startsQuoted);
  }
  return result;
}

/** ".’", "?'": a single quotation mark closing a sentence's quotation. */
const SINGLE_QUOTE_CLOSING = /[.!?,]['’]\s*$/;
