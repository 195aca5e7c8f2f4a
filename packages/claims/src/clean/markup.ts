import type { Span } from "../types";
import { characterOf } from "../util/entities";

/**
 * Text pasted or fetched from a web page may still hold its markup: HTML tags, comments, scripts,
 * character references ("&rsquo;"), Markdown emphasis and links (its "#" headings and bullets are
 * read by the block finder as they are). The engine reads a prose copy with
 * the markup taken out, and maps every span it finds back to the original body through `from`/`to`,
 * so a claim's quote is still `body.slice(start, end)` (an inline tag inside it is kept as written).
 */
export interface ProseCopy {
  readonly text: string;
  /** Where in the original body the source of each character of `text` begins. */
  readonly from: Int32Array;
  /** Where it ends: one past the character, or the end of the tag or reference it replaces. */
  readonly to: Int32Array;
}

/** One piece of the original replaced in the prose copy. */
interface Edit {
  start: number;
  end: number;
  replacement: string;
  /**
   * A mark taken out that goes with the word after it ("<em>", "**", "[") or before it ("</em>",
   * "**", "](…)"): a span starting or ending at that word takes the mark in, so quotes stay balanced.
   */
  attach?: "next" | "previous";
}

/** The characters markup needs: a body without any of them is read as it is, with no scan. */
function mayHoldMarkup(body: string): boolean {
  return (
    body.includes("<") ||
    body.includes("&") ||
    body.includes("*") ||
    body.includes("_") ||
    body.includes("](")
  );
}

/** The body without its markup, or null when it holds none (the body is then read as it is). */
export function proseCopy(body: string): ProseCopy | null {
  if (!mayHoldMarkup(body)) return null;
  const edits = findMarkup(body);
  return edits.length === 0 ? null : applyEdits(body, edits);
}

/** `span` of the prose copy as the original body's span: from its first character's source to its last's. */
export function originalSpan(copy: ProseCopy, span: Span): Span {
  const last = Math.max(span.start, span.end - 1);
  return {
    start: copy.from[span.start] ?? copy.to[copy.to.length - 1] ?? 0,
    end: copy.to[last] ?? copy.to[copy.to.length - 1] ?? 0,
  };
}

/** Paragraph breaks: a block element's text never runs on into the next block's. */
const BLOCK_TAGS = new Set(
  "p div section article header footer aside main nav blockquote figure figcaption table thead tbody tfoot ul ol dl pre form fieldset address hr center details summary caption".split(
    " ",
  ),
);
const LINE_TAGS = new Set(["br", "tr", "dt", "dd"]);
const CELL_TAGS = new Set(["td", "th"]);
/** `<h2>` opens a line the block finder reads as a Markdown heading ("# …"): a heading, no claim. */
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "title"]);
/** Tags taken out without a trace: their words run on in the sentence ("Norland<em>'s</em>"). */
const INLINE_TAGS = new Set(
  "a abbr b i u s em strong span small sup sub mark cite q code time font img ins del strike bdi bdo dfn kbd samp var wbr label source picture video audio iframe button input meta link object embed col colgroup data html body o:p".split(
    " ",
  ),
);
/** Elements whose content is no text of the article: dropped with it, when they are closed. */
const DROPPED_WITH_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "head"]);

/**
 * Each piece of markup the scan stops at. Groups: 1 closing slash, 2 tag name; 3 reference code;
 * 4 image mark, 5 link text; 6 emphasis mark, 7 emphasised text. Every part is bounded or made of
 * alternatives that start with different characters, so no input makes the scan backtrack far.
 */
const MARKUP = new RegExp(
  [
    "<!--",
    String.raw`<![a-zA-Z][^<>]{0,500}>|<\?[^<>]{0,500}\?>`,
    String.raw`<(\/?)([a-zA-Z][a-zA-Z0-9]{0,10}(?::[a-zA-Z]{1,10})?)(?:\s(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,4000})?\/?>`,
    String.raw`&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,7});`,
    // "[the report](https://…)", "![Flooded road](photo.jpg)": a Markdown link or picture.
    String.raw`(!?)\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]{0,200}\)){1,2000}(?:\s+"[^"\n]{0,200}")?\)`,
    // "**40 percent**", "_Orvik_": emphasis, its marks outside words ("snake_case", "2*3" are no emphasis).
    String.raw`(?<![\p{L}\p{N}\\])(\*\*|__|\*|_)(?![\s*_])([^\n]{0,300}?[^\s\\])\6(?![\p{L}\p{N}])`,
  ].join("|"),
  "gu",
);

