import type { Span } from "../types";

/**
 * Ids are stable for the same body without any I/O or randomness. The span makes them unique
 * (no two claims share one, except list items cut from one coordinated phrase), and an FNV-1a
 * digest of the text tells those apart.
 */
export function stableId(span: Span, text: string, prefix = "c"): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}${span.start.toString(36)}-${span.end.toString(36)}-${hash.toString(36)}`;
}
