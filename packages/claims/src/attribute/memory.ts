import { isSpace, STARTS_UPPER_CASE } from "../util/text";
import { isCountryOrCapital } from "./countries";
import { pronounOfName } from "./gender";
import { companyIn, isClubName, type SpeakerName } from "./names";

/**
 * What the article has said about who is speaking so far: full names for "Mr. Roe",
 * and the most recent speakers for "he said" / "the ministry said" follow-ups.
 */
const MAX_ORGANISATIONS = 32;
const MAX_RECENT_PEOPLE = 6;
/** What a news story calls a company it has named: "the company said". */
export const COMPANY_NOUN =
  /^(?:company|firm|carmaker|automaker|airline|drugmaker|miner|retailer|lender|insurer|processor|manufacturer|producer|maker|supplier|operator|group|chain)$/;
const THE_ONE_WORD = /^the\s+(\p{L}+)$/iu;
/** "the statistics office": two lower-case words after "the". */
const THE_TWO_LOWER_WORDS = /^the \p{Ll}+ \p{Ll}+$/u;
/** "several residents", "two people familiar with the talks": unnamed people, plural, as a speaker. */
const SPEAKING_GROUP = /^(?!the\s)\p{Ll}.*\s\p{Ll}+s$|^\p{Ll}+s$/u;
/** "the Winnipeg-based food processor", "the US-owned company": a company described, then its kind. */
const THE_DESCRIBED_COMPANY = /^the\s+(?:[\p{L}-]+\s+){1,3}(\p{Ll}+)$/u;
/** " de la Vega" in "Ana de la Vega", " van der Berg" in "Hugo van der Berg": a surname with its particles. */
const PARTICLE_SURNAME =
  /\s(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]os|[Dd]as|[Dd]u|[Vv]an|[Vv]on|[Tt]er|[Tt]en|Ó|Ní|Nic|Mac|Le|La|Bin|Abu)\s(?:(?:la|le|der|den|los|las)\s)?\p{Lu}\S*$/u;
/** "De la Vega", "Van der Berg", "Ó Briain", "Le Pen": a surname opening with a particle, written capitalised. */
const PARTICLE_OPENING =
  /^(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]os|[Dd]as|[Dd]u|[Vv]an|[Vv]on|[Tt]er|[Tt]en|Ó|Ní|Nic|Mac|Le|La|Bin|Abu)\s/;

export class SpeakerMemory {
  private readonly bySurname = new Map<string, string>();
  private readonly organisations: string[] = [];
  lastPerson: string | null = null;
  /**
   * Whose word "the report" or "the statement" is: the latest organisation that spoke, or whoever
   * the article last said issued a document ("The port authority released a statement").
   */
  lastDocumentAuthor: string | null = null;
  /** Whether `lastDocumentAuthor` is a person ("In a statement, Obst said …"). */
  documentAuthorIsPerson = false;
  /** The organisation the article spoke of last, spoken or not: whose "its director" speaks. */
  lastOrganisation: string | null = null;
  lastAny: string | null = null;
  /** The company the article spoke of last ("Brightline Pharma"), whom "the company" means. */
  private lastCompany: string | null = null;
  private readonly companiesByFirstWord = new Map<string, string>();
  /** Whether `lastAny` is a person, whom "it" never names. */
  private lastAnyIsPerson = false;

  /** The people the article named last, most recent first: whom a "he" may mean when a "she" cannot. */
  private readonly recentPeople: string[] = [];
  /** Who has been "he" and who "she" so far. */
  private readonly pronouns = new Map<string, string>();

  /** Keeps `name` first among the recent people. */
  private mention(name: string): void {
    const at = this.recentPeople.indexOf(name);
    if (at >= 0) this.recentPeople.splice(at, 1);
    this.recentPeople.unshift(name);
    if (this.recentPeople.length > MAX_RECENT_PEOPLE) this.recentPeople.pop();
  }

