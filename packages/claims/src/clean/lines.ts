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
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const ch = body.charCodeAt(i);
    if (i === body.length || ch === 10 || ch === 13) {
      yield { start, end: i, text: body.slice(start, i) };
      if (ch === 13 && body.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
}
