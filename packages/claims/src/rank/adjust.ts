import { CHECKWORTHY_THRESHOLD, isCheckworthy } from "../score/index";
import type { ExtractedClaim } from "../types";

/**
 * Opinions, hedges, conditional predictions and questions are kept but must never outrank factual
 * claims: they are halved and held below the check-worthiness threshold. A plain future statement
 * ("The port will cut fees in April") is often an announced fact, so it is only discounted.
 */
const OPINION =
  /\b(?:I|we) (?:think|believe|feel|hope|don['’]t know|can guarantee|guarantee)\b|\b(?:smart|wise|foolish|terrible|wonderful|shameful|disgraceful|hoping|hopeful|hopes?|wish|perhaps|maybe|probably|possibly|should|ought|crucial|critical that|in my view|in our view|going to|appears to|seems to|might|could)\b/i;
/** "likely" as a hedge; not after a measure ("21% less likely", "as likely"). Tried only when "likely" is there. */
const LIKELY_HEDGE = /(?<!\b(?:more|less|as|times|twice)\s)\b(?:likely|unlikely)\b/i;
const CONDITIONAL = /\b(?:if|unless)\b/i;
/** "Publish the current numbers.", "Don't believe them.": an imperative tells someone to act, claiming nothing. */
const IMPERATIVE =
  /^["“‘]?(?:Publish|Stop|Give|Tell|Show|Release|Look at|Vote|Imagine|Consider|Remember|Don['’]t|Do not|Please|Support|Join|Ask|Read|Watch)\s+(?:the|us|me|them|our|your|it|this|that|those|these|him|her)\b/;
const FUTURE = /\b(?:will|would|is expected to|are expected to|forecasts?|predicts?|projected to)\b/i;
const QUESTION = /\?["”’]?\s*$/;
/** "58% of voters believe …", "Two-thirds of respondents said …": a share of people polled. */
const POLL_SHARE =
  /^(?:\d[\d.,]*\s?(?:%|percent)|(?:a|one|two)[\s-](?:third|quarter|fifth)s?|half|most|a majority)\s+of\s+(?:\S+\s+){0,2}?(?:voters|respondents|people|adults|residents|citizens|members|those\s+(?:polled|surveyed|asked))\s+(?:\S+\s+)?(?:believe|believed|say|said|think|thought|support|supported|oppose|opposed|want|wanted|back|backed|favou?r|favou?red|expect|expected)\b/i;
const OPINION_FACTOR = 0.5;
const FUTURE_FACTOR = 0.8;
const MAX_OPINION_SCORE = CHECKWORTHY_THRESHOLD * 0.8;

/** How a claim's wording discounts its score; each pattern is tried at most once. */
function tone(text: string): "opinion" | "future" | "poll" | "plain" {
  // "58% of voters believe Dunn should resign": a poll's finding, however its respondents put it.
  if (POLL_SHARE.test(text)) return "poll";
  if (OPINION.test(text) || QUESTION.test(text) || IMPERATIVE.test(text)) return "opinion";
  if (text.includes("likely") && LIKELY_HEDGE.test(text)) return "opinion";
  if (!FUTURE.test(text)) return "plain";
  return CONDITIONAL.test(text) ? "opinion" : "future";
}

function isOpinion(text: string): boolean {
  return tone(text) === "opinion";
}

/**
 * "14 people died in Arden", "Two children have died": a count of the dead, injured or missing. The
 * model learned "died" from debates, where it is mostly a personal story ("my father died"), and
 * scores such counts low (0.07 for the first); in news they are among the facts most often checked.
 */
const CASUALTY_COUNT =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\s+(?:\p{Ll}+\s+)?(?:people|persons|children|adults|civilians|soldiers|troops|residents|workers|miners|passengers|patients|migrants|refugees|students|pupils|villagers|fishermen|firefighters|police officers|officers)\s+(?:have\s+|had\s+)?(?:died|drowned|were\s+(?:killed|injured|wounded|hurt|missing)|have\s+been\s+(?:killed|injured|wounded)|are\s+(?:missing|dead))\b/iu;
/**
 * A cheap look for the words every casualty count holds, before CASUALTY_COUNT tries every position:
 * plain words, no flags or boundaries, one pass over the text.
 */
const CASUALTY_WORDS = /died|drowned|killed|injured|wounded|hurt|missing|dead/;
/** Where a count of casualties or a measured comparison is held: 0.2 above the threshold. */
const FACT_FLOOR = Math.min(1, CHECKWORTHY_THRESHOLD + 0.2);

/**
 * "21% less likely to develop liver disease", "three times more likely": a measured comparison, the
 * finding a study reports. The model scores them low (0.29 for the first: "likely" reads as a hedge
 * in debates), though they are what readers most often ask to have checked.
 */
const MEASURED_COMPARISON =
  /\b(?:\d[\d.,]*\s?(?:%|percent)|\d[\d.,]*\s+times|twice|(?:two|three|four|five|ten)\s+times)\s+(?:more|less|higher|lower|greater|smaller)\s+(?:likely|than|often)\b/i;

/** The words every measured comparison ends with: one plain pass before MEASURED_COMPARISON. */
const COMPARISON_WORDS = /likely|than|often/;

/**
 * "The Unity Party won 44 seats", "Ruiz took 52% of the vote": an election's count. The model scores
 * them low (0.09 for "The Greens won 12 seats."): debates say who will win, not what was won.
 */
const ELECTION_RESULT =
  /\b(?:won|took|secured|gained|lost|received|got)\s+(?:about\s+|almost\s+|nearly\s+|more than\s+)?(?:\d[\d,.]*\s?(?:%|percent)\s+of\s+the\s+(?:vote|votes|ballots)|\d[\d,]*(?:\s+of\s+the\s+\d[\d,]*)?\s+(?:seats|votes|constituencies|districts|delegates|electoral\s+votes))\b/;
/** The words every election count ends with: one plain pass before ELECTION_RESULT. */
const ELECTION_WORDS = /seats|vote|constituencies|districts|delegates/;

export function adjustScore(modelScore: number, text: string): number {
  const kind = tone(text);
  if (kind === "opinion") return Math.min(modelScore * OPINION_FACTOR, MAX_OPINION_SCORE);
  // "Norvale will close its Brandon plant and eliminate about 420 jobs": an announced measure with a
  // count or sum is a fact to check, not a debater's promise ("We will create jobs" keeps its discount).
  if (kind === "future")
    return COUNTED_THING.test(text) && ANNOUNCED_MEASURE.test(text) && !FIRST_PERSON.test(text)
      ? Math.max(modelScore * FUTURE_FACTOR, FACT_FLOOR)
      : modelScore * FUTURE_FACTOR;
  const counted = CASUALTY_WORDS.test(text) && CASUALTY_COUNT.test(text);
  const compared = COMPARISON_WORDS.test(text) && MEASURED_COMPARISON.test(text);
  const elected = ELECTION_WORDS.test(text) && ELECTION_RESULT.test(text);
  return kind === "poll" || counted || compared || elected ? Math.max(modelScore, FACT_FLOOR) : modelScore;
}

/** "will provide", "will close … and eliminate": what an actor announced it would do, not a forecast's outcome. */
const ANNOUNCED_MEASURE =
  /\bwill\s+(?:also\s+)?(?:provide|send|give|deliver|donate|supply|close|cut|eliminate|hire|build|spend|invest|allocate|fund|pay|open|lay off|shed|create|buy|purchase)\b/;
/** "I", "we", "our": a speaker's own promise. */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us)\b/;

/** The claim a headline repeats is the article's central claim: check-worthy unless it is an opinion. */
const HEADLINE_FLOOR = Math.min(1, CHECKWORTHY_THRESHOLD + 0.1);

/** "12 Leopard tanks", "two Hawk batteries", "$4 million to housing": a count or sum of something. */
const COUNTED_THING =
  /(?:^|\s)(?:[$€£]?\d[\d,.]*(?:\s+(?:million|billion))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+\p{L}/u;

/**
 * An item of a list that counts what it lists ("Valdoria will get 12 Leopard tanks.") is a concrete
 * fact to check, whatever the model, trained on debate promises, makes of its "will get": it is held
 * just under the headline's floor, above the threshold, in the order the model gave (squeezed into
 * the floor's top tenth). Opinions keep their cap.
 */
export function adjustListedScore(score: number, text: string): number {
  if (score >= HEADLINE_FLOOR || !COUNTED_THING.test(text) || isOpinion(text)) return score;
  return HEADLINE_FLOOR * (0.9 + (0.1 * score) / HEADLINE_FLOOR);
}

export function promoteHeadlineClaim(claim: ExtractedClaim): void {
  if (isOpinion(claim.text)) return;
  claim.score = Math.max(claim.score, HEADLINE_FLOOR);
  claim.checkworthy = isCheckworthy(claim.score);
}
