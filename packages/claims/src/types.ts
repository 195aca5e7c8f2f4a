/** Input to the extraction engine: the article exactly as stored. Offsets refer to `body`. */
export interface ArticleInput {
  title?: string | null;
  body: string;
}

/** A half-open character range `[start, end)` into the article body. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedClaim {
  /** Stable within one extraction of one body (same body → same ids). */
  id: string;
  /** Standalone sentence a fact-checker can read without the article. */
  text: string;
  /** Exactly `body.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  /** Check-worthiness in [0, 1]. */
  score: number;
  /** The engine's decision at its default threshold. */
  checkworthy: boolean;
  /** Who made the claim, without titles ("John Smith", "the Health Ministry"). */
  speaker: string | null;
  /** Who reported the speaker's claim, when different from the speaker. */
  reportedBy: string | null;
  /** Id of the parent sentence when this claim is one item of a decomposed list. */
  parentId: string | null;
  /** Every place the claim appears (e.g. headline and body); the first equals start/end. */
  spans: Span[];
}
