import type { ArticleField } from "@claimdesk/claims";

export interface Highlight {
  id: string;
  start: number;
  end: number;
  /** Byline, dateline, caption and the like: shown set apart, never a claim. */
  furniture?: boolean;
}

/**
 * The highlights of the claims whose span points into `field`: a headline claim's into the title,
 * the rest into the body.
 */
export function claimHighlights(
  claims: readonly { id: string; field: ArticleField; spanStart: number; spanEnd: number }[],
  field: ArticleField,
): Highlight[] {
  return claims
    .filter((claim) => claim.field === field)
    .map((claim) => ({ id: claim.id, start: claim.spanStart, end: claim.spanEnd }));
}

/** `start` is the segment's offset in the text, a stable React key. */
export type Segment = { start: number; text: string; highlight: Highlight | null };

/**
 * Cuts the text into plain runs and highlighted runs. Overlapping highlights (an atomic item inside
 * an already highlighted sentence) keep the earlier one, so every character is shown exactly once.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const ordered = [...highlights]
    .filter((item) => item.start >= 0 && item.end <= text.length && item.end > item.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const item of ordered) {
    if (item.start < cursor) continue;
    if (item.start > cursor)
      segments.push({ start: cursor, text: text.slice(cursor, item.start), highlight: null });
    segments.push({ start: item.start, text: text.slice(item.start, item.end), highlight: item });
    cursor = item.end;
  }
  if (cursor < text.length) segments.push({ start: cursor, text: text.slice(cursor), highlight: null });
  return segments;
}