  learnName(fullName: string): void {
    this.mention(fullName);
    // "Sandra Kelly" is "she" before the article says so.
    if (!this.pronouns.has(fullName)) {
      const pronoun = pronounOfName(fullName);
      if (pronoun !== null) this.pronouns.set(fullName, pronoun);
    }
    // "a former aide to ex-president Lars Medin" is no name, and its last word no surname of it.
    if (!STARTS_UPPER_CASE.test(fullName)) return;
    // The surname is what follows the last space; a single word teaches nothing.
    let lastSpace = fullName.length - 1;
    while (lastSpace >= 0 && !isSpace(fullName.charAt(lastSpace))) lastSpace--;
    if (lastSpace < 0) return;
    const surname = fullName.slice(lastSpace + 1);
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, fullName);
    // "Ana de la Vega" is "De la Vega" on second reference: the surname starts at its particle.
    const particle = PARTICLE_SURNAME.exec(fullName);
    if (particle !== null) {
      const rest = fullName.slice(particle.index + 1);
      const capitalised = rest.charAt(0).toUpperCase() + rest.slice(1);
      if (!this.bySurname.has(capitalised)) this.bySurname.set(capitalised, fullName);
      // "Mr de Jong" writes it as the full name does.
      if (!this.bySurname.has(rest)) this.bySurname.set(rest, fullName);
    }
  }

  /** "Ms Nandakumar", "Sir Graham Pettifer": a title tells whether the person is "he" or "she". */
  noteTitledPerson(name: string, pronoun: "he" | "she"): void {
    const full = this.expand(name);
    if (full.includes(" ")) this.learnName(full);
    if (!this.pronouns.has(full)) this.pronouns.set(full, pronoun);
  }

  /** "Roe" → "Jane Roe", "De la Vega" → "Ana de la Vega" when the article named them before. */
  expand(name: string): string {
    if (name.includes(" ") && !PARTICLE_OPENING.test(name)) return name;
    return this.bySurname.get(name) ?? name;
  }

  /**
   * "the ministry" → "the Finance Ministry" when that organisation spoke earlier; "the company" →
   * "Brightline Pharma", the company spoken of last.
   */
  expandOrganisation(name: string): string {
    const short = THE_ONE_WORD.exec(name)?.[1]?.toLowerCase();
    // "the statistics office" after "the National Statistics Office": the end of a name spoken before.
    if (short === undefined && THE_TWO_LOWER_WORDS.test(name)) {
      const end = name.slice(3);
      for (let i = this.organisations.length - 1; i >= 0; i--)
        if ((this.organisations[i] ?? "").toLowerCase().endsWith(end)) return this.organisations[i] ?? name;
    }
    if (short === undefined) {
      const kind = THE_DESCRIBED_COMPANY.exec(name)?.[1];
      return kind !== undefined && this.lastCompany !== null && COMPANY_NOUN.test(kind)
        ? this.lastCompany
        : name;
    }
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const candidate = this.organisations[i] ?? "";
      const lower = candidate.toLowerCase();
      // "the Finance Ministry", "the Ministry of Defence" and "the Office for Budget Responsibility" are
      // each "the ministry" or "the office".
      if (
        lower.endsWith(` ${short}`) ||
        lower.startsWith(`the ${short} of `) ||
        lower.startsWith(`the ${short} for `)
      )
        return candidate;
    }
    if (COMPANY_NOUN.test(short)) return this.lastCompany ?? this.lastNamedSpeaker ?? name;
    // "Kesh Rovers sacked their manager. The club said …": the club named last.
    if (short === "club" && this.lastClub !== null) return this.lastClub;
    return name;
  }

  /**
   * The organisation that spoke last by a name of its own ("Westgrid", "Ashgrove Homes", no business
   * word to say it is a company): whom "the company said" means when the article named no company.
   */
  private lastNamedSpeaker: string | null = null;
  /** The sports club the article spoke of last ("Kesh Rovers"), whom "the club" means. */
  private lastClub: string | null = null;

  /** "Caldera" → "Caldera Minerals" when the article named that company and no person called Caldera. */
  companyNamed(word: string): string | null {
    if (this.bySurname.has(word)) return null;
    return this.companiesByFirstWord.get(word) ?? null;
  }

  /**
   * Keeps the latest few multi-word organisation names ("the Port Harbor Authority"); returns the
   * company `name` holds, if any.
   */
  learnOrganisation(name: string): string | null {
    if (isClubName(name)) this.lastClub = name;
    const company = companyIn(name);
    if (company !== null) {
      this.lastCompany = company;
      // "Caldera Minerals" is "Caldera" on second reference.
      const firstWord = company.slice(0, company.indexOf(" "));
      if (!this.companiesByFirstWord.has(firstWord)) this.companiesByFirstWord.set(firstWord, company);
    }
    if (!/^the\s+\S+\s+\S/.test(name)) return company;
    this.organisations.push(name);
    if (this.organisations.length > MAX_ORGANISATIONS) this.organisations.shift();
    return company;
  }

  /** The company that spoke last: whom "the company also said" means. */
  lastSpeakingCompany: string | null = null;

  remember(speaker: SpeakerName): void {
    // "Westgrid said": one capitalised word no person's name taught, maybe a company. Not "the union",
    // "Ostmark" or "Roe and Tal": a kind, a country or two parties is no company.
    const oneWord = !speaker.name.includes(" ");
    this.lastNamedSpeaker =
      STARTS_UPPER_CASE.test(speaker.name) &&
      (speaker.isPerson ? oneWord && !this.bySurname.has(speaker.name) : !speaker.name.includes(" and ")) &&
      !isCountryOrCapital(speaker.name)
        ? speaker.name
        : null;
    // "Several residents said …": the group a later "One said" is one of.
    if (!speaker.isPerson && SPEAKING_GROUP.test(speaker.name)) this.lastGroup = speaker.name;
    if (!speaker.isPerson) {
      if (this.learnOrganisation(speaker.name) !== null) this.lastSpeakingCompany = speaker.name;
      this.lastDocumentAuthor = speaker.name;
      this.documentAuthorIsPerson = false;
      // "Residents insisted … It said …": people, plural, are never a later "it".
      if (!SPEAKING_GROUP.test(speaker.name)) this.lastOrganisation = speaker.name;
    }
    if (speaker.isPerson) {
      this.learnName(speaker.name);
      this.lastPerson = speaker.name;
    }
    this.lastAny = speaker.name;
    // "Terracor said …" with no full name before it: one capitalised word that introduced no person
    // may be a company's or a country's name, which a later "it said" names.
    this.lastAnyIsPerson =
      speaker.isPerson && (speaker.name.includes(" ") || this.bySurname.has(speaker.name));
  }

  /** "The Tarn Mining Company released a statement": what "the statement said" next is its word. */
  noteDocumentAuthor(author: SpeakerName): void {
    if (!author.isPerson) {
      this.learnOrganisation(author.name);
      this.lastOrganisation = author.name;
    }
    this.lastDocumentAuthor = author.name;
    this.documentAuthorIsPerson = author.isPerson;
  }

  /** An organisation the article has just talked about, which becomes "it" without having spoken. */
  noteOrganisation(name: string): void {
    this.learnOrganisation(name);
    this.lastOrganisation = name;
    this.lastAny = name;
    this.lastAnyIsPerson = false;
  }

  /** A thing the article has just talked about ("the study"), which becomes "it" without having spoken. */
  noteThing(name: string): void {
    this.lastAny = name;
    this.lastAnyIsPerson = false;
  }

  /** "Nordair will cut 1,200 jobs, the airline said": a company named without a business word. */
  noteCompany(name: string): void {
    this.lastCompany = name;
  }

  /** A group of people the article has just talked about ("the researchers"), who become "they". */
  noteGroup(name: string): void {
    this.lastAny = name;
    this.lastAnyIsPerson = false;
    this.lastGroup = name;
  }

  /** The person the article named last, spoken or not. */
  lastNamedPerson(): string | null {
    return this.recentPeople[0] ?? null;
  }

  /** The group of people the article talked about last ("parents"), whom "Some said" counts from. */
  lastGroup: string | null = null;

  /** Whom each age was given to ("Nokuthula Mbatha, 34,"): who "the 34-year-old" is. */
  private readonly ages = new Map<string, string | null>();

  noteAge(name: string, age: string): void {
    // Two people of one age: "the 34-year-old" could be either, so neither.
    const known = this.ages.get(age);
    this.ages.set(age, known === undefined || known === name ? name : null);
  }

  personAged(age: string): string | null {
    return this.ages.get(age) ?? null;
  }

  /** Whether the article gave anyone `age`, or gave `name` an age. */
  ageKnown(age: string, name: string): boolean {
    if (this.ages.has(age)) return true;
    for (const person of this.ages.values()) if (person === name) return true;
    return false;
  }

  /** A person the article has just talked about, who becomes "he" or "she" without having spoken. */
  notePerson(name: string): void {
    this.learnName(name);
    this.lastPerson = name;
  }

  /**
   * "he" or "she" → the last person named, unless the article has called them the other pronoun:
   * "Greta Holm met Pavel Okonji. She said … He said …": the "He" is Okonji.
   */
  private personFor(pronoun: string, preferred: string | null): string | null {
    const fits = (person: string) => (this.pronouns.get(person) ?? pronoun) === pronoun;
    if (preferred !== null && fits(preferred)) {
      this.pronouns.set(preferred, pronoun);
      return preferred;
    }
    const last = this.lastPerson;
    if (last === null) return null;
    // "Tom Hadley said … . The planner, Ruth Okafor, had backed it. She told …": a person named since
    // whose name says "she" is the "she" before a speaker the article never gave a sex.
    const recent = this.recentPeople[0];
    if (
      recent !== undefined &&
      recent !== last &&
      !this.pronouns.has(last) &&
      this.pronouns.get(recent) === pronoun
    )
      return recent;
    const person = fits(last) ? last : (this.recentPeople.find((p) => p !== last && fits(p)) ?? null);
    // Not someone the article's names or titles say is the other sex: no speaker is better than a wrong one.
    if (person === null) return this.pronouns.has(last) ? null : last;
    this.pronouns.set(person, pronoun);
    return person;
  }

  /** "he", "she", "they", "it" → the latest fitting speaker (`preferred` first if it fits), or null. */
  resolvePronoun(pronoun: string, preferred: string | null = null): string | null {
    const lower = pronoun.toLowerCase();
    if (lower === "he" || lower === "she") return this.personFor(lower, preferred);
    if (lower === "i") return this.lastPerson;
    // "“…,” said Dana Pell. … It said it had paid …": "it" is no person.
    const group =
      this.lastAny !== null && (this.lastAny === this.lastGroup || SPEAKING_GROUP.test(this.lastAny));
    if (lower === "it" && (this.lastAnyIsPerson || group)) return this.lastOrganisation;
    return this.lastAny;
  }
}
