import { comparisonKey, STARTS_LOWER_CASE, STARTS_UPPER_CASE } from "../util/text";
import { readLines } from "./lines";
import {
  bylineNames,
  colonDatelineLength,
  datelineLength,
  INTERVIEW_LABEL,
  isFactBoxHeading,
  isHeadingLine,
  isLabelCountHeader,
  isLabelCountLine,
  isLinkListHeading,
  isNoiseLine,
  isPagePrompt,
  isPostSignature,
  isTableRule,
  isTimestampLine,
  sectionLabelLength,
  tableRowCells,
  WRITER_BEAT,
} from "./noise";

/**
 * A run of body text that may hold claims. Offsets point into the original body;
 * cleaning only chooses which ranges to read, it never rewrites text.
 */
export interface Block {
  start: number;
  end: number;
  /**
   * `headline`: the title repeated in the body, kept only to merge spans with body claims. `question`:
   * an explainer's question heading ("What does the package contain?"), no claim, but what the
   * paragraphs under it answer.
   */
  kind: "text" | "bullet" | "headline" | "question";
  /** Index of the paragraph, for attribution look-ahead across paragraphs. */
  paragraph: number;
}

const BULLET_MARKER = /^\s*(?:[-*•▪●◦‣–—]|\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))\s+/;

