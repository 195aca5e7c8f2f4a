import { EXTRA_CELL, isSpaceCode, LowerCaseWords } from "../util/text";

/**
 * Line-level recognisers for scraped page furniture that never carries a claim:
 * timestamps, bylines, photo captions and credits, media-player residue, headings.
 */

const MONTH =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const WEEKDAY =
  "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday";
const STAMP_WORD = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|updated|updates?|live|published|originally|posted|modified|first|last|at|on|and|\\||a\\.?m|p\\.?m|et|edt|est|ct|cdt|cst|pt|pdt|pst|mt|gmt|utc|bst|cet|cest|ist|jst|aest|today|yesterday|ago|min|mins|minute|minutes|hour|hours|hr|hrs|read|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:am|pm)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{4}-\\d{2}-\\d{2}t[\\d:.z+-]*)$`,
  "i",
);

const MAX_TIMESTAMP_CHARS = 90;
const MAX_TIMESTAMP_WORDS = 18;

/** "10/27/2023", "Updated:", "Oct. 5, 2024 3:15 p.m. ET", "Published 2 hours ago". */
export function isTimestampLine(text: string): boolean {
  if (text.length > MAX_TIMESTAMP_CHARS) return false;
  // Most short lines are headings or sentences: reject them on their first word, before splitting.
  const first = firstStampCandidate(text);
  if (first !== null && !STAMP_WORD.test(first)) return false;
  // Word by word, read in place: a line opening "On Monday" or "At least" fails on its second word.
  const stamp = unglueStamp(text);
  let words = 0;
  let start = 0;
  while (start < stamp.length) {
    while (start < stamp.length && separatesStampWords(stamp.charCodeAt(start))) start++;
    let end = start;
    while (end < stamp.length && !separatesStampWords(stamp.charCodeAt(end))) end++;
    if (end === start) break;
    const word = withoutStampBrackets(stamp.slice(start, end).toLowerCase());
    start = end;
    if (word === "" || word === "-") continue;
    words++;
    if (words > MAX_TIMESTAMP_WORDS || !STAMP_WORD.test(word)) return false;
  }
  return words > 0;
}

/**
 * A wire page pasted from the browser glues its date, time and update note together: "November 24,
 * 20263:41 PM GMTUpdated 2 hours ago" is "November 24, 2026 3:41 PM GMT Updated 2 hours ago".
 */
function unglueStamp(text: string): string {
  return text.includes("Updated") || text.includes("Published")
    ? text.replace(GLUED_YEAR_AND_TIME, "$1 $2").replace(GLUED_UPDATE_NOTE, "$1 $2")
    : text;
}
const GLUED_YEAR_AND_TIME = /\b(\d{4})(\d{1,2}:\d{2})/g;
const GLUED_UPDATE_NOTE = /([A-Za-z])((?:Updated|Published)\b)/g;

const STAMP_SEPARATORS = ",:·•–—";

/**
 * The first word `isTimestampLine` would test, or null when it is not simply the first piece
 * (a bare "(" or "-" that the word-by-word test skips).
 */
function firstStampCandidate(text: string): string | null {
  let start = 0;
  while (start < text.length && separatesStampWords(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !separatesStampWords(text.charCodeAt(end))) end++;
  const word = withoutStampBrackets(text.slice(start, end).toLowerCase());
  return word === "" || word === "-" ? null : word;
}

function separatesStampWords(code: number): boolean {
  return isSpaceCode(code) || STAMP_SEPARATOR_CODES.includes(code);
}

const STAMP_SEPARATOR_CODES = Array.from(STAMP_SEPARATORS, (ch) => ch.charCodeAt(0));
const OPENING_BRACKETS = "([";
const CLOSING_MARKS = ")].";

/** `word.replace(/^[([]+|[)\].]+$/g, "")` without a regex: the two sets share no character. */
function withoutStampBrackets(word: string): string {
  let start = 0;
  while (start < word.length && OPENING_BRACKETS.includes(word.charAt(start))) start++;
  let end = word.length;
  while (end > start && CLOSING_MARKS.includes(word.charAt(end - 1))) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

const PLAYER_LINE =
  /^(?:\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?|listen(?: to (?:this|the) (?:article|story))?(?: \d+ min(?:utes?)?)?|play|pause|audio|video|watch|share|share this(?: article| story| page| post)?|share via|advertisement|ad|sponsored|skip advertisement|read more|see more|show more|loading\.*|comments?|print|e-?mail|copy|copied|copy link|link copied|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky|flipboard|messenger|tweet|menu|search|log ?in|sign in|home|save|subscribe|sign up|download|close|more|back to top|\d+ min(?:ute)?s? read|\d+ comments?|share on \p{L}+|story continues(?: below)?(?: advertisement)?|continue reading|article continues below|scroll to continue|open in app|view comments|gift (?:this )?article|supported by|send any friend a story|comment on this story|reuse this content|purchase licensing rights(?:, opens new tab)?)[.:!]?$/iu;

/** "0:00", "Listen to this article", "Advertisement", "5 min read", "Facebook", "Link Copied!". */
function isPlayerOrWidgetLine(text: string): boolean {
  return PLAYER_LINE.test(text.trim());
}

/**
 * Page prompts and notices, as a whole line or as a sentence: "Sign up for our newsletter",
 * "Copyright 2025 Wire.", "Editor's note: …", "This story has been updated.", "Related: …".
 */
const PAGE_PROMPT =
  /^(?:read more|click here|sign up|subscribe|follow us|follow (?:him|her|them) on|all rights reserved|copyright (?:©|\(c\)|\d)|©|related:|related (?:video|videos|coverage|stories|story|articles|article|reading|content|links?|topics?):|see also|editor['’]?s['’]? note|contact (?:the )?(?:author|reporter)|share (?:this|on)|follow (?:@|\S+ (?:\S+ )?on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin))|get (?:the|our) (?:latest|app|(?:[\p{L}'’-]+\s+){0,4}newsletter)|newsletter:|never miss a (?:story|thing|beat|update)|did you (?:find|enjoy|like) this|we use cookies|(?:we and our partners|this (?:site|website)) uses? cookies|by continuing to (?:use|browse|visit)\b|accept\s*\||manage (?:settings|cookies|preferences)|live:|player ratings\b|don['’]t miss\b|how to (?:get help|apply|donate|help|contact)\b|take our (?:quiz|survey|poll)|tell us\b|let us know\b|contact our (?:reporters?|newsroom|team|journalists)|have your say|share your (?:memories|thoughts|views|story|stories|experiences?|tributes)|email (?:the|our) [^.]{2,60}[.]?$|reach (?:him|her|them|me|us) at|this (?:article|story|piece) is part of|if you (?:have been|are|were) affected by|support is available|(?:apply|register|donate)\s(?:online\s)?(?:at|on|via)\s+\S+\.(?:gov|org|com|net)\b|our (?:reporter|correspondent)s? (?:\p{Lu}\S*\s+){1,3}(?:has|have|is|are) been|download (?:the|our) app|click to|tap to|watch:|listen:|read:|more:|also read|skip to (?:main )?content|skip navigation|register\b.{0,60}\b(?:newsletters?|updates|alerts|inbox)|by (?:subscribing|signing up|registering|clicking)|you (?:can|may) unsubscribe|thank you for (?:subscribing|signing up)|(?:correction|clarification)s?\s*:|this (?:story|article|report|post|piece) (?:has been|was|is being|will be) (?:updated|corrected|amended|originally published|first published)|this is a (?:developing|breaking)(?: news)? story|this (?:interview|conversation|transcript|q&a) (?:has been|was) (?:lightly )?(?:edited|condensed)|an earlier version of this (?:story|article|report)|a version of this (?:article|story) (?:originally |first )?appear(?:s|ed)?|this (?:story|article|report|post|piece|column|essay|interview) (?:originally|first) (?:appeared|ran)\b|this (?:story|article|report|post|piece|column|essay) (?:is|was|has been) republished\b|originally (?:published|appeared) (?:on|in|by|at)\b|as a subscriber|our standards:|follow (?:\S+ ){1,4}(?:coverage|updates)\b|note from the (?:author|editor)|please consider (?:supporting|donating|subscribing|becoming)|support (?:us|our (?:work|journalism|newsroom|reporting)|independent journalism)|become a (?:member|subscriber|supporter|patron)|donate|thanks? (?:you )?for reading|hi, (?:this is|i['’]?m)|have a (?:news )?tip|got a (?:news )?tip|email us|contact us|go deeper:|for more information|welcome (?:back )?to (?:\p{Lu}\S*\s*){1,4}[.!]?$|anyone with (?:any )?information|contact (?:\p{Lu}[\p{L}'’-]*\s+){1,3}at\s+\S+@\S+|listen to this (?:article|story)|scroll to continue|show key events|sign in (?:or|to)\b|is this page useful|for (?:media|press) (?:enquiries|inquiries)|general (?:public )?(?:inquiries|enquiries)\s*:|watch (?:the )?(?:highlights|full|video|live)\b|more from [^:]{2,40}:|for further information,? (?:please )?contact|for interviews,? (?:please )?contact|photo caption:|tags:|report a problem\b|comments are (?:closed|open)\b|read next:|posted by .{2,60}\d+\s?min(?:ute)?s? read|how to help:|(?:high-resolution )?photographs? (?:from|of) .{2,60} (?:are|is) available on request|follow (?:the |our )?\S+(?: \S+){0,3} on (?:social media|twitter|x|facebook|instagram|linkedin|bluesky))(?!\p{L})/iu;
/** The rights line's second sentence: "This material may not be published, broadcast, rewritten …". */
const MAY_NOT_BE_BROADCAST = /\bmay not be (?:published|reproduced), broadcast\b/i;

/** "The Wire receives support from several private foundations.": a funder's note. */
const FUNDER_NOTE = /^(?:\S+ ){1,3}receives (?:financial )?support from (?:several )?private foundations\b/i;

/**
 * The first words PAGE_PROMPT can match, lower-cased and without closing marks ("Related:" →
 * "related"): most sentences are ruled out on their first word, before the long pattern runs.
 */
const PAGE_PROMPT_OPENERS = new LowerCaseWords(
  "originally read click sign subscribe follow all copyright related see editor's editor’s editors editors’ contact share get download tap watch listen more also skip register by you thank correction corrections clarification clarifications this an a as our note please support become donate thanks hi have got email go for anyone welcome scroll show is tags photo photograph photographs report newsletter never did we accept manage live player don't don’t how apply take tell let reach if high-resolution comments posted general".split(
    " ",
  ),
);

function mayBePagePrompt(text: string): boolean {
  if (text.startsWith("©")) return true;
  return PAGE_PROMPT_OPENERS.has(text, 0, firstWordEnd(text));
}

/** ASCII letters and digits, and every non-ASCII character ("ü" is a letter; only ASCII marks are stripped). */
function isLetterOrDigitCode(code: number): boolean {
  return (
    code > 127 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  );
}

/** "The views …", "Opinions …", "Views …": VIEWS_DISCLAIMER's openings, looked at before it runs. */
function mayBeViewsDisclaimer(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  // "t", "v", "o" (any case), then the word itself.
  return (first === 116 || first === 118 || first === 111) && /^(?:the )?(?:views|opinions) /i.test(text);
}

/** Words of a notice that may stand anywhere in its line; one scan for all three is cheaper than three. */
const NOTICE_WORDS = /ll rights reserved|, broadcast| private foundations/;
/**
 * Notes that are a sentence of their own: "The interview has been edited for length and clarity.",
 * "The council has been approached for comment.", "… does not constitute investment advice.",
 * "Full tables are available on its website."
 */
const EDITORIAL_NOTE =
  /^[^.!?]{0,120}(?: edited for (?:length|clarity)| approached for comment| not constitute (?:investment|financial|legal|tax) advice|ull (?:data )?tables are available)[^.!?]{0,80}[.!]?$/;

/** Words one of EDITORIAL_NOTE's notes holds: plain searches rule out most lines before the pattern runs. */
function mayBeEditorialNote(text: string): boolean {
  return (
    text.length <= MAX_EDITORIAL_NOTE &&
    text.charCodeAt(text.length - 1) === FULL_STOP &&
    (text.includes(" edited for ") ||
      text.includes(" for comment") ||
      text.includes(" constitute ") ||
      text.includes("tables are available"))
  );
}
const MAX_EDITORIAL_NOTE = 140;
const FULL_STOP = 46;

/**
 * A site's or a release's notices, line or sentence, opening with one of SITE_NOTICE_OPENERS: "With files
 * from The Canadian Press", "Signed:", "Download the WKRV News app …", "Yes this page is useful", "£60
 * could pay for a day's medicine", "This report is produced by …", "The next report will be issued …",
 * "Read our editorial policy.", "Get the day's top stories in your inbox.", "This article was produced
 * with support from the … Foundation."
 */
const SITE_NOTICE =
  /^(?:with (?:files|reporting) from\b|signed\s*:|download the (?:[\p{L}'’-]+\s+){1,3}app\b|get the (?:[\p{L}'’-]+\s+){1,3}app\b|catch (?:all )?the latest\b|(?:yes|no),? this page is (?:not )?useful|thank you for your feedback|refresh (?:for|to see) (?:the )?latest|a copy of .{2,80} is available (?:at|on|from)\b|read our .{1,40} here\b|read our (?:[\p{L}'’-]+\s+){0,2}(?:policy|policies|standards|guidelines|principles|terms|code of (?:conduct|practice))[.!]?$|get (?:the |our )?[^.]{0,40}\b(?:in|to) your inbox\b|this (?:article|story|report|series|coverage|project|reporting|journalism) (?:was|is|has been) (?:produced|made possible|funded|supported) (?:with (?:the )?(?:support|funding|help) (?:of|from)|by (?:a )?(?:grant|grants|support|funding) from|in (?:partnership|collaboration|association) with)\b|support \S+(?: \S+){0,2}['’]s? journalism|(?:a gift of |just |only )?[£$€]\d[\d,.]*\s+(?:could|can|will|would)\s+(?:pay for|provide|buy|help|fund|cover|give)\b|this (?:report|update|situation report) is (?:produced|prepared|issued) by\b|it covers the period\b|the next (?:report|update|situation report|sitrep) will be (?:issued|published)\b|(?:pti|ians|ani)(?: [a-z]{2,4}){2,}$|(?:a|an|the) (?:criminal )?(?:complaint|indictment|charge)s? (?:is|are) (?:merely )?(?:an |only )?(?:accusations?|allegations?)(?:\.|$))/iu;
/** The first words SITE_NOTICE can match, lower-cased: most lines are ruled out on their first word. */
const SITE_NOTICE_OPENERS = new LowerCaseWords(
  "with signed download get catch yes no thank refresh a an the read support just only this it pti ians ani".split(
    " ",
  ),
);
/** Notices anywhere in their sentence: "…, registered charity number 1099812", "… presumed innocent until proven guilty". */
const NOTICE_ANYWHERE =
  /\bregistered charity (?:number|no\.?|in)\b|\bpresumed innocent until (?:and unless )?proven guilty\b|\bavailable for (?:download|interviews?)\b|\bjournalism (?:co-)?funded by\b/i;

function isSiteNotice(text: string): boolean {
  const first = text.charCodeAt(0);
  // "£60 could pay for …": a sum opens a donation ask.
  const sum = first === 163 || first === 36 || first === 8364;
  if (sum || SITE_NOTICE_OPENERS.has(text, 0, firstWordEnd(text))) {
    if (SITE_NOTICE.test(text)) return true;
  }
  return (
    (text.includes("charity") ||
      text.includes("innocent") ||
      text.includes("available for") ||
      text.includes("funded by")) &&
    NOTICE_ANYWHERE.test(text)
  );
}

/** Where the first word ends, without its closing marks ("Signed:" → 6). */
function firstWordEnd(text: string): number {
  const space = text.indexOf(" ");
  let end = space < 0 ? text.length : space;
  while (end > 0 && !isLetterOrDigitCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * "The views expressed in this article are the author's own", "Opinions expressed are solely those of
 * the writer", "Views are personal": an opinion page's disclaimer.
 */
const VIEWS_DISCLAIMER =
  /^(?:the )?(?:views|opinions)(?: (?:and|or) (?:views|opinions))?(?: expressed)?(?: (?:here|above|below|in (?:this|the) (?:article|column|piece|commentary|op-ed|post|blog)))?(?: by (?:the )?(?:authors?|writers?|contributors?|columnists?|guests?))?(?: (?:are|is) (?:solely |entirely |strictly )?(?:personal|(?:the |those of the )?(?:authors?|writers?|contributors?|columnists?)['’]?s?\b)| do not (?:necessarily )?(?:reflect|represent)\b)/i;

export function isPagePrompt(text: string): boolean {
  if (mayBePagePrompt(text) && PAGE_PROMPT.test(text)) return true;
  if (mayBeViewsDisclaimer(text) && VIEWS_DISCLAIMER.test(text)) return true;
  if (isSiteNotice(text)) return true;
  if (mayBeEditorialNote(text) && EDITORIAL_NOTE.test(text)) return true;
  if (!NOTICE_WORDS.test(text)) return false;
  return (
    text.includes("ll rights reserved") ||
    (text.includes(", broadcast") && MAY_NOT_BE_BROADCAST.test(text)) ||
    (text.includes(" private foundations") && FUNDER_NOTE.test(text))
  );
}

/** "Wire writers Ana Roe in Ostra and Piet Kuyt contributed to this report.", "Jon Ek contributed reporting." */
const CONTRIBUTED_TO_REPORT = /\bcontributed (?:reporting\b[^.]{0,80}|to this (?:report|story|article))\.?$/i;
const CONTRIBUTING_WRITERS =
  /\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b[^.]{0,120}\bcontributed\.?$/i;
const MAX_CONTRIBUTOR_LINE = 300;

/** "Jordan Pike can be reached at jpike@example.com.": how to reach the writer. */
const REACHED_AT = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}can be reached at\s+\S+@/u;

/** "Write to Ana Roe at ana.roe@…": how to reach the writers, closing a business paper's story. */
const WRITE_TO = /^Write to (?:\p{Lu}[\p{L}'’-]*\s+){1,3}at\s+\S+@/u;
/** "Appeared in the January 28, 2025, print edition as '…'", "A version of this article appears in print on …". */
const IN_PRINT =
  /^(?:Appeared in the .{0,40}print edition\b|A version of this (?:article|story) appear(?:s|ed) in print\b)/i;
/**
 * "Nadia Faraji is a senior reporter covering semiconductors.", "Kendra Marchetti is the Tribune's
 * city hall reporter.": the writer's bio, one sentence, no figure.
 */
const AUTHOR_BIO =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+\s+is (?:a|an|the)\s+(?:[^.\d]{0,40}\s)?(?:reporter|correspondent|editor|writer|columnist|journalist)\b[^\d]{0,100}\.$/u;
/**
 * "Jenna Okwuosa covers state government.", "Ellwood covers labor … for the Wire Service.": a writer's
 * beat, a bio only where a page ends (a policy "covers" things too).
 */
export const WRITER_BEAT =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+\s+(?:covers|writes about|reports on)\s[^\d]{3,100}\.$/u;
/** How long a writer's bio line may be. */
const MAX_AUTHOR_BIO = 160;

/**
 * "Update, February 6th, 6:05PM PT: Added comment from …", "First uploaded on: 18-06-2024", "You must
 * be logged in to join the discussion", "Duration: 2 minutes 14 seconds", "4h ago Budget speech
 * begins" (a live blog's key events): page notes with nothing to check. Anchored, so a line fails on
 * its first characters.
 */
const PAGE_NOTE =
  /^(?:update[sd]?\b.{0,50}?:\s*(?:added|adds|updated|this (?:story|article)|corrected|clarified|new)\b|first (?:uploaded|published|posted) on\b|you must be (?:logged|signed) in\b|join the (?:conversation|discussion)\b|duration:\s*\d|please (?:turn on|enable) javascript\b|\d{1,2}\s?(?:m|min|mins|h|hr|hrs|hours?|minutes?)\s+ago\b)/i;
const MAX_PAGE_NOTE = 160;

function isPageNote(text: string): boolean {
  return text.length <= MAX_PAGE_NOTE && PAGE_NOTE.test(text);
}

function isContributorLine(text: string): boolean {
  if (text.startsWith("Write to ")) return WRITE_TO.test(text);
  if (text.startsWith("A") && IN_PRINT.test(text)) return true;
  if (text.length <= MAX_AUTHOR_BIO && AUTHOR_BIO.test(text)) return true;
  if (text.includes(" can be reached at ")) return REACHED_AT.test(text);
  return (
    text.length <= MAX_CONTRIBUTOR_LINE &&
    text.includes("contributed") &&
    (CONTRIBUTED_TO_REPORT.test(text) || CONTRIBUTING_WRITERS.test(text))
  );
}

/** The signature under an embedded post: "— Ilse Varga (@IlseVarga) March 4, 2025". */
const POST_SIGNATURE = new RegExp(
  String.raw`^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(?:${MONTH})\.?\s+\d{1,2},\s+\d{4}$`,
  "i",
);

/** "Q. " or "A: " opening a printed interview's question or answer (group 1: which). */
export const INTERVIEW_LABEL = /^([QA])[.:]\s+/;

/** "— Ilse Varga (@IlseVarga) March 4, 2025": whether a line signs an embedded post. */
export function isPostSignature(line: string): boolean {
  return line.includes("(@") && POST_SIGNATURE.test(line);
}

/**
 * A link alone on its line, with the words a page gives screen readers: "Acquire Licensing Rights,
 * opens new tab", "Read the report (opens in a new window)". Short, so a paragraph ending in a link
 * stays a sentence.
 */
const OPENS_NEW_TAB = String.raw`\(?opens (?:in )?(?:a )?new (?:tab|window)\)?`;
const LINK_LABEL = new RegExp(String.raw`^[^.!?]{1,60}?,?\s*${OPENS_NEW_TAB}$`, "i");
/** The same words after a link inside a sentence: "said in a statement, opens new tab on Monday". */
export const INLINE_LINK_LABEL = new RegExp(`,? ${OPENS_NEW_TAB}`, "gi");

function isLinkLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // Ends in "tab", "window" or ")".
  return (last === 98 || last === 119 || last === 41) && LINK_LABEL.test(text);
}

/** A site's footer menu: "Terms of Use | Privacy Policy | Cookie Settings". */
const SITE_MENU_WORD = /\b(?:privacy|terms|cookies?|contact|advertise|careers|accessibility|sitemap|help)\b/i;

function isSiteMenuLine(text: string): boolean {
  if (!text.includes(" | ")) return false;
  const items = text.split(" | ");
  return (
    items.length >= 3 &&
    !/\d/.test(text) &&
    items.every((item) => item.split(" ").length <= 4) &&
    SITE_MENU_WORD.test(text)
  );
}

const MAX_MENU_ITEM_WORDS = 3;
const MIN_MENU_ITEMS = 4;

/**
 * A page's menu: "Home | News | Sports | Obituaries", "NEWS  SPORTS  OBITUARIES  OPINION",
 * "Environment  Space  Health  Technology": short capitalised items, no figures, no sentence.
 */
function isNavigationLine(text: string): boolean {
  const piped = text.includes(" | ");
  if (!piped && !text.includes("  ")) return false;
  // No figures, no sentence, no table's units ("Required (US$)", "% funded").
  if (/[\d.!?%$()#]/.test(text)) return false;
  const items = text.split(piped ? /\s+\|\s+/ : /\s{2,}/);
  const capitalised = items.filter((item) => /^\p{Lu}/u.test(item)).length;
  return (
    items.length >= MIN_MENU_ITEMS &&
    capitalised >= items.length - 1 &&
    items.every((item) => item.split(" ").length <= MAX_MENU_ITEM_WORDS)
  );
}

/** "[Photo: Workers inspect …", "[Video: Aerial footage …]": a pasted page's media in brackets. */
const BRACKETED_MEDIA =
  /^\[(?:photo|image|video|graphic|map|chart|audio|gallery|picture|caption|photo caption)\b/i;
/** "(U.S. Embassy photo by Paolo Reyes)]": the credit closing a bracketed caption on a line of its own. */
const BRACKETED_CREDIT_END =
  /\b(?:photo|photograph|image|video|footage)\s+(?:by|courtesy of)\b[^[\]]*\]\.?$/i;

function isBracketedMediaLine(text: string): boolean {
  return text.charCodeAt(0) === 91
    ? BRACKETED_MEDIA.test(text)
    : text.endsWith("]") || text.endsWith("].")
      ? !text.includes("[") && BRACKETED_CREDIT_END.test(text)
      : false;
}

/** "Catherine Lévesque · CBC News · Posted: Feb 18, 2026", "Sipho Ndlovu | 14 August 2025": who, then when. */
const NAME_AND_STAMP =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*\s+[·|]\s+.{0,80}?(?:\b(?:Posted|Published|Updated)\b|\b\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\b|\b\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\b)/u;
const MAX_NAME_AND_STAMP = 160;

function isNameAndStampLine(text: string): boolean {
  return (
    text.length <= MAX_NAME_AND_STAMP &&
    (text.includes(" · ") || text.includes(" | ")) &&
    NAME_AND_STAMP.test(text)
  );
}

/** "3 min read", "3h", "2 days ago": how long a story takes or how old it is, on an aggregator's line. */
const READ_TIME_OR_AGE = /^(?:\d+\s?min(?:ute)?s?\s+read|\d+\s?(?:h|m|d|hours?|days?)(?:\s+ago)?)$/;
const MAX_DOTTED_PART = 40;

/**
 * "Yahoo News · Vell Herald · 3 min read": an aggregator's source line, two to five short parts apart
 * by "·" or "•", one of them a reading time or an age.
 */
function isDottedSourceLine(text: string): boolean {
  if (!text.includes(" · ") && !text.includes(" • ")) return false;
  const parts = text.split(/\s[·•]\s/);
  return (
    parts.length >= 2 &&
    parts.length <= 5 &&
    parts.every((part) => part.length <= MAX_DOTTED_PART) &&
    parts.some((part) => READ_TIME_OR_AGE.test(part.trim()))
  );
}

/** Credit wording, not agency names: "(Name/Agency via Images)", "(Courtesy of ...)", "(File photo)". */
const CREDIT_WORDING = /\b(?:via|courtesy|photo|photograph|image|images|file|pool|handout|staff)\b/i;
const PHOTOGRAPHER_SLASH_AGENCY = /^\p{Lu}[\p{L}.'’ -]{1,40}\/\s?\p{Lu}[\p{L}.&'’ /-]{1,60}$/u;
const CREDIT_PREFIX =
  /^(?:(?:photo|photograph|image|picture|credit|caption|pictured|illustration|video|file photo|source)s?\s*(?:by\b|:|\|)|(?:image|media|video|photo) (?:caption|source|credit)s?\s*,)/i;

/** A photo caption ends with a credit "(Jane Doe/Agency via Images)"; credit lines stand alone. */
export function isCaptionOrCreditLine(text: string): boolean {
  const trimmed = text.trim();
  if (CREDIT_PREFIX.test(trimmed)) return true;
  const trailing = !")]".includes(trimmed.slice(-1)) ? null : /[([]([^()[\]]{2,80})[)\]]\s*$/.exec(trimmed);
  if (trailing !== null) {
    const inside = trailing[1] ?? "";
    if (inside.includes("/") && (CREDIT_WORDING.test(inside) || PHOTOGRAPHER_SLASH_AGENCY.test(inside)))
      return true;
    if (/^(?:photo|image|credit|file)\b/i.test(inside)) return true;
    // "(Supplied: Department of Defence)", "(ABC News: Jo Lee)", "(AAP: Dan Peled)": a caption's credit.
    if (SOURCE_COLON_CREDIT.test(inside)) return true;
  }
  return (
    (trimmed.length < 200 &&
      trimmed.includes(":") &&
      /(?:^|\s)(?:photo|photograph|picture|image|credit|illustration):\s*\S[^.]{0,60}$/i.test(trimmed)) ||
    endsWithBareCredit(trimmed)
  );
}

const MAX_CAPTION_CHARS = 400;
/** "Supplied: …", "ABC News: …", "AAP: …", "Reuters: …": who supplied or took a picture, Australian style. */
const SOURCE_COLON_CREDIT =
  /^(?:supplied|abc(?: news)?|aap|reuters|ap|afp|getty(?: images)?|facebook|instagram|x|twitter|youtube)(?::\s*[^()[\]]{2,60})?$/i;

/** "A launcher during a drill on Feb. 12. Oskar Brenn/Nordpress": a caption whose credit has no brackets. */
function endsWithBareCredit(line: string): boolean {
  if (line.length > MAX_CAPTION_CHARS) return false;
  const lastStop = line.lastIndexOf(". ");
  if (lastStop < 0) return false;
  const credit = line.slice(lastStop + 2);
  return (credit.includes("/") && PHOTOGRAPHER_SLASH_AGENCY.test(credit)) || isAgencyCredit(credit);
}

const BYLINE_OPENING = String.raw`^(?:(?:story|reporting|written|words|analysis)\s+)?by\s+`;
const BYLINE_START = new RegExp(String.raw`${BYLINE_OPENING}\p{Lu}`, "iu");
const BYLINE_NAME = new RegExp(
  // Case-blind for "By", so the name's words are told from "and" or "in" by spelling, not by case.
  String.raw`${BYLINE_OPENING}(\p{Lu}[\p{L}'’-]+(?:\s+(?!(?:and|in|for|at|of|with)\b)\p{Lu}[\p{L}'’-]+){1,2})`,
  "iu",
);

/** "By Marta Lind, Defence Correspondent" → "Marta Lind"; null for a line that is no byline. */
/** "By Jonas Brekke and Ilse Marwood" → both names; the first alone for one author; [] without a byline. */
export function bylineNames(line: string): string[] {
  const first = BYLINE_NAME.exec(line);
  if (first === null) return [];
  const names = [first[1] ?? ""];
  const second = SECOND_BYLINE_NAME.exec(line.slice(first.index + first[0].length));
  if (second !== null) names.push(second[1] ?? "");
  return names;
}
/** "Opinion", "Comment | Economy", "Guest essay": the label over an opinion piece. */
const OPINION_LABEL =
  /^(?:opinion|comment|commentary|op-ed|guest (?:essay|column|opinion)|viewpoint|column|perspective)(?:\s*[|:·•–—-]\s*[\p{L} &]{1,40})?$/iu;
/** How far down the page an opinion label and its byline are looked for, in lines with text. */
const OPINION_HEAD_LINES = 12;

/**
 * The author of an opinion piece: the one name of the byline under an opinion label near the top of the
 * page ("Opinion" … "By Ruth Amsel"); null for news, or a byline of two authors.
 */
export function opinionAuthor(body: string): string | null {
  let labelled = false;
  let lines = 0;
  let afterLabel = false;
  for (const line of body.split("\n", 4 * OPINION_HEAD_LINES)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (++lines > OPINION_HEAD_LINES) return null;
    // A menu ("World", "Opinion", "Sport") or buttons ("Share", "Comment", "Save") list a word a line:
    // the label counts over a headline only.
    if (afterLabel) labelled = trimmed.split(" ", 3).length >= 3 && !isBylineLine(trimmed);
    afterLabel = OPINION_LABEL.test(trimmed);
    if (!afterLabel && labelled && isBylineLine(trimmed)) {
      const names = bylineNames(trimmed);
      return names.length === 1 ? (names[0] ?? null) : null;
    }
  }
  return null;
}

/** " and Ilse Marwood", ", Raj Mendiratta": a second author right after the first. */
const SECOND_BYLINE_NAME = /^(?:,\s+|\s+and\s+|\s*&\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;
const TRAILING_INITIALS = /\b(?:\p{Lu}\.)+$/u;
const MAX_NAME_THEN_JOB = 80;
/** The endings of NAME_THEN_JOB's jobs: a look at the line's end before the pattern runs. */
const JOB_ENDINGS = ["ditor", "ondent", "orter", "riter", "umnist", "nalist"];

function endsWithJob(line: string): boolean {
  return JOB_ENDINGS.some((ending) => line.endsWith(ending));
}

/**
 * "Peter Sandvik Health policy editor": a byline without "By", the name run into the job. The beat's
 * words are no verbs ("Norland Post names new editor" is news): none ends in "-ed", or in "-s" but for
 * "-ics", "-ss" and a few desks ("news", "sports").
 */
const NAME_THEN_JOB =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:(?!(?![Nn]ews\s|[Ss]ports\s|[Aa]rts\s|[Aa]ffairs\s)[\p{L}-]*(?:[^cs]s|ed)\s)[\p{L}-]+\s+){0,3}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist)$/u;

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Story by ...", "Jane Doe Health editor". */
export function isBylineLine(text: string): boolean {
  const trimmed = text.trim();
  if (!BYLINE_START.test(trimmed))
    return trimmed.length <= MAX_NAME_THEN_JOB && endsWithJob(trimmed) && NAME_THEN_JOB.test(trimmed);
  return trimmed.split(/\s+/).length <= 12 && !/[.!?]["”]?$/.test(trimmed.replace(TRAILING_INITIALS, ""));
}

const MINOR_WORDS = new LowerCaseWords([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "nor",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "as",
  "vs",
  "vs.",
  "into",
  "over",
  "per",
  "via",
  "is",
]);

const HEADING_NEVER_ENDS_WITH = `.!?:;,"”’)`;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED_WORD = /^["“‘(]?[\p{Lu}\p{N}]/u;

