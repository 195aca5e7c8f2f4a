import { isCountryOrCapital } from "./attribute/countries";
import { detectAttribution, type SpeakerAction } from "./attribute/detect";
import {
  FIRST_AND_LAST_NAME,
  isGroupNoun,
  looksLikeOrganisation,
  parseSpeakerPhrase,
  personWithRole,
} from "./attribute/names";
import { EXPLETIVE_IT, nameOpeningPronoun, nameOwnCountry, nameReportedObject } from "./attribute/pronouns";
import { saysNothingToCheck } from "./attribute/refusals";
import { AttributionResolver, OWNED_SPEAKER_OPENING, type ResolvedAttribution } from "./attribute/resolve";
import { SAYS_AGAIN } from "./attribute/verbs";
import { findBlocks } from "./clean/blocks";
import { originalSpan, type ProseCopy, proseCopy } from "./clean/markup";
import { INLINE_LINK_LABEL, isFactBoxHeading, opinionAuthor, withoutSiteName } from "./clean/noise";
import { standaloneCompany, standaloneOpening, standalonePossessive } from "./decompose/antecedents";
import {
  hasVerbForm,
  isUnambiguousVerb,
  isVerbForm,
  mayBeBaseVerb,
  nameObjectFromPrevious,
  splitClauses,
} from "./decompose/clauses";
import { nameBareCount } from "./decompose/counts";
import {
  type Entity,
  EntityMemory,
  nameOpeningThing,
  nameTheRest,
  openingEntity,
} from "./decompose/entities";
import {
  ADVERBIAL_LEAD,
  bulletSeries,
  decomposeList,
  describeListLead,
  isListHeading,
  type ListDecomposition,
  type ListLead,
  leadBeforeItems,
  mentionedContainerLead,
  nameThereInThing,
} from "./decompose/enumerations";
import { amountFirst, countFirst, isCounted, splitCoordinatedModifier } from "./decompose/list-items";
import { lowerBulletOpener, lowerCommonOpener, WordCases } from "./decompose/opener-case";
import { isAttributive } from "./decompose/series";
import { adjustListedScore, adjustScore, promoteHeadlineClaim } from "./rank/adjust";
import { attachHeadline, attachTitle, mergeDuplicates, mergeStandfirst } from "./rank/dedupe";
import { isCheckworthy, scoreSentence } from "./score/index";
import { isCommonWord } from "./score/word-vectors";
import { isClaimCandidate } from "./segment/candidates";
import { segmentSentences } from "./segment/sentences";
import type { ArticleField, ArticleInput, ExtractedClaim, Span } from "./types";
import { decodeCharacterReferences } from "./util/entities";
import { stableId } from "./util/ids";
import {
  ACRONYM,
  asSentence,
  capitalize,
  comparisonKey,
  DOUBLE_QUOTE_MARK,
  isSpaceCode,
  type Piece,
  possessiveOf,
  STARTS_LOWER_CASE,
  splitLength,
  withoutTrailingStops,
} from "./util/text";

/**
 * Turns an article into ranked, standalone claims with exact spans into `article.body`; a claim
 * only a separately given title makes has `field: "title"` and spans into `article.title`.
 * Deterministic and total: malformed input yields an empty list, never an exception.
 *
 * A sentence that is fully decomposed into list items is not emitted itself; its items carry
 * its id as `parentId` so the UI can group them.
 */
export function extractClaims(article: ArticleInput): ExtractedClaim[] {
  return extractClaimsScoredBy(article, scoreSentence);
}

/** Check-worthiness of one standalone sentence, in [0, 1]. */
export type SentenceScorer = (text: string) => number;

/**
 * `extractClaims` with another scorer. Only the benchmark uses it, to time the pipeline around the
 * model on its own; the package exports `extractClaims`.
 */
export function extractClaimsScoredBy(article: ArticleInput, score: SentenceScorer): ExtractedClaim[] {
  try {
    if (article === null || typeof article !== "object" || typeof article.body !== "string") return [];
    // A page title's site name is no part of its claim; the prefix kept keeps offsets into the title.
    const title = typeof article.title === "string" ? withoutSiteName(article.title) : null;
    // A body with HTML or Markdown in it is read from its prose copy; the spans found map back to it.
    const prose = proseCopy(article.body);
    const body = prose === null ? article.body : prose.text;
    const reading = readingCopy(body);
    const claims = runPipeline(body, reading.text, title, score);
    if (reading.text !== body) {
      const hyphenated = hyphenatedBreaks(body);
      // Most claims span no line break and no link label, so their quote is the original's already.
      for (const claim of claims)
        if (reading.labelled || breaksLine(body, claim.start, claim.end))
          restoreQuote(claim, body, hyphenated);
    }
    if (prose !== null) for (const claim of claims) quoteOriginal(claim, prose, article.body);
    return claims;
  } catch {
    return [];
  }
}

// One pattern per mark: V8 scans for a single character far faster than for a class.
const LINE_FEED = /\n/g;
const CARRIAGE_RETURN = /\r/g;

/**
 * The body as sentences are read: line breaks inside a paragraph ("according to ministry\n data", a
 * hard-wrapped press release) as spaces, link labels blanked out. Same length, so every offset into it
 * holds for the original; blocks are still found on the original's lines. Tabs stay: they part a
 * pasted table's cells.
 */
function readingCopy(body: string): { text: string; labelled: boolean } {
  let flat = body.includes("\n") ? body.replace(LINE_FEED, " ") : body;
  if (flat.includes("\r")) flat = flat.replace(CARRIAGE_RETURN, " ");
  // ", opens new tab" after each link of a page pasted from a browser would split the sentence around it.
  if (!flat.includes("opens ")) return { text: flat, labelled: false };
  return { text: flat.replace(INLINE_LINK_LABEL, (label) => " ".repeat(label.length)), labelled: true };
}

/** Whether `body[start, end)` holds a line break; read in the span only, so a body without one stays linear. */
function breaksLine(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = body.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** A claim read from the reading copy quotes the original, as its offsets promise. */
function restoreQuote(claim: ExtractedClaim, body: string, hyphenated: Map<string, string>): void {
  if (claim.field === "title") return;
  claim.quote = body.slice(claim.start, claim.end);
  if (claim.text.includes("  ")) claim.text = claim.text.replace(/ {2,}/g, " ").replace(/ ([,.;:!?])/g, "$1");
  if (claim.speaker?.includes("  ")) claim.speaker = claim.speaker.replace(/ {2,}/g, " ");
  if (hyphenated.size === 0) return;
  claim.text = joinHyphenated(claim.text, hyphenated);
  if (claim.speaker !== null) claim.speaker = joinHyphenated(claim.speaker, hyphenated);
  if (claim.reportedBy !== null) claim.reportedBy = joinHyphenated(claim.reportedBy, hyphenated);
}

/** A claim read from the prose copy points into the original body; its text stays the clean one. */
function quoteOriginal(claim: ExtractedClaim, prose: ProseCopy, original: string): void {
  if (claim.field === "title") return;
  const { start, end } = originalSpan(prose, claim);
  claim.start = start;
  claim.end = end;
  claim.quote = original.slice(start, end);
  claim.spans = claim.spans.map((span) =>
    span.field === "title" ? span : { ...span, ...originalSpan(prose, span) },
  );
}

/** "econ-⏎omy": a word a hard-wrapped text (a PDF's) broke over two lines at a hyphen. */
const HYPHEN_BREAK = /(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Ll}+)/gu;

/**
 * The words the body breaks at a hyphen and line break, as the reading copy has them ("econ- omy"),
 * with their whole form: "economy" when that is a common word, else the compound ("well-known").
 */
function hyphenatedBreaks(body: string): Map<string, string> {
  const breaks = new Map<string, string>();
  if (!body.includes("-\n") && !body.includes("-\r")) return breaks;
  for (const [, first = "", second = ""] of body.matchAll(HYPHEN_BREAK)) {
    const joined = `${first}${second}`;
    breaks.set(`${first}- ${second}`, isCommonWord(joined.toLowerCase()) ? joined : `${first}-${second}`);
  }
  return breaks;
}

function joinHyphenated(text: string, hyphenated: Map<string, string>): string {
  if (!text.includes("- ")) return text;
  let joined = text;
  for (const [broken, whole] of hyphenated) joined = joined.replaceAll(broken, whole);
  return joined;
}

interface SentenceUnit extends Span {
  text: string;
  paragraph: number;
  bullet: boolean;
  /** The first sentence of its block: a line, or a paragraph of joined lines. */
  opensLine: boolean;
}

/** "her client would appeal": a lawyer's client opening what the lawyer said. */
const CLIENT_OPENING = /^(?:his|her|their)\s+client(?=\s)/i;
/** "Fenn's lawyer", "Marcus Fenn's defence attorney": whose lawyer speaks. */
const LAWYER_OF =
  /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+(?:defen[cs]e\s+)?(?:lawyers?|attorneys?)\b/u;
const HE = /^(?:he|his|him)\s/i;
const SHE = /^(?:she|her)\s/i;

