import { isSpace } from "../util/text";
import type { SpeakerName } from "./names";

/**
 * What the article has said about who is speaking so far: full names for "Mr. Roe",
 * and the most recent speakers for "he said" / "the ministry said" follow-ups.
 */
const MAX_ORGANISATIONS = 32;
const THE_ONE_WORD = /^the\s+(\p{L}+)$/iu;

export class SpeakerMemory {
  private readonly bySurname = new Map<string, string>();
  private readonly organisations: string[] = [];
  lastPerson: string | null = null;
  /**
   * Whose word "the report" or "the statement" is: the latest organisation that spoke, or whoever
   * the article last said issued a document ("The port authority released a statement").
   */
  lastDocumentAuthor: string | null = null;
  /** The organisation the article spoke of last, spoken or not: whose "its director" speaks. */
  lastOrganisation: string | null = null;
  lastAny: string | null = null;
  /** Whether `lastAny` is a person, whom "it" never names. */
  private lastAnyIsPerson = false;

  learnName(fullName: string): void {
    // The surname is what follows the last space; a single word teaches nothing.
    let lastSpace = fullName.length - 1;
    while (lastSpace >= 0 && !isSpace(fullName.charAt(lastSpace))) lastSpace--;
    if (lastSpace < 0) return;
    const surname = fullName.slice(lastSpace + 1);
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, fullName);
  }

  /** "Roe" → "Jane Roe" when the article named her before. */
  expand(name: string): string {
    if (name.includes(" ")) return name;
    return this.bySurname.get(name) ?? name;
  }

  /** "the ministry" → "the Finance Ministry" when that organisation spoke earlier. */
  expandOrganisation(name: string): string {
    const short = THE_ONE_WORD.exec(name)?.[1]?.toLowerCase();
    if (short === undefined) return name;
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const candidate = this.organisations[i] ?? "";
      const lower = candidate.toLowerCase();
      // "the Finance Ministry" and "the Ministry of Defence" are both "the ministry".
      if (lower.endsWith(` ${short}`) || lower.startsWith(`the ${short} of `)) return candidate;
    }
    return name;
  }

  /** Keeps the latest few multi-word organisation names ("the Port Harbor Authority"). */
  learnOrganisation(name: string): void {
    if (!/^the\s+\S+\s+\S/.test(name)) return;
    this.organisations.push(name);
    if (this.organisations.length > MAX_ORGANISATIONS) this.organisations.shift();
  }

  remember(speaker: SpeakerName): void {
    if (!speaker.isPerson) {
      this.learnOrganisation(speaker.name);
      this.lastDocumentAuthor = speaker.name;
      this.lastOrganisation = speaker.name;
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
  }

  /** An organisation the article has just talked about, which becomes "it" without having spoken. */
  noteOrganisation(name: string): void {
    this.learnOrganisation(name);
    this.lastOrganisation = name;
    this.lastAny = name;
    this.lastAnyIsPerson = false;
  }

  /** A group of people the article has just talked about ("the researchers"), who become "they". */
  noteGroup(name: string): void {
    this.lastAny = name;
    this.lastAnyIsPerson = false;
  }

  /** A person the article has just talked about, who becomes "he" or "she" without having spoken. */
  notePerson(name: string): void {
    this.learnName(name);
    this.lastPerson = name;
  }

  /** "he", "she", "they", "it" → the latest fitting speaker, or null. */
  resolvePronoun(pronoun: string): string | null {
    const lower = pronoun.toLowerCase();
    if (lower === "he" || lower === "she" || lower === "i") return this.lastPerson;
    // "“…,” said Dana Pell. … It said it had paid …": "it" is no person.
    if (lower === "it" && this.lastAnyIsPerson) return this.lastOrganisation;
    return this.lastAny;
  }
}
