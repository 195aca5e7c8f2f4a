import type { SpeakerName } from "./names.js";

/**
 * What the article has said about who is speaking so far: full names for "Mr. Roe",
 * and the most recent speakers for "he said" / "the ministry said" follow-ups.
 */
export class SpeakerMemory {
  private readonly bySurname = new Map<string, string>();
  lastPerson: string | null = null;
  lastAny: string | null = null;

  learnName(fullName: string): void {
    const parts = fullName.split(/\s+/);
    const surname = parts.at(-1);
    if (parts.length >= 2 && surname !== undefined && !this.bySurname.has(surname)) {
      this.bySurname.set(surname, fullName);
    }
  }

  /** "Roe" → "Jane Roe" when the article named her before. */
  expand(name: string): string {
    if (name.includes(" ")) return name;
    return this.bySurname.get(name) ?? name;
  }

  remember(speaker: SpeakerName): void {
    if (speaker.isPerson) {
      this.learnName(speaker.name);
      this.lastPerson = speaker.name;
    }
    this.lastAny = speaker.name;
  }

  /** "he", "she", "they", "it" → the latest fitting speaker, or null. */
  resolvePronoun(pronoun: string): string | null {
    const lower = pronoun.toLowerCase();
    if (lower === "he" || lower === "she" || lower === "i") return this.lastPerson;
    return this.lastAny;
  }
}