/** "sources familiar with the matter", "officials", "Jane Roe": a speaker no reported "it" can be. */
const GROUP_SPEAKER = /^\p{Ll}[\p{L}'’-]*s(?:\s|$)/u;
const FULL_NAME = new RegExp(`^${FIRST_AND_LAST_NAME}$`, "u");

/** "The second includes …", "the last will …": an ordinal with no noun, opening a later clause. */
const ELIDED_ORDINAL_OPENING = /^[Tt]he (?:second|third|fourth|fifth|final|last|next) /;

/** The pronouns `standaloneOpening` names; a cheap look before `speaksForNoThing`. */
const OPENING_PRONOUN = /^(?:[Ii]t|[Tt]his|[Tt]hey|[Tt]hese)\s/;

function speaksForNoThing(speaker: string | null): boolean {
  if (speaker === null || looksLikeOrganisation(speaker)) return false;
  // "Sources familiar with the matter": a group named in capitals opening the sentence.
  const first = (speaker.split(" ", 1)[0] ?? "").toLowerCase();
  return GROUP_SPEAKER.test(speaker) || isGroupNoun(first) || first === "people" || FULL_NAME.test(speaker);
}

/** No speaker for a piece with a subject of its own, when the sentence is `deedSubject`'s own deed. */
function othersDeed(deedSubject: string | null, text: string): { speaker?: null } {
  return deedSubject !== null && !text.startsWith(deedSubject) ? { speaker: null } : {};
}

/** Text before a claim that is more than quotation marks: a leading attribution tag. */
const OPENING_QUOTES = /[^\s"“‘'«]/;
/** 'He added: "': a quotation opening right where the content starts. */
const QUOTE_BEFORE_CONTENT = /["“‘«]\s*$/;

const IT_OPENING = /^it\s/i;
const ITS_OPENING = /^its\s/i;

/** "he" for a text opening "He " or "His ", "she" for "She " or "Her ", else null. */
function sexOpening(text: string): "he" | "she" | null {
  const word = /^(he|his|she|her)\s/i.exec(text)?.[1]?.toLowerCase();
  return word === undefined ? null : word === "he" || word === "his" ? "he" : "she";
}

/** "Asked whether the bank would cut rates,": the thing asked about, a noun phrase before its verb. */
const ASKED_ABOUT =
  /^Asked\s+(?:whether|if)\s+((?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:would|will|had|has|was|is|could|can|did|does|should|might)\s[^,]{1,80},\s/u;
/** The kinds of organisation an article calls a one-word name by, before or after it. */
const ORGANISATION_KIND =
  "company|firm|group|carmaker|automaker|drugmaker|chipmaker|maker|processor|refiner|bank|insurer|airline|retailer|utility|operator|supplier|producer|manufacturer|lender|exporter|miner|developer|publisher|broadcaster|charity|nonprofit|organisation|organization|foundation|association|coalition|alliance|fund|union";
/** ", a British charity", ", the country's largest lender", ", Norland's biggest bank": the kind after the name. */
const ORGANISATION_APPOSITIVE = String.raw`which\b|(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}\p{Ll}*(?:${ORGANISATION_KIND}|giant|conglomerate|chain)\b`;

/** "Ostmark's army", "Ostmark's foreign minister": what only a country has, which makes its name a country's. */
const STATE_INSTITUTION =
  "armed forces|army|military|air force|navy|government|president|prime minister|foreign minister|defen[cs]e minister|foreign ministry|defen[cs]e ministry|central bank|parliament|embassy|ambassador|capital|economy";

/**
 * Countries and capitals ("Norway said it would …"), and one-word names the article itself calls an
 * organisation or shows to be a country: "Vossen, which employs 37,000 people, said it would …",
 * "Vossen, Norland's biggest carmaker, will cut …", "Ostmark's army …". Their reported "it" is theirs,
 * where a bare one-word speaker's "it" may be a thing ("Roe said it would fail"). Each name is looked
 * up once.
 */
/** A capitalised word where `lastIndex` points: "Energy" after "Talvik ". */
const CAPITALISED_WORD_AT = /\p{Lu}[\p{L}&.-]*/uy;

class OrganisationCues {
  private readonly known = new Map<string, boolean>();
  constructor(private readonly body: string) {}

  has(name: string): boolean {
    if (!CAPITALISED_NAME.test(name)) return false;
    if (isCountryOrCapital(name)) return true;
    let found = this.known.get(name);
    if (found === undefined) {
      // "the contractor, Velmo Build, had paid …", "the social network Kinora" and "the pilots'
      // union, Velpa,": the kind before the name says it too.
      found =
        new RegExp(
          `\\b${name}(?:,\\s+(?:${ORGANISATION_APPOSITIVE})|['’]s\\s+(?:${STATE_INSTITUTION})\\b)|\\b[Tt]he\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}(?:${ORGANISATION_KIND}|network|platform|startup|chain|giant),?\\s+${name}\\b`,
          "u",
        ).test(this.body) ||
        this.kindBefore(name) ||
        this.kindOpening(name) ||
        this.shortForCompany(name);
      this.known.set(name, found);
    }
    return found;
  }

  /**
   * Whether a one-word name is short for a company or body the article names in full: "Talvik said it
   * would pay …" after "Talvik Energy's profit …", "Kestrel said" after "Kestrel Bank".
   */
  private shortForCompany(name: string): boolean {
    if (name.includes(" ")) return false;
    const fuller = `${name} `;
    for (let at = this.body.indexOf(fuller); at >= 0; at = this.body.indexOf(fuller, at + 1)) {
      // Read in place (sticky), not from a copy of the rest of the body at every mention.
      CAPITALISED_WORD_AT.lastIndex = at + fuller.length;
      const next = CAPITALISED_WORD_AT.exec(this.body)?.[0];
      if (next !== undefined && looksLikeOrganisation(`${name} ${next}`)) return true;
    }
    return false;
  }

  /** Whether the name follows its kind at a sentence's start ("Shipping company Cordova Line said …"). */
  private kindOpening(name: string): boolean {
    for (let at = this.body.indexOf(name); at >= 0; at = this.body.indexOf(name, at + 1))
      if (KIND_OPENING_BEFORE.test(this.body.slice(Math.max(0, at - 40), at))) return true;
    return false;
  }

  /** Whether some ", Name," in the body follows the organisation's kind ("the contractor, Velmo Build,"). */
  private kindBefore(name: string): boolean {
    const appositive = `, ${name},`;
    for (let at = this.body.indexOf(appositive); at >= 0; at = this.body.indexOf(appositive, at + 1))
      if (ORGANISATION_KIND_BEFORE.test(this.body.slice(Math.max(0, at - 60), at))) return true;
    return false;
  }
}
/** "Vossen", "Velmo Build": one to three capitalised words. */
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u;
/** "Shipping company ", "Carmaker ": a sentence opening with an organisation's kind right before its name. */
const KIND_OPENING_BEFORE = new RegExp(
  // "Supporters' group ": a plural owner's apostrophe may close the word before the kind; a sentence
  // before it may end in a quotation ('… now." Fan group Rovers First said').
  String.raw`(?:^|[.!?]["”’']?\s+|\n)(?:\p{Lu}[\p{Ll}-]*['’]?\s+)?(?:${ORGANISATION_KIND})\s+$`,
  "iu",
);
/** "the contractor", "its main supplier": an organisation's kind, ending the text before ", Name,". */
const ORGANISATION_KIND_BEFORE = new RegExp(
  String.raw`\b(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${ORGANISATION_KIND}|contractor|subcontractor)$`,
  "u",
);

/** Only the first few headline repeats are matched, so repeated headings cannot make this quadratic. */
const MAX_HEADLINES = 3;

/** Blocks come from the `original` body's lines; everything else reads its `body` reading copy. */
function runPipeline(
  original: string,
  body: string,
  title: string | null,
  score: SentenceScorer,
): ExtractedClaim[] {
  const sentences: SentenceUnit[] = [];
  const headlines: Span[] = [];
  const titleKey = title === null ? "" : comparisonKey(title);
  let titleInBody = false;
  const questions: Question[] = [];
  for (const block of findBlocks(original, title)) {
    if (block.kind === "question") {
      questions.push({ text: body.slice(block.start, block.end), paragraph: block.paragraph });
      continue;
    }
    if (block.kind === "headline") {
      // Above the story a page may stack a minister's name, a masthead and a menu over its headline:
      // the last few before the text are kept. Below, only the first few repeats.
      if (headlines.length < MAX_HEADLINES) headlines.push({ start: block.start, end: block.end });
      else if (sentences.length === 0) {
        headlines.shift();
        headlines.push({ start: block.start, end: block.end });
      }
      titleInBody ||= titleKey !== "" && comparisonKey(body.slice(block.start, block.end)) === titleKey;
      continue;
    }
    let opensLine = true;
    for (const { start, end } of segmentSentences(body, block.start, block.end)) {
      const text = body.slice(start, end);
      sentences.push({
        start,
        end,
        text,
        paragraph: block.paragraph,
        bullet: block.kind === "bullet",
        opensLine,
      });
      opensLine = false;
    }
  }
  const headlineTexts = headlines.map((headline) => body.slice(headline.start, headline.end));
  if (title !== null && !titleInBody) headlineTexts.push(title);
  const pending = new PendingScores();
  const claims = buildClaims(body, sentences, headlineTexts, pending, questions);
  pending.scoreAll(score);
  const merged = mergeStandfirst(mergeDuplicates(claims));
  for (const headline of headlines) {
    const text = body.slice(headline.start, headline.end);
    const tag = detectAttribution(text);
    const summarised = attachHeadline(
      merged,
      headline,
      tag === null ? text : text.slice(tag.contentStart, tag.contentEnd),
    );
    if (summarised !== null) promoteHeadlineClaim(summarised);
  }
  if (title !== null && !titleInBody) {
    const titleOnly = addTitle(merged, title, body, score);
    if (titleOnly !== null) merged.push(titleOnly);
  }
  // An opinion piece says what it says in its author's voice: "Opinion" … "By Ruth Amsel".
  const author = opinionAuthor(original);
  if (author !== null)
    for (const claim of merged)
      if (claim.speaker === null && claim.reportedBy === null) claim.speaker = author;
  return merged.sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * A title given apart from the body (and not repeated in it) joins the body claim it summarises
 * as a span with `field: "title"`. When the body never says it, the title's claim is returned, with
 * offsets into the title: it is still the article's central claim.
 */
function addTitle(
  claims: ExtractedClaim[],
  title: string,
  body: string,
  score: SentenceScorer,
): ExtractedClaim | null {
  const end = title.trimEnd().length;
  const start = end - title.slice(0, end).trimStart().length;
  if (end === start) return null;
  const text = title.slice(start, end);
  const tag = detectAttribution(text);
  const content = tag === null ? text : text.slice(tag.contentStart, tag.contentEnd);
  const summarised = attachTitle(claims, { start, end }, content);
  if (summarised !== null) {
    promoteHeadlineClaim(summarised);
    return null;
  }
  if (!isClaimCandidate(content)) return null;
  const quote =
    tag === null ? { start, end } : { start: start + tag.contentStart, end: start + tag.contentEnd };
  const claimText = asSentence(content);
  const speakerPhrase = tag?.speakerPhrase ?? null;
  const named = speakerPhrase === null ? null : (parseSpeakerPhrase(speakerPhrase)?.name ?? null);
  const speaker = named === null ? null : titleSpeaker(named, claims, body);
  const claim = makeClaim(title, quote, claimText, speaker, null, null, "title");
  setScore(claim, scoreClaim(claimText, score));
  promoteHeadlineClaim(claim);
  return claim;
}

/** A headline's speaker as the body names them. */
function titleSpeaker(named: string, claims: ExtractedClaim[], body: string): string {
  // "…, Governor Says": the body names the governor ("Gov. Ana Ruiz said …").
  const holder = personWithRole(named, body);
  if (holder !== null || named.includes(" ")) return holder ?? named;
  // "…, Mayor Ortiz Says": the body's claims give the full name ("Ana Ortiz").
  return claims.find((claim) => claim.speaker?.endsWith(` ${named}`))?.speaker ?? named;
}

function buildClaims(
  body: string,
  sentences: SentenceUnit[],
  headlines: string[],
  pending: PendingScores,
  questions: readonly Question[] = [],
): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  // The explainer's question headings not yet passed, in order.
  let nextQuestion = 0;
  // Attributed as the loop reaches each sentence, so no per-sentence results pile up.
  const attributions = new AttributionResolver(sentences);
  const entities = new EntityMemory();
  for (const headline of headlines) entities.learnHeadline(headline);
  const cases = new WordCases(sentences);
  const organisations = new OrganisationCues(body);
  /** `nameOpeningPronoun`, also naming the "it" of a one-word name the article calls a company. */
  const namePronoun = (content: string, speaker: string | null, action: string | null): string => {
    const named = nameOpeningPronoun(content, speaker, action);
    // "AFAD said it had sent …": an acronym names an organisation, never a person.
    return named === content &&
      speaker !== null &&
      IT_OPENING.test(content) &&
      (organisations.has(speaker) || ACRONYM.test(speaker))
      ? `${speaker}${content.slice(2)}`
      : named;
  };
  // The sentence before, as standalone text when its opening pronoun was named ("It ..." → "The budget ...").
  let previousText: string | null = null;
  // "Here is what it contains": the lead that paragraphs opening with a counted thing read after.
  let contents: ContentsLead | null = null;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (sentence === undefined) continue;
    if (contents !== null && sentence.paragraph - contents.paragraph > MAX_CONTENTS_PARAGRAPHS)
      contents = null;
    // "What does the package include?" as a heading over paragraphs that list things: their lead.
    let question: Question | undefined;
    while ((questions[nextQuestion]?.paragraph ?? Number.POSITIVE_INFINITY) < sentence.paragraph)
      question = questions[nextQuestion++];
    if (question !== undefined && (sentences[index - 1]?.paragraph ?? -1) < question.paragraph) {
      const asked = MAY_LEAD_CONTENTS.test(question.text) && isListHeading(question.text);
      const lead = asked ? describeListLead(question.text, entities) : null;
      contents =
        lead?.entity == null
          ? null
          : {
              lead: { lead: lead.lead, entity: lead.entity },
              speaker: creditLister(lead.entity, null, entities),
              paragraph: question.paragraph,
              index: index - 1,
            };
    }
    if (contents !== null && opensItemParagraph(sentence, sentences[index - 1])) {
      const parentId = stableId(sentence, contents.lead.lead);
      const credit = { speaker: contents.speaker, reportedBy: null, parentId };
      claims.push(...bulletClaims(body, [sentence], contents.lead.lead, cases, pending, credit));
      previousText = sentence.text;
      continue;
    }
    // "- 20 armored ambulances" right after a paragraph about the package, with no "It includes:".
    const bare =
      sentence.bullet && !isListLine(sentences[index - 1])
        ? bareBullets(body, sentences, index, entities)
        : null;
    if (bare !== null) {
      const { bullets, lead } = bare;
      const speaker = creditLister(lead.entity, null, entities);
      const last = bullets.at(-1) ?? sentence;
      const parentId = stableId({ start: sentence.start, end: last.end }, lead.lead);
      const credit = { speaker, reportedBy: null, parentId };
      claims.push(...bulletClaims(body, bullets, lead.lead, cases, pending, credit));
      previousText = last.text;
      index += bullets.length - 1;
      continue;
    }
    const attribution = attributions.resolve(index);
    const previous = previousText;
    previousText = sentence.text;
    const content = sentence.text.slice(attribution.contentStart, attribution.contentEnd);
    // "The minister criticised the new sanctions and said they would backfire": the speaker's own action.
    const before = sentence.text.slice(0, attribution.contentStart);
    if (before !== "") entities.learnTagSum(before);
    // "Lawmakers criticised the package, saying it was too small": the action before the participle.
    const participle = attribution.action?.subject === "" ? attribution.action : null;
    const ownAction =
      participle !== null
        ? sentence.text.slice(participle.start, participle.end)
        : actionBeforeSaying(before, attribution.speaker, sentences[index - 1]?.text ?? null);
    // "The package contains:" is no claim by itself, but the bullets after it are. So is "The ministry
    // said the package includes:", whose tag leaves the colon out of the content, and "What's in the package".
    const leadsBullets =
      (sentence.text.trimEnd().endsWith(":") || isListHeading(sentence.text)) &&
      isListLine(sentences[index + 1]);
    // "120 were injured" after "Four people died …" reads "120 people were injured".
    const earlierSentences = [sentences[index - 1]?.text, sentences[index - 2]?.text];
    const counted = attribution.cut === null ? nameBareCount(content, earlierSentences) : null;
    // "they would backfire" is too short to stand alone; "the new sanctions would backfire" is not.
    const objectReported =
      ownAction === null || attribution.speaker === null
        ? null
        : nameReportedObject(content, attribution.speaker, ownAction);
    const candidateText = objectReported ?? counted ?? content;
    // "Here is what it contains, according to the ministry": no claim, but the paragraphs after it list things.
    const contentsLead =
      !leadsBullets && MAY_LEAD_CONTENTS.test(content) && isListHeading(content)
        ? describeListLead(content, entities)
        : null;
    if (contentsLead?.entity) {
      const speaker = creditLister(contentsLead.entity, attribution.speaker, entities);
      contents = {
        lead: { lead: contentsLead.lead, entity: contentsLead.entity },
        speaker,
        paragraph: sentence.paragraph,
        index,
      };
      entities.learn(sentence.text, attribution.speaker);
      continue;
    }
    // "His lawyer said he would appeal": "he" is the person the lawyer speaks for, named below.
    const owner = OWNED_SPEAKER_OPENING.exec(before)?.[1]?.toLowerCase();
    const ownersPronoun = owner !== undefined && (owner === "his" ? HE : SHE).test(content);
    const candidate =
      isClaimCandidate(candidateText) ||
      ((attribution.speaker !== null || HAS_DIGIT.test(content) || COUNT_WORD_OPENING.test(content)) &&
        isShortStatement(content)) ||
      (ownersPronoun && attribution.openingPerson !== null && content.split(" ").length >= 3);
    // "The support is divided into the following measures." before prose: it announces, claims nothing.
    const announcesOnly = !leadsBullets && isListHeading(sentence.text);
    if (attribution.bareTag || announcesOnly || (!leadsBullets && !candidate)) {
      entities.learn(sentence.text, attribution.speaker);
      continue;
    }
    // "Roe said he ..." and "She expects ...": the opening pronoun is the speaker. Not in
    // "“He was not there,” Roe said.": a quotation mark before the content is no tag.
    // Nor in 'Doyle added: "He has been here eight weeks."': in a quotation, a speaker says "I".
    const quotedContent = QUOTE_BEFORE_CONTENT.test(before);
    const reported =
      (attribution.prefix === "" && OPENING_QUOTES.test(before) && !quotedContent) ||
      (attribution.pronounSpeaker && /^(?:he|she|it)\s/i.test(sentence.text));
    // "The union welcomed the offer, saying it was a step forward": after an action on something, an
    // "it" that is described is that thing, not the speaker ("…, saying it expected …" is the speaker);
    // left as it is when the action names no one thing for it.
    const afterAction =
      participle !== null &&
      /^it\s+(?:is|was|would be|will be|has been|had been|remains|remained|seemed)\s/i.test(content) &&
      (objectReported ?? content) === content;
    // "His lawyer, Ada Quist, said he would appeal": the "he" is whoever "his" is, not the lawyer.
    // "According to the news agency WAM, it comprises: …": a speaker includes or costs nothing; the
    // "it" is the thing described before (or the object of the speaker's own action, named below).
    const thingsIt = ownAction === null && THING_ONLY_IT.test(content);
    const speakerName = reported && !afterAction && !ownersPronoun && !thingsIt ? attribution.speaker : null;
    const claimText = counted ?? withoutCut(sentence.text, attribution);
    // "It includes ..." after "The council approved the budget." reads "The budget includes ...".
    const opensSentence = attribution.contentStart === 0 && attribution.prefix === "";
    // "Sources familiar with the matter said it would include …": a person's or a group's reported
    // "it" is no speaker, so it may be the thing the sentence before described.
    // Not after an action of the speaker's own ("called it … and said it"), whose "it" that may be.
    const reportedIt =
      !opensSentence &&
      ownAction === null &&
      attribution.prefix === "" &&
      OPENING_PRONOUN.test(claimText) &&
      speaksForNoThing(attribution.speaker) &&
      !(IT_OPENING.test(claimText) && attribution.speaker !== null && organisations.has(attribution.speaker));
    // "Asked whether the bank would cut rates, Sund said it had no plans to": the "it" is what was asked about.
    const askedAbout =
      reportedIt &&
      sentence.text.startsWith("Asked ") &&
      IT_OPENING.test(claimText) &&
      !EXPLETIVE_IT.test(claimText)
        ? ASKED_ABOUT.exec(sentence.text)?.[1]
        : undefined;
    const standalone =
      askedAbout !== undefined
        ? `${capitalize(askedAbout)}${claimText.slice(2)}`
        : opensSentence || reportedIt
          ? (standaloneOpening(claimText, previous, entities) ??
            (opensSentence
              ? ((saidByThem(sentence.text, attribution)
                  ? null
                  : standalonePossessive(claimText, previous)) ?? standaloneCompany(claimText, previous))
              : null))
          : null;
    // "There are also 10 tanks in the package." → "The <package> includes 10 tanks.".
    const thingNamed =
      standalone ?? nameThereInThing(claimText, entities) ?? nameOpeningThing(claimText, entities);
    // "His lawyer, Ada Quist, said her client would appeal": the client is whoever "His" is; "Fenn's
    // lawyer, Dana Holt, said her client …" and "Holt, Fenn's lawyer, said …": Fenn.
    const clientNamed =
      before.includes("s lawyer") || before.includes("s attorney") ? LAWYER_OF.exec(before)?.[1] : undefined;
    const clientName = clientNamed ?? (owner !== undefined ? attribution.openingPerson : null);
    const client = clientName === null ? null : CLIENT_OPENING.exec(thingNamed);
    const named = client === null ? thingNamed : `${clientName}${thingNamed.slice(client[0].length)}`;
    // "Farmers oppose it." after "The minister unveiled a new levy." reads "Farmers oppose the new levy.";
    // not in a quotation, whose pronouns are the speaker's ("“We warned them,” she said").
    const objectSource = DOUBLE_QUOTE_MARK.test(sentence.text) ? null : (sentences[index - 1]?.text ?? null);
    // "He scored twice." after "Tomas Brell joined in May." reads "Tomas Brell scored twice.".
    // "Prosecutors said he received …": the group's "he" is the person named before, not the group.
    // 'He added: "He has been here eight weeks."': the quoted "he" is someone the speaker talks about.
    // "She said investigators had found that he had lost …": his "he" is not she.
    const sentenceSex = sexOpening(sentence.text);
    const contentSex = sentenceSex === null ? null : sexOpening(content);
    const otherSex = contentSex !== null && contentSex !== sentenceSex;
    const pronounCandidate = attribution.reportedPerson ?? speakerName ?? attribution.openingPerson;
    // The sentence's own "She" is the speaker or the one who relays: neither is the content's "he".
    const saidBySheOrHe = [attribution.speaker, attribution.reportedBy, attribution.openingPerson];
    const pronounOf =
      quotedContent || (otherSex && saidBySheOrHe.includes(pronounCandidate)) ? null : pronounCandidate;
    const countryNamed = nameOwnCountry(named, before);
    const objectNamed = nameObjectFromPrevious(namePronoun(countryNamed, pronounOf, ownAction), objectSource);
    const text = asSentence(attribution.prefix + objectNamed);
    if (standalone !== null) previousText = text;

    const base = sentence.start + attribution.contentStart;
    // A sentence with a tag in its middle is kept whole: its pieces no longer map to one span. Unless
    // the tag separates two claims ("…, the board said, adding that …").
    // "What does the package contain? Mainly 40 trucks and 12 boats.": the answer lists the package's things.
    const answer = contents?.index === index - 1 ? answerToContents(content, base, contents.lead.lead) : null;
    const clauses =
      answer !== null
        ? [answer]
        : attribution.cut === null
          ? splitClauses(content, base)
          : aroundCut(sentence, attribution);
    const bullets = leadsBullets ? followingBullets(body, sentences, index) : [];
    let bulletLead = bullets.length > 0 ? describeListLead(withoutColon(text), entities) : null;
    // `listed`: an item of a list, whose score leans on the list's (see PendingScores).
    const atomic: Array<Piece & { speaker?: string | null; listed?: boolean }> = [];
    let speaker = attribution.speaker;
    let previousClause: string | null = null;
    // "X said A, while Y said B and that C": once a clause names its own speaker, the clauses after it
    // ("that C") are that speaker's too.
    let clauseSpeaker: string | null = null;
    // Whether a ", while <Name> …" clause handed the sentence back to the reporter.
    let reporterContrast = false;
    // Earlier clauses of the sentence, nearest first, then the sentences before: where a count's noun is.
    const countContext = earlierSentences.slice();
    // "Britain pledged £40m, the EU €55m and Japan $20m": the sentence is its subject's own deed, and
    // a piece with a subject of its own ("The EU pledged €55m.") is no claim of Britain's.
    const deedSubject =
      attribution.contentStart === 0 &&
      attribution.prefix === "" &&
      attribution.speaker !== null &&
      sentence.text.startsWith(attribution.speaker)
        ? attribution.speaker
        : null;
    for (const clause of clauses) {
      const clauseBefore = previousClause;
      previousClause = clause.text;
      const clauseCounted = clauses.length > 1 ? nameBareCount(clause.text, countContext) : null;
      countContext.unshift(clause.text);
      const list = clauseList(body, clause, entities, cases);
      speaker = creditLister(list?.entity ?? null, speaker ?? list?.lister ?? null, entities);
      if (list !== null) {
        // "Ferro Motors said it would cut A, close B and sell C": each item's "it" is the speaker, as the
        // sentence's is. Not "said it includes A and B", whose "it" is the thing listed.
        // "He received cash, a holiday home and a car" after a sentence about Luca Ferraro: his, too.
        const person = PERSON_PRONOUN_OPENING.test(claimText) ? namedPerson(pronounOf) : null;
        const pronounNamed =
          standalone !== null
            ? null
            : person !== null
              ? namePronoun(claimText, person, ownAction)
              : speakerName !== null &&
                  (PRONOUN_BEFORE_AUXILIARY.test(claimText) || ITS_OPENING.test(claimText))
                ? namePronoun(claimText, speakerName, ownAction)
                : null;
        // "criticised the plan, saying it ignored A, B and C": each item's "it" is the plan, as the sentence's was.
        const objectNamed = objectReported !== null && objectReported !== content ? objectReported : null;
        const opening =
          standalone ?? (pronounNamed !== null && pronounNamed !== claimText ? pronounNamed : objectNamed);
        for (const item of list.items) {
          const sameOpened =
            opening === null ? item.text : asSentence(sameOpening(item.text, claimText, opening));
          // "The first tranche includes A, while the second includes B": the second is a tranche too.
          const own =
            clauseBefore !== null && ELIDED_ORDINAL_OPENING.test(sameOpened)
              ? (standaloneOpening(sameOpened, clauseBefore, entities) ?? sameOpened)
              : sameOpened;
          // "Most came from Kesh, Varna and Dovria" after "48,000 migrants crossed …": each item names them.
          // Only when the sentence itself was one (`counted`), so items are not read twice for nothing.
          const itemCounted = counted === null ? null : nameBareCount(own, earlierSentences);
          atomic.push({
            text: nameOpeningThing(itemCounted ?? own, entities),
            start: item.start,
            end: item.end,
            listed: true,
            ...(list.entity === null ? othersDeed(deedSubject, item.text) : {}),
          });
        }
      } else if (clauses.length > 1) {
        const first = clause.start === base;
        // "The bank kept its rate at 4 percent and said inflation would ease": the second claim is the
        // bank's. "…, the agency said, and economists warned that …": a clause with its own speaker is
        // theirs whoever spoke the rest.
        // "Saudi Arabia said it would give $150 million, while Canada committed 60 million": after
        // ", while", a clause with a name of its own is the reporter's contrast, as are the clauses after it.
        if (
          !first &&
          attribution.speaker !== null &&
          CONTRAST_BEFORE.test(body.slice(Math.max(0, clause.start - 10), clause.start)) &&
          NAMED_OPENING.test(clause.text) &&
          !clause.text.startsWith(attribution.speaker)
        )
          reporterContrast = true;
        const ownsClause = attribution.speaker === null || clause.text.length === clause.end - clause.start;
        const reported =
          first || !ownsClause
            ? null
            : reportedClause(clause, clauseBefore, (name) => attributions.inFullName(name, index));
        if (reported !== null) {
          atomic.push(reported);
          clauseSpeaker = reported.speaker;
          continue;
        }
        // "It would raise pay and extend a credit": a later predicate reads with the subject repeated
        // (its text is longer than its span), a pronoun named as the sentence's was.
        const repeatsSubject = !first && clause.text.length > clause.end - clause.start;
        const antecedent =
          first && opensSentence
            ? standaloneOpening(clause.text, previous, entities)
            : repeatsSubject && standalone !== null
              ? sameOpening(clause.text, claimText, standalone)
              : clauseBefore !== null && ELIDED_ORDINAL_OPENING.test(clause.text)
                ? standaloneOpening(capitalize(clause.text), clauseBefore, entities)
                : null;
        // "…,” she said, adding that her government would respond": the speaker's "her" is named too.
        const separated = attribution.cut?.separates === true;
        // "She ordered him to repay €900,000 and barred him from office": a person's "she" in each clause.
        const person = PERSON_PRONOUN_OPENING.test(clause.text) ? namedPerson(pronounOf) : null;
        const named = separated ? attribution.speaker : (speakerName ?? person);
        // "said it had opened …, and that it had identified …": each reported clause's "it" is the speaker.
        const reportedAgain = AFTER_AND_THAT.test(body.slice(Math.max(0, clause.start - 12), clause.start));
        // "He denied any wrongdoing and said he had repaid every penny": the later predicate is a tag of
        // the repeated subject; what was said is the claim, not the saying.
        const said = repeatsSubject && attribution.speaker !== null ? saidByRepeatedSubject(clause) : null;
        const own =
          first || separated || repeatsSubject || reportedAgain
            ? namePronoun(
                said ?? antecedent ?? clauseCounted ?? clause.text,
                named,
                separated ? null : ownAction,
              )
            : (antecedent ?? clauseCounted ?? clause.text);
        const clauseText = asSentence(
          attribution.prefix + nameOpeningThing(nameTheRest(own, clauseBefore), entities),
        );
        // "The ministry declined to say when … but said 40 trucks were ready": only the second is a claim.
        if (saysNothingToCheck(clauseText)) continue;
        atomic.push({
          text: clauseText,
          start: clause.start,
          end: clause.end,
          // What the subject said is theirs, whatever it opens with.
          ...(said === null ? othersDeed(deedSubject, clauseText) : {}),
          ...(clauseSpeaker !== null && reportedAgain ? { speaker: clauseSpeaker } : {}),
          ...(reporterContrast ? { speaker: null } : {}),
        });
      }
    }
    const action = attribution.action === null ? null : actionClaim(sentence, attribution.action, speaker);
    // "Brekke rejected that, saying …", "Ruud went further, saying …": the deed itself says nothing to
    // check; what was said is the claim.
    const deed =
      action === null ||
      saysNothingToCheck(asSentence(action.text)) ||
      splitLength(action.text) < MIN_DEED_WORDS
        ? null
        : action;
    if (deed !== null) {
      // "Judge Roe said … and ordered him to repay the money": what the speaker did is a claim of its
      // own, next to what they said (which then spans its own words, not the sentence).
      if (atomic.length === 0) {
        const start = sentence.start + attribution.contentStart;
        atomic.push({ text, start, end: sentence.start + attribution.contentEnd });
      }
      // "… and announced a plan to hire 2,000 nurses, cut red tape and open four centers": a deed
      // that lists things is one claim per thing, as any sentence is. The subject comes before the
      // deed's span, so an item spanning it starts where the deed does; an item wholly inside the
      // subject would have no span of its own, and the deed stays whole then.
      const listed = listWithSubject(body, deed, entities, cases);
      if (listed === null || listed.items.some((item) => item.end <= deed.start)) {
        // "… and ordered him to repay the money": the deed is narrative, so its "him" is the one person
        // the sentence before names, even when what was said is a quotation.
        const deedText = nameObjectFromPrevious(deed.text, sentences[index - 1]?.text ?? null);
        atomic.push({ text: asSentence(deedText), start: deed.start, end: deed.end, speaker: null });
      } else
        for (const item of listed.items) {
          const start = Math.max(item.start, deed.start);
          atomic.push({ text: item.text, start, end: item.end, speaker: null, listed: true });
        }
    }
    entities.learn(sentence.text, speaker);
    // "The package will arrive in May and consists of the following:": the last clause leads the
    // bullets and is no claim itself; the clauses before it are. It is read as written ("The package
    // consists of"), so the lead still points at the thing described.
    const lastClause = clauses.at(-1);
    const leadClause =
      bullets.length > 0 &&
      clauses.length > 1 &&
      atomic.length > 1 &&
      atomic.at(-1)?.start === lastClause?.start
        ? lastClause
        : undefined;
    if (leadClause !== undefined) {
      atomic.pop();
      bulletLead = describeListLead(withoutColon(leadClause.text), entities);
    }

    // Only list items name their parent; computing the id for every sentence would be wasted work.
    const parentId = atomic.length > 0 || bullets.length > 0 ? stableId(sentence, text) : null;
    if (atomic.length > 0) {
      // Each clause and item is scored on its own standalone words: "The plan cuts fees by 40%." and
      // "The mayor called it a good start." in one sentence are not equally worth checking.
      const list = pending.newList();
      for (const item of atomic) {
        const itemSpeaker = item.speaker === undefined ? speaker : item.speaker;
        const claim = makeClaim(body, item, item.text, itemSpeaker, attribution.reportedBy, parentId);
        pending.add(claim, item.listed === true ? list : null);
        claims.push(claim);
      }
    }
    if (bulletLead !== null && (atomic.length === 0 || leadClause !== undefined)) {
      // Bullets listing a thing described before are credited as an inline list of it is. The lead may
      // have named it already ("The tranche contains:" read "The new … tranche contains").
      speaker = creditLister(
        bulletLead.entity ?? subjectEntity(claimText, standalone, previous, entities),
        speaker,
        entities,
      );
      const credit = { speaker, reportedBy: attribution.reportedBy, parentId };
      claims.push(
        ...bulletClaims(
          body,
          bullets,
          bulletLead.lead,
          cases,
          pending,
          credit,
          withoutColon(leadClause?.text ?? content),
        ),
      );
      index += bullets.length;
    } else if (atomic.length === 0 && !saysNothingToCheck(text)) {
      // "The package also includes 20 trucks.": one more item of a thing someone listed is theirs too.
      const listed =
        mayInclude(claimText) && INCLUDES_ONE.test(claimText)
          ? subjectEntity(claimText, standalone, previous, entities)
          : null;
      speaker = creditLister(listed, speaker, entities);
      const claim = makeClaim(body, sentence, text, speaker, attribution.reportedBy, null);
      pending.add(claim, null);
      claims.push(claim);
    }
  }
  return claims;
}

/** ", they said.": a closing tag whose speakers are "they". */
const THEY_TAG_AFTER = /^[,”"’]*\s+they\s/;

/**
 * Whether the claim's closing tag calls its speakers "they": "Its light took 13 billion years to reach
 * us, they said" after "The team estimates …" is the galaxy's light, not the team's, whom "they" names.
 */
function saidByThem(text: string, attribution: ResolvedAttribution): boolean {
  return attribution.pronounSpeaker && THEY_TAG_AFTER.test(text.slice(attribution.contentEnd));
}

/** " said ", " insisted ": a reporting verb a repeated subject may open a clause with. */
const SAID_VERB = /\s(?:said|says|insisted|insists|added|argued|claimed|stressed)\s/;

/**
 * "He said he had repaid every penny", its "He" repeated from the sentence: what was said ("he had
 * repaid every penny"); null when the clause is no tag of that subject.
 */
function saidByRepeatedSubject(clause: { text: string; start: number; end: number }): string | null {
  if (!SAID_VERB.test(clause.text)) return null;
  const subjectLength = clause.text.length - (clause.end - clause.start);
  const tag = detectAttribution(clause.text);
  if (tag === null || tag.contentStart <= subjectLength || tag.contentEnd <= tag.contentStart) return null;
  return tag.speakerPhrase?.trim() === clause.text.slice(0, subjectLength).trim()
    ? clause.text.slice(tag.contentStart, tag.contentEnd)
    : null;
}

/** "… criticised the new sanctions and said": an action of the speaker's own before the reporting verb. */
/**
 * What the speaker did before saying it, whose one object a reported "it" or "they" may be:
 * "criticised the sanctions and said …", or a relative clause ("Sen. X, who voted against the bill,
 * said it would …"). "He called it “a waste” and said it …" after "Sen. Ada Vor voted against the
 * measure.": the action's "it" is the measure, and so is the reported one.
 */
function actionBeforeSaying(before: string, speaker: string | null, previous: string | null): string | null {
  if (speaker === null) return null;
  if (OWN_ACTION_THEN_SAID.test(before)) return nameObjectFromPrevious(before, previous);
  return RELATIVE_ACTION_THEN_SAID.exec(before)?.[1] ?? null;
}

const RELATIVE_ACTION_THEN_SAID = new RegExp(
  String.raw`,\s+who\s+([^,]{4,80}),\s+(?:${SAYS_AGAIN}|argued|told\s+\S+)(?:\s+\p{Lu}\p{Ll}+day)?(?:\s+that)?\s*$`,
  "u",
);
const OWN_ACTION_THEN_SAID = new RegExp(String.raw`\s(?:and|but)\s+(?:${SAYS_AGAIN})(?:\s+that)?\s*$`);

/** "it comprises", "it will also include", "it costs": a verb only a thing takes, after "it". */
const THING_ONLY_IT = /^it\s+(?:(?:also|will|would)\s+){0,2}(?:includ|contain|compris|consist|cost|total)/i;

/** A cheap look for INCLUDES_ONE's verbs before its pattern. */
function mayInclude(text: string): boolean {
  return text.includes("inclu") || text.includes("contain") || text.includes("compris");
}

/** "The package also includes …", "It will contain …": the subject, then a verb of inclusion. */
const INCLUDES_ONE =
  /^\S+(?:\s+\S+){0,3}?\s+(?:also\s+)?(?:will\s+(?:also\s+)?)?(?:includes?|included|contains?|contained|comprises?|comprised)\s/;

/**
 * The earlier-described thing a claim is about: the one it opens with ("The tranche …"), or the one
 * its opening pronoun was named after ("It also contains:" after "The package contains …").
 */
function subjectEntity(
  claimText: string,
  standalone: string | null,
  previous: string | null,
  entities: EntityMemory,
): Entity | null {
  const opening = openingEntity(claimText, entities);
  if (opening !== null || standalone === null || previous === null) return opening;
  return openingEntity(previous, entities);
}

/**
 * A later clause that reports what its (repeated) subject said: "The bank said inflation would ease"
 * → "Inflation would ease.", credited to the bank, its span starting after "said".
 */
function reportedClause(
  clause: Piece,
  action: string | null,
  inFull: (name: string) => string,
): (Piece & { speaker: string | null }) | null {
  const tag = detectAttribution(clause.text);
  const repeated = clause.text.length - (clause.end - clause.start);
  if (tag === null || tag.speakerPhrase === null || tag.contentStart < repeated || tag.cut !== undefined)
    return null;
  const parsed = parseSpeakerPhrase(tag.speakerPhrase);
  // "Petrenko posted a video and said …": the surname in full, as the article gave it before.
  const speaker = parsed === null ? null : parsed.isPerson ? inFull(parsed.name) : parsed.name;
  if (speaker === null || tag.contentEnd <= tag.contentStart) return null;
  // "… kept its rate at 4% and said it would cut rates in May": the reported "it" is named as any speaker's is.
  const content = clause.text.slice(tag.contentStart, tag.contentEnd);
  return {
    text: asSentence(nameOpeningPronoun(content, speaker, action)),
    start: clause.start + tag.contentStart - repeated,
    end: clause.start + tag.contentEnd - repeated,
    speaker,
  };
}

/**
 * "… and ordered him to repay the money" → "Judge Ilse Moreau ordered him to repay the money.";
 * "The bank kept its rate at 4.5 percent, saying …" → "The bank kept its rate at 4.5 percent.": the
 * article's own claim about what the speaker did, as written (not yet ended as a sentence).
 */
function actionClaim(sentence: SentenceUnit, action: SpeakerAction, speaker: string | null): Piece | null {
  const words = sentence.text.slice(action.start, action.end);
  const written = action.subject.trim();
  const pronoun = /^(?:he|she|it|they|we|i)$/i.test(written);
  // "the Republican governor said … and credited …": a role the speaker was resolved from is the speaker.
  const role = /^the\s/i.test(written) && speaker !== null;
  const subject = pronoun || role ? speaker : action.subject;
  if (subject === null) return null;
  // As written (its span's words after the subject they need), for reading lists in it.
  const text = subject === "" ? words : `${subject} ${words}`;
  return { text, start: sentence.start + action.start, end: sentence.start + action.end };
}

/**
 * A list continued later is attributed to whoever listed the thing most recently: the sentence's
 * speaker if it has one (who then becomes the thing's lister), else the thing's last lister.
 */
function creditLister(listed: Entity | null, speaker: string | null, entities: EntityMemory): string | null {
  if (listed === null) return speaker;
  entities.markListed(listed);
  const credited = speaker ?? listed.speaker;
  if (credited !== null) listed.speaker = credited;
  return credited;
}

/**
 * The list a clause makes, read with the subject a shared-subject clause repeats ("The package is
 * the largest and includes A and B" → "The package includes A and B"): items still span the body.
 */
function clauseList(
  body: string,
  clause: Piece,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  const list = listWithSubject(body, clause, entities, cases);
  return list?.items.every((item) => item.start >= clause.start) ? list : null;
}

/**
 * The list `piece` makes when its text is its body span read after a subject ("The council" +
 * "approved A and B"); item offsets count the subject as written just before the span.
 */
function listWithSubject(
  body: string,
  piece: Piece,
  entities: EntityMemory,
  cases: WordCases,
): ListDecomposition | null {
  const span = body.slice(piece.start, piece.end);
  const subject = piece.text.endsWith(span) ? piece.text.slice(0, piece.text.length - span.length) : "";
  return decomposeList(subject + span, piece.start - subject.length, entities, cases);
}

/** "it would", "she had": a reported pronoun before an auxiliary, which opens a predicate series. */
const PERSON_PRONOUN_OPENING = /^(?:he|she)\s/i;

/** `person` when it is a name a "he" or "she" can stand for; not a debater's "I've". */
function namedPerson(person: string | null): string | null {
  return person !== null && /^\p{Lu}/u.test(person) && !FIRST_PERSON.test(person) ? person : null;
}
const FIRST_PERSON = /^(?:I|We)(?:['’]\p{Ll}+)?$/u;
const PRONOUN_BEFORE_AUXILIARY =
  /^(?:it|he|she|they)\s+(?:would|will|could|can|may|might|must|should|had|has|have|was|were|is|are)\s/i;

/**
 * "It also funds A; B; and C" named "The spending plan also funds …": each item opening with the
 * same pronoun ("It also funds A.") gets the same name.
 */
function sameOpening(item: string, sentence: string, named: string): string {
  // "It", "Its", or "The company" (named by `standaloneCompany`).
  const pronoun = /^(?:The\s+)?\S+/.exec(sentence)?.[0] ?? "";
  // The item opens a sentence of its own: "It would close …" after "it would cut …".
  if (pronoun === "" || item.slice(0, pronoun.length + 1).toLowerCase() !== `${pronoun.toLowerCase()} `)
    return item;
  // "Additionally, it includes A and B" named without its opening word: no pronoun to swap here.
  if (!named.endsWith(sentence.slice(pronoun.length))) return item;
  const antecedent = named.slice(0, named.length - sentence.length + pronoun.length);
  return `${antecedent}${item.slice(pronoun.length)}`;
}

/** Short bullet lines right after a lead-in ending with a colon. */
function followingBullets(body: string, sentences: SentenceUnit[], leadIndex: number): SentenceUnit[] {
  const bullets: SentenceUnit[] = [];
  let marker: string | null = null;
  for (let i = leadIndex + 1; i < sentences.length; i++) {
    const candidate = sentences[i];
    if (candidate === undefined || !isListLine(candidate) || candidate.text.split(/\s+/).length > 20) break;
    // "• 1,500 blankets" then "3. In addition, …": a press release's next numbered paragraph, after
    // the bullets of the one before, is no more of their list.
    if (candidate.bullet) {
      const kind = markerKind(body, candidate);
      marker ??= kind;
      if (kind !== marker) break;
    }
    bullets.push(candidate);
  }
  return bullets;
}

/**
 * Whether a bullet opens with a number ("3.", "2)") or a mark ("•", "-"): the word before it, as the
 * reading copy has no line breaks.
 */
function markerKind(body: string, bullet: SentenceUnit): "number" | "mark" {
  // Walked back from the bullet: trimming a copy of all the body before it, per bullet, grew with the body.
  let markerEnd = bullet.start;
  while (markerEnd > 0 && isSpaceCode(body.charCodeAt(markerEnd - 1))) markerEnd--;
  const markerStart = body.lastIndexOf(" ", markerEnd - 1) + 1;
  return /^\(?\d{1,2}[.)]$/.test(body.slice(markerStart, markerEnd)) ? "number" : "mark";
}

/**
 * Each bullet of a list as the claim its lead makes of it ("The package includes" + "- 20 trucks"),
 * scored on its own words like every claim.
 */
function bulletClaims(
  body: string,
  bullets: SentenceUnit[],
  lead: string,
  cases: WordCases,
  pending: PendingScores,
  credit: { speaker: string | null; reportedBy: string | null; parentId: string | null },
  writtenLead = lead,
): ExtractedClaim[] {
  const { speaker, reportedBy, parentId } = credit;
  const list = pending.newList();
  return bulletTexts(bullets, lead, cases, writtenLead).map(({ item, text }) => {
    const claim = makeClaim(body, item, text, speaker, reportedBy, parentId);
    pending.add(claim, list);
    return claim;
  });
}

/** Each item the bullets list, with its claim's text. */
function bulletTexts(
  bullets: SentenceUnit[],
  lead: string,
  cases: WordCases,
  writtenLead: string,
): Array<{ item: Span & { text: string }; text: string }> {
  // "The largest pledges were:" over "Saudi Arabia: $500 million" lines: "The largest pledges were
  // Saudi Arabia's $500 million." The names keep their capitals, whatever the list's style.
  const owners = BE_LEAD_END.test(writtenLead)
    ? ownedAmounts(bullets.map((bullet) => bulletItem(bullet, cases, false)))
    : null;
  if (owners !== null)
    return owners.map((item) => ({ item, text: asSentence(`${writtenLead} ${item.text}`) }));
  // A list whose lines all open with a capital writes them in sentence case; a mixed one capitalises names.
  const sentenceCase = !bullets.some((bullet) => STARTS_LOWER_CASE.test(bullet.text));
  // "The package includes:" over "- Shelter: 900 tents": a category, not what a fact is about ("Key facts:").
  const listsContents = INCLUSION_LEAD_END.test(lead);
  // A line of bare marks ("“" under a lone ":") lists nothing.
  const items = bullets.flatMap((bullet) => {
    const cased = bulletItem(bullet, cases, sentenceCase);
    const item = listsContents ? withoutCategoryLabel(cased) : cased;
    return WORD_CHARACTER.test(item.text) ? (bulletSeries(item) ?? splitCoordinatedModifier(item)) : [];
  });
  // "The closures will affect" reads on into each line; "The report made three recommendations" keeps its colon.
  // The lead as written decides when naming the thing made its subject too long to read ("The 2.3
  // billion kroner budget for 2027 sets aside" from "The budget sets aside").
  const readsOn =
    leadBeforeItems(lead, items) ??
    (writtenLead !== lead && leadBeforeItems(writtenLead, items) === writtenLead ? lead : null);
  return items.map((item) => ({ item, text: bulletClaimText(lead, item.text, readsOn) }));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const BE_LEAD_END = /\s(?:were|are|was|is)$/;
/** "Saudi Arabia: $500 million": a name, a colon, then an amount. */
const OWNER_AMOUNT_LINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+((?:about\s+|some\s+)?[$€£¥]?\d.*)$/u;

/**
 * "European Union", "United Kingdom", "World Bank", "Netherlands": a name read with "the" in a sentence,
 * which a table's line leaves out.
 */
const NAME_TAKING_THE =
  /^(?:United\s|European\s|Netherlands$|Philippines$|Czech\s)|\s(?:Union|Kingdom|States|Bank|Republic|Emirates|Commission|Fund|Programme|Program|Nations|Agency|Organi[sz]ation)$/;

/** Each "Name: amount" line as "Name's amount"; null unless every line is one. */
function ownedAmounts(items: ReadonlyArray<Span & { text: string }>): Array<Span & { text: string }> | null {
  const owned: Array<Span & { text: string }> = [];
  for (const item of items) {
    const line = OWNER_AMOUNT_LINE.exec(withoutTrailingStops(item.text));
    if (line === null) return null;
    const owner = line[1] ?? "";
    const named = NAME_TAKING_THE.test(owner) ? `the ${owner}` : owner;
    owned.push({ ...item, text: `${possessiveOf(named)} ${line[2]}` });
  }
  return owned.length > 1 ? owned : null;
}

/** The words every list heading holds ("what", "following", "follows", "below"): a cheap look first. */
const MAY_LEAD_CONTENTS = /[Ww]hat|follow|below/;

/** A list lead ("Here is what it contains") and who gave the list, for the item paragraphs after it. */
/** An explainer's question heading and its paragraph. */
interface Question {
  text: string;
  paragraph: number;
}

interface ContentsLead {
  lead: ListLead & { entity: Entity };
  speaker: string | null;
  paragraph: number;
  /** The lead's own sentence: an answer right after a question ("What does it contain? Mainly A and B.") lists. */
  index: number;
}

/** "Mainly", "Mostly": how an answer listing things may open. */
const ANSWER_HEDGE = /^(?:Mainly|Mostly|Chiefly|Largely|Primarily)\s+/;

/**
 * "Mainly 40 trucks, 12 boats and three cranes" after "What does the package contain?" → the answer
 * read after the question's lead ("The <package> includes 40 trucks, …"), spanning its things; null
 * when the answer has a verb of its own (it says something else) or lists nothing.
 */
function answerToContents(content: string, base: number, lead: string): Piece | null {
  const hedge = ANSWER_HEDGE.exec(content)?.[0].length ?? 0;
  const answer = content.slice(hedge);
  if (!/[,;]|\sand\s/.test(answer) || hasOwnVerb(answer.split(/\s+/))) return null;
  return { text: `${lead} ${lowerCommonOpener(answer)}`, start: base + hedge, end: base + content.length };
}

/** How many paragraphs after "Here is what it contains" its items may still come (sections have headings between). */
const MAX_CONTENTS_PARAGRAPHS = 12;
const MAX_ITEM_PARAGRAPH_WORDS = 16;
/** "Two air defence systems …", "More than 100 armoured vehicles …": a counted thing. */
const COUNTED_OPENING =
  /^(?:(?:more\s+than|up\s+to|about|around|nearly|almost|some|over)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s/i;

/**
 * A paragraph of an explainer's list ("Two air defence systems with 300 missiles."): it opens with a
 * counted thing and has no verb of its own. Later sentences of the paragraph are read as usual.
 */
function opensItemParagraph(sentence: SentenceUnit, before: SentenceUnit | undefined): boolean {
  if (sentence.bullet || before?.paragraph === sentence.paragraph) return false;
  // "Air defence: two launchers and 120 missiles": a category's label before the counted things.
  const label = sentence.text.includes(":") ? (ITEM_CATEGORY_LABEL.exec(sentence.text)?.[0] ?? "") : "";
  const text = sentence.text.slice(label.length);
  if (!COUNTED_OPENING.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= MAX_ITEM_PARAGRAPH_WORDS && !hasOwnVerb(words);
}

/** "Air defence: ", "Civilian aid: ": a short capitalised label and its colon. */
const ITEM_CATEGORY_LABEL = /^\p{Lu}[\p{L} -]{1,30}:\s+/u;

/** A verb that is no describing participle ("self-propelled howitzers", "armored vehicles"). */
function hasOwnVerb(words: string[]): boolean {
  return words.some((word, k) => isUnambiguousVerb(word) && !isAttributive(word, words[k - 1], words[k + 1]));
}

/** "The union welcomed the offer" is a deed worth a claim; "Ruud went further" is not. */
const MIN_DEED_WORDS = 4;

/** "The package contains:" → "The package contains". */
function withoutColon(lead: string): string {
  return lead.replace(/[.:]+$/, "");
}

const MAX_BARE_BULLET_WORDS = 8;
/** "The first trucks left", "We expect": a bullet opening like a sentence says something itself. */
const SENTENCE_OPENING = /^(?:the|this|these|those|it|its|they|we|he|she|i|there)\s/i;
/** How far back in the paragraph before the bullets a sentence naming the listed thing is looked for. */
const MAX_LEAD_LOOKBACK = 4;

/**
 * The bullets from `index` on, when they have no lead-in but list things (short, no verb, not opening
 * like a sentence) and the paragraph before names a package, plan or budget the article described;
 * each reads "The <package> includes <bullet>". Null otherwise: the bullets stay as they are.
 */
function bareBullets(
  body: string,
  sentences: SentenceUnit[],
  index: number,
  entities: EntityMemory,
): { bullets: SentenceUnit[]; lead: ListLead & { entity: Entity } } | null {
  const before = sentences[index - 1];
  if (before === undefined) return null;
  const bullets = followingBullets(body, sentences, index - 1);
  const things = bullets.every((bullet) => {
    const words = bullet.text.split(/\s+/);
    return (
      bullet.bullet &&
      words.length <= MAX_BARE_BULLET_WORDS &&
      !SENTENCE_OPENING.test(bullet.text) &&
      !hasOwnVerb(words)
    );
  });
  if (bullets.length === 0 || !things) return null;
  // "Air defence" over its bullets, after other headed groups: a fact sheet's groups all list the
  // thing the paragraph before the first heading is about.
  let last = index - 1;
  while (last > 0 && index - last <= MAX_HEADED_LINES && isGroupLine(sentences[last])) last--;
  const paragraph = sentences[last]?.paragraph ?? before.paragraph;
  for (let k = last; k >= 0 && k >= last - MAX_LEAD_LOOKBACK; k--) {
    const candidate = sentences[k];
    if (candidate === undefined || candidate.paragraph !== paragraph) break;
    const lead = mentionedContainerLead(candidate.text, entities);
    if (lead !== null) return { bullets, lead };
  }
  return null;
}

const MAX_HEADED_LINES = 40;
/** "Air defence", "Other": a heading of a few words with no stop and no verb. */
const GROUP_HEADING = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}$/u;

/** A bullet or a group's heading line, which a fact sheet's lead may stand before. */
function isGroupLine(sentence: SentenceUnit | undefined): boolean {
  if (sentence === undefined) return false;
  return sentence.bullet || (GROUP_HEADING.test(sentence.text) && !hasOwnVerb(sentence.text.split(/\s+/)));
}

/** A bullet, or an unmarked "Diesel generators: 60" line that lists one thing and its count. */
function isListLine(sentence: SentenceUnit | undefined): boolean {
  return sentence !== undefined && (sentence.bullet || countFirst(sentence.text) !== null);
}

/**
 * Claims made while the article is read, scored all together once it has been: one run of the model
 * keeps its weight and word-vector tables in cache, where scoring each claim as it was made took about
 * twice as long (about 15% of the whole pipeline on `pnpm bench:claims`).
 *
 * Each claim is scored on its own words. A list item's score is then taken halfway toward the best
 * item of its list: a short item sentence ("The new fleet includes four water taxis.") gives the model
 * little to go on, and an item of a factual list is about as worth checking as its siblings.
 */
class PendingScores {
  private readonly claims: ExtractedClaim[] = [];
  /** Parallel to `claims`: the list each is an item of, or -1. */
  private readonly lists: number[] = [];
  private listCount = 0;

  /** A new list whose items lean on each other's scores. */
  newList(): number {
    return this.listCount++;
  }

  add(claim: ExtractedClaim, list: number | null): void {
    this.claims.push(claim);
    this.lists.push(list ?? -1);
  }

  scoreAll(score: SentenceScorer): void {
    const own = this.claims.map((claim) => scoreClaim(claim.text, score));
    const best = new Float64Array(this.listCount);
    this.lists.forEach((list, k) => {
      if (list >= 0) best[list] = Math.max(best[list] ?? 0, own[k] ?? 0);
    });
    this.claims.forEach((claim, k) => {
      const list = this.lists[k] ?? -1;
      const value = own[k] ?? 0;
      setScore(claim, list >= 0 ? adjustListedScore((value + (best[list] ?? 0)) / 2, claim.text) : value);
    });
  }
}

function setScore(claim: ExtractedClaim, score: number): void {
  claim.score = score;
  claim.checkworthy = isCheckworthy(score);
}

/** A standalone claim's check-worthiness: the model's, discounted for opinion and prediction. */
function scoreClaim(text: string, score: SentenceScorer): number {
  return adjustScore(score(text), text);
}

/** `source` is the text the span points into: the body, or the title for `field: "title"`. */
/**
 * "However, ", "In addition, ", "But ": a word tying the sentence to the one before, which a standalone
 * claim drops. Not "But for the rescue, …" ("except for") or "And so".
 */
const OPENING_CONNECTIVE =
  /^(?:(?:However|In addition|Additionally|Moreover|Furthermore|Meanwhile|Separately|Also|Nonetheless|Nevertheless|Besides|Indeed|In fact|Specifically|In particular|Notably),|But(?!\s+for\b)|And(?!\s+so\b))\s+(?=\S)/;

/** "In addition", "Meanwhile": words before a tag that are only a connective. */
function isConnectiveOnly(before: string): boolean {
  return before.length < 20 && OPENING_CONNECTIVE.exec(`${before}, x`)?.[0].length === before.length + 2;
}

function withoutConnective(text: string): string {
  const connective = OPENING_CONNECTIVE.exec(text);
  return connective === null ? text : capitalize(text.slice(connective[0].length));
}

/** "41% had no flood insurance": a share opening a claim, not yet said to be "of" anyone. */
const BARE_SHARE_OPENING = /^(\d[\d.]*(?:%|\s+per\s?cent|\s+percent))\s+(?!of\s)(?=\p{Ll})/u;
/** "a survey of 600 residents by …": a survey and the group it asked (group 1). */
const SURVEY_OF_GROUP =
  /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:survey|poll|study|questionnaire)\s+of\s+(?:(?:about|some|more than|nearly|over|almost)\s+)?\d[\d,]*\s+((?:\p{Ll}+\s+)?\p{Ll}+s)\b/iu;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * "41% had no flood insurance" said by "a survey of 600 residents" → "41% of residents had no flood
 * insurance": the share is of the group the survey asked.
 */
function withSurveyedGroup(text: string, speaker: string): string {
  const share = BARE_SHARE_OPENING.exec(text);
  const group = share === null ? undefined : SURVEY_OF_GROUP.exec(speaker)?.[1];
  return share === null || group === undefined
    ? text
    : `${share[1]} of ${group} ${text.slice(share[0].length)}`;
}

function makeClaim(
  source: string,
  span: Span,
  text: string,
  speaker: string | null,
  reportedBy: string | null,
  parentId: string | null,
  field: ArticleField = "body",
): ExtractedClaim {
  const inTitle = field === "title";
  // "Norland&rsquo;s sixth package": the claim reads the character; its quote keeps the reference.
  const decoded = withoutConnective(decodeCharacterReferences(text));
  const readable =
    speaker !== null && isDigitCode(decoded.charCodeAt(0)) ? withSurveyedGroup(decoded, speaker) : decoded;
  return {
    // Title claims get their own prefix: their offsets could equal a body claim's.
    id: stableId(span, readable, inTitle ? "t" : "c"),
    text: readable,
    field,
    quote: source.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    // Set by PendingScores (or setScore for a title's claim) once the whole article is read.
    score: 0,
    checkworthy: false,
    speaker,
    reportedBy,
    parentId,
    spans: [inTitle ? { start: span.start, end: span.end, field } : { start: span.start, end: span.end }],
  };
}

/**
 * The claims before and after a tag that separates them, as body spans; after a tag between subject
 * and predicate, the predicate's span read with its subject; else none.
 */
function aroundCut(sentence: SentenceUnit, attribution: ResolvedAttribution): Piece[] {
  const { contentStart, contentEnd, cut } = attribution;
  if (cut === null) return [];
  const before = sentence.text.slice(contentStart, cut.start).replace(/[\s,]+$/, "");
  const after = { text: sentence.text.slice(cut.end, contentEnd), start: sentence.start + cut.end };
  const afterPiece = { ...after, end: sentence.start + contentEnd };
  // "The package, the ministry said, includes A and B": the subject before the tag reads with the rest.
  if (cut.separates !== true) {
    // "In addition, the ministry said, Ostland would send A and B": a connective before the tag is
    // dropped, as at a sentence's start; the claim is what follows the tag.
    if (isConnectiveOnly(before)) return [afterPiece];
    // "…, the ministry announced Friday, including A and B": the list reads on from the words before.
    const joins = joinsAcrossCut(before);
    if (joins || INCLUSION_AFTER_CUT.test(after.text))
      return [{ ...afterPiece, text: `${before}${joins ? " " : ", "}${after.text}` }];
    if (CONJUNCTION_OPENING.test(after.text)) return clausesAcrossCut(sentence, attribution, before);
    // "…, the ministry said on Tuesday, as Kyiv braces for winter": the reporter's context after the
    // tag; the claim before it is read alone, its list too.
    if (CONTEXT_AFTER_CUT.test(after.text)) {
      const start = sentence.start + contentStart;
      return [{ text: before, start, end: start + before.length }];
    }
    return [];
  }
  const start = sentence.start + contentStart;
  return [{ text: before, start, end: start + before.length }, afterPiece];
}

const CONJUNCTION_OPENING = /^(?:and|but)\s/;
/** ", while " or ", whereas " right before a clause. */
const CONTRAST_BEFORE = /,\s+(?:while|whereas)\s+$/;
/** "Canada committed", "The EU pledged": a clause opening with a name of its own. */
const NAMED_OPENING =
  /^(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:has\s+|have\s+|had\s+)?\p{Ll}+ed\s/u;
/** "as Kyiv braces …", "amid …", "while …": a clause of the reporter's setting the scene. */
const CONTEXT_AFTER_CUT = /^(?:as|amid|while|after|before|when|with)\s/;
const INCLUSION_AFTER_CUT = /^(?:including|such as|among them)\s/;

/**
 * "The plan would cost 4 billion crowns, according to the ministry, and create 12,000 jobs": the
 * clauses of the sentence read without its tag ("The plan would create 12,000 jobs"), each span
 * mapped back to the body around the tag. None when there is only one.
 */
function clausesAcrossCut(sentence: SentenceUnit, attribution: ResolvedAttribution, before: string): Piece[] {
  const { contentStart, contentEnd, cut } = attribution;
  if (cut === null) return [];
  const joined = `${before} ${sentence.text.slice(cut.end, contentEnd)}`;
  const clauses = splitClauses(joined, 0);
  if (clauses.length < 2) return [];
  const toBody = (at: number) =>
    sentence.start + (at <= before.length ? contentStart + at : cut.end + at - before.length - 1);
  return clauses.map((clause) => ({ ...clause, start: toBody(clause.start), end: toBody(clause.end) }));
}

const PRONOUN_SUBJECT =
  /^["“‘']?(?:i|we|you|he|she|it|they|this|that|these|those|nobody|everyone|everybody|someone|nothing|everything)$/i;

const HAS_DIGIT = /\d/;
/** "Thirty-eight people died.", "Dozens were hurt.": a count in words opening a short statement. */
const COUNT_WORD_OPENING =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozens|hundreds|thousands|millions)\s/i;

/**
 * "profits fell 12%", "sales had doubled": three words with a verb are too short to be a claim on
 * their own, but not when someone is reported saying them or they give a figure ("Imports fell 2%.").
 */
function isShortStatement(content: string): boolean {
  const words = content.trim().split(/\s+/);
  if (words.length !== 3) return false;
  // "We deserved it", "Nobody had replied": a pronoun subject leaves nothing to check, unless a
  // figure follows its verb ("it cost €40m", which the sentence before may name).
  if (PRONOUN_SUBJECT.test(words[0] ?? "")) return HAS_DIGIT.test(words[2] ?? "");
  // "38 people died.": the verb may end the sentence, its stop no part of it.
  return hasVerbForm(withoutTrailingStops(content));
}

/** "The package": words before a mid-sentence tag that hold no verb, so the tag splits subject from predicate. */
function isSubjectOnly(text: string): boolean {
  return text !== "" && (!hasVerbForm(text) || DETERMINED_PLURAL.test(text));
}
/** "The items", "The items in the package": a plural after its article, whose "-s" makes no verb. */
const DETERMINED_PLURAL =
  /^(?:The|Its|Their|These|Those|Other)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+s(?:\s+(?:in|of|for)\s+(?:the|its|this|their)\s+[^,\s]+(?:\s+[^,\s]+){0,3})?$/u;

/** "The plan contains", "The grant will fund", "Vesk will receive": a verb whose listed object can come after a tag. */
const LISTING_VERB_END =
  /\s(?:includes?|included|contains?|contained|comprises?|comprised|features?|featured|provides?|provided|funds?|funded|covers?|covered|receives?|received|gets?|got|sends?|sent|delivers?|delivered|supplies|supplied|supply|gives?|gave)$/;

/**
 * Whether the words before a mid-sentence tag read on with the words after it: a subject ("The
 * package, the ministry said, includes A") or a verb whose object follows ("The package contains,
 * officials said, A and B").
 */
function joinsAcrossCut(before: string): boolean {
  return isSubjectOnly(before) || LISTING_VERB_END.test(before) || INVERTED_LIST_LEAD.test(before);
}

/** "Among the items, the ministry said, are A and B", "Also included, …, are": a lead its verb follows. */
const INVERTED_LIST_LEAD = /^(?:Among\s+(?:the|its|their)\s+[^,]{1,60}|(?:Also\s+)?included)$/i;

/** The claim part of a sentence, without a mid-sentence attribution tag. */
function withoutCut(sentence: string, attribution: ResolvedAttribution): string {
  const { contentStart, contentEnd, cut } = attribution;
  if (cut === null) return sentence.slice(contentStart, contentEnd);
  const before = sentence.slice(contentStart, cut.start);
  const after = sentence.slice(cut.end, contentEnd);
  // "In addition, the ministry said, Ostland would …": the claim is what follows the connective.
  if (isConnectiveOnly(before.replace(/[\s,]+$/, ""))) return after;
  const joins = cut.joins === true || joinsAcrossCut(before.trimEnd()) || CONJUNCTION_OPENING.test(after);
  // "“… longer hours,” he said, “so in real terms it is a cut”": the comma before "so" is the sentence's own.
  const comma = !joins || (LINKED_CLAUSE_OPENING.test(after) && sentence.charAt(cut.start) === ",");
  return `${before}${comma ? ", " : " "}${after}`;
}
const LINKED_CLAUSE_OPENING = /^(?:so|but|yet|which|although|though|while|whereas)\s/;

const INCLUSION_LEAD_END = /\s(?:includes?|included|contains?|contained|comprises?|consists of)$/;
/** "Shelter: ", "Air defence: ": a bullet's category before what it counts. */
const CATEGORY_LABEL = /^\p{L}[\p{L} -]{1,30}?:\s+(?=\S)/u;

/**
 * "Shelter: 900 family tents and 4,000 blankets" → "900 family tents and 4,000 blankets": the
 * category says what kind of thing the counted things are, which they say themselves; the item is
 * what is counted, spanning its own words. Unchanged unless a count or amount follows the label.
 */
function withoutCategoryLabel(item: Span & { text: string }): Span & { text: string } {
  if (!item.text.includes(":")) return item;
  const label = CATEGORY_LABEL.exec(item.text)?.[0];
  if (label === undefined || !isCounted(item.text.slice(label.length))) return item;
  return { text: item.text.slice(label.length), start: item.start + label.length, end: item.end };
}

/**
 * A bullet line without its list separator and conjunction ("a 3% raise; and"), its opener in the
 * case it has inside a sentence ("Artillery rounds" → "artillery rounds"; "Kestrel missiles" stays).
 */
function bulletItem(bullet: SentenceUnit, cases: WordCases, sentenceCase: boolean): Span & { text: string } {
  const text = bullet.text.replace(/(?:[\s;,]+|[\s,;]+(?:and|or))+$/i, "");
  const cased = lowerBulletOpener(text, cases, sentenceCase);
  // "Diesel generators: 60" reads "60 diesel generators"; the span stays the line.
  return {
    text: countFirst(cased) ?? amountFirst(cased) ?? cased,
    start: bullet.start,
    end: bullet.start + text.length,
  };
}

/**
 * "The deal includes" + "a 3% raise" → "The deal includes a 3% raise."
 * "The closures will affect" + "The Arlen bakery" → "The closures will affect the Arlen bakery." (`readsOn`:
 * the lead as the items read on from it, see `leadBeforeItems`).
 * "The report made three recommendations" + "hire staff" → "... recommendations: hire staff."
 */
/** "The new devices feature", "Both phones offer": things named, then a verb of what they have. */
const FEATURE_LEAD =
  /^(?:The|Its|Their|These|Both)\s.{2,60}\s(?:feature|features|featured|offer|offers|come with|comes with)$/;

/** " and that ", " but that ": what opens a further clause of the same report. */
const AFTER_AND_THAT = /\s(?:and|but)\s+that\s+$/;
/** "Under GRAP Stage 4, the following measures come into force": a lead announcing clauses, not things. */
const FOLLOWING_LEAD =
  /^(?:((?:Under|From|Since|During|In|After|With effect from)\s[^,]{1,60}),\s+)?the following\s+(?:\p{Ll}+\s+){0,2}?(?:come into force|comes into force|apply|applies|take effect|takes effect|will apply|are in force|are now in place)$/iu;
/** "recommend that cities": a "that" clause's subject, whose base verb each line gives. */
const THAT_SUBJECT_END = /\sthat\s+(?:\S+\s+){0,6}?\S+$/;

function bulletClaimText(lead: string, bullet: string, readsOn: string | null): string {
  const item = withoutTrailingStops(bullet);
  // Mid-sentence, a line's opening article is lower case even before a name ("the Arlen bakery").
  const midSentence = item.replace(/^(?:The|A|An)(?=\s)/, (article) => article.toLowerCase());
  if (
    /\b(?:include[sd]?|including|are|is|were|was|compris(?:es|ed|e)|contain(?:s|ed)?|consist(?:s|ed)? of|(?:made up|composed) of)$/i.test(
      lead,
    )
  ) {
    return asSentence(`${lead} ${midSentence}`);
  }
  // "The new devices feature:" over "a physical shutter": the things named have each line.
  if (FEATURE_LEAD.test(lead)) return asSentence(`${lead} ${midSentence}`);
  // "Key facts:", "At a glance:": a box of facts, each line a claim of its own.
  if (isFactBoxHeading(lead)) return asSentence(item);
  // "Under GRAP Stage 4, the following measures come into force:" over "entry of trucks is banned": a
  // clause of its own on each line, under the lead's opening phrase.
  const following = FOLLOWING_LEAD.exec(lead);
  if (following !== null && item.split(" ").length > 2 && hasVerbForm(item)) {
    const opening = following[1];
    return asSentence(opening === undefined ? capitalize(midSentence) : `${opening}, ${midSentence}`);
  }
  // "Under the plan:" over "18 million euros goes to housing." reads "Under the … plan, 18 million euros goes …".
  // A two-word line ("20 trucks") is a thing, not a clause, and keeps the colon.
  if (ADVERBIAL_LEAD.test(lead) && item.split(" ").length > 2 && hasVerbForm(item))
    return asSentence(`${lead}, ${midSentence}`);
  if (readsOn !== null) {
    // "Penalizes cities …" after "The law": the line's verb goes on the sentence in lower case.
    const word = midSentence.split(" ", 1)[0] ?? "";
    // "… recommend that cities" over "Open cooling centres …": a base verb, lowered too.
    const verb =
      isVerbForm(word.toLowerCase()) || (THAT_SUBJECT_END.test(readsOn) && mayBeBaseVerb(word.toLowerCase()))
        ? `${word.charAt(0).toLowerCase()}${midSentence.slice(1)}`
        : midSentence;
    return asSentence(`${readsOn} ${verb}`);
  }
  return asSentence(`${lead}: ${item}`);
}