/**
 * Headings are short, title-cased and carry no terminal punctuation
 * ("US Vows Continued Support", "What We Know").
 */
export function isHeadingLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 120 || HEADING_NEVER_ENDS_WITH.includes(trimmed.slice(-1)))
    return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 16) return false;
  const significant = words.filter((w) => !MINOR_WORDS.has(w) && HAS_LETTER.test(w));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => CAPITALISED_WORD.test(w)).length;
  return capitalised / significant.length >= 0.75;
}

/**
 * "Generators: 60", "Water tanks: 1,200", "Trucks — 40": a line-per-item list's thing and its count;
 * also a pasted table's row, its cells apart by a tab or a pipe ("Tents\t400", "Tents | 400").
 */
const LABEL_COUNT = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}(?:(?::|\s+[—–]|\s*\|)\s+|\t\s*)\d[\d,.]*$/u;

/** "Item — quantity", "Equipment: Number", "Item\tQuantity", "Sector | Amount": a header row over "Label — count" lines. */
// A third column ("Sector<tab>Amount<tab>Change") adds a figure the claim leaves out.
const LABEL_COUNT_HEADER =
  /^(?:items?|equipment|weapons?|systems?|type|description|sector|purpose|area)(?:\s*(?:[—–:|]|\s-)\s*|\t\s*)(?:quantity|qty|number|count|units|amount|value|cost|funding|allocation)(?:(?:\s*\|\s*|\t\s*)[\p{L}%() ]{1,20})?$/iu;
