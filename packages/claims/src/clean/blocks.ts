import { splitLines } from "./lines";
import { datelineLength, isHeadingLine, isNoiseLine } from "./noise";

/**
 * A run of body text that may hold claims. Offsets point into the original body;
 * cleaning only chooses which ranges to read, it never rewrites text.
 */
export interface Block {
  start: number;
  end: number;
  /** `headline`: the title repeated in the body, kept only to merge spans with body claims. */
  kind: "text" | "bullet" | "headline";
  /** Index of the paragraph, for attribution look-ahead across paragraphs. */
  paragraph: number;
}

const BULLET_MARKER = /^\s*(?:[-*•▪●◦‣–—]|\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))\s+/;

function normaliseForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function findBlocks(body: string, title?: string | null): Block[] {
  const blocks: Block[] = [];
  const titleKey = title ? normaliseForCompare(title) : "";
  const seenHeadings = new Set<string>();
  const titleLength = title ? title.length * 2 + 10 : 0;
  let paragraph = 0;
  let previousBlank = true;
  let sawContent = false;
  let sawText = false;

  for (const line of splitLines(body)) {
    const leading = line.text.length - line.text.trimStart().length;
    const trimmed = line.text.trim();
    if (trimmed === "") {
      if (!previousBlank) paragraph++;
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    const start = line.start + leading;
    const end = line.start + line.text.trimEnd().length;

    const noise = isNoiseLine(trimmed);
    const bullet = BULLET_MARKER.exec(line.text);
    if (bullet !== null && bullet[0].length < line.text.length && !noise) {
      blocks.push({ start: line.start + bullet[0].length, end, kind: "bullet", paragraph });
      sawContent = true;
      continue;
    }
    if (noise) continue;

    if (isHeadingLine(trimmed)) {
      // The first title-cased line of a scraped page is its headline; later ones are section headings
      // unless they repeat the headline.
      const key = normaliseForCompare(trimmed);
      const repeatsHeadline = key !== "" && (key === titleKey || seenHeadings.has(key));
      seenHeadings.add(key);
      if (!sawContent || repeatsHeadline) blocks.push({ start, end, kind: "headline", paragraph });
      sawContent = true;
      continue;
    }
    if (titleKey !== "" && trimmed.length <= titleLength && normaliseForCompare(trimmed) === titleKey) {
      blocks.push({ start, end, kind: "headline", paragraph });
      continue;
    }

    const previous = blocks.at(-1);
    if (
      previous !== undefined &&
      previous.kind === "text" &&
      previous.paragraph === paragraph &&
      continuesWrappedLine(body, previous.end, trimmed)
    ) {
      previous.end = end;
      continue;
    }
    const skip = sawText ? 0 : datelineLength(trimmed);
    blocks.push({ start: start + skip, end, kind: "text", paragraph });
    sawContent = true;
    sawText = true;
  }
  return blocks;
}

/** Hard-wrapped text: the previous line stops mid-sentence and this one continues in lower case. */
function continuesWrappedLine(body: string, previousEnd: number, text: string): boolean {
  const last = body.charAt(previousEnd - 1);
  return !/[.!?:;"”’)\]]/.test(last) && /^\p{Ll}/u.test(text);
}
