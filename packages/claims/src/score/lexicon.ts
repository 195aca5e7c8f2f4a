/**
 * Closed word classes and cue lists. Features built on these (rather than on debate topics)
 * are what carry over from presidential debates to news prose.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word.length > 0));
}

/** Function words are kept verbatim in the word-class sequence; everything else becomes a shape class. */
export const FUNCTION_WORDS = set(`
  a an the this that these those some any every each all both either neither no none another other such
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her
  hers herself it its itself they them their theirs themselves one ones somebody someone something anybody
  anyone anything everybody everyone everything nobody nothing
  who whom whose which what where when why how whether
  of in on at by for with about against between into through during before after above below to from up down
  out off over under again further than since until till upon within without across along among around
  behind beyond toward towards via per despite like unlike
  and or but nor so yet because although though while if unless whereas as
  be am is are was were been being have has had having do does did doing done
  will would shall should can could may might must ought
  not n't never very too also just only even still already now then there here ago
  yes no well oh okay let lets
  's 're 've 'll 'd 'm
`);

export const FIRST_PERSON_SINGULAR = set("i me my mine myself i'm i've i'll i'd");
export const FIRST_PERSON_PLURAL = set("we us our ours ourselves we're we've we'll we'd");
export const SECOND_PERSON = set("you your yours yourself yourselves you're you've you'll you'd");

export const ATTRIBUTION_VERBS = set(`
  said says say saying told tells tell reported reports according announced announces announce stated states
  claimed claims added adds noted notes estimated estimates estimate confirmed confirms revealed reveals
  showed shows show shown found finds warned warns insisted insists argued argues admitted admits denied denies
  acknowledged acknowledges testified wrote writes published data survey study statistics figures census
`);

export const HEDGES_AND_OPINION = set(`
  think thinks thought believe believes feel feels felt hope hopes hoping hoped wish wishes guess suppose
  maybe perhaps probably possibly might seem seems seemed want wants wanted going gonna should ought must
  need needs great greatest wonderful terrible awful good bad best worst love loves proud thank thanks
  sure certainly clearly obviously frankly honestly really absolutely important believe agree disagree
  fight fighting deserve deserves welcome glad happy pleased delighted sorry
`);

export const QUANTITY_WORDS = set(`
  million millions billion billions trillion trillions thousand thousands hundred hundreds dozen dozens
  percent percentage cent half third quarter double doubled triple tripled twice times average rate rates
  number numbers majority minority total increase increased increases decrease decreased decreases rose rise
  rising fell fall falling grew grow growth dropped drop declined decline cut cuts raised doubled jobs tax taxes
  deficit debt budget cost costs spending spent income unemployment inflation gdp
`);

export const NUMBER_WORDS = set(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety first second third fourth
  fifth tenth
`);

export const COMPARATIVES = set(`
  more most less least fewer fewest than better best worse worst higher highest lower lowest larger largest
  bigger biggest smaller smallest greater greatest faster fastest slower slowest record only ever
`);

export const TIME_WORDS = set(`
  january february march april june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday year years yesterday today last since ago decade decades week weeks month
  months century
`);

export const NEGATIONS = set("not n't no never nothing nobody none neither nor cannot");

export const MODALS = set("will would shall should can could may might must ought");

export const DISCOURSE_OPENERS = set("and but so well now look oh yes no okay because");
