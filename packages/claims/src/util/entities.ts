/**
 * HTML character references left in pasted or scraped text ("Norland&rsquo;s", "&euro;90m",
 * "&#8217;"), read as the characters they stand for. Unknown names are kept as written.
 */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  copy: "©",
  reg: "®",
  trade: "™",
  times: "×",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  bull: "•",
  middot: "·",
  laquo: "«",
  raquo: "»",
  sbquo: "‚",
  bdquo: "„",
  minus: "−",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  shy: "",
};

const CHARACTER_REFERENCE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,7});/gi;

export function decodeCharacterReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(CHARACTER_REFERENCE, (reference, code: string) => characterOf(code) ?? reference);
}

/** What a reference's code ("rsquo", "#8217", "#x2019") stands for; null for an unknown name. */
export function characterOf(code: string): string | null {
  if (code.startsWith("#x") || code.startsWith("#X")) return codePoint(Number.parseInt(code.slice(2), 16));
  if (code.startsWith("#")) return codePoint(Number.parseInt(code.slice(1), 10));
  return NAMED[code.toLowerCase()] ?? null;
}

/** A valid code point as a string; "" for a reference to none (a NUL or a surrogate). */
function codePoint(code: number): string {
  const valid = Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : "";
}
