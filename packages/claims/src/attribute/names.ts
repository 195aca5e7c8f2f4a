import { PERSON_TITLES } from "../segment/abbreviations";
import { allMatches, lowerFirst, STARTS_UPPER_CASE } from "../util/text";

/**
 * Turns the words before or after a reporting verb into a speaker name without titles:
 * "Health Council spokeswoman Jane Roe" → "Jane Roe", "Sen. Jane Roe (R-Ohio)" → "Jane Roe",
 * "a statement from the Finance Ministry" → "the Finance Ministry".
 */

const TITLE_WORDS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "miss",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
  // "Shri R.K. Mehta", "Smt. Kavita Deshmukh": Indian honorifics, kept out of the name as "Mr" is
  // (not "Sri", which opens "Sri Lanka").
  "shri",
  "smt",
  "dr",
  "sen",
  "senator",
  "rep",
  "representative",
  "mp",
  "mep",
  "lawmaker",
  "legislator",
  "congressman",
  "congresswoman",
  "gov",
  "governor",
  "gen",
  "general",
  "lt",
  "col",
  "colonel",
  "sgt",
  "sergeant",
  "capt",
  "captain",
  "maj",
  "major",
  "brig",
  "brigadier",
  "adm",
  "admiral",
  "prof",
  "professor",
  "rev",
  "hon",
  "president",
  "vice",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "secretary",
  "minister",
  "chancellor",
  "mayor",
  "chief",
  "director",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "cfo",
  "judge",
  "justice",
  "ambassador",
  "envoy",
  "headteacher",
  "archdeacon",
  "commissioner",
  "constable",
  "administrator",
  "leader",
  "official",
  "officer",
  "premier",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "ayatollah",
  "sheikh",
  "imam",
  "rabbi",
  "bishop",
  "archbishop",
  "pastor",
  "reverend",
  "emir",
  "sultan",
  "sheriff",
  "attorney",
  "coach",
  "manager",
  "analyst",
  "economist",
  "executive",
  "founder",
  "head",
  "lawyer",
  "researcher",
  "scientist",
  "forecaster",
  "meteorologist",
  "epidemiologist",
  "historian",
  "strategist",
  "consultant",
  "spokesperson",
  "deputy",
  "speaker",
  "councilman",
  "councilwoman",
  "councillor",
  // "Corporator Vikas Kale": an Indian city councillor.
  "corporator",
  "councilmember",
  "councilor",
  "assemblymember",
  "assemblyman",
  "assemblywoman",
  "alderman",
  "alderwoman",
  "supervisor",
  "auditor",
  "comptroller",
  "controller",
  "treasurer",
  "honourable",
  "honorable",
  "inspector",
  "superintendent",
  "detective",
  // British police ranks as copy abbreviates them: "Det Insp", "Ch Supt", "DCI", "PC".
  "det",
  "insp",
  "supt",
  "ch",
  "dci",
  "dcs",
  "dsi",
  "pc",
  "commander",
  "prosecutor",
  "candidate",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "winger",
  "forward",
  "captain",
  "quarterback",
  "prime",
  "former",
  "acting",
  "interim",
  // "Cllr Jane Roe", "Cr Hemi Walker" (New Zealand), "County Coroner Mike Dunleavy".
  "cllr",
  "cr",
  "coun",
  "councillors",
  "councilors",
  "coroner",
  "whip",
  "coordinator",
  "trustee",
  "trustees",
  "parent",
]);

/** Words that end a company's name: "Brightline Pharma", "Velto Motors", "Caldera Minerals". */
const COMPANY_WORDS =
  "Inc\\.?|Corp\\.?|AG|ASA|GmbH|Oyj|SpA|Company|Corporation|Ltd\\.?|PLC|LLC|Motors|Air|Airlines|Airways|Railways|Holdings|Industries|Technologies|Pharmaceuticals|Insurance|Telecom|Steel|Mining|Minerals|Energy|Media|Foods|Brands|Systems|Labs|Logistics|Shipping|Resources|Electric|Petroleum|Chemicals|Pharma|Therapeutics|Software|Semiconductors?|Beverages|Stores|Entertainment|Studios|Communications|Robotics|Aerospace|Construction|Properties|Hotels|Freight|Healthcare|Manufacturing|Automotive|Breweries|Brewing|Biotech|Biosciences|Genetics|Vaccines|Textiles|Ports|Terminals|Cargo|Savings|Bancorp|Assurance|Investments|Retail|Electronics|Apparel|Fashion|Financial|Telecoms|Utilities|Supermarkets|Cosmetics|Packaging|Plastics|Metals|Cement|Renewables|Homes|Gaming|Transport|Water|Gas|Oil|Aviation|Railway|Trains|Buses|Infrastructure|Engineering|Consulting|Services|Ventures|Developments|Shipyards";
/** Institutions and companies, by a word of their name. */
const ORG_WORDS = new RegExp(
  String.raw`\b(?:House|Department|Ministry|Council|Office|Agency|Bank|Party|Committee|Commission|Court|Government|University|Institute|Center|Centre|Association|Union|Administration|Service|Police|Army|Navy|Force|Bureau|Board|Authority|Group|Organization|Organisation|Foundation|Fund|Club|League|Federation|Hospital|Network|News|Times|Post|Press|Congress|Senate|Parliament|Assembly|Cabinet|Embassy|Palace|Mission|Secretariat|Command|Statistics|Survey|Programme|Program|Partners|Capital|Securities|Networks|Solutions|Products|Rail|Transit|${COMPANY_WORDS})\b`,
);

const COMPANY_WORD = new RegExp(`\\s(?:${COMPANY_WORDS})$`);

/** Capitalised words closing a phrase, the last a business word ("… at the firm Halcyon Labs"). */
const CLOSING_COMPANY_NAME = new RegExp(
  String.raw`(?:^|\s)((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:${COMPANY_WORDS}))$`,
  "u",
);

