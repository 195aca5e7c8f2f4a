/**
 * Input to the extraction engine: the article exactly as stored. Offsets refer to `body`, except
 * those marked `field: "title"`, which refer to `title`.
 */
export interface ArticleInput {
  title?: string | null;
  body: string;
}

/** Which text of the article an offset points into: the body, or a title given apart from it. */
export type ArticleField = "body" | "title";

/** A half-open character range `[start, end)` into the article body, or into the title when `field` says so. */
export interface Span {
  start: number;
  end: number;
  /** Absent for the body (every span found in the body); "title" for the separately given title. */
  field?: ArticleField;
}

export interface ExtractedClaim {
  /** Stable within one extraction of one body (same body → same ids). */
  id: string;
  /** Standalone sentence a fact-checker can read without the article. */
  text: string;
  /**
   * Which text `start`, `end` and `quote` refer to. "body" for every claim found in the body; "title"
   * for a claim only the separately given title makes (the body never says it).
   */
  field: ArticleField;
  /** Exactly `body.slice(start, end)` (or `title.slice(start, end)` when `field` is "title"). */
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
  /**
   * Every place the claim appears (e.g. headline and body); the first equals start/end and field.
   * A separately given title that summarises a body claim is one of them, with `field: "title"`.
   */
  spans: Span[];
}
