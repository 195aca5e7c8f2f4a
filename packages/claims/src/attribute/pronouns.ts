import { looksLikeOrganisation } from "./names";

/**
 * Reported speech often opens with the speaker's own pronoun ("Roe said he's not qualified ...").
 * Standalone, that reads "Jane Roe is not qualified ...".
 */
export function nameOpeningPronoun(content: string, speaker: string | null): string {
  if (speaker === null) return content;
  if (looksLikeOrganisation(speaker)) {
    // "Acme Group said it was reviewing ..." → "Acme Group was reviewing ...".
    const it = /^it(?=\s)/i.exec(content);
    return it === null ? content : `${speaker}${content.slice(it[0].length)}`;
  }
  if (/^(?:the|a|an|some|officials?)\b/i.test(speaker)) return content;
  const match = /^(?:he|she)(?:(['’]s)\s+(\S+)|(?=\s))/i.exec(content);
  if (match === null) return content;
  if (match[1] === undefined) return `${speaker}${content.slice(match[0].length)}`;
  const next = match[2] ?? "";
  const verb = /^(?:been|got|had|done|made|seen|taken|given)$/i.test(next) ? "has" : "is";
  return `${speaker} ${verb} ${content.slice(match[0].length - next.length)}`;
}
