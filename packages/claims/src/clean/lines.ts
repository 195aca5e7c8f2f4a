import type { Span } from "../types";

/** One physical line of the body; `start`/`end` exclude the line break. */
export interface Line extends Span {
  text: string;
}

/**
 * Splits on \n, \r\n and \r without copying more than each line once. Lines come one at a time, so
 * a long body's lines are never all held at once.
 */
export function* readLines(body: string): Generator<Line> {
  // The next \n and \r at or after `start`, found by indexOf (much faster than a loop over every
  // character) and each searched again only once passed, so a body without \r is scanned for it once.
  let nextFeed = -1;
  let nextReturn = -1;
  let start = 0;
  for (;;) {
    if (nextFeed !== body.length && nextFeed < start) nextFeed = lineBreakAt(body, "\n", start);
    if (nextReturn !== body.length && nextReturn < start) nextReturn = lineBreakAt(body, "\r", start);
    const end = Math.min(nextFeed, nextReturn);
    yield { start, end, text: body.slice(start, end) };
    if (end === body.length) return;
    start = body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** Where `text` holds `mark` at or after `from`, or its length. */
function lineBreakAt(text: string, mark: string, from: number): number {
  const at = text.indexOf(mark, from);
  return at < 0 ? text.length : at;
}