/** "Norvale Foods Inc. will close …", "Talvik Energy's profit rose …": a company's name opening a sentence. */
const OPENING_COMPANY_NAME = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:${COMPANY_WORDS}))(?=[\s,]|['’]s\s)`,
  "u",
);

/** The company whose name opens `sentence`, or null. */
export function openingCompany(sentence: string): string | null {
  return OPENING_COMPANY_NAME.exec(sentence)?.[1] ?? null;
}

/**
 * The company a speaker's name ends with ("Brightline Pharma", "Halcyon Labs" in "researchers at the
 * firm Halcyon Labs"), which "the company" may mean later; null when it names none.
 */
export function companyIn(name: string): string | null {
  if (!COMPANY_WORD.test(name)) return null;
  return CLOSING_COMPANY_NAME.exec(name)?.[1] ?? null;
}

/** Unnamed groups: "Officials said" → "officials". */
export const GROUP_NOUNS =
  "officials|analysts|experts|residents|critics|witnesses|police|authorities|researchers|scientists|economists|doctors|lawmakers|prosecutors|investigators|organizers|organisers|sources|observers|activists|voters|parents|teachers|workers|executives|leaders|groups|diplomats|regulators|negotiators|traders|investors|farmers|medics|rescuers|firefighters|engineers|campaigners|advocates|protesters|demonstrators|opponents|supporters|forecasters|pollsters|staff|services|biologists|ecologists|epidemiologists|physicists|astronomers|geologists|chemists|historians|academics|scholars|psychologists|statisticians|nurses|midwives|paramedics|volunteers|students|employees|pilots|survivors";
const GROUP_NOUN = new RegExp(`^(?:${GROUP_NOUNS})$`, "i");
/** "health officials", "aid groups", "company executives": a group described by a word or two. */
const DESCRIBED_GROUP = new RegExp(
  `^\\p{L}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?\\s+(?:${GROUP_NOUNS})$`,
  "u",
);

/** "a report presented to councillors", "an audit report to be submitted to the board": put before someone. */
const PRESENTED_REPORT =
  /^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?report\s+(?:to\s+be\s+)?(?:presented|submitted|tabled|delivered|sent)\s+to\s+[^,;"“”]{2,60}$/iu;

const PLACED_DESCRIBED_GROUP = new RegExp(
  `^\\p{L}[\\p{Ll}-]*\\s+(?:${GROUP_NOUNS})\\s+(?:from|at|in|of|with|for)\\s`,
  "u",
);

const DETERMINER =
  /^(?:the|a|an|one|another|some|several|many|most|two|three|four|five|other|senior|top|local|federal|state)\s/i;

export interface SpeakerName {
  name: string;
  isPerson: boolean;
}

/** "... on Monday", "... in a statement", "... on Oct. 26" after a speaker's name. */
const WHEN_OR_WHERE_SAID =
  /\s+(?:on|in|at|during|last|earlier|this)\s+(?:a|an|the)?\s*(?:\p{L}+day|week|month|year|morning|evening|night|statement|interview|post|briefing|news conference|press conference|hearing|speech|call|letter|email|\p{Lu}\p{Ll}{2}\.?\s+\d{1,2})\b.*$/iu;

/** "who spoke on condition of anonymity", "who asked not to be named": how a source spoke, not who. */
export const WHO_SPOKE_ANONYMOUSLY = String.raw`\s+who\s+(?:asked|requested|spoke|declined|insisted|(?:was|were|is|are)\s+not)\b`;

/** "according to two officials who spoke on condition of anonymity because …": the clause goes. */
const SPOKE_ANONYMOUSLY = new RegExp(`,?${WHO_SPOKE_ANONYMOUSLY}.*$`, "i");

/** "The ministry today announced", "Kesh's president yesterday said": a time, no part of the name. */
const BARE_TIME_WORD = /\s+(?:today|yesterday|tonight|tomorrow)$/i;
/** "Today the Government of Norland announced …": a time word opening the sentence is no part of the subject. */
const OPENING_TIME_WORD =
  /^(?:Today|Yesterday|Tonight|Earlier|Later|Meanwhile|(?:Last|This|Next|Earlier|Later)\s+(?:week|month|year|night|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)),?\s+(?=\S)/;

/**
 * "A criminal complaint unsealed Thursday": when a document came out is no part of its name. Who
 * issued it is ("filed in May by the union"), so that stays.
 */
const DOCUMENT_RELEASED =
  /^((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:complaint|indictment|lawsuit|filing|report|study|survey|memo|letter|document|ruling|statement)(?:\s+of\s+(?:[^,]|,(?=\d)){1,40}?)?)\s+(?:unsealed|filed|released|published|issued|made public|seen)\b(?!.*\sby\s).*$/iu;

/** "As Ruud noted", "As the ministry said": the "As" of a tag opening the sentence. */
const AS_OPENING = /^As\s+(?=\p{Lu}|(?:the|a|an)\s)/u;
/** "When Ana Roe", "After Ana Roe": a subordinate clause's opening word before a name, no part of it. */
const SUBORDINATOR_BEFORE_NAME =
  /^(?:When|After|Before|While|Since|Once|Although|Though|If|Until)\s+(?=\p{Lu}\p{Ll})/u;

function stripDecorations(phrase: string): string {
  const stripped = phrase
    .replace(AS_OPENING, "") // "As Ruud noted on Monday, …"
    .replace(SUBORDINATOR_BEFORE_NAME, "")
    .replace(/\s*\([^()]{0,60}\)/g, "") // "(R-Miss.)", "(pictured)"
    .replace(/\[[^\]]{0,60}\]\s*/g, "")
    .replace(/^[\s"“”‘’'([]+|[\s"“”‘’',;:.)\]]+$/g, "")
    .replace(WHEN_OR_WHERE_SAID, "")
    .replace(BARE_TIME_WORD, "")
    .replace(OPENING_TIME_WORD, "")
    .replace(SPOKE_ANONYMOUSLY, "")
    .replace(DOCUMENT_RELEASED, "$1")
    .replace(CLOSING_ADVERB, ""); // "Farmers' groups broadly (welcomed …)"
  // "the U.N.", "Amal Reyes Jr.": the closing period is the abbreviation's.
  return ABBREVIATION_END.test(stripped) && phrase.includes(`${stripped}.`) ? `${stripped}.` : stripped;
}

/** A British office whose "and" joins no two speakers. */
const POLICE_COMMISSIONER = /^(?:the\s+)?police\s+and\s+crime\s+commissioner\s+(?=\p{Lu})/iu;
/** " broadly", " largely", " quickly": a lower-case adverb after the speaker, before the verb. */
const CLOSING_ADVERB = /(?<=\S)\s+\p{Ll}{3,}ly$/u;
const ABBREVIATION_END = /(?:(?:^|\s)(?:\p{Lu}\.)+\p{Lu}|\s(?:Jr|Sr|Inc|Corp|Ltd))$/u;

/**
 * "sources familiar with the matter", "officials at the ministry", "people close to the talks",
 * "economists polled by Wirepress": a group said to know, however many lower-case words describe it.
 */
export const QUALIFIED_GROUP =
  /^(?:(?:two|three|four|several|some|many|other|senior|western|european|local|u\.s\.)\s+)?(?:sources|people|persons|officials|diplomats|analysts|economists|experts|residents|witnesses|lawmakers|executives|investors|traders|bankers|aides|researchers|scientists|doctors|academics|astronomers|engineers)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in|(?:polled|surveyed|interviewed|questioned|contacted)\s+by|at|in|from|of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/iu;

/** "state television", "local media": outlets named by what they are, speakers in lower case. */
export const MEDIA_SOURCE =
  /^(?:state|local|public|national|official|independent|foreign|pro-government|state-run|state-owned)\s+(?:media|television|TV|radio|news agency|broadcaster|newspapers?)$/;

/** "officials", "analysts": unnamed groups that can be speakers in lower case. */
export function isGroupNoun(word: string): boolean {
  return GROUP_NOUN.test(word);
}

/** "Aid groups such as Oxfam", "Groups including the Kell Network and Warm Homes": a group (1), then named examples. */
const GROUP_WITH_EXAMPLES = /^(?:\p{L}+\s+){0,2}?(\p{L}+)\s+(?:such as|including)\s+(?:the\s+)?\p{Lu}/u;

/** Whether a phrase is a group followed by named examples of it, which speaks as the group. */
export function isGroupWithExamples(phrase: string): boolean {
  const group = GROUP_WITH_EXAMPLES.exec(phrase)?.[1];
  return group !== undefined && isGroupNoun(group.toLowerCase());
}

/** Nouns naming an institution or a company: "the council", "the carmaker", "Acme Corp." */
const ORGANISATION_NOUN =
  /^(?:council|ministry|agency|company|department|government|board|committee|court|commission|bank|authority|group|party|union|administration|firm|club|team|league|university|hospital|school|office|bureau|army|police|senate|house|parliament|assembly|legislature|corporation|corp\.?|inc\.?|ltd\.?|co\.|carmaker|automaker|airline|retailer|insurer|lender|manufacturer|producer|supplier|operator|utility|broadcaster|publisher|miner|chipmaker|drugmaker|conglomerate|startup|exporter|refiner|regulator|watchdog|charity|organi[sz]ation|network|newspaper|port|railway|force|forces|navy|military|coalition|alliance|cabinet|embassy|service|guard|command|institute|foundation|fund|mission|delegation|presidency)$/i;

export function isOrganisationNoun(word: string): boolean {
  return ORGANISATION_NOUN.test(word);
}

/** "Kesh Rovers", "Dunmore United", "Arlen FC": a sports club, named by the word its name ends with. */
const CLUB_NAME =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:FC|AFC|United|Rovers|Wanderers|Rangers|Athletic|Albion|Hotspur|Harriers)$/u;

/** Whether `name` is a sports club's, which a later "the club" means. */
export function isClubName(name: string): boolean {
  return CLUB_NAME.test(name);
}

/** "the Finance Ministry", "Acme Group": names that are not people. */
export function looksLikeOrganisation(name: string): boolean {
  if (/^the\s/i.test(name) || ORG_WORDS.test(name) || CLUB_NAME.test(name)) return true;
  // "NHS England", "BBC Scotland", "Transport for London": an acronym, or "for" inside the name.
  if (ACRONYM_WORD.test(name) || NAME_WITH_FOR.test(name)) return true;
  // "Vostria's foreign ministry", "the city's water board": an owner's institution.
  return /['’]s\s/.test(name) && ORGANISATION_NOUN.test(name.split(/\s+/).at(-1) ?? "");
}

/** "NHS", "BBC": a word in capitals, which no person's name has. */
const ACRONYM_WORD = /(?:^|\s)\p{Lu}{2,6}(?=\s|$)/u;
const NAME_WITH_FOR = /^\p{Lu}\S*\s+for\s+\p{Lu}/u;

/** "the minister", "the bank's chief economist": a speaker named by a person's role, not an organisation. */
export function isPersonRole(name: string): boolean {
  const words = name.split(/\s+/);
  if (isTitleSpeltSurname(words, words.length - 1)) return false;
  return TITLE_WORDS.has(tokenKey(words.at(-1) ?? ""));
}

/**
 * "Opposition leader Rahul Sen": a title's short form ("Sen.") opens a name, so capitalised and last
 * among several words it is a surname.
 */
function isTitleSpeltSurname(words: readonly string[], index: number): boolean {
  const word = words[index] ?? "";
  return (
    index > 0 &&
    index === words.length - 1 &&
    STARTS_UPPER_CASE.test(word) &&
    PERSON_TITLES.has(word.toLowerCase())
  );
}

/** "Finance Minister Ola Brandt", "the bank's chief economist": a phrase that names someone by a role. */
export function hasRoleWord(phrase: string): boolean {
  return phrase.split(/\s+/).some((word) => TITLE_WORDS.has(tokenKey(word)));
}

/** "an astrophysicist at the University of Vell", "a former judge": a phrase holding a title or an occupation. */
export function hasRoleOrOccupation(phrase: string): boolean {
  return phrase.split(/\s+/).some(isTitleWord);
}

/** Role words can open a speaker phrase in lower case: "coach Jane Roe said". */
export function startsWithRole(phrase: string): boolean {
  return isTitleWord(phrase.split(/\s+/, 1)[0] ?? "");
}

function tokenKey(token: string): string {
  return token.toLowerCase().replace(/[.,]/g, "");
}

/** "Seismologist", "physician": an occupation by its ending, so "Seismologist Ruth Kane" is Ruth Kane. */
const OCCUPATION_ENDING = /^\p{L}{4,}(?:ist|ician)$/u;

/**
 * "Fisherman Tom Rask", "Nurse Ida Holm": common occupations a feature puts before a name, capitalised
 * when they open the sentence; like OCCUPATION_ENDING, a title only before a name.
 */
const OCCUPATION_WORDS = new Set(
  "farmer fisherman fisherwoman teacher nurse doctor surgeon midwife paramedic lawyer attorney worker driver miner trader shopkeeper baker builder plumber engineer pilot student pensioner retiree veteran volunteer firefighter businessman businesswoman landlord tenant commuter shopper campaigner protester resident pollster".split(
    " ",
  ),
);

/** A role word before a name: a listed title or an occupation by its ending. */
function isTitleWord(token: string): boolean {
  const key = tokenKey(token);
  return TITLE_WORDS.has(key) || OCCUPATION_ENDING.test(key) || isHyphenedTitle(key);
}

/** "secretary-general", "vice-president", "attorney-general": titles joined by a hyphen. */
function isHyphenedTitle(key: string): boolean {
  const hyphen = key.indexOf("-");
  return hyphen > 0 && key.split("-").every((part) => TITLE_WORDS.has(part));
}

/** Articles repeat their speakers ("Mr. Roe", "the ministry"); parsing each phrase once keeps this cheap. */
const parsed = new Map<string, SpeakerName | null>();
const MAX_PARSED = 2000;

/** Speaker from a free phrase; `null` when the phrase names nobody (e.g. "a statement on March 3"). */
export function parseSpeakerPhrase(raw: string): SpeakerName | null {
  const known = parsed.get(raw);
  if (known !== undefined) return known;
  if (PARTICLE_SURNAME.test(raw.trim())) return { name: raw.trim(), isPerson: true };
  if (parsed.size >= MAX_PARSED) parsed.clear();
  const result = parseUncached(raw);
  parsed.set(raw, result);
  return result;
}

const HAS_CAPITALISED_WORD = /\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}\.$/u;
/** "de", "van", "der", "bin": lower-case words inside a name, before its capitalised last part. */
export const NAME_PARTICLES =
  "al|el|bin|ibn|bint|abu|de|del|della|di|da|dos|das|du|la|le|van|von|der|den|ter|ten|zu";
/** "de la Cruz", "van der Berg", "al-Sayed": a surname opening with its particle, as a later mention gives it. */
const PARTICLE_SURNAME = new RegExp(
  String.raw`^(?:(?:(?:${NAME_PARTICLES})\s+){1,2}|(?:al|el)-)\p{Lu}[\p{L}'’-]+$`,
  "u",
);
/**
 * "Board member Jane Roe", "lead author Ana de la Vega": an unlisted role in lower case, then the name
 * ("several Tory MPs" is a count of them, no role).
 */
const ROLE_THEN_NAME = new RegExp(
  String.raw`(?:^|\s)(?!(?:of|and|for|the|on|in|at|several|some|many|two|three|four|${NAME_PARTICLES})\s)\p{Ll}[\p{L}-]*\s+((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:${NAME_PARTICLES})\s+){0,2}){0,2}\p{Lu}[\p{L}'’-]+)$`,
  "u",
);

/**
 * "Deputy Minister for ", "Secretary of ": a title opening its portfolio (both patterns below); so does
 * a seat, "Member for ", "Labor MP for ", "Senator for ", before the seat's name.
 */
const TITLE_FOR_PORTFOLIO = String.raw`^(?:(?:Deputy|Junior|Shadow|State|Cabinet|Federal|Labor|Labour|Liberal|Conservative|Green|Greens|Independent)\s+)?(?:Minister|Secretary|Commissioner|Director|Administrator|Member|MP|MLA|MLC|Senator)\s+(?:for|of)\s+`;

/**
 * "Minister for Disaster Management Thandiwe Okonkwo-Reyes", "Secretary of State for Health Ana Roe":
 * a title with its portfolio in capitals, then the name, read as its last two words.
 */
const TITLE_WITH_PORTFOLIO = new RegExp(
  String.raw`${TITLE_FOR_PORTFOLIO}(?:(?:\p{Lu}[\p{L}&-]*|and|the|for|of)\s+){1,6}(\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+)$`,
  "u",
);

/** A portfolio's usual words: "State", "Foreign Affairs", "Tourism and Employment". */
const PORTFOLIO_WORDS =
  "State|Affairs|Health|Defence|Defense|Finance|Education|Justice|Development|Management|Security|Trade|Transport|Energy|Environment|Agriculture|Labour|Labor|Interior|Industry|Commerce|Housing|Planning|Services|Welfare|Works|Resources|Communications|Tourism|Culture|Sport|Science|Technology|Infrastructure|Relations|Immigration|Employment|Economy|Enterprise";

/**
 * "Minister of State Kamla Devi Rawat": a portfolio ending in one of its usual last words, then a name
 * of two or three words (read before TITLE_WITH_PORTFOLIO, which takes the last two).
 */
const TITLE_WITH_KNOWN_PORTFOLIO = new RegExp(
  String.raw`${TITLE_FOR_PORTFOLIO}(?:(?:\p{Lu}[\p{L}&-]*|and|the|for|of)\s+){0,5}?(?:${PORTFOLIO_WORDS})\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$`,
  "u",
);
/** "then", "also" after a name: "Vane then turned to …, claiming", no part of who spoke. */
const TRAILING_ADVERB = /\s+(?:also|then|later|again|too|now|further|meanwhile|herself|himself)$/;
/** "Union Minister Harish Pant": India's word for a federal minister, before the title. */
const UNION_BEFORE_TITLE = /^Union\s+(?=(?:\p{Lu}\p{Ll}+\s+)?Minister\b)/u;
/** "Detective Garda Colm Fahy": an Irish police rank before a name (not "Wexford Garda Station"). */
const GARDA_RANK = /^(?:Detective\s+)?Garda\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** "Harcourt boasts of 'record' nurse numbers as Vane" (a headline's tag): the name after "as". */
const NAME_AFTER_AS = /\sas\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)$/u;

/** "the CDC's Household Pulse Survey", "the Bureau's State of the Climate report": an owner, then a named document. */
const OWNER_OF_NAMED_DOCUMENT =
  /^(.+?)['’]s?\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Survey|Report|Index|Study|Bulletin|Review|Outlook|report|survey)$/u;
/** "test results the Millbrook Water Department released Tuesday night": results, then who published them. */
const RESULTS_RELEASED_BY =
  /^(?:the\s+)?(?:\p{Ll}+\s+)?(?:results|data|figures|statistics|records|estimates)\s+(?:that\s+)?((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,5})\s+(?:released|published|issued|compiled|provided)\b/u;
/** "Mariela Obregón-Takahashi at the University of Miami": a person (maybe titled), then where they work. */
const PERSON_AT_PLACE =
  /^(?!The\s)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:at|of|from|with)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|for|and|the|on))*$/u;
