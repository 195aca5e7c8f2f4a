import { CHECKWORTHY_THRESHOLD } from "../score/index";

/**
 * Opinions, predictions, hedges and questions are kept but must never outrank factual claims:
 * they are halved and held below the check-worthiness threshold.
 */
const OPINION =
  /\b(?:I|we) (?:think|believe|feel|hope|don['’]t know|can guarantee|guarantee)\b|\b(?:smart|wise|foolish|terrible|wonderful|shameful|disgraceful|hoping|hopeful|hopes?|wish|perhaps|maybe|probably|possibly|likely|unlikely|should|ought|crucial|critical that|in my view|in our view|going to|appears to|seems to|might|could)\b/i;
const PREDICTION = /\b(?:will|would|is expected to|are expected to|forecasts?|predicts?|projected to)\b/i;
const OPINION_FACTOR = 0.5;
const MAX_OPINION_SCORE = CHECKWORTHY_THRESHOLD * 0.8;
/**
 * List items inherit their sentence's factual weight and sit just above it; they are not scored
 * separately because "The plan includes X." is exactly as check-worthy as the list that holds X.
 */
const ITEM_BONUS = 0.02;

export function isOpinionOrPrediction(text: string): boolean {
  return OPINION.test(text) || PREDICTION.test(text) || /\?["”’]?\s*$/.test(text);
}

export function adjustScore(modelScore: number, text: string): number {
  if (!isOpinionOrPrediction(text)) return modelScore;
  return Math.min(modelScore * OPINION_FACTOR, MAX_OPINION_SCORE);
}

export function itemScore(parentScore: number, itemText: string): number {
  return Math.min(1, adjustScore(parentScore, itemText) + ITEM_BONUS);
}
