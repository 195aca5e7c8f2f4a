/**
 * FNV-1a, so ids are stable for the same body without any I/O or randomness. Callers pass the span
 * and a short digest of the text (claims from one span differ in length), not the whole text.
 */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  let hash = 0x811c9dc5;
  const input = parts.join("\u0000");
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}${hash.toString(36).padStart(7, "0")}`;
}
