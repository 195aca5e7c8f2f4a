import { describe, expect, it } from "vitest";
import { DEFAULT_FEATURE_CONFIG, extractFeatures } from "./features";
import { maskTopicWords, topicWordHider } from "./topic-mask";

describe("topicWordHider", () => {
  it("never hides function or cue words, and hides about the requested share of topic words", () => {
    const hideAll = topicWordHider(1, "test");
    expect(["the", "said", "percent", "million", "think"].some(hideAll)).toBe(false);
    expect(hideAll("ammunition")).toBe(true);
    const half = topicWordHider(0.5, "test");
    const topicWords = Array.from({ length: 400 }, (_, i) => `topicword${i}`);
    const share = topicWords.filter(half).length / topicWords.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it("drops hidden words' lexical features but keeps their word classes", () => {
    const text = "Ammunition exports doubled in 2020.";
    const plain = extractFeatures(text, DEFAULT_FEATURE_CONFIG);
    const hidden = extractFeatures(text, DEFAULT_FEATURE_CONFIG, (lower) => lower === "ammunition");
    expect(hidden.indices.length).toBeLessThan(plain.indices.length);
    const onlyClasses = { ...DEFAULT_FEATURE_CONFIG, word: 0, stem: 0, bigram: 0 };
    expect(extractFeatures(text, onlyClasses, () => true)).toEqual(extractFeatures(text, onlyClasses));
  });
});

describe("maskTopicWords", () => {
  it("replaces topic words with nonce words that keep case and suffix", () => {
    const masked = maskTopicWords("Senators approved the ammunition shipment.", 1, "test");
    expect(masked).toMatch(/^Zq\w+tors \w+oved the zq\w+tion zq\w+ment\.$/);
    expect(maskTopicWords("Thank you.", 0)).toBe("Thank you.");
  });
});