/** "Tourism and Employment Brendan Farrell": the rest of a portfolio (its start cut off at a comma), then the name. */
const PORTFOLIO_THEN_NAME = new RegExp(
  String.raw`^(?:(?:${PORTFOLIO_WORDS})\s+)+and\s+(?:(?:${PORTFOLIO_WORDS})\s+)+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$`,
  "u",
);

/** Two to four capitalised words: a personal name unless it holds an organisation word. */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;

/** "a list published by the ministry", "an inventory from the agency": who drew up a list. */
const COMPILED_BY =
  /\b(?:list|inventory|breakdown|table|chart|tally)s?\s+(?:\S+\s+){0,3}?(?:from|by)\s+(.+)$/i;

/** "a Congressional Research Service report", "a Defence Ministry fact sheet" → its author, "the Defence Ministry". */
const NAMED_DOCUMENT =
  /^(?:[Aa]|[Aa]n|[Tt]he)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}\p{Lu}[\p{L}.&'’-]*)\s+(?:report|study|analysis|survey|poll|census|estimate|review|audit|assessment|statement|fact sheet|memo|news release|press release)$/u;

/** What an organisation or person issues and is then quoted by: "the statement said", "the report found". */
export const DOCUMENT_NOUN =
  "statement|(?:press |news )?release|report|study|survey|analysis|audit|review|filing|fact sheet|memo|notice|letter|readout";

const ISSUED_BY = new RegExp(
  String.raw`^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUN}|figures|data|statistics)(?:,\s+(?:which|that)\s+(?:was|were|is|are|had been|has been))?\s+(?:issued|released|published|prepared|compiled|written|produced|put out)\s+(?:\S+\s+){0,3}?by\s+(.+)$`,
  "u",
);

/** What a source publishes: "ministry figures", "UN data". */
const DATA_NOUN = "(?:figures|data|estimates|statistics|documents|records|calculations|projections|filings)";
/** "separate data", "official figures": words about data that name no source. */
const DATA_ADJECTIVES =
  "separate|other|new|latest|recent|initial|early|first|official|preliminary|provisional|final|further|more|additional|monthly|quarterly|annual|weekly|daily|revised|earlier|national|regional|local|international|global|historical|public";
const SOURCE_DATA = new RegExp(
  // "new government figures", "official police data": the government's, the police's.
  String.raw`^(?:(?:a|an|the)\s+)?(?:(?:new|latest|recent|official|preliminary|provisional|revised)\s+)?(?!(?:a|an|the|${DATA_ADJECTIVES})\s)(\p{Ll}+)\s+(?:${DATA_NOUN}|fact sheet)$`,
  "u",
);
/** "internal documents", "leaked emails", "records": data or papers with no source named. */
const BARE_DATA = new RegExp(
  String.raw`^(?:(?:the|some)\s+)?(?:(?:${DATA_ADJECTIVES}|internal|leaked|confidential|unpublished|private)\s+){0,2}(?:${DATA_NOUN}|emails|papers|minutes)$`,
  "i",
);
/** "health ministry data", "state statistics office figures": a body named in lower case, then its data. */
const BODY_DATA = new RegExp(
  String.raw`^(?:(?:a|an|the)\s+)?((?:\p{Ll}+\s+){1,2}(?:ministry|office|agency|bureau|department|council|bank|authority|commission|service|board|institute|government|union|army))\s+${DATA_NOUN}$`,
  "u",
);
/**
 * "a ministry statement", "a police report", "an army readout", "a defence ministry statement": a body
 * named in lower case (its last word an organisation's), then what it issued.
 */
const BODY_DOCUMENT = new RegExp(
  String.raw`^(?:a|an|the)\s+((?:(?!(?:${DATA_ADJECTIVES}|internal|leaked|draft)\s)\p{Ll}+\s+)?(\p{Ll}+))\s+(?:statement|report|release|press release|filing|memo|letter|notice|readout)$`,
  "u",
);
/** "Police union records": a capitalised word and a lower-case one naming whose records they are. */
const OWNER_THEN_RECORDS = /^(\p{Lu}\p{Ll}+\s+\p{Ll}+)\s+(?:records|documents)$/u;
const NAMED_SOURCE_DATA = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s+${DATA_NOUN}$`,
  "u",
);
/** "Arsenal's Mikel Arteta": an owner's possessive, then a person's full name. */
const OWNER_THEN_PERSON =
  /^(?:the\s+\p{Ll}+|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})['’]s\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;
/** "NHS England figures published on Thursday": the data, then when it came out (no author after "by"). */
const DATA_PUBLISHED = new RegExp(
  String.raw`^(.+?\s${DATA_NOUN})\s+(?:published|released|issued|out)(?:\s+(?:on|in|this|last|earlier)\s+[^,]{1,30})?$`,
  "u",
);

/** "NHS records", "Treasury data": whose records a study or analysis read. */
const STUDIED_DATA_END = /\s(?:records|data|files|figures|statistics|accounts|filings)$/;
/** " seen by the Ostra Courier", " obtained by Wirepress": who saw a document, at the end of its phrase. */
const SEEN_BY = /\s(?:seen|obtained|reviewed|viewed)\s+by\s+([^,]+)$/;
/** "240,000", "more than 90,000": a count, perhaps a rough one. */
const COUNT_OPENING =
  /^(?:(?:more than|fewer than|less than|over|nearly|almost|about|around|some|roughly|at least|up to)\s+)?\d/;

/** A comma between a name and its description; not the one in "240,000". */
const APPOSITIVE_COMMA = /\s*,(?!\d{3}\b)\s*/;

/** "UN", "NATO": an acronym. */
const ALL_CAPITALS = /^\p{Lu}+$/u;

/**
 * "Ostmark and Tavria", "Prime Minister Ana Roe and President Omar Tal", "the Presidential Palace and its
 * spokesman Tomas Kirkeby", "Dorne mayor Ana Roe and Vell mayor Tom Ash": two parties, each ending in a
 * name in capitals (a role in lower case before it, maybe after a place).
 */
export const JOINT_NAMES =
  /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=\p{Ll}))?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+and\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=\p{Ll}))?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * "Haddad and her colleagues", "Dr Ana Roe and colleagues", "She and her team": a lead author or a
 * team's head with the people working with them (science reports credit a study so).
 */
export const LEAD_AND_COLLEAGUES =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+and\s+((?:(?:his|her|their)\s+)?(?:colleagues|co-authors|coauthors|team))$/u;

/**
 * "the Centers for Disease Control and Prevention", "the Department of Health and Human Services":
 * one institution whose name holds an "and" after its "of" or "for".
 */
/** "Health and Social Care", "Department of Environment and Rural Affairs": a name with "and" inside. */
const NAME_WITH_AND = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,4}and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
export const INSTITUTION_WITH_AND = new RegExp(
  String.raw`^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:(?:\p{Lu}[\p{L}'’.-]*|spokes(?:man|woman|person)|official|head|director)\s+){1,3}(?:of|for|on|at)\s+(?:the\s+)?${NAME_WITH_AND}|${NAME_WITH_AND}\s+(?:spokes(?:man|woman|person|people)|officials?|sources?))$`,
  "u",
);

/** One capitalised name of up to five words, "the" before it allowed. */
const LISTED_NAME_SOURCE = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`;
/** "Germany, France and Italy": three or more names, the last after "and". */
const NAME_LIST = new RegExp(
  String.raw`^${LISTED_NAME_SOURCE}(?:,\s+${LISTED_NAME_SOURCE})+,?\s+and\s+${LISTED_NAME_SOURCE}$`,
  "u",
);
/** The comma of a name's list: "… for Energy," before "Water and Rural Affairs". */
const NAME_LIST_BEFORE_COMMA = /\s(?:for|of)\s+\p{Lu}[\p{L}'’-]*$/u;
const NAME_LIST_AFTER_COMMA = /^\s*(?:\p{Lu}[\p{L}'’-]*,?\s+){1,3}and\s+\p{Lu}/u;
/** A phrase closing with a name's list: "the Department for Energy, Water and Rural Affairs". */
const NAME_LIST_END =
  /\s(?:for|of)\s+(?:\p{Lu}[\p{L}'’-]*,\s+){1,3}(?:\p{Lu}[\p{L}'’-]*\s+){0,2}and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** "the Department for Energy, Water and Rural Affairs", "a spokesperson for the …": one body, list and all. */
const LISTED_INSTITUTION =
  /^(?:[Tt]he\s+|[Aa]n?\s+spokes(?:man|woman|person)\s+for\s+the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:for|of)\s+(?:\p{Lu}[\p{L}'’-]*,\s+){1,3}(?:\p{Lu}[\p{L}'’-]*\s+){0,2}and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

export function isListedInstitution(phrase: string): boolean {
  return LISTED_INSTITUTION.test(phrase);
}

/** Whether a comma between `before` and `after` is one inside a name's list, not one closing a phrase. */
export function isNameListComma(before: string, after: string): boolean {
  return NAME_LIST_BEFORE_COMMA.test(before) && NAME_LIST_AFTER_COMMA.test(after);
}

/** " KC", " MP", " OBE": letters after a name, no part of it. */
const POST_NOMINAL =
  /(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:KC|QC|SC|MP|MEP|MSP|MLA|MPP|TD|OBE|CBE|MBE|KBE|DBE|FRS)$/u;

/** "the General Staff of Vesk's Armed Forces": a military body whose name opens with a rank. */
const GENERAL_STAFF = /^(?:[Tt]he\s+)?(?:General|Joint)\s+Staff\b/;

/**
 * "a list published on the government's website", "figures posted on the ministry's Telegram channel":
 * what an organisation put out on its own site is its word.
 */
const ON_OWNERS_SITE =
  /\s(?:published|posted|released|put out|put)\s+(?:online\s+)?on\s+((?:the\s+)?[^,'’]{2,60}?)['’]s?\s+(?:official\s+)?(?:website|web site|site|homepage|Telegram channel|X account|social media accounts?)$/i;

function parseUncached(written: string): SpeakerName | null {
  // "Aid groups such as Oxfam and Care": the group speaks, in lower case as a group does, not Oxfam alone.
  if (isGroupWithExamples(written.trim())) return { name: lowerFirst(written.trim()), isPerson: false };
  // "The wife of Senator Tom Berg": she speaks, not the senator her title-free name would leave.
  const kin = KIN_OF.exec(written.trim())?.[0];
  if (kin !== undefined) return { name: lowerDeterminer(kin), isPerson: true };
  const owner = written.includes(" on ") ? ON_OWNERS_SITE.exec(written)?.[1] : undefined;
  if (owner !== undefined) return parseUncached(owner);
  // "Police and crime commissioner Dan Fairlie": a British office whose "and" joins no two speakers.
  const decorated = written
    .replace(POST_NOMINAL, "$1")
    .replace(POLICE_COMMISSIONER, "")
    .replace(TRAILING_ADVERB, "")
    .replace(UNION_BEFORE_TITLE, "")
    .replace(GARDA_RANK, "");
  const named = NAME_AFTER_AS.exec(decorated)?.[1] ?? decorated;
  // "Mariela Obregón-Takahashi at the University of Miami": the person, wherever she works.
  const atPlace = PERSON_AT_PLACE.exec(named.trim())?.[1];
  const raw = atPlace !== undefined && !ORG_WORDS.test(atPlace) ? atPlace : named;
  // "Tourism and Employment Brendan Farrell": no two speakers, one minister whose title lost its start.
  const afterPortfolio = PORTFOLIO_THEN_NAME.exec(raw.trim())?.[1];
  if (afterPortfolio !== undefined && !ORG_WORDS.test(afterPortfolio) && !hasRoleWord(afterPortfolio))
    return { name: afterPortfolio, isPerson: true };

  if (GENERAL_STAFF.test(raw.trim())) return { name: raw.trim().replace(/^The\s/, "the "), isPerson: false };
  // "Haddad and her colleagues": the lead named as alone, then the team (a "she" can lead one too).
  const team = raw.includes(" and ") ? LEAD_AND_COLLEAGUES.exec(raw.trim()) : null;
  if (team !== null) {
    const [, head = "", colleagues = ""] = team;
    const lead = /^(?:He|She)$/.test(head) ? head : parseSpeakerPhrase(head)?.name;
    if (lead !== undefined) return { name: `${lead} and ${colleagues}`, isPerson: false };
  }
  // "Germany, France and Italy", "The Karst Foundation, the Hollin Trust and the Greenway Fund": a
  // list of names, each as it would be alone.
  if (raw.includes(", ") && raw.includes(" and ") && NAME_LIST.test(raw.trim())) {
    const names = raw
      .trim()
      .split(/,\s+(?:and\s+)?|\s+and\s+/)
      .map((part) => (hasRoleWord(part) ? undefined : parseSpeakerPhrase(part)?.name));
    const last = names.pop();
    if (last !== undefined && names.every((name) => name !== undefined))
      return { name: `${names.join(", ")} and ${last}`, isPerson: false };
  }
  // "Prime Minister Ana Roe and President Omar Tal": each name as it would be alone.
  if (raw.includes(" and ") && JOINT_NAMES.test(raw.trim()) && !INSTITUTION_WITH_AND.test(raw.trim())) {
    const [first = "", second = ""] = raw.trim().split(" and ");
    const one = parseSpeakerPhrase(first);
    const other = parseSpeakerPhrase(second);
    if (one !== null && other !== null)
      // Not a person: a later "he" or "she" is one of them, never both.
      return { name: `${one.name} and ${other.name}`, isPerson: false };
  }
  // "the release, which was issued on Monday by the port authority": the issuer's word. Before the
  // decorations go, since "on Monday …" would take the issuer with it.
  const issuer = ISSUED_BY.exec(raw.trim())?.[1];
  let phrase = stripDecorations(issuer ?? raw);
  phrase = DATA_PUBLISHED.exec(phrase)?.[1] ?? phrase;
  // "Minister for Disaster Management Thandiwe Okonkwo-Reyes": the portfolio is the title's.
  const portfolio = (TITLE_WITH_KNOWN_PORTFOLIO.exec(phrase) ?? TITLE_WITH_PORTFOLIO.exec(phrase))?.[1];
  if (portfolio !== undefined) return { name: portfolio, isPerson: true };
  // "Arsenal's Mikel Arteta", "the union's Ana Roe": the person, whoever they belong to.
  const owned = OWNER_THEN_PERSON.exec(phrase)?.[1];
  if (owned !== undefined && !ORG_WORDS.test(owned)) return { name: owned, isPerson: true };
  // "Sources familiar with the talks" and "…, sources familiar with the talks said" are one speaker.
  if (QUALIFIED_GROUP.test(phrase))
    return { name: phrase.charAt(0).toLowerCase() + phrase.slice(1), isPerson: false };
  if (MEDIA_SOURCE.test(phrase)) return { name: phrase, isPerson: false };
  // "Election observers from the Halden Institute", "Health officials in Vell": a described group,
  // then where it is from, in lower case as without the place.
  if (PLACED_DESCRIBED_GROUP.test(phrase)) return { name: lowerCommonOpening(phrase), isPerson: false };
  // "Tom Ash, a spokesman for Delta Steel": the named person speaks, not the company.
  const [firstPart, ...otherParts] = phrase.split(APPOSITIVE_COMMA);
  // "the Resident Coordinator, Amara Lindqvist": a role, then the name of whoever holds it.
  const [holder] = otherParts;
  if (
    otherParts.length === 1 &&
    holder !== undefined &&
    firstPart !== undefined &&
    PERSON_NAME.test(holder) &&
    !ORG_WORDS.test(holder) &&
    isPersonRole(firstPart)
  )
    phrase = holder;
  else if (
    otherParts.length > 0 &&
    firstPart !== undefined &&
    PERSON_NAME.test(firstPart) &&
    !ORG_WORDS.test(firstPart)
  )
    phrase = firstPart;
  const documentOrRole =
    /\b(?:statement|report|release|data|figures|statistics|estimates?|documents?|filing|survey|poll|study|analysis|audit|review|assessment|investigation|inquiry|census|summary|fact sheet|letter|email|memo|message|minutes|record|transcript|cable|results|count|tally|projections?|spokes(?:man|woman|person)|representative|official)s?\s+(?:\S+\s+){0,3}?(?:from|by|for|of)\s+(.+)$/i.exec(
      phrase,
    );
  // "The Crime Survey of Norland", "the Annual Report of the Bank": the word is part of a name, whose
  // "of" names no author.
  const source = documentOrRole !== null && insideName(phrase, documentOrRole) ? null : documentOrRole;
  // "a list published by the defense ministry"; not "a list of banned firms", which names its contents.
  const compiledBy = source === null ? COMPILED_BY.exec(phrase) : null;
  const namedDocument = NAMED_DOCUMENT.exec(phrase)?.[1];
  // "a study of (more than) 240,000 workers": after "of", a number is what the study looked at, not its author.
  // "a transcript of a meeting seen by the Courier": an indefinite "a meeting" is what was transcribed,
  // not who wrote it; the outlet that saw it is the source, as for "letters seen by the Courier".
  // "a large study of NHS records": what a study read, named by whose records, is no author of it.
  const studiedData =
    source?.[1] !== undefined && /\bof\s/.test(source[0]) && STUDIED_DATA_END.test(source[1]);
  const indefinite = source?.[1] !== undefined && (/^an?\s/.test(source[1]) || studiedData);
  const seenBy = indefinite ? SEEN_BY.exec(source?.[1] ?? "")?.[1] : undefined;
  if (seenBy !== undefined) phrase = seenBy;
  else if (source?.[1] !== undefined && !indefinite && !COUNT_OPENING.test(source[1]))
    phrase = pollsterOf(source[0], source[1]);
  else if (compiledBy?.[1] !== undefined) phrase = compiledBy[1];
  else if (namedDocument !== undefined) phrase = `the ${namedDocument}`;
  // "a report presented to councillors": a report described by whom it was put before is a findings
  // document in its own right, as "a study of 900 towns" is; a bare "a report" may be anyone's news.
  else if (phrase.includes(" report ") && PRESENTED_REPORT.test(phrase))
    return { name: lowerFirst(phrase), isPerson: false };
  else if (/^(?:a|an|the)\s+(?:statement|report|release|press release|filing|document)\b/i.test(phrase))
    return null;

  const possessive =
    /^(.+?)['’]s?\s+(?:\(\p{Lu}+\)\s+)?(?:(?:latest|new|own|official|preliminary|annual|monthly|quarterly|weekly|daily|final|January|February|March|April|May|June|July|August|September|October|November|December)\s+){0,2}(?:budget\s+|spending\s+|internal\s+|board\s+|\p{Ll}+al\s+)?(?:meeting|estimation|view|account|statement|announcement|words|assessment|analysis|data|figures|report|estimate|opinion|website|site|records|filing|list|tally|count|breakdown|database|tracker|fact sheet|summary|release|press release|bulletin|memo|letter|notice|documents|papers|filings)$/iu.exec(
      phrase,
    );
  if (possessive?.[1] !== undefined) phrase = possessive[1];
  // "the CDC's Household Pulse Survey": a named survey or report is its owner's word.
  phrase = OWNER_OF_NAMED_DOCUMENT.exec(phrase)?.[1] ?? phrase;
  // "test results the Millbrook Water Department released": the results' publisher.
  phrase = RESULTS_RELEASED_BY.exec(phrase)?.[1] ?? phrase;
  // "ministry figures", "a ministry fact sheet": the ministry's figures. "Court records" opening a
  // sentence are a court's as much as "court records" are.
  const common = lowerFirst(phrase);
  const commonSource =
    common !== phrase && isOrganisationNoun(common.split(" ", 1)[0] ?? "")
      ? SOURCE_DATA.exec(common)?.[1]
      : undefined;
  const sentenceOpening = commonSource !== undefined && !GROUP_NOUN.test(commonSource);
  if (sentenceOpening) phrase = common;
  const sourceData = SOURCE_DATA.exec(phrase)?.[1];
  // "internal documents", "records": papers that name no author are the speaker themselves.
  if (BARE_DATA.test(phrase)) return { name: lowerDeterminer(phrase), isPerson: false };
  // "court documents" are the parties' filings, not the court's word.
  if (sourceData === "court") return { name: lowerDeterminer(phrase), isPerson: false };
  if (sourceData !== undefined && !GROUP_NOUN.test(sourceData))
    return { name: `the ${sourceData}`, isPerson: false };
  const issuingBody = phrase.includes(" ") ? BODY_DOCUMENT.exec(phrase) : null;
  if (issuingBody !== null && isOrganisationNoun(issuingBody[2] ?? ""))
    return { name: `the ${issuingBody[1]}`, isPerson: false };
  // "police figures": the police's, named as "Police said" names them.
  if (sourceData === "police") return { name: sourceData, isPerson: false };
  const body = BODY_DATA.exec(phrase)?.[1];
  if (body !== undefined) return { name: `the ${body}`, isPerson: false };
  // "Police union records": the police union's.
  const recordsOf = OWNER_THEN_RECORDS.exec(phrase)?.[1];
  if (recordsOf !== undefined) return { name: `the ${recordsOf.toLowerCase()}`, isPerson: false };
  // "UN figures", "Eurostat data": the named source's.
  const namedSource = NAMED_SOURCE_DATA.exec(phrase)?.[1];
  // "UN figures" and "Home Office figures" are the UN's and the Home Office's; "Eurostat data" Eurostat's.
  const institution = isOrganisationNoun((namedSource?.split(" ").at(-1) ?? "").toLowerCase());
  if (namedSource !== undefined)
    return {
      name: ALL_CAPITALS.test(namedSource) || institution ? `the ${namedSource}` : namedSource,
      isPerson: false,
    };

  // "Jane Roe, the agency's director" → prefer the part that carries a proper name, and a person's
  // name over a place's ("Norland's ambassador, Tomas Rell").
  // "the Department for Energy, Water and Rural Affairs": the commas of a name's list split nothing.
  const parts = NAME_LIST_END.test(phrase)
    ? [phrase]
    : phrase.split(APPOSITIVE_COMMA).filter((p) => p !== "");
  phrase =
    (parts.length > 1 ? parts.find((p) => PERSON_NAME.test(p) && !ORG_WORDS.test(p)) : undefined) ??
    parts.find((p) => HAS_CAPITALISED_WORD.test(p.replace(/^the\s+/i, ""))) ??
    parts[0] ??
    "";
  if (phrase === "" || phrase.length > 120) return null;
  // "Power company Nordgrid", "British oil major BP": the organisation's kind, then its name.
  const kindThenName = ORGANISATION_KIND_THEN_NAME.exec(phrase.charAt(0).toLowerCase() + phrase.slice(1));
  if (kindThenName?.[1] !== undefined) return { name: kindThenName[1], isPerson: false };

  const tokens = phrase.split(/\s+/);
  let lastTitle = -1;
  // "Seismologist Ruth Kane": an occupation by its ending is a title only before a name, and not in
  // "The Socialist Party".
  tokens.forEach((token, index) => {
    const key = tokenKey(token);
    const next = tokens.slice(index + 1, index + 3).join(" ");
    const beforeName = STARTS_UPPER_CASE.test(next) && !ORG_WORDS.test(next);
    // "the Justice Ministry", "the justice ministry": a title word naming a body's field is no title.
    const fieldOfBody = BODY_AFTER_FIELD.test(tokens[index + 1] ?? "");
    if (
      (TITLE_WORDS.has(key) && !fieldOfBody && !isTitleSpeltSurname(tokens, index)) ||
      isHyphenedTitle(key) ||
      (beforeName && (OCCUPATION_ENDING.test(key) || OCCUPATION_WORDS.has(key)))
    )
      lastTitle = index;
  });
  if (lastTitle >= 0) {
    const afterTitle = tokens.slice(lastTitle + 1);
    let nameTokens: string[];
    if (afterTitle[0] === "of") {
      // "Secretary of State Jane Roe": the office's name comes first, the person's last. "The mayor of
      // Ostra" names an office and no person: the description is kept below.
      const capitalised = afterTitle.filter((t) => STARTS_UPPER_CASE.test(t));
      // "Leader of the Opposition R. Kiran Desai Rao": a name opening with an initial runs from it
      // (not a middle initial, as in "Secretary of State Ana B. Roe", read below).
      const initial = capitalised.findIndex((t) => INITIAL.test(t));
      nameTokens =
        capitalised.length < 2
          ? []
          : initial > 0 && initial < capitalised.length - 2
            ? capitalised.slice(initial)
            : capitalised.slice(INITIAL.test(capitalised.at(-2) ?? "") ? -3 : -2);
    } else {
      // "Judge Jane Q. Roe of the District Court": the name stops at the first lower-case word that
      // is no particle of it ("Minister Omar al-Rashid", "Interior Minister Hugo Van der Berg").
      nameTokens = afterTitle.slice(0, nameLength(afterTitle));
      // "Prime Minister Jonas Aalto's office": the office speaks, under its owner's name.
      const owned = afterTitle.slice(nameTokens.length).join(" ");
      if (owned !== "" && POSSESSIVE_END.test(nameTokens.at(-1) ?? ""))
        return { name: `${nameTokens.join(" ")} ${owned}`, isPerson: false };
    }
    if (nameTokens.length > 0) return { name: nameTokens.join(" "), isPerson: true };
    // "a spokesman", "officials": nobody named; keep the description.
    return { name: lowerDeterminer(phrase), isPerson: !ORG_WORDS.test(phrase) };
  }
  // "Rasa Molk of the group Clean Budget": the person, not where she works.
  const affiliated = NAME_THEN_AFFILIATION.exec(phrase)?.[1];
  if (affiliated !== undefined && !ORG_WORDS.test(affiliated)) return { name: affiliated, isPerson: true };
  // "Board member Jane Roe": an unlisted role in lower case, then the name.
  const trailingName = ROLE_THEN_NAME.exec(phrase);
  // Not "the opposition Social Party": a name with an organisation word is no person's.
  if (trailingName?.[1]?.includes(" ") && !ORG_WORDS.test(trailingName[1]))
    return { name: trailingName[1], isPerson: true };
  // "Police said" and "police said" are one speaker.
  if (GROUP_NOUN.test(phrase)) return { name: phrase.toLowerCase(), isPerson: false };
  if (/^(?:the|a|an)\s/i.test(phrase) || ORG_WORDS.test(phrase)) {
    return { name: lowerDeterminer(phrase), isPerson: false };
  }
  if (DETERMINER.test(phrase)) return { name: lowerDeterminer(phrase), isPerson: false };
  if (DESCRIBED_GROUP.test(phrase)) return { name: lowerCommonOpening(phrase), isPerson: false };
  if (!STARTS_UPPER_CASE.test(phrase)) return null;
  // "OCHA's financial tracking service", "Vostria's foreign ministry": a name's institution.
  return { name: phrase, isPerson: !looksLikeOrganisation(phrase) };
}

/** "the wife of …", "a son of …": a relative, known by whose relative they are. */
const KIN_OF =
  /^(?:[Tt]he|[Aa]n?)\s+(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|partner|niece|nephew|grandson|granddaughter)\s+of\s+\p{Lu}[^,]*/u;

/** "a poll by Norstat for the Ostra Post": the pollster, not the outlet that ordered the poll. */
function pollsterOf(match: string, author: string): string {
  const forAt = author.indexOf(" for ");
  if (forAt < 0 || !/^(?:poll|survey)/i.test(match)) return author;
  // "the Institute for Fiscal Studies": "for" inside an organisation's name.
  const pollster = author.slice(0, forAt);
  return ORG_WORDS.test(pollster.slice(pollster.lastIndexOf(" ") + 1)) ? author : pollster;
}

/** Whether a match opens with a capitalised word after another ("Crime Survey"), so is a name's part. */
function insideName(phrase: string, match: RegExpExecArray): boolean {
  if (match.index === 0 || !STARTS_UPPER_CASE.test(match[0])) return false;
  return CAPITALISED_WORD_BEFORE.test(phrase.slice(0, match.index));
}

/** "Crime Survey" and "Institute for the Study": a capitalised word, maybe with "for the" after it. */
const CAPITALISED_WORD_BEFORE =
  /(?:^|\s)(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’-]*\s+(?:(?:for|of|on)\s+(?:the\s+)?)?$/u;

/** "carmaker", "operator", "watchdog": kinds of organisation a name may follow ("Power company Nordgrid"). */
export const ORGANISATION_KINDS =
  "company|firm|group|carmaker|automaker|drugmaker|chipmaker|planemaker|steelmaker|shipbuilder|housebuilder|brewer|supermarket|grocer|airline|carrier|lender|bank|insurer|utility|operator|retailer|chain|miner|refiner|producer|manufacturer|maker|developer|broadcaster|publisher|charity|exporter|giant|major|conglomerate|startup|start-up|supplier|contractor|agency|office|regulator|watchdog|union|think tank|institute|association|organi[sz]ation|fund|foundation|federation|exchange";
/** "power company Nordgrid", "the rights group Free Voice", "its maker Velgen": a kind in lower case before a name. */
const ORGANISATION_KIND_THEN_NAME = new RegExp(
  // "supporters' group Rovers First": a plural owner's apostrophe may close a word of the kind.
  String.raw`^(?:the\s+)?(?:[\p{L}-]+['’]?\s+){0,3}?(?:${ORGANISATION_KINDS})\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*)$`,
  "u",
);

/** Whether a phrase is a kind of organisation and its name: "drugmaker Velgen", "its maker Velgen". */
export function isKindThenName(phrase: string): boolean {
  return ORGANISATION_KIND_THEN_NAME.test(phrase.charAt(0).toLowerCase() + phrase.slice(1));
}

/** "Ministry" in "the Justice Ministry": a body named by its field, whose field word is no title. */
const BODY_AFTER_FIELD =
  /^(?:ministry|ministries|department|office|committee|commission|council|agency|court|courts|system|survey|inquiry|review|programme|program|bureau|board|authority|service|fund|institute|unit)['’]?s?$/i;

/** "Kesh's", "the agency’s": a possessive ending. */
export const POSSESSIVE_END = /['’]s$/;

const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);
/** "al-Rashid", "el-Sayed": a particle joined to the capitalised name by a hyphen. */
const HYPHENED_PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an|abu|bin|ibn)-\p{Lu}/u;

/**
 * How many of `tokens` make up a name: capitalised words, and particles ("de la", "al-Rashid") that
 * a capitalised word follows. "Jane Roe of the court" → 2, "Ana de la Vega" → 4.
 */
function nameLength(tokens: readonly string[]): number {
  let length = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    if (STARTS_UPPER_CASE.test(token) || HYPHENED_PARTICLE_NAME.test(token)) length = i + 1;
    else if (!NAME_PARTICLE.test(token)) break;
  }
  return length;
}

/** Words that describe a group and are capitalised only when they open a sentence ("Military analysts"). */
const COMMON_MODIFIER = new Set(
  "military security intelligence health aid opposition government industry union party company bank senior local foreign western independent human rights rescue medical legal defence defense police hospital school election".split(
    " ",
  ),
);

/** "Fishing groups", "Environmental groups": an adjective or gerund by its ending, no proper name. */
const COMMON_MODIFIER_ENDING = /^\p{Ll}{3,}(?:al|ous|ive|ing)$/u;
/** "Beijing", "Liaoning": place names that end like a gerund. */
const PLACE_LIKE_GERUND = /(?:jing|oning)$/;

/** "Military analysts" → "military analysts"; "Valdor officials" stays. */
function lowerCommonOpening(phrase: string): string {
  const first = phrase.slice(0, phrase.indexOf(" ")).toLowerCase();
  const common =
    COMMON_MODIFIER.has(first) || (COMMON_MODIFIER_ENDING.test(first) && !PLACE_LIKE_GERUND.test(first));
  return common ? first + phrase.slice(first.length) : phrase;
}

function lowerDeterminer(phrase: string): string {
  return DETERMINER.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

const PERSONAL_TITLE =
  /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Brig|Maj|Lt|Col|Sgt|Capt|Adm|Prof|President|Senator|Governor|Mayor|Secretary|Minister|spokes(?:man|woman|person)|Judge|Justice|Chancellor|Commissioner|Director|Coach)\.?\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+)/gu;

/** PERSONAL_TITLE's titles and the space and capital after them, without its costlier name pattern. */
const TITLE_HINT =
  /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Brig|Maj|Lt|Col|Sgt|Capt|Adm|Prof|President|Senator|Governor|Mayor|Secretary|Minister|spokes(?:man|woman|person)|Judge|Justice|Chancellor|Commissioner|Director|Coach)\.?\s+\p{Lu}/u;

