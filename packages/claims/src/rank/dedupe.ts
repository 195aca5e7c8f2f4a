import type { ExtractedClaim, Span } from "../types";
import { comparisonKey } from "../util/text";

/** Claims with the same standalone text appear once; later occurrences become extra spans. */
export function mergeDuplicates(claims: ExtractedClaim[]): ExtractedClaim[] {
  const byKey = new Map<string, ExtractedClaim>();
  const result: ExtractedClaim[] = [];
  for (const claim of claims) {
    const key = comparisonKey(claim.text);
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, claim);
      result.push(claim);
      continue;
    }
    // Distinct sentences never share a span, so no duplicate check is needed (and none is quadratic).
    first.spans.push({ start: claim.start, end: claim.end });
    first.score = Math.max(first.score, claim.score);
    first.speaker ??= claim.speaker;
  }
  return result;
}

const HEADLINE_REACH = 3000;

/**
 * A headline repeated in the body ("Council Approves Budget, Mayor Says") joins the body claim it
 * summarises as an extra span, instead of becoming a claim of its own.
 */
export function attachHeadline(
  claims: ExtractedClaim[],
  headline: Span,
  headlineContent: string,
): ExtractedClaim | null {
  // A repeated headline summarises the lead, so only the claims right after it are compared.
  const best = summarisedClaim(claims, headlineContent, headline.start + 1, headline.end + HEADLINE_REACH);
  if (best !== null) addSpan(best, headline);
  return best;
}

/**
 * A title given apart from the body joins the body claim it summarises, one near the start, as a
 * span with `field: "title"`. Returns that claim, or null when the body never says it.
 */
export function attachTitle(
  claims: ExtractedClaim[],
  title: Span,
  titleContent: string,
): ExtractedClaim | null {
  const best = summarisedClaim(claims, titleContent, 0, HEADLINE_REACH);
  if (best !== null) addSpan(best, { ...title, field: "title" });
  return best;
}

/** The share of a headline's words a claim must repeat to be what it summarises. */
const SUMMARY_OVERLAP = 0.6;
/** How many more of the headline's words a later claim must share to beat an earlier summary. */
const LATER_CLAIM_MARGIN = 1.5;

/**
 * The body claim starting in `[from, to)` that shares the most words with a headline, if it shares
 * at least 60% of them. `claims` are in document order, so the scan stops once past `to`.
 */
function summarisedClaim(
  claims: ExtractedClaim[],
  headlineContent: string,
  from: number,
  to: number,
): ExtractedClaim | null {
  const headWords = stems(headlineContent);
  if (headWords.size < 3) return null;
  let best: ExtractedClaim | null = null;
  let bestOverlap = 0;
  for (const claim of claims) {
    if (claim.start >= to) break;
    if (claim.start < from || claim.field !== "body") continue;
    // The quote counts too: the headline may name the speaker the claim text leaves out.
    const claimWords = stems(`${claim.text} ${claim.quote}`);
    let shared = 0;
    for (const word of headWords) if (claimWords.has(word)) shared++;
    // A later claim must share two words more than an earlier one to win: the headline summarises
    // the lead, and a later claim may repeat the lead's words only in its resolved subject.
    const overlap = shared / headWords.size;
    const margin = bestOverlap >= SUMMARY_OVERLAP ? LATER_CLAIM_MARGIN / headWords.size : 0;
    if (overlap > bestOverlap + margin) {
      best = claim;
      bestOverlap = overlap;
    }
  }
  return best === null || bestOverlap < SUMMARY_OVERLAP ? null : best;
}

const STANDFIRST_CLAIMS = 2;
const STANDFIRST_REACH = 80;
const RESTATEMENT_OVERLAP = 0.8;

/**
 * A standfirst (the line under the headline) usually restates a sentence of the body in fewer
 * words; it joins that sentence as an extra span. `claims` must be in document order.
 */
export function mergeStandfirst(claims: ExtractedClaim[]): ExtractedClaim[] {
  const merged = new Set<ExtractedClaim>();
  for (const first of claims.slice(0, STANDFIRST_CLAIMS)) {
    const words = stems(first.text);
    // "60,000 homes without power": a figure lets a short summary line be matched on four words.
    const figures = first.text.match(FIGURE) ?? [];
    const fewest = figures.length > 0 ? MIN_FIGURED_WORDS : MIN_WORDS;
    if (first.parentId !== null || words.size < fewest) continue;
    const restatement = claims.slice(STANDFIRST_CLAIMS, STANDFIRST_REACH).find((later) => {
      if (later.parentId !== null) return false;
      if (words.size < MIN_WORDS && !figures.every((figure) => later.quote.includes(figure))) return false;
      // One speaker's claim is no restatement of another's: "Roe said no one waited a year" and
      // "“Thousands waited longer than a year,” Lind said" share their words, not their claim.
      if (first.speaker !== null && later.speaker !== null && first.speaker !== later.speaker) return false;
      // Only words the later sentence says itself: a description put in for its "The package" is
      // no restatement of the lead that described the package.
      const quoted = stems(later.quote);
      const laterWords = new Set([...stems(later.text)].filter((word) => quoted.has(word)));
      let shared = 0;
      for (const word of words) if (laterWords.has(word)) shared++;
      return shared / words.size >= RESTATEMENT_OVERLAP;
    });
    if (restatement === undefined) continue;
    restatement.spans.push({ start: first.start, end: first.end });
    restatement.speaker ??= first.speaker;
    merged.add(first);
  }
  return merged.size === 0 ? claims : claims.filter((claim) => !merged.has(claim));
}

/** The fewest words a standfirst line restates a body sentence with; with a figure in it, fewer. */
const MIN_WORDS = 5;
const MIN_FIGURED_WORDS = 4;
/** "60,000", "4.5", "140": a figure, which a restatement must repeat as written. */
const FIGURE = /\d(?:[\d,.]*\d)?/g;

function addSpan(claim: ExtractedClaim, span: Span): void {
  const known = claim.spans.some(
    (s) => s.start === span.start && s.end === span.end && s.field === span.field,
  );
  if (!known) claim.spans.push(span);
}

const WORD = /[\p{L}\p{N}]+/gu;

function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  return new Set(
    words.filter((w) => w.length > 2).map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, "") : w)),
  );
}
