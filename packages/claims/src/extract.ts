import { findBlocks } from "./clean/blocks.js";
import { isCheckworthy, scoreSentence } from "./score/index.js";
import { isClaimCandidate } from "./segment/candidates.js";
import { segmentSentences } from "./segment/sentences.js";
import type { ArticleInput, ExtractedClaim } from "./types.js";
import { stableId } from "./util/ids.js";
import { asSentence } from "./util/text.js";

/**
 * Turns an article into ranked, standalone claims with exact spans into `article.body`.
 * Deterministic and total: malformed input yields an empty list, never an exception.
 */
export function extractClaims(article: ArticleInput): ExtractedClaim[] {
  try {
    if (article === null || typeof article !== "object" || typeof article.body !== "string") return [];
    return runPipeline(article.body, typeof article.title === "string" ? article.title : null);
  } catch {
    return [];
  }
}

function runPipeline(body: string, title: string | null): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const block of findBlocks(body, title)) {
    if (block.kind === "headline") continue;
    for (const span of segmentSentences(body, block.start, block.end)) {
      const quote = body.slice(span.start, span.end);
      if (!isClaimCandidate(quote)) continue;
      const text = asSentence(quote);
      const score = scoreSentence(text);
      claims.push({
        id: stableId("c", span.start, span.end, text),
        text,
        quote,
        start: span.start,
        end: span.end,
        score,
        checkworthy: isCheckworthy(score),
        speaker: null,
        reportedBy: null,
        parentId: null,
        spans: [{ start: span.start, end: span.end }],
      });
    }
  }
  return claims.sort((a, b) => b.score - a.score || a.start - b.start);
}