/** A table's row of a purpose and its money: "Tents | $2 million", "Health<tab>30 million euros". */
const LABEL_AMOUNT_ROW = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}(?:\s*\|\s+|\t\s*)(?:[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?|\d[\d,.]*\s*(?:million|billion)(?:\s+\p{L}+)?)${EXTRA_CELL}$`,
  "u",
);

/** A table's header row over "Label — count" lines: no claim, and the list goes on after it. */
export function isLabelCountHeader(text: string): boolean {
  return LABEL_COUNT_HEADER.test(tableRowCells(text.trim()));
}

/** "| Tents | 400 |" → "Tents | 400": a row pasted from a table framed with pipes, without its frame. */
export function tableRowCells(row: string): string {
  if (!row.startsWith("|")) return row;
  return row.replace(/^\|\s*/, "").replace(/\s*\|$/, "");
}

/** "|---|---|", "| :-- | --: |": the rule under a table's header row. */
export function isTableRule(row: string): boolean {
  return row.startsWith("|") && /^[|:\s-]+$/.test(row);
}

/**
 * A "Label: count" line. Alone, a one-word one ("Generators: 60") has the shape of a heading; after
 * a list's lead it is one of the list's items.
 */
export function isLabelCountLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    LABEL_COUNT.test(trimmed) ||
    ((trimmed.includes("|") || trimmed.includes("\t")) && LABEL_AMOUNT_ROW.test(trimmed))
  );
}

/**
 * Wire-service footers (also in parentheses: "(Reporting by A; Editing by B)"), gallery counters, bare
 * links and addresses, stand-alone agency credits.
 */
const FURNITURE =
  /^(?:\(?(?:additional )?(?:reporting (?:was contributed )?|research was contributed )by\b|\(?with (?:additional )?inputs? from\b|\(?(?:writing|editing|compiled|produced|edited) by\b|(?:image|photo|item|picture|slide) \d+ of \d+|\[\d+\/\d+\]|https?:\/\/\S+$|www\.\S+$|\S+@\S+\.\S+$|for immediate release\b|(?:media |press )?contacts?:|notes? to editors?\b)/i;
/** A press release's closing boilerplate: "About the Ministry of Defence: The ministry employs …". */
const ABOUT_THE_ISSUER = /^About (?:the )?\p{Lu}[\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,6}:/u;
const AGENCY_CREDIT = /^(?:\p{Lu}[\p{L}.&-]*\s+){0,4}(?:Images|Photos?|Pictures)$/u;
/** A cheap test before AGENCY_CREDIT, which would otherwise run on every line. */
const AGENCY_CREDIT_ENDINGS = ["Images", "Photo", "Photos", "Pictures"];

/** "Harbor Wire Images", "Pressbild Photos": an agency's credit standing alone. */
function isAgencyCredit(text: string): boolean {
  return AGENCY_CREDIT_ENDINGS.some((ending) => text.endsWith(ending)) && AGENCY_CREDIT.test(text);
}

/**
 * "Related Articles", "More on this story", "Read next": a heading over links to other stories, whose
 * headlines are no claims of this article.
 */
const LINK_LIST_HEADING =
  /^(?:related(?:\s+(?:articles|stories|coverage|content|links|reading|news))?|more\s+(?:on\s+this\s+(?:story|topic)|stories|coverage|news|from\s+[\p{L}\s]{2,30})|read\s+(?:more(?:\s+(?:on|about)\s+[\p{L}\s]{2,30})?|next|also|this\s+next)|also\s+read|explore\s+more(?:\s+on\s+(?:these|this)\s+topics?)?|(?:suggested\s+|related\s+)?topics|filed\s+under|tags|see\s+also|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|you\s+(?:may|might)\s+also\s+like|trending(?:\s+now|\s+on\s+[\p{L}\s]{2,30})?|top\s+stories|latest\s+news|what\s+to\s+read\s+next)\s*:?$/iu;

export function isLinkListHeading(text: string): boolean {
  return text.length <= 48 && LINK_LIST_HEADING.test(text);
}

/** "Key facts", "At a glance", "What we know", a situation report's "Needs" and "Gaps": a box of facts, one per line. */
const FACT_BOX_HEADING =
  /^(?:(?:the\s+)?(?:key|main|fast|quick)\s+(?:facts|figures|numbers|points|takeaways|developments|findings|results|details|changes)(?:\s+(?:so\s+far|today|at\s+a\s+glance))?|(?:the\s+)?facts|at\s+a\s+glance|by\s+the\s+numbers|in\s+numbers|the\s+numbers|what\s+we\s+know(?:\s+so\s+far)?|highlights|findings|in\s+brief|needs|response|gaps|challenges|constraints|priorities)$/i;

/** `text` without a closing colon names a box of facts. */
export function isFactBoxHeading(text: string): boolean {
  return FACT_BOX_HEADING.test(text.endsWith(":") ? text.slice(0, -1).trimEnd() : text);
}

/** "10:42 GMT — Calderia announces new package": a live blog's time, a dash and an entry's unpunctuated heading. */
const LIVE_ENTRY_HEADING =
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?\s*[—–-]{1,2}\s+[^.!?]{2,100}$/u;
/** "11:25 Ministry responds": a time, then a heading of a few words with no dash, figure or stop. */
const SHORT_LIVE_ENTRY_HEADING = /^\d{1,2}[:.]\d{2}\s+\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u;

function isLiveEntryHeading(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0);
  return (
    first >= 48 && first <= 57 && (LIVE_ENTRY_HEADING.test(trimmed) || SHORT_LIVE_ENTRY_HEADING.test(trimmed))
  );
}

/**
 * A fact-check's rating legend: "Our ratings: True – The statement is accurate …", "Mostly False – The
 * claim contains an element of truth but …", "Our rating system". Its words define the ratings; they
 * are no claims of the story.
 */
const RATING_LEGEND =
  /^(?:[Oo]ur (?:ratings?|rating (?:scale|system|guide)|rulings?)(?:\s*:\s*|$))(?:$|\p{Lu})|^\p{Lu}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,3}\s*(?:[–—-]|:)\s+(?:The |This |An? )(?:statement|claim|content|post|quote|assertion|image|video)s?\s+(?:is|are|was|contains?|has|have|lacks?|makes?|includes?|needs?|omits?|ignores?|takes?|leaves?|relies?|misrepresents?|gives?|creates?|could|can|may)\b/u;

function isRatingLegend(line: string): boolean {
  // "Verdict: The claim is false." is the verdict, not the legend; a definition holds no figure.
  return (
    (line.startsWith("Our ") || line.includes("statement") || line.includes("claim")) &&
    !/\d|\bsaid\b/.test(line) &&
    RATING_LEGEND.test(line) &&
    sectionLabelLength(line) === 0
  );
}

export function isNoiseLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    isRatingLegend(trimmed) ||
    isTimestampLine(text) ||
    isLiveEntryHeading(trimmed) ||
    isPlayerOrWidgetLine(text) ||
    isCaptionOrCreditLine(text) ||
    isBylineLine(text) ||
    FURNITURE.test(trimmed) ||
    (trimmed.startsWith("About ") && ABOUT_THE_ISSUER.test(trimmed)) ||
    isPagePrompt(trimmed) ||
    isContributorLine(trimmed) ||
    isPageNote(trimmed) ||
    isPostSignature(trimmed) ||
    isSiteMenuLine(trimmed) ||
    isNavigationLine(trimmed) ||
    isBracketedMediaLine(trimmed) ||
    isNameAndStampLine(trimmed) ||
    isDottedSourceLine(trimmed) ||
    isLinkLabel(trimmed) ||
    isAgencyCredit(trimmed) ||
    (trimmed.length <= MAX_DATED_PLACE_LINE &&
      endsWithDigitOrBracket(trimmed) &&
      DATED_PLACE_LINE.test(trimmed)) ||
    (trimmed.includes("; ") && LINE_UP.test(trimmed)) ||
    QUOTE_CREDIT_LINE.test(trimmed) ||
    isChartOrTableCaption(trimmed) ||
    (mayBePublisherLine(trimmed) && PUBLISHER_LINE.test(trimmed))
  );
}

/** A cheap look for what PUBLISHER_LINE needs: its opening word, a separator, a phone number. */
function mayBePublisherLine(line: string): boolean {
  if (line.length > MAX_PUBLISHER_LINE) return false;
  if (PUBLISHER_OPENING.test(line) || line.includes("(+") || line.includes(" available ")) return true;
  // A kicker or a breadcrumb: short, unpunctuated, with a separator.
  return (
    line.length <= MAX_KICKER &&
    !line.endsWith(".") &&
    (line.includes(" - ") ||
      line.includes(" – ") ||
      line.includes(" — ") ||
      line.includes(" | ") ||
      line.includes(" > ") ||
      line.includes(" › ") ||
      line.includes(" » "))
  );
}
const PUBLISHER_OPENING = /^(?:\(|this (?:story|article|report) )/i;
const MAX_KICKER = 90;
const MAX_PUBLISHER_LINE = 200;

/**
 * "Home > News > Ireland", "European Commission - Press release", "(This story has not been edited by
 * our staff …)", "OCHA news releases are available at www.unocha.org", "Anneke ROSSI (+32 2 29 55510)":
 * a site's breadcrumb, a release's kicker and contacts, a syndication note.
 */
const PUBLISHER_LINE = new RegExp(
  [
    String.raw`^(?:home|news|world)\s+[>›»]\s+[^.!?]{1,80}$`,
    String.raw`^[\p{Lu}][\p{L}'’ .&-]{2,60}\s[-–—|]\s(?:press release|news release|media release|statement|daily news)$`,
    String.raw`^\(?this (?:story|article|report) has not been edited by [^.]{1,60}\)?\.?\)?$`,
    String.raw`^[^.]{2,60}\s(?:news releases|press releases|statements)\s+are\s+available\s+(?:at|on)\s+\S+(?:\s+or\s+\S+)?\.?$`,
    String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+\(\+\d[\d\s-]{6,20}\)$`,
  ].join("|"),
  "iu",
);

/**
 * "Chart: Unemployment rate, %", "Inflation by category, annual % change", "Voting intention, %
 * (change on October)", "2025 ridership at a glance": the caption over a chart, table or box of
 * figures, whose rows or body say what it only names. Short, and no sentence (no closing stop).
 */
function isChartOrTableCaption(line: string): boolean {
  if (line.length > MAX_CAPTION_LENGTH || SENTENCE_END.test(line)) return false;
  return GRAPHIC_LABEL.test(line) || (TABLE_CAPTION_MARK.test(line) && !CAPTION_VERB.test(line));
}
const MAX_CAPTION_LENGTH = 100;
const SENTENCE_END = /[.!?:]["”’]?$/;
const GRAPHIC_LABEL = /^(?:chart|graphic|graph|table|figure|infographic|map)(?:\s+\d+)?\s*:\s+\S/i;
/** What names a table's dimension, unit or comparison rather than saying anything. */
const TABLE_CAPTION_MARK =
  /\sby\s+(?:region|sector|category|age|country|state|province|party|health board|board|type|month|year|industry|department|segment|area|district|county|subject|source|fuel)\b|,\s*(?:%|annual\s+%\s+change|per\s?cent)(?:\s|$)|\((?:[^()]*\s)?(?:change|%|year-on-year)(?:\s[^()]*)?\)$|\bat\s+a\s+glance$|^(?:annual|monthly|quarterly|weekly)\s+(?:change|growth)\s+in\s/i;
/** A verb that would make the line a statement after all ("Unemployment by region rose …"). */
const CAPTION_VERB =
  /\s(?:is|are|was|were|has|have|had|will|would|rose|fell|rises|falls|grew|grows|jumped|dropped|climbed|declined|increased|decreased)\s/i;

/** "— Opposition leader Conrad Vessey, speaking in parliament, 2 December 2025": a pulled quote's credit. */
const QUOTE_CREDIT_LINE = /^[—–]\s*\p{Lu}[^.!?]{2,150}$/u;

/** "Hallam City: Warrick; Pollard, Osei, Hart; Ruiz, Banda (Cole 77), …": a team's line-up, keeper first. */
const LINE_UP =
  /^[\p{Lu}][^:.]{1,40}:\s+\p{Lu}[\p{L}'’-]+;\s+(?:\p{Lu}[\p{L}'’-]+(?:\s+\(\p{Lu}[\p{L}'’-]+\s+\d{1,3}\))?[,;]\s+){4,}/u;

const MAX_DATED_PLACE_LINE = 110;

/** "…, 2032" or "… (Newswire)": how a dated place line ends, read before its pattern runs. */
function endsWithDigitOrBracket(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return (last >= 48 && last <= 57) || last === 41;
}
/**
 * "Aboard a U.S. military aircraft — Jan. 27, 2032", "QARAN, Tessaly Province, Oct. 9 (Newswire)":
 * a line of where and when the story was filed, and nothing after.
 */
const DATED_PLACE_LINE = new RegExp(
  String.raw`^(?:[^.!?:]|\p{Lu}\.){2,70}?(?:\s[—–-]{1,2}|,)\s+(?:${MONTH})\.?\s+\d{1,2}(?:,\s+\d{4})?(?:\s*\([^()]{2,30}\))?\.?$`,
  "iu",
);

const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}.'’ /-]{1,40}(?:,\s*[\p{L}\d. ]{2,30}){0,3})(?:\s*\([^()]{1,40}\)|\s*\/[\p{L} -]{2,30}\/)?\s*[—–-]{1,2}\s+/u;
const HAS_LOWER_CASE = /\p{Ll}/u;

/**
 * "Claim: …", "Verdict: …", "Context: …": a fact-check's or an explainer's label before its text, no
 * part of the claim.
 */
const SECTION_LABEL =
  /^(?:(?:the |our )?(?:claim|verdict|rating|ruling|fact|facts|context|background|analysis|update|note|summary|conclusion|bottom line|what we found|what was claimed|big picture|other side|latest|backdrop|intrigue)|why it matters|driving the news|by the numbers|what they['’]re saying|between the lines|what['’]s next|what to watch|zoom in|zoom out|yes, but|flashback|reality check|state of play|catch up quick|of note|worth noting|be smart|our thought bubble|threat level|details)\s*:\s+(?=\S)/i;

/** How many characters a leading section label takes ("Claim: " → 7), or 0. */
export function sectionLabelLength(text: string): number {
  return text.includes(":") ? (SECTION_LABEL.exec(text)?.[0].length ?? 0) : 0;
}

/** "Nov|November|…" as a dateline capitalises them. */
const TITLE_CASE_MONTH = MONTH.replace(/(?:^|\|)\p{Ll}/gu, (start) => start.toUpperCase());
/**
 * "Kessa (CNN) —", "Kessa, Ostmark (CNN) —", "(CNN) —": a broadcaster's dateline, its place in title
 * case but its agency in brackets. A wire's factbox may give the date alone: "Nov 3 (Reuters) -".
 */
const AGENCY_DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}){0,2}\s*|(?:${TITLE_CASE_MONTH})\.?\s+\d{1,2}\s+)?\((?:\p{Lu}[\p{L}&. ]{0,30})\)\s*[—–-]{1,2}\s+`,
  "u",
);

/** "New Delhi, Aug 18 (PTI) ": a place, a date and a news agency, with no dash after it. */
const DATED_AGENCY_DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s*(?:${MONTH})\.?\s+\d{1,2}\s*\((?:PTI|IANS|ANI|UNI|AFP|AP|Reuters|Xinhua|Bernama|Yonhap|Kyodo|AAP|Anadolu|dpa|ANSA|EFE)\)\s*(?:[—–-]{1,2}\s+)?`,
  "iu",
);
/** "(Geneva/Qaran, 3 November 2025) – ": a UN release's places and date in brackets. */
const BRACKETED_DATELINE = new RegExp(
  String.raw`^\(\p{Lu}[\p{L}.'’ -]*(?:\/\p{Lu}[\p{L}.'’ -]*)*,\s*\d{1,2}\s+(?:${MONTH})\s+\d{4}\)\s*[—–-]{1,2}\s+`,
  "iu",
);

/** "NEW DELHI: ", "MUMBAI: ": a place in capitals and a colon, as Indian and Pakistani papers date a story. */
const COLON_DATELINE = /^\p{Lu}[\p{Lu}' -]{1,30}\p{Lu}:\s+(?=\p{Lu})/u;
/** "VARGA: ", "MR. HALLORAN: ": a line opening with a label in capitals, as a transcript's turns do. */
const CAPITALS_LABEL_LINE = /\n\s*\p{Lu}[\p{Lu}.' -]{0,30}:\s/u;

/**
 * How many characters a colon dateline takes at the start of a story's first paragraph, or 0. Not in
 * a transcript, whose first turn looks the same: no other line of the body may open with such a label.
 */
export function colonDatelineLength(text: string, body: string): number {
  const match = COLON_DATELINE.exec(text);
  if (match === null || CAPITALS_LABEL_LINE.test(body)) return 0;
  return match[0].length;
}

/**
 * A dateline opens the first paragraph: "WASHINGTON —", "LONDON (Reuters) -",
 * "VARNA, Ostmark, Dec. 1 (AP) —".
 * Returns how many characters to skip, or 0.
 */
export function datelineLength(text: string): number {
  if (text.includes(") ")) {
    const agency =
      AGENCY_DATELINE.exec(text) ?? DATED_AGENCY_DATELINE.exec(text) ?? BRACKETED_DATELINE.exec(text);
    if (agency !== null) return agency[0].length;
  }
  const match = DATELINE.exec(text);
  if (match === null) return 0;
  const head = match[0].replace(/\([^()]*\)/, "");
  // All-caps place names only; "The U.S. - led" is not a dateline.
  return HAS_LOWER_CASE.test(head.replace(/,.*$/, "")) ? 0 : match[0].length;
}

/**
 * The headline of a page title, without the site's name after it: "Exports rose 12% in 2025 | The
 * Vell Times" → "Exports rose 12% in 2025". A prefix, so offsets into it are offsets into the title.
 * A credit after a dash ("… - Governor Says") is the headline's own and stays.
 */
export function withoutSiteName(title: string): string {
  const separator = SITE_NAME_SEPARATOR.exec(title);
  if (separator === null) return title;
  const site = title.slice(separator.index + separator[0].length).trim();
  if (!SITE_NAME.test(site) || SAYS_AT_END.test(site)) return title;
  return title.slice(0, separator.index);
}
/** The last " | ", " - ", " – " or " — " before at most 40 characters. */
const SITE_NAME_SEPARATOR = /\s+(?:\||-|–|—)\s+(?=[^|–—]{1,40}$)/;
/** "Reuters", "The Vell Times", "BBC News", "AP News": up to five capitalised words. */
const SITE_NAME =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*|&|of|and|on)(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|&|of|and|on)){0,4}$/u;
const SAYS_AT_END = /\s(?:Says|Said|Warns|Reports|Finds|Claims|Confirms|Announces|Tells|Insists|Admits)$/;
