/**
 * Check-worthiness scorer: maps a sentence to a score in [0, 1] (logistic regression over
 * hashed lexical, word-class and cue features; see scripts/train.ts for how it is trained).
 */
// No import attribute: bundlers (Next/Turbopack, esbuild), tsx and Vitest all load JSON without one.
import serializedModel from "../../model/checkworthiness.json";
import { type LoadedModel, loadModel, modelMargin, type SerializedModel } from "./model";
import { sigmoid } from "./training";

/** Default decision threshold: precision = recall on debates from eras held out of training. */
export const CHECKWORTHY_THRESHOLD: number = (serializedModel as SerializedModel).threshold;

let model: LoadedModel | undefined;

/** Decoded on first use so importing the package stays cheap. */
function getModel(): LoadedModel {
  model ??= loadModel(serializedModel as SerializedModel);
  return model;
}

export function scoreSentence(text: string): number {
  try {
    if (typeof text !== "string") return 0;
    const score = sigmoid(modelMargin(getModel(), text));
    return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  } catch {
    // The contract is "never throws": a scoring failure ranks the sentence as not check-worthy.
    return 0;
  }
}

export function isCheckworthy(score: number): boolean {
  return score >= CHECKWORTHY_THRESHOLD;
}
