import type { Span } from "../types";
import { findBlocks } from "./blocks";
import { originalSpan, proseCopy } from "./markup";

/** A gap holding only a list marker ("- ", "2.", "•") belongs to the list, not to the page furniture. */
const BARE_MARKER = /^(?:[-*•▪●◦‣–—]|\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))$/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The parts of a body that clean-up leaves out of claim extraction: bylines, datelines, captions
 * and credits, timestamps, player residue and section headings. Pages showing the
 * body can set them apart. Same input → same ranges as `extractClaims` reads around.
 */
export function pageFurniture(original: string, title?: string | null): Span[] {
  // Markup is read around as `extractClaims` does: the prose copy's furniture, mapped back.
  const prose = proseCopy(original);
  const body = prose === null ? original : prose.text;
  const ranges: Span[] = [];
  let cursor = 0;
  // One range per line of a gap, trimmed: "By Jane Roe" and the dateline after it are two parts.
  const addGap = (start: number, end: number) => {
    for (const line of body.slice(start, end).matchAll(/[^\r\n]+/g)) {
      const text = line[0];
      const lineStart = start + line.index;
      const trimmedStart = lineStart + (text.length - text.trimStart().length);
      const trimmedEnd = lineStart + text.trimEnd().length;
      const kept = body.slice(trimmedStart, trimmedEnd);
      if (HAS_LETTER_OR_DIGIT.test(kept) && !BARE_MARKER.test(kept))
        ranges.push({ start: trimmedStart, end: trimmedEnd });
    }
  };
  // A repeated headline is not furniture: it can hold a claim's second span.
  for (const block of findBlocks(body, title ?? null)) {
    // An explainer's question heading is page structure, as any heading is.
    if (block.kind === "question") continue;
    if (block.start > cursor) addGap(cursor, block.start);
    cursor = Math.max(cursor, block.end);
  }
  if (cursor < body.length) addGap(cursor, body.length);
  return prose === null ? ranges : ranges.map((range) => originalSpan(prose, range));
}
