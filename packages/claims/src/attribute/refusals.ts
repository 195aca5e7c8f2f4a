/**
 * "The ministry declined to say when the aid would arrive", "A spokesman declined to comment on the
 * figures", "Police would not say how many were arrested", "Acme did not respond to a request for
 * comment": a report that someone said nothing. There is nothing in it to check, so it is no claim.
 * Only when the refusal is the whole of the text: "…, reported to be 40 million euros" and
 * "… but said 40 trucks were ready" say something after it.
 */
export function isRefusalToSay(text: string): boolean {
  // SOURCING_NOTE and REFUSAL are anchored at the start: each is tried once per text.
  const note = SOURCING_NOTE.exec(text);
  // "An official who spoke on condition of anonymity said 40 soldiers died" goes on to say something.
  if (note !== null && !SAYS_AFTER_NOTE.test(text.slice(note[0].length))) return true;
  // "Neither the ministry nor the army responded to requests for comment."
  const neither = text.startsWith("Neither ") ? NEITHER_RESPONDED.exec(text) : null;
  if (neither !== null) return !SAYS_MORE.test(text.slice(neither[0].length));
  if (!MAY_REFUSE.test(text)) return false;
  const refusal = REFUSAL.exec(text);
  return refusal !== null && !SAYS_MORE.test(text.slice(refusal[0].length));
}

/** A cheap first look: the words every refusal holds ("could not be independently verified" too). */
const MAY_REFUSE = /\b(?:declined|refused|not|n[’']t)\s/i;

/** What a speech verb after the refusal asks about, when the verb may also be an action ("respond to a request"). */
const ASKED = String.raw`(?:\S+\s+){0,2}?(?:requests?|messages?|emails?|calls?|questions?|queries|inquiries)\b`;

/** "Neither X nor Y (immediately) responded to requests for comment": nobody said anything. */
const NEITHER_RESPONDED = new RegExp(
  String.raw`^Neither\s+[^,;:“”"]{2,80}?\s+nor\s+[^,;:“”"]{2,80}?\s+(?:(?:has|have|had|could|would)\s+)?(?:immediately\s+)?(?:(?:responded|replied)\s+to\s+${ASKED}|commented|returned\s+${ASKED}|(?:been\s+)?(?:available|reached)\s+(?:for|to)\s+comment|be\s+reached)`,
);

/** A word of a subject: no punctuation that could end a clause before the refusal. */
const WORD = String.raw`[^\s,;:“”"]+`;
/**
 * Up to eight words, or a name with an appositive between commas ("The port's director, Milan Hora,",
 * "Vang, reached by phone,"). Commas elsewhere would let a claim before the refusal be dropped with it.
 */
const SUBJECT = String.raw`(?:(?:${WORD}\s+){1,8}?|(?:${WORD}\s+){0,5}?${WORD},\s+(?:${WORD}\s+){0,5}?${WORD},\s+)`;

/**
 * A subject of up to eight words (or a name and its appositive), then "declined to", "refused to", "would not", "did not
 * (immediately)" and a verb of saying: "say", "comment", "disclose", "be reached", "respond to a
 * request"; "refused to pay" and "did not respond to the attack" are actions.
 */
const REFUSAL = new RegExp(
  String.raw`^${SUBJECT}(?:(?:has|have|had)\s+)?(?:declined|refused|(?:did|does|would|could|can|will|has|have)\s+not|(?:didn|doesn|wouldn|couldn|hasn|haven)[’']t)\s+(?:immediately\s+|independently\s+)?(?:to\s+)?(?:say|comment|confirm|verify|disclose|specify|elaborate|discuss|reveal|name|identify|(?:give|provide|offer)\s+(?:a\s+|an\s+|any\s+|further\s+|more\s+)?(?:details|date|timeline|timetable|time\s?frame|breakdown|figures?|number|reason|estimate)|be\s+reached|be\s+(?:independently\s+)?(?:verified|confirmed)|(?:respond|reply)\s+to\s+${ASKED}|return\s+${ASKED})\b`,
  "i",
);

/** Something said after the refusal: a comma or semicolon clause, or "but said …". */
const SAYS_MORE = /[,;:]|\sbut\s/;

/**
 * "They spoke on condition of anonymity because …", "The official asked not to be named", "…, who
 * were not authorized to speak publicly": how the article got its sources, with nothing in it to
 * check. Only as the whole text: "…, an official said, speaking on condition of anonymity" is cut
 * off its claim by the attribution already.
 */
const SAYS_AFTER_NOTE = /\b(?:said|says|told|added|confirmed|warned)\b/i;
const SOURCING_NOTE = new RegExp(
  String.raw`^${SUBJECT}(?:(?:spoke|speak|speaks|talked|agreed\s+to\s+speak)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|discuss))\b`,
  "i",
);

/** A refusal to say, or a bare denial: a report of speech with nothing in it to check. */
export function saysNothingToCheck(text: string): boolean {
  // One pass for the words all three need, which come within a subject's length of the start; most
  // claims hold none of them there.
  const opening = text.length > SAYS_NOTHING_REACH ? text.slice(0, SAYS_NOTHING_REACH) : text;
  // "Neither …" apart: an anchored alternative in MAY_SAY_NOTHING would slow its scan of every opening.
  return (
    (opening.startsWith("Neither ") || MAY_SAY_NOTHING.test(opening)) &&
    (isRefusalToSay(text) || isBareDenial(text))
  );
}

/** How far into a text the refusal, sourcing note or denial verb can start: eight words and more. */
const SAYS_NOTHING_REACH = 120;

const MAY_SAY_NOTHING = /declined|refused|[Nn]ot\s|n[’']t\s|anonymity|denied|rejected|disputed|dismissed/;

/**
 * "Brekke rejected that.", "The mayor denied the claim.": a denial of something said before, which
 * says nothing of its own to check. "The mayor denied taking bribes" names what was denied, and stays.
 */
export function isBareDenial(text: string): boolean {
  return BARE_DENIAL.test(text);
}

const BARE_DENIAL = new RegExp(
  String.raw`^(?:${WORD}\s+){1,5}?(?:(?:has|have|had)\s+)?(?:denied|rejected|disputed|dismissed)\s+(?:that|this|it|those|these|them|(?:the|that|this|those|these|such)\s+(?:\S+\s+)?(?:claims?|accusations?|allegations?|charges?|criticism|reports?|suggestions?|characteri[sz]ations?|account))[.!]?$`,
  "i",
);
