import { CHECKWORTHY_THRESHOLD, isCheckworthy } from "../score/index";
import type { ExtractedClaim } from "../types";

/**
 * Opinions, hedges, conditional predictions and questions are kept but must never outrank factual
 * claims: they are halved and held below the check-worthiness threshold. A plain future statement
 * ("The port will cut fees in April") is often an announced fact, so it is only discounted.
 */
const OPINION =
  /\b(?:I|we) (?:think|believe|feel|hope|don['’]t know|can guarantee|guarantee)\b|\b(?:smart|wise|foolish|terrible|wonderful|shameful|disgraceful|hoping|hopeful|hopes?|wish|perhaps|maybe|probably|possibly|likely|unlikely|should|ought|crucial|critical that|in my view|in our view|going to|appears to|seems to|might|could)\b/i;
const CONDITIONAL = /\b(?:if|unless)\b/i;
const FUTURE = /\b(?:will|would|is expected to|are expected to|forecasts?|predicts?|projected to)\b/i;
const QUESTION = /\?["”’]?\s*$/;
const OPINION_FACTOR = 0.5;
const FUTURE_FACTOR = 0.8;
const MAX_OPINION_SCORE = CHECKWORTHY_THRESHOLD * 0.8;

/** How a claim's wording discounts its score; each pattern is tried at most once. */
function tone(text: string): "opinion" | "future" | "plain" {
  if (OPINION.test(text) || QUESTION.test(text)) return "opinion";
  if (!FUTURE.test(text)) return "plain";
  return CONDITIONAL.test(text) ? "opinion" : "future";
}

function isOpinion(text: string): boolean {
  return tone(text) === "opinion";
}

export function adjustScore(modelScore: number, text: string): number {
  const kind = tone(text);
  if (kind === "opinion") return Math.min(modelScore * OPINION_FACTOR, MAX_OPINION_SCORE);
  return kind === "future" ? modelScore * FUTURE_FACTOR : modelScore;
}

/** The claim a headline repeats is the article's central claim: check-worthy unless it is an opinion. */
const HEADLINE_FLOOR = Math.min(1, CHECKWORTHY_THRESHOLD + 0.1);

export function promoteHeadlineClaim(claim: ExtractedClaim): void {
  if (isOpinion(claim.text)) return;
  claim.score = Math.max(claim.score, HEADLINE_FLOOR);
  claim.checkworthy = isCheckworthy(claim.score);
}