const CHAINED_TITLES = /^(?:(?:Gen|Col|Maj|Lt|Adm|Capt|Cmdr|Sgt|Dr)\.?\s+)+/;

/** "Ana Ruiz", "Victor A. Hale": two capitalised words in a row (an initial between), as a person's name is written. */
export const FIRST_AND_LAST_NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+`;

/** "Minister Ruth Okafor" (read after "Justice" in "Justice Minister Ruth Okafor") → "Ruth Okafor". */
function withoutOpeningTitles(name: string): string {
  let start = 0;
  for (let space = name.indexOf(" "); space > 0; space = name.indexOf(" ", start)) {
    if (!TITLE_WORDS.has(tokenKey(name.slice(start, space)))) break;
    start = space + 1;
  }
  return name.slice(start);
}

/** Full names introduced with a title anywhere in a sentence: "Sen. Jane Roe" → "Jane Roe". */
export function namesWithTitles(sentence: string): string[] {
  const names: string[] = [];
  if (!TITLE_HINT.test(sentence)) return names;
  for (const match of allMatches(PERSONAL_TITLE, sentence)) {
    // "Brig. Gen. Pat Ryder": the match starts at the first title; the name is what follows the last.
    const name = withoutOpeningTitles((match[1] ?? "").replace(/['’]s$/, "").replace(CHAINED_TITLES, ""));
    if (name.includes(" ")) names.push(name);
  }
  return names;
}

/** "Jane Roe of the Brask Institute": a full name, then where the person works. */
const NAME_THEN_AFFILIATION = new RegExp(String.raw`^(${FIRST_AND_LAST_NAME})\s+(?:of|at|from)\s`, "u");
/** "Victor Hale, 58,": a full name with an age after it is a person's. */
const NAME_BEFORE_AGE = new RegExp(String.raw`\b(${FIRST_AND_LAST_NAME})$`, "u");
const AGE_AFTER_NAME = /[a-z], (\d{1,3}),/g;
/** How far before an age its name may start: "Victor A. Hale-Smith". */
const NAME_BEFORE_AGE_CHARS = 60;

/** The people a sentence gives an age for, so that a later bare "Hale" is known to be "Victor Hale". */
export function namesWithAges(sentence: string): Array<{ name: string; age: string }> {
  const names: Array<{ name: string; age: string }> = [];
  // Each ", 58," is found first, and the name read just before it, not looked for at every position.
  for (const age of allMatches(AGE_AFTER_NAME, sentence)) {
    const end = age.index + 1;
    const found = NAME_BEFORE_AGE.exec(sentence.slice(Math.max(0, end - NAME_BEFORE_AGE_CHARS), end))?.[1];
    // "Ms Roe, 52,": a title and a surname, no first name ("Ms Roe" would be her full name after).
    const space = found === undefined ? -1 : found.indexOf(" ");
    const name =
      found !== undefined && space > 0 && TITLE_WORDS.has(tokenKey(found.slice(0, space)))
        ? found.slice(space + 1)
        : found;
    if (name !== undefined) names.push({ name, age: age[1] ?? "" });
  }
  // "Nokuthula Mbatha, a 34-year-old cashier, …"
  if (sentence.includes("-year-old"))
    for (const aged of allMatches(NAME_THEN_AGED, sentence))
      names.push({ name: aged[1] ?? "", age: aged[2] ?? "" });
  return names;
}
const NAME_THEN_AGED = /((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),\s+an?\s+(\d{1,3})-year-old\b/gu;

const ORGANISATION_HINT =
  /\b(?:Authority|Ministry|Department|Agency|Council|Commission|Committee|Court|Office|Bureau|Board|Service|Administration|Institute|Bank|Company|Corporation|Party|Union|Association|Federation|League|Police|Government|Parliament|Organization|Organisation|Foundation|Fund|University|Hospital|Center|Centre)\b/;
const ORGANISATION_NAME = new RegExp(
  `\\b[Tt]he ((?:\\p{Lu}[\\p{L}.'’&-]*\\s+){1,5}${ORGANISATION_HINT.source.slice(2, -2)}(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,3})?)\\b`,
  "gu",
);

/** "the Port Harbor Authority" mentioned anywhere, so a later "the authority said" can name it. */
export function organisationNames(sentence: string): string[] {
  if (!ORGANISATION_HINT.test(sentence)) return [];
  return allMatches(ORGANISATION_NAME, sentence).map((m) => `the ${m[1] ?? ""}`);
}

/** Abbreviations news copy uses before a name for a role a headline spells out. */
const ROLE_ABBREVIATION: Record<string, string> = {
  governor: "Gov",
  senator: "Sen",
  representative: "Rep",
  general: "Gen",
  professor: "Prof",
  president: "Pres",
  superintendent: "Supt",
  commissioner: "Comm",
  lieutenant: "Lt",
  colonel: "Col",
  captain: "Capt",
  admiral: "Adm",
};
/**
 * "Ana Ruiz, the governor", "Ana Ruiz, Keslo's deputy mayor", "Ana Ruiz, who became governor": the
 * name in an appositive before the role; "Ana Ruiz is the port's director", "Ana Ruiz became mayor":
 * the name the role is said of.
 */
const NAME_BEFORE_ROLE =
  /((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)(?:,\s+(?:who\s+(?:is|was|became|has\s+been|had\s+been|serves\s+as|served\s+as)\s+)?|\s+(?:is|became|has\s+been|serves\s+as)\s+)(?:the\s+|\p{Lu}\p{L}*['’]s\s+)?(?:[\p{Ll}'’-]+\s+){0,2}$/u;
/**
 * "Minister Ana Ruiz", "Minister John F. Kerr", or a name set off after the role: "Lessany's foreign
 * minister, Joao Ferren, said". A full stop ends the name unless it closes an initial.
 */
const NAME_AFTER_ROLE =
  /^(?:\.?\s+|,\s+(?=(?:\p{Lu}[\p{L}'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]+,))((?:(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.) +){0,2}\p{Lu}[\p{L}'’-]+)/u;

/**
 * "Health Minister" (a headline's "…, Health Minister Says") → "Tomas Berg" when the text says
 * "Health Minister Tomas Berg" (or "Gov. Ana Ruiz" for "Governor"). A role with a qualifier prefers
 * the person whose title carries it, or (`sameQualifier`) only that person. Null when the phrase does
 * not end in a role or nobody holds it.
 */
export function personWithRole(role: string, text: string, sameQualifier = false): string | null {
  return holdersOfRole(role, text, sameQualifier, false);
}

/**
 * The person `text` last gives the role, with its qualifier if it has one ("the defence minister"):
 * whom a later "the minister" means. Null when nobody holds it.
 */
export function lastPersonWithRole(role: string, text: string): string | null {
  return holdersOfRole(role, text, true, true);
}

/** One pattern per role word, built once: roles are few, and asked for often. */
const TITLE_PATTERNS = new Map<string, RegExp>();

/** "minister" → /\b(?:minister)/gi; "governor" → /\b(?:governor|gov\.)/gi. */
function titlePattern(key: string): RegExp {
  let pattern = TITLE_PATTERNS.get(key);
  if (pattern === undefined) {
    const abbreviation = ROLE_ABBREVIATION[key];
    pattern = new RegExp(
      `\\b(?:${key}${abbreviation === undefined ? "" : `|${abbreviation.toLowerCase()}\\.`})`,
      "gi",
    );
    TITLE_PATTERNS.set(key, pattern);
  }
  return pattern;
}

/** "Deputy ", "vice-", "former ": a word before a title that makes it another role. */
const LOWER_RANK_BEFORE = /(?:deputy|vice|assistant|associate|former|shadow|junior|under)[\s-]$/i;

function holdersOfRole(role: string, text: string, sameQualifier: boolean, last: boolean): string | null {
  const words = role.trim().split(/\s+/);
  const key = tokenKey(words.at(-1) ?? "");
  if (!TITLE_WORDS.has(key)) return null;
  const qualifier = words.slice(0, -1).join(" ").toLowerCase();
  const titles = titlePattern(key);
  let first: string | null = null;
  let latest: string | null = null;
  for (const title of text.matchAll(titles)) {
    const after = title.index + title[0].length;
    // "Ana Roe is the mayor's deputy": a role owned by the title's holder is no holder of the title.
    const code = text.charCodeAt(after);
    if ((code === 39 || code === 0x2019) && text.charAt(after + 1) === "s") continue;
    // A name is a few words: a bounded window keeps a long body with many titles linear.
    const name =
      NAME_AFTER_ROLE.exec(text.slice(after, after + 80))?.[1]?.replace(/['’]s$/, "") ??
      NAME_BEFORE_ROLE.exec(text.slice(Math.max(0, title.index - 80), title.index))?.[1];
    if (name === undefined || !name.includes(" ")) continue;
    const before = text.slice(Math.max(0, title.index - qualifier.length - 1), title.index).toLowerCase();
    // "the mayor" is not "Deputy mayor Kevin Osei", nor "the president" a vice-president.
    const qualified =
      qualifier === ""
        ? !LOWER_RANK_BEFORE.test(text.slice(Math.max(0, title.index - 12), title.index))
        : before.startsWith(`${qualifier} `);
    if (qualified && !last) return name;
    if (qualified) latest = name;
    first ??= name;
  }
  return last ? latest : sameQualifier ? null : first;
}

/**
 * "Rake" → "Paul Rake" when an earlier sentence wrote the full name in any way ("former defence
 * minister Paul Rake", "Paul Rake, a former minister"); null when none did. Read only for a bare
 * surname that no title, age or earlier speaker taught, so the search stays rare.
 */
export function fullNameBefore(surname: string, earlier: readonly string[]): string | null {
  if (!SURNAME.test(surname)) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const text = earlier[i] ?? "";
    // Each place the surname is written, then the word before it: plain searches, no pattern per name.
    for (let at = text.indexOf(surname); at > 0; at = text.indexOf(surname, at + 1)) {
      if (NAME_CHARACTER.test(text.charAt(at + surname.length))) continue;
      const first = FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, at - FIRST_NAME_CHARS), at))?.[1];
      // "Minister Rake", "But Rake": a title or a function word is no first name.
      if (first !== undefined && !TITLE_WORDS.has(tokenKey(first)) && !NOT_A_FIRST_NAME.test(first))
        return `${first} ${surname}`;
    }
  }
  return null;
}

/** "Rake", "O'Neill", "Delgado-Finch": a surname, double-barrelled too. */
const SURNAME = /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u;
const NAME_CHARACTER = /[\p{L}'’-]/u;
/** "Paul " or "Victor A. " right before a surname, and not after another letter or a full stop. */
const FIRST_NAME_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?)\s+$/u;
const FIRST_NAME_CHARS = 24;
const NOT_A_FIRST_NAME =
  /^(?:The|A|An|But|And|Or|So|Yet|Then|When|While|After|Before|If|As|Also|Now|Still|Meanwhile|However|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