export function findBlocks(body: string, title?: string | null): Block[] {
  const blocks: Block[] = [];
  const titleKey = title ? comparisonKey(title) : "";
  const seenHeadings = new Set<string>();
  const titleLength = title ? title.length * 2 + 10 : 0;
  const unwrapped = isUnwrapped(body);
  let paragraph = 0;
  let previousBlank = true;
  let sawContent = false;
  /** Whether a headline has been found, and whether it was the line with text just before this one. */
  let headlineFound = false;
  let afterHeadline = false;
  let textBlocks = 0;
  /** The last text line led a list ("The shipment includes:") or was one of its "Label: count" lines. */
  let inLabelList = false;
  /** The label list was opened by a table's header row, not by a lead ending in a colon. */
  let tableRows = false;
  /** Under a "Related Articles" heading: its short unpunctuated lines are other stories' headlines. */
  let inLinkList = false;
  /** The byline's name ("By Marta Lind, …"), whose bio may close the page; and whether one is being read. */
  let authors: string[] = [];
  let inAuthorBio = false;
  /** Under "Key points" until a blank line: one fact per line, so no line runs on into the next. */
  let inFactBox = false;
  /** The line before was a timestamp: a live blog's post may follow with a headline of its own. */
  let afterTimestamp = false;
  /** Inside a newsletter's sign-up box, which runs until "after newsletter promotion". */
  let inPromo = false;
  /** Under a press release's "About Vossen" or "Forward-Looking Statements" heading. */
  let inBoilerplate = false;
  /** Under a closing "Sources:" heading. */
  let inSources = false;
  /** Where the last line with text began. */
  let previousLineStart = 0;
  /** The line before was a bare "Image caption," label: this one is the caption it labels. */
  let afterCaptionLabel = false;
  /**
   * After a list's lead ("The package includes:"), lines that end open (";", "; and", ",") or are short
   * and unpunctuated are its items, bullet markers or not. What the last line left open.
   */
  let unmarkedList: UnmarkedListState = "none";
  /** The text block the previous line belonged to, while no other line came in between. */
  const state: { openText: OpenText | null } = { openText: null };

  for (const line of readLines(body)) {
    const leading = line.text.length - line.text.trimStart().length;
    const trimmed = line.text.trim();
    const wrapping = state.openText;
    state.openText = null;
    if (trimmed === "") {
      if (!previousBlank) paragraph++;
      previousBlank = true;
      inAuthorBio = false;
      inFactBox = false;
      // Items ending open and a lead may stand apart; a short unpunctuated line before a gap may be a heading.
      if (unmarkedList === "bare") unmarkedList = "none";
      continue;
    }
    const listState = unmarkedList;
    unmarkedList = "none";
    const deckMayFollow = afterHeadline;
    afterHeadline = false;
    const postHeadlineMayFollow = afterTimestamp;
    afterTimestamp = false;
    const captioned = afterCaptionLabel;
    afterCaptionLabel = false;
    // "Image caption," / "Supporters gathered in the capital": a broadcaster's caption pasted under its label.
    if (captioned && trimmed.length <= MAX_CAPTION_CHARS) continue;
    // "Q: …" then "A: …" on the next line: each turn of a printed interview is a paragraph of its own.
    const interviewTurn = !previousBlank && sawContent && isInterviewLabel(trimmed);
    if (interviewTurn) paragraph++;
    const opensParagraph = previousBlank || interviewTurn;
    previousBlank = false;
    const start = line.start + leading;
    const end = line.start + line.text.trimEnd().length;

    // "## What the council decided", and an HTML page's "<h2>" read as one: a heading, never a claim.
    // The first, or one repeating the headline, is the headline; what it heads opens a paragraph.
    const headingMark = trimmed.charCodeAt(0) === HASH ? MARKDOWN_HEADING.exec(trimmed) : null;
    if (headingMark !== null) {
      const heading = trimmed.slice(headingMark[0].length);
      inLinkList = isLinkListHeading(heading);
      inFactBox = isFactBoxHeading(heading);
      inBoilerplate = sawContent && BOILERPLATE_HEADING.test(heading) && !ABOUT_THE_METHOD.test(heading);
      inAuthorBio = false;
      inSources ||= sawContent && opensSources(heading, body.length - end);
      const key = comparisonKey(heading);
      const repeatsHeadline = key !== "" && (key === titleKey || seenHeadings.has(key));
      seenHeadings.add(key);
      if (!sawContent || repeatsHeadline) {
        blocks.push({ start: start + headingMark[0].length, end, kind: "headline", paragraph });
        afterHeadline = !headlineFound;
        headlineFound = true;
      }
      sawContent = true;
      paragraph++;
      previousBlank = true;
      continue;
    }

    if (isLinkListHeading(trimmed)) {
      inLinkList = true;
      continue;
    }
    inLinkList &&= looksLikeLinkTitle(trimmed);
    if (inLinkList) continue;
    // "Marta Lind is Nordpress's defence correspondent. She has covered …": the byline's author, not news.
    inAuthorBio ||= sawContent && authors.some((author) => isAuthorBio(trimmed, author));
    if (inAuthorBio) continue;
    // "About Vossen" / "Forward-Looking Statements": a release's closing boilerplate, up to the next
    // heading of another kind. Not "About the Survey", which tells how a story's figures were found.
    if (
      sawContent &&
      trimmed.length <= MAX_BOILERPLATE_HEADING &&
      BOILERPLATE_HEADING.test(trimmed) &&
      !ABOUT_THE_METHOD.test(trimmed)
    ) {
      inBoilerplate = true;
      continue;
    }
    if (inBoilerplate && opensParagraph && isShortCapitalisedLine(trimmed, MAX_SECTION_HEADING_WORDS))
      inBoilerplate = false;
    if (inBoilerplate) continue;
    // "SOURCES:" / "Our Sources" near the end: the list of what a fact-check read, to the page's end.
    inSources ||= sawContent && opensSources(trimmed, body.length - end);
    if (inSources) continue;
    // "Sign up to Down to Earth" / "Free weekly newsletter" / its pitch / "Privacy Notice: …" / "after
    // newsletter promotion": a newsletter's box inside the story, when that closing line comes soon.
    if (inPromo) {
      if (trimmed.toLowerCase() === PROMO_END) inPromo = false;
      continue;
    }
    if (
      trimmed.length <= MAX_PROMO_OPENER &&
      PROMO_OPENER.test(trimmed) &&
      PROMO_CLOSING.test(body.slice(end, end + MAX_PROMO_CHARS))
    ) {
      inPromo = true;
      continue;
    }
    const noise =
      isNoiseLine(trimmed) ||
      isBulletedNotice(trimmed) ||
      (body.length - end <= PAGE_TAIL && WRITER_BEAT.test(trimmed));
    // "Velki is free 🇴🇲 pic.twitter.com/…" over "— Ivan Dorosh (@IvanDorosh) …": the embedded post's
    // text, right above its signature and ending in the post's link, goes with it.
    const lastBlock = blocks.at(-1);
    if (
      noise &&
      lastBlock?.kind === "text" &&
      lastBlock.start >= previousLineStart &&
      isPostSignature(trimmed) &&
      POST_LINK.test(body.slice(lastBlock.start, lastBlock.end))
    )
      blocks.pop();
    previousLineStart = line.start;
    if (noise && authors.length === 0) authors = bylineNames(trimmed);
    if (noise) {
      inFactBox = false;
      afterTimestamp = isTimestampLine(trimmed);
      afterCaptionLabel = CAPTION_LABEL.test(trimmed);
    }
    if (
      wrapping !== null &&
      !noise &&
      !inFactBox &&
      listState === "none" &&
      continuesWrappedLine(body, wrapping, trimmed, unwrapped)
    ) {
      wrapping.block.end = end;
      state.openText = { block: wrapping.block, lastLineLength: trimmed.length };
      continue;
    }
    const bullet = BULLET_MARKER.exec(line.text);
    if (bullet !== null && bullet[0].length < line.text.length && !noise) {
      // "Needs:" over "- An estimated 9,500 households require emergency shelter.": a sentence in a box
      // of facts is read as a paragraph of its own, its lists and speakers too.
      const ownSentence =
        inFactBox && ENDS_SENTENCE.test(trimmed) && trimmed.split(" ").length >= MIN_FACT_WORDS;
      if (ownSentence) paragraph++;
      blocks.push({
        start: line.start + bullet[0].length,
        end,
        kind: ownSentence ? "text" : "bullet",
        paragraph,
      });
      sawContent = true;
      continue;
    }
    if (noise) continue;

    // "Contents:" / "Item — quantity" / "Trucks — 40": the header row keeps the list open. A header row
    // with no lead ("Item | Quantity" under a paragraph naming a package) opens a table of its own,
    // whose rows are bullets: the paragraph before says what they list.
    if (trimmed.length <= MAX_TABLE_HEADER_CHARS && isLabelCountHeader(trimmed)) {
      tableRows ||= !inLabelList;
      inLabelList = true;
      continue;
    }
    if (inLabelList && isTableRule(trimmed)) continue;
    const cells = tableRowCells(trimmed);
    const listLine: boolean = inLabelList && isLabelCountLine(cells);
    inLabelList = listLine || trimmed.endsWith(":");
    tableRows &&= listLine;
    // "Total | 1,800": the sum of the rows above, no item of its own.
    if (listLine && TOTAL_ROW.test(cells)) continue;
    if (listLine) {
      const frame = trimmed.indexOf(cells);
      const rowStart = start + frame;
      blocks.push({
        start: rowStart,
        end: rowStart + cells.length,
        kind: tableRows ? "bullet" : "text",
        paragraph,
      });
      sawContent = true;
      continue;
    }
    // "This includes:" / "Air defence" / "- 6 launchers;": a category over the bullets of a list it
    // goes on with, no item and no text that would end the list.
    const inList = listState === "lead" || blocks.at(-1)?.kind === "bullet";
    if (inList && isCategoryLine(trimmed) && BULLET_MARKER.test(nextLineAfter(body, end))) continue;
    if (listState !== "none" && isUnmarkedItem(trimmed, listState)) {
      blocks.push({ start, end, kind: "bullet", paragraph });
      if (ENDS_OPEN.test(trimmed)) unmarkedList = "open";
      else if (!ENDS_CLOSED.test(trimmed) || BRACKETED_COUNT_END.test(trimmed)) unmarkedList = "bare";
      continue;
    }
    if (trimmed.endsWith(":")) unmarkedList = "lead";
    const standsAlone = STANDS_ALONE.test(body.slice(end, end + 40));
    if (!sawContent && isSectionLabel(trimmed, body, end)) continue;
    if (isFactBoxHeading(trimmed)) inFactBox = true;
    // "11:42 a.m." / "Power company restores electricity" / the post: the post's headline sums it up.
    // A blank line may stand between them, and the headline may be a quotation ("‘We lost everything’"),
    // perhaps under its speaker's label ('PM: "We will not leave anyone behind"').
    else if (
      postHeadlineMayFollow &&
      sawContent &&
      looksLikeSentenceCaseHeadline(withoutQuotationMarks(trimmed.replace(LABELLED_QUOTATION, ""))) &&
      (LINE_FOLLOWS.test(body.slice(end, end + 40)) || PARAGRAPH_FOLLOWS.test(body.slice(end, end + 80)))
    ) {
      blocks.push({ start, end, kind: "headline", paragraph });
      continue;
    }
    // "Air defence" over its section's first line, in sentence case: a heading, not a sentence.
    if (
      sawContent &&
      opensParagraph &&
      trimmed.length <= MAX_SECTION_HEADING_CHARS &&
      looksLikeSectionHeading(trimmed) &&
      LINE_FOLLOWS.test(body.slice(end, end + 40))
    )
      continue;
    // "What the police figures show", a blank line, then its section: a heading that opens with a
    // question word and asks nothing.
    if (
      sawContent &&
      opensParagraph &&
      trimmed.length <= MAX_SECTION_HEADING_CHARS &&
      WH_HEADING.test(trimmed) &&
      isShortCapitalisedLine(trimmed, MAX_WH_HEADING_WORDS) &&
      PARAGRAPH_FOLLOWS.test(body.slice(end, end + 80))
    )
      continue;
    // "What does the package contain?" alone over its answer: an explainer's question, a heading.
    if (
      sawContent &&
      opensParagraph &&
      trimmed.endsWith("?") &&
      QUESTION_HEADING.test(trimmed) &&
      PARAGRAPH_FOLLOWS.test(body.slice(end, end + 80))
    ) {
      blocks.push({ start, end, kind: "question", paragraph });
      continue;
    }
    // "Council passes $214 million budget …" over its byline, under a masthead and a menu that made no
    // text: the story's headline all the same.
    const leadsStory =
      textBlocks === 0 &&
      !inFactBox &&
      looksLikeSentenceCaseHeadline(trimmed) &&
      (opensStory(nextLineAfter(body, end)) || deckFollows(body, end) || deckThenByline(body, end));
    if (
      isHeadingLine(trimmed) ||
      leadsStory ||
      (!sawContent && standsAlone && looksLikeSentenceCaseHeadline(trimmed))
    ) {
      // The first title-cased line of a scraped page is its headline; later ones are section headings
      // unless they repeat the headline.
      const key = comparisonKey(trimmed);
      const repeatsHeadline = key !== "" && (key === titleKey || seenHeadings.has(key));
      seenHeadings.add(key);
      if (!sawContent || repeatsHeadline || leadsStory) {
        blocks.push({ start, end, kind: "headline", paragraph });
        afterHeadline = !headlineFound || leadsStory;
        headlineFound = true;
      }
      sawContent = true;
      continue;
    }
    // "Cabinet members vote to save £3.2m a year despite petition" between the headline and the byline:
    // its deck (standfirst), a summary like the headline, no claim of its own. (A release's highlights
    // under its headline run on to the text, and are claims.)
    if (
      deckMayFollow &&
      textBlocks === 0 &&
      isShortCapitalisedLine(trimmed, MAX_DECK_WORDS) &&
      (opensStory(nextLineAfter(body, end)) || bylineWithin(body, end))
    ) {
      blocks.push({ start, end, kind: "headline", paragraph });
      continue;
    }
    // "Pentagon unveils $425 million Ukraine package" twice (page title, then the article's heading):
    // the second copy is the headline again, whatever its case.
    const repeatedHeadline =
      seenHeadings.size > 0 && !ENDS_SENTENCE.test(trimmed) && seenHeadings.has(comparisonKey(trimmed));
    if (
      repeatedHeadline ||
      (titleKey !== "" && trimmed.length <= titleLength && comparisonKey(trimmed) === titleKey)
    ) {
      blocks.push({ start, end, kind: "headline", paragraph });
      continue;
    }

    // The dateline opens the first paragraphs of text, after any headline, deck or byline.
    // A newswire's ("BRENN, Norland, Nov. 20, 2026 /PRNewswire/ --") may come after a release's highlights.
    const skip =
      (textBlocks < 3 || (trimmed.includes("/") && WIRE_MARK.test(trimmed)) ? datelineLength(trimmed) : 0) ||
      (textBlocks === 0 ? colonDatelineLength(trimmed, body) : 0) ||
      sectionLabelLength(trimmed);
    textBlocks++;
    const block: Block = { start: start + skip, end, kind: "text", paragraph };
    blocks.push(block);
    state.openText = { block, lastLineLength: trimmed.length };
    sawContent = true;
  }
  return blocks;
}

