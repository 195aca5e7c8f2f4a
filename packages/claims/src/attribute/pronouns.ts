import { looksLikeOrganisation } from "./names";

const PEOPLE_GROUP =
  /^the\s+(?:opposition|critics|residents|protesters|experts|analysts|economists|campaigners)$/i;

/**
 * Reported speech often opens with the speaker's own pronoun ("Roe said he's not qualified ...").
 * Standalone, that reads "Jane Roe is not qualified ...".
 */
export function nameOpeningPronoun(content: string, speaker: string | null): string {
  // "The opposition argued it would fail": a group of people says "we"; its "it" is something else.
  if (speaker === null || PEOPLE_GROUP.test(speaker)) return content;
  if (looksLikeOrganisation(speaker)) {
    // "Acme Group said it was reviewing ..." → "Acme Group was reviewing ...", "its plant" → "Acme Group's plant".
    const it = /^it(s?)(?=\s)/i.exec(content);
    if (it === null) return content;
    // "Velto Motors' profit": a name with a plural ending takes the apostrophe alone.
    const possessive = speaker.endsWith("s") ? "'" : "'s";
    return `${speaker}${it[1] === "" ? "" : possessive}${content.slice(it[0].length)}`;
  }
  if (/^(?:the|a|an|some|officials?)\b/i.test(speaker)) return content;
  // "Nyqvist said her house had flooded" → "Sara Nyqvist's house had flooded".
  const possessive = /^(?:his|her)(?=\s)/i.exec(content);
  if (possessive !== null) return `${speaker}'s${content.slice(possessive[0].length)}`;
  const match = /^(?:he|she)(?:(['’]s)\s+(\S+)|(?=\s))/i.exec(content);
  if (match === null) return content;
  if (match[1] === undefined) return `${speaker}${content.slice(match[0].length)}`;
  const next = match[2] ?? "";
  const verb = /^(?:been|got|had|done|made|seen|taken|given)$/i.test(next) ? "has" : "is";
  return `${speaker} ${verb} ${content.slice(match[0].length - next.length)}`;
}
