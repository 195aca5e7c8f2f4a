/**
 * Check-worthiness scorer: maps a sentence to a probability-like score in [0, 1].
 * Temporary heuristic until the trained model lands.
 */

export const CHECKWORTHY_THRESHOLD = 0.5;

const MAX_SCORED_CHARS = 2000;

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

export function scoreSentence(text: string): number {
  if (typeof text !== "string") return 0;
  const sample = text.slice(0, MAX_SCORED_CHARS);
  let logit = -1;
  if (/\d/.test(sample)) logit += 2;
  if (/\b(percent|million|billion|trillion|thousand)\b|%|\$/i.test(sample)) logit += 1;
  if (/\b(said|says|reported|according to)\b/i.test(sample)) logit += 0.5;
  if (/\b(I think|I believe|hope|hoping|thank you)\b/i.test(sample)) logit -= 1.5;
  if (sample.trim().endsWith("?")) logit -= 1;
  return clamp01(1 / (1 + Math.exp(-logit)));
}

export function isCheckworthy(score: number): boolean {
  return score >= CHECKWORTHY_THRESHOLD;
}