function findMarkup(body: string): Edit[] {
  const edits: Edit[] = [];
  const closings = new ClosingFinder(body);
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(body); match !== null; match = MARKUP.exec(body)) {
    const start = match.index;
    const whole = match[0];
    const [, slash, tagName, reference, image, linkText, mark, emphasised] = match;
    if (whole === "<!--") {
      // An unclosed comment is left as written: dropping the rest of the body would lose the article.
      const end = closings.after("-->", start + 4);
      if (end >= 0) {
        edits.push({ start, end, replacement: "" });
        MARKUP.lastIndex = end;
      }
    } else if (whole.startsWith("<!") || whole.startsWith("<?")) {
      // "<!DOCTYPE html>", "<?xml version="1.0"?>": declarations, no text.
      edits.push({ start, end: start + whole.length, replacement: "" });
    } else if (tagName !== undefined) {
      const name = tagName.toLowerCase();
      const closing = slash === "/";
      if (!closing && DROPPED_WITH_CONTENT.has(name)) {
        const end = closings.after(`</${name}`, start + whole.length);
        const close = end < 0 ? -1 : body.indexOf(">", end);
        if (close >= 0) {
          edits.push({ start, end: close + 1, replacement: "\n\n" });
          MARKUP.lastIndex = close + 1;
          continue;
        }
      }
      const replacement = tagReplacement(name, closing);
      if (replacement !== null)
        edits.push({ start, end: start + whole.length, replacement, attach: closing ? "previous" : "next" });
    } else if (reference !== undefined) {
      const character = characterOf(reference);
      if (character !== null) edits.push({ start, end: start + whole.length, replacement: character });
    } else if (linkText !== undefined) {
      if (image === "!") {
        // A picture: no words of the article.
        edits.push({ start, end: start + whole.length, replacement: "" });
        continue;
      }
      // The link's words stay and are read on (they may hold emphasis); its address goes.
      edits.push({ start, end: start + 1, replacement: "", attach: "next" });
      edits.push({
        start: start + 1 + linkText.length,
        end: start + whole.length,
        replacement: "",
        attach: "previous",
      });
      MARKUP.lastIndex = start + 1;
    } else if (mark !== undefined && emphasised !== undefined) {
      // The marks go; the words stay and are read on.
      const closeAt = start + mark.length + emphasised.length;
      edits.push({ start, end: start + mark.length, replacement: "", attach: "next" });
      edits.push({ start: closeAt, end: closeAt + mark.length, replacement: "", attach: "previous" });
      MARKUP.lastIndex = start + mark.length;
    }
  }
  return edits;
}

/** What a tag becomes in the prose copy; null for a name that is no HTML tag ("<Kesh>" is kept). */
function tagReplacement(name: string, closing: boolean): string | null {
  // An unclosed "<script>" goes alone: what follows it may be the article.
  if (INLINE_TAGS.has(name) || DROPPED_WITH_CONTENT.has(name)) return "";
  if (BLOCK_TAGS.has(name)) return "\n\n";
  if (LINE_TAGS.has(name)) return "\n";
  if (CELL_TAGS.has(name)) return closing ? "" : "\t";
  if (name === "li") return closing ? "\n" : "\n- ";
  if (HEADING_TAGS.has(name)) return closing ? "\n\n" : "\n\n# ";
  return null;
}

/**
 * Finds where a closing mark ("-->", "</script") comes next, case-blind. Each mark's last answer is
 * kept, so a body with many unclosed openings is still searched once, not once per opening.
 */
class ClosingFinder {
  private lower: string | null = null;
  private readonly found = new Map<string, number>();
  constructor(private readonly body: string) {}

  /** Where `mark` ends at or after `from`, or -1. */
  after(mark: string, from: number): number {
    const known = this.found.get(mark);
    if (known === -1) return -1;
    if (known !== undefined && known - mark.length >= from) return known;
    this.lower ??= this.body.toLowerCase();
    const at = this.lower.indexOf(mark, from);
    const end = at < 0 ? -1 : at + mark.length;
    this.found.set(mark, end);
    return end;
  }
}

/** The body with `edits` made, and each character's source. Edits overlapping an earlier one are skipped. */
function applyEdits(body: string, edits: Edit[]): ProseCopy {
  edits.sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  let length = body.length;
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    kept.push(edit);
    length += edit.replacement.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  const from = new Int32Array(length);
  const to = new Int32Array(length);
  const parts: string[] = [];
  let out = 0;
  // Where the marks waiting for the next character began, or -1.
  let pendingFrom = -1;
  const place = (start: number, end: number) => {
    from[out] = pendingFrom < 0 ? start : pendingFrom;
    to[out] = end;
    pendingFrom = -1;
    out++;
  };
  const copy = (start: number, end: number) => {
    if (end <= start) return;
    parts.push(body.slice(start, end));
    for (let at = start; at < end; at++) place(at, at + 1);
  };
  cursor = 0;
  for (const edit of kept) {
    copy(cursor, edit.start);
    parts.push(edit.replacement);
    for (let k = 0; k < edit.replacement.length; k++) place(edit.start, edit.end);
    if (edit.replacement === "" && edit.attach === "previous" && out > 0 && to[out - 1] === edit.start)
      to[out - 1] = edit.end;
    if (edit.replacement === "" && edit.attach === "next" && pendingFrom < 0) pendingFrom = edit.start;
    cursor = edit.end;
  }
  copy(cursor, body.length);
  return { text: parts.join(""), from, to };
}