/** "# ", "### ": a Markdown heading's mark, which the prose copy also gives an HTML heading. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(?=\S)/;
const HASH = 35;

/** How many words a bulleted line in a box of facts needs to be read as a sentence. */
const MIN_FACT_WORDS = 5;

/** A closing stop, which no headline has: most lines are ruled out before their key is built. */
const ENDS_SENTENCE = /[.!?]["”’]?$/;

/** "SOURCES:", "Our sources", "Sources and notes", "References": a heading over the list of sources. */
const SOURCES_HEADING =
  /^(?:our |the )?(?:sources?(?: (?:used|cited|consulted))?|sources? (?:and|&) (?:notes|methodology|further reading)|references|bibliography)\s*:?$/i;
const MAX_SOURCES_HEADING = 40;
/** How near the page's end such a heading stands: a fact-check's sources close it, however many. */
const SOURCES_TAIL = 4000;

/** Whether `line`, with `remaining` characters of the body after it, heads the closing list of sources. */
function opensSources(line: string, remaining: number): boolean {
  return line.length <= MAX_SOURCES_HEADING && remaining <= SOURCES_TAIL && SOURCES_HEADING.test(line);
}

/** "Sign up to Down to Earth", "Sign up for our daily briefing": a newsletter box's first line. */
const PROMO_OPENER = /^sign up (?:to|for)\b[^.!?]*$/i;
const MAX_PROMO_OPENER = 80;
/** The line a pasted newsletter box ends with, and how far below its first line it may come. */
const PROMO_END = "after newsletter promotion";
const PROMO_CLOSING = new RegExp(`^\\s*${PROMO_END}\\s*$`, "im");
const MAX_PROMO_CHARS = 1200;

/** "/PRNewswire/ --": the newswire a release's dateline names. */
const WIRE_MARK = /\/[\p{L} -]{2,30}\/\s*[—–-]/u;

/** "About Vossen", "About the Ministry", "Forward-Looking Statements", "Safe Harbor Statement": boilerplate ahead. */
const BOILERPLATE_HEADING =
  /^(?:About (?:the )?\p{Lu}[\p{L}'’.&-]*(?: (?:of |for |and )?\p{Lu}[\p{L}'’.&-]*){0,4}|Forward[- ]Looking Statements?|Safe Harbou?r(?: Statement)?|Cautionary (?:Note|Statement)(?: Regarding Forward[- ]Looking Statements)?|Disclaimer)$/u;
