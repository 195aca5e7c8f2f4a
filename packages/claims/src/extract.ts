import { resolveAttributions } from "./attribute/resolve.js";
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

interface SentenceUnit {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

function runPipeline(body: string, title: string | null): ExtractedClaim[] {
  const sentences: SentenceUnit[] = [];
  for (const block of findBlocks(body, title)) {
    if (block.kind === "headline") continue;
    for (const span of segmentSentences(body, block.start, block.end)) {
      sentences.push({ ...span, text: body.slice(span.start, span.end), paragraph: block.paragraph });
    }
  }
  const attributions = resolveAttributions(sentences);
  const claims: ExtractedClaim[] = [];
  sentences.forEach((sentence, index) => {
    const attribution = attributions[index];
    if (attribution === undefined || attribution.bareTag) return;
    const content = sentence.text.slice(attribution.contentStart, attribution.contentEnd);
    if (!isClaimCandidate(content)) return;
    const text = asSentence(attribution.prefix + content);
    const score = scoreSentence(text);
    claims.push({
      id: stableId("c", sentence.start, sentence.end, text),
      text,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      score,
      checkworthy: isCheckworthy(score),
      speaker: attribution.speaker,
      reportedBy: attribution.reportedBy,
      parentId: null,
      spans: [{ start: sentence.start, end: sentence.end }],
    });
  });
  return claims.sort((a, b) => b.score - a.score || a.start - b.start);
}