const MAX_BOILERPLATE_HEADING = 80;
/** "About the Survey", "About This Data": how a story's figures were found, which may hold claims. */
const ABOUT_THE_METHOD =
  /^About (?:the |this |these |our )?(?:Survey|Poll|Data|Study|Research|Report|Figures|Methodology|Series|Project|Story|Investigation|Analysis|Numbers)s?$/i;

/** The link an embedded post's text ends with: "pic.twitter.com/a1b2", "https://t.co/x9". */
const POST_LINK = /(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S+\s*$/;

/** "Image caption," alone on its line: a broadcaster's label, its caption on the next line. */
const CAPTION_LABEL = /^(?:image|media|video|photo) caption\s*,?$/i;
const MAX_CAPTION_CHARS = 300;

/** "‘I've never seen anything like it’" → "I've never seen anything like it": a quoted headline's words. */
function withoutQuotationMarks(line: string): string {
  const quoted = /^["“‘']([^"“”‘’]*)["”’']$/.exec(line);
  return quoted?.[1] ?? line;
}

/** Marks a page sets before its correction or update notice: "• This article was amended on …". */
const NOTICE_MARKER = /^[•*▪]\s+/;

/** "• This article was amended on 2 May. An earlier version said …": the notice, the whole line of it. */
function isBulletedNotice(line: string): boolean {
  const marker = NOTICE_MARKER.exec(line);
  return marker !== null && isPagePrompt(line.slice(marker[0].length));
}

/**
 * "Defence Ministry details $275 million drawdown for Ostmark": a short first line with no closing
 * punctuation, standing alone before a blank line.
 */
function looksLikeSentenceCaseHeadline(line: string): boolean {
  return isShortCapitalisedLine(line, MAX_HEADLINE_WORDS);
}

/** A capital first, no closing punctuation, at most `maxWords` words: the shape of a heading. */
function isShortCapitalisedLine(line: string, maxWords: number): boolean {
  return STARTS_UPPER_CASE.test(line) && !/[.!?:;,"”’)]$/.test(line) && line.split(/\s+/).length <= maxWords;
}

const MAX_HEADLINE_WORDS = 16;
const MAX_CATEGORY_WORDS = 4;
/** "What's in the package", "The following items": a lead of a list of its own, no category. */
const LEAD_OPENING = /^(?:what|which|who|how|here|the|these|this|our|key|main|other|also|more)\b|['’]/i;

/** "Air defence", "Armoured vehicles": a few capitalised words naming a kind of item. */
function isCategoryLine(line: string): boolean {
  return isShortCapitalisedLine(line, MAX_CATEGORY_WORDS) && !LEAD_OPENING.test(line);
}
const MAX_SECTION_LABEL_WORDS = 2;
const MAX_KICKER_WORDS = 4;
const NEXT_LINE_REACH = 300;

/** 'PM: "', 'Opposition leader: “': a speaker's label before a quotation. */
const LABELLED_QUOTATION = /^\p{Lu}[\p{L}'’. -]{0,30}:\s+(?=["“‘])/u;

/** A byline, a timestamp or a dateline ("OSTRA — The ministry …"): what comes right under a headline. */
function opensStory(line: string): boolean {
  return isNoiseLine(line) || datelineLength(line) > 0;
}

/**
 * "Corvane profit jumps 22% on cloud demand" over "Shares rose 6% in after-hours trading" and a blank
 * line: the headline's deck (standfirst) on the very next line, unpunctuated too, so the two are no
 * one sentence wrapped over two lines.
 */
function deckFollows(body: string, end: number): boolean {
  const next = LINE_FOLLOWS.exec(body.slice(end, end + NEXT_LINE_REACH));
  if (next === null) return false;
  const deckStart = end + next[0].length - 1;
  const lineEnd = body.slice(deckStart).search(/\r?\n|\r|$/);
  const deck = body.slice(deckStart, deckStart + lineEnd).trim();
  return isShortCapitalisedLine(deck, MAX_DECK_WORDS) && STANDS_ALONE.test(body.slice(deckStart + lineEnd));
}
const MAX_DECK_WORDS = 30;

/**
 * "The fourth global bleaching event …", a blank line, then "By Ana Roe": a deck over the byline. The
 * byline or timestamp may come up to three lines under it ("Express News Service | Mumbai |" over
 * "Published: …"), or a bare name may come right under it ("Kendra Marchetti").
 */
function deckThenByline(body: string, end: number): boolean {
  const [deck, ...after] = body
    .slice(end, end + 2 * NEXT_LINE_REACH)
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return (
    deck !== undefined &&
    isShortCapitalisedLine(deck, MAX_DECK_WORDS) &&
    (opensStory(after[0] ?? "") || bylineAmong(after))
  );
}
/** How many lines under a deck its byline or timestamp may be. */
const BYLINE_REACH = 3;

/**
 * Whether one of the next `BYLINE_REACH` lines with text after `end` is a byline or a timestamp. Not a
 * dateline: a release's highlights run on to the text it opens.
 */
function bylineWithin(body: string, end: number): boolean {
  return bylineAmong(
    body
      .slice(end, end + 2 * NEXT_LINE_REACH)
      .split(/\r?\n|\r/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );
}

/**
 * "By Ana Roe" or "Published 8:45 p.m." among the first `BYLINE_REACH` lines, or a bare name
 * ("Kendra Marchetti") as the first: what a page puts under a story's deck.
 */
function bylineAmong(lines: string[]): boolean {
  return (
    BARE_NAME.test(lines[0] ?? "") ||
    lines.slice(0, BYLINE_REACH).some((line) => isNoiseLine(line) && datelineLength(line) === 0)
  );
}
const BARE_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u;

/** The next line with text after `end` (trimmed), or "" when none comes soon. */
function nextLineAfter(body: string, end: number): string {
  for (const line of body.slice(end, end + NEXT_LINE_REACH).split(/\r?\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed;
  }
  return "";
}

/**
 * "World", "Middle East": a pasted page's section name above its headline. It is no headline (and
 * no sentence) itself, so the line under it still can be.
 */
function isSectionLabel(line: string, body: string, end: number): boolean {
  // "CARDIFF CROWN COURT": a kicker in capitals may run to a few words more.
  const words = line.split(" ").length;
  return (
    (words <= MAX_SECTION_LABEL_WORDS || (words <= MAX_KICKER_WORDS && !/\p{Ll}/u.test(line))) &&
    isHeadingLine(line) &&
    isShortCapitalisedLine(nextLineAfter(body, end), MAX_HEADLINE_WORDS)
  );
}
const MAX_SECTION_HEADING_WORDS = 4;
const MAX_WH_HEADING_WORDS = 7;
const MAX_SECTION_HEADING_CHARS = 48;
/**
 * The next line opens a sentence with a capital: a heading sits right above its section, while the
 * short first line of hard-wrapped text runs on ("Bus fares rose" / "8 percent in May, …").
 */
/** "Who will pay for it?": a short question without quotation marks, as an explainer's section opens. */
const QUESTION_HEADING =
  /^(?:What|Who|When|Where|Why|How|Which|Is|Are|Will|Can|Does|Do|Did|Should|Could|Would)\s[^"“”‘’]{3,80}\?$/;
/** A blank line, then a paragraph. */
/** One line break. Never a lone "\r" taken from "\r\n", which would read one break as two. */
const LINE_BREAK = String.raw`(?:\r\n|\n|\r(?!\n))`;
/** A blank line or the end of the body right after the line: it stands alone. */
const STANDS_ALONE = new RegExp(String.raw`^[ \t]*${LINE_BREAK}[ \t]*(?:${LINE_BREAK}|$)`);
const PARAGRAPH_FOLLOWS = new RegExp(String.raw`^[ \t]*${LINE_BREAK}[ \t]*${LINE_BREAK}\s*\S`);
const LINE_FOLLOWS = new RegExp(String.raw`^[ \t]*${LINE_BREAK}[ \t]*["“‘]?\p{Lu}`, "u");

/** "What the survey shows", "How we checked": a heading that opens with a question word. */
const WH_HEADING = /^(?:What|How|Why|Where|When|Who)\s/;

/** "Air defence", "What happens next": a few words, a capital first, no closing punctuation. */
function looksLikeSectionHeading(line: string): boolean {
  return isShortCapitalisedLine(line, MAX_SECTION_HEADING_WORDS);
}

/**
 * A linked headline: short, with no closing punctuation but a question mark ("Who is Ivan Petrov?");
 * running text after the links ends the list.
 */
function looksLikeLinkTitle(line: string): boolean {
  return !/[.!:;"”’)]$/.test(line) && line.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}

/** What an author's closing bio says of them: "is a reporter", "covers", "has covered", "writes about". */
const BIO_VERB =
  /^\s(?:is|was|covers|covered|has\s+(?:covered|reported|written|been)|reports|writes|joined)\s/;

/** What a bio says after the author's surname alone, which news could name too: no bare "is" or "was". */
const BIO_VERB_AFTER_SURNAME =
  /^\s(?:covers|covered|has\s+(?:covered|reported|written)|reports\s+on|writes\s+(?:about|on)|joined|is\s+an?\s+(?:[\p{L}'’-]+\s+){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist))\s/u;

/**
 * The byline's author as a bio's subject: "Marta Lind is …", "Marta Lind covers …", and under a
 * capitals byline ("By MARTA LIND") "Lind covers politics …".
 */
function isAuthorBio(line: string, author: string): boolean {
  if (line.startsWith(author)) return BIO_VERB.test(line.slice(author.length, author.length + 20));
  const surname = author.slice(author.lastIndexOf(" ") + 1);
  // Most lines differ in their first letter, whatever its case: no copy is made for them.
  if ((line.charCodeAt(0) | 32) !== (surname.charCodeAt(0) | 32)) return false;
  if (line.slice(0, surname.length).toLowerCase() !== surname.toLowerCase()) return false;
  return BIO_VERB_AFTER_SURNAME.test(line.slice(surname.length, surname.length + 80));
}

interface OpenText {
  block: Block;
  lastLineLength: number;
}

/** An item line that the list goes on after: "Two launch systems;", "300 missiles; and". */
const ENDS_OPEN = /(?:[;,]|[;,]?\s(?:and|or))$/;
const ENDS_CLOSED = /[.!?:"”’)]$/;
/** "Fatigue (61%)": words, then a bracketed count closing the line (no other figure before it). */
const BRACKETED_COUNT_END = /^[^\d()]+\(\s*(?:about\s+)?[\d.,]+\s*(?:%|per cent|\p{L}{1,8})?\s*\)$/u;
const MAX_UNMARKED_ITEM_WORDS = 30;
const MAX_BARE_ITEM_WORDS = 12;

/** After a list's lead, after an item ending open ("300 missiles; and"), after a short bare item. */
type UnmarkedListState = "none" | "lead" | "open" | "bare";

/**
 * A list item without a bullet marker: it ends open, or it is short and unpunctuated, or it closes
 * a list left open by the item before with a full stop ("Spare parts for older radars.").
 */
function isUnmarkedItem(line: string, list: Exclude<UnmarkedListState, "none">): boolean {
  const words = line.split(/\s+/).length;
  if (words > MAX_UNMARKED_ITEM_WORDS) return false;
  if (ENDS_OPEN.test(line)) return true;
  // "Fatigue (61%)", "Coastal radar systems (5 sets)": a closing bracket with a count closes no sentence.
  // After a lead or a bare item, a lower-case line is an item however long: no paragraph opens in
  // lower case ("£20 million of spare parts for armoured vehicles previously gifted by the UK").
  if (!ENDS_CLOSED.test(line) || BRACKETED_COUNT_END.test(line))
    return words <= MAX_BARE_ITEM_WORDS || (list !== "open" && startsLikeItem(line));
  return list === "open" && line.endsWith(".");
}

/** A lower-case word, or a sum or count in lower-case words ("£20 million of spare parts"), opens the line. */
function startsLikeItem(line: string): boolean {
  return STARTS_LOWER_CASE.test(line) || LOWER_CASE_AFTER_FIGURE.test(line);
}
const LOWER_CASE_AFTER_FIGURE = /^\S*\d\S*\s+\p{Ll}/u;

const TOTAL_ROW = /^(?:total|sum|overall|grand total|in total|all items)\b/i;

/** "| Equipment | Quantity |" is about as long as a table's header row over counts gets. */
const MAX_TABLE_HEADER_CHARS = 40;

/** Lines this long are running text; a shorter line without punctuation may be a heading. */
const WRAPPED_LINE_MIN = 60;

/**
 * Hard-wrapped text: the previous line stops mid-sentence, and this one continues in lower case or
 * follows a full-width line ("... said John" / "Smith on Monday.").
 */
function continuesWrappedLine(body: string, previous: OpenText, text: string, unwrapped: boolean): boolean {
  if (/[.!?:;"”’)\]]/.test(body.charAt(previous.block.end - 1))) return false;
  // "OSTRA — The ministry …" opens a story under its unpunctuated headline.
  if (datelineLength(text) > 0) return false;
  if (STARTS_LOWER_CASE.test(text)) return true;
  // A page pasted a paragraph to a line: a capitalised line under an unpunctuated one is a new one
  // (a headline's deck, a byline), never the rest of its sentence.
  if (unwrapped) return false;
  return previous.lastLineLength >= WRAPPED_LINE_MIN && !BULLET_MARKER.test(text) && !isHeadingLine(text);
}

/** How near its end a page keeps its writers' bios. */
const PAGE_TAIL = 600;

/** A line longer than any hard-wrapped text has: the body was pasted a paragraph to a line. */
const UNWRAPPED_LINE_LENGTH = 160;

/**
 * Whether some line is `UNWRAPPED_LINE_LENGTH` long or longer. Found by the line breaks, not by a
 * regular expression, which would read up to that many characters again from every position.
 */
function hasUnwrappedLine(body: string): boolean {
  for (let start = 0; ; ) {
    const lineBreak = body.indexOf("\n", start);
    const end = lineBreak < 0 ? body.length : lineBreak;
    if (end - start >= UNWRAPPED_LINE_LENGTH) return true;
    if (lineBreak < 0) return false;
    start = lineBreak + 1;
  }
}
/**
 * An unpunctuated line end, then a line opening with a lower-case word: a sentence wrapped over two
 * lines (not an email address or a handle on a line of its own).
 */
const WRAPPED_LOWER_CASE = /[\p{L}\d,][ \t]*(?:\r\n|\n|\r)[ \t]*\p{Ll}[\p{Ll}'’-]*[ ,;]/u;

/** Whether the body holds a paragraph per line and no sentence wrapped over lines. */
function isUnwrapped(body: string): boolean {
  return hasUnwrappedLine(body) && !WRAPPED_LOWER_CASE.test(body);
}

/** "Q: …", "A. …": a printed interview's question or answer label opening a line. */
function isInterviewLabel(line: string): boolean {
  const first = line.charCodeAt(0);
  return (first === 81 || first === 65) && INTERVIEW_LABEL.test(line);
}
