/**
 * Common first names that are almost always one sex's, for reading "he" and "she": after "Paul
 * Ryder opened the meeting. Later, Sandra Kelly arrived. She said …" the "She" is Kelly. Names
 * borne by both (Alex, Jordan, Sam, Jean, Andrea, Nicola, Kim) are left out on purpose.
 */
const FEMALE = new Set(
  `abigail ada adriana agnes agnieszka aisha alice alicia alina alison amanda amelia amina amira amy ana
  anastasia anita ann anna anne annette antonia aoife barbara beata beatrice beth bethany brenda bridget
  camila carla carmen caroline catherine cecilia charlotte chiara chloe christina christine claire clara
  claudia cristina cynthia daniela deborah denise diana donna dorothy elena eleanor elif elisa elizabeth
  ella ellen eloise emily emma erika esther eva eve fatima fatma fiona florence francesca gabriela giulia
  grace hanna hannah heather helen helena ines ingrid irene isabel isabella jacqueline jane janet jennifer
  jessica joan joanna josephine judith julia julie karen karin katarzyna kate katherine kathleen katie laura
  lauren leila lena linda lisa lucia lucy luisa lydia magdalena margaret maria marie marina marta martha
  mary maya megan melanie melissa mia michelle monica nadia naomi natalia natasha nicole nina olga olivia
  patricia paula pauline penelope petra priya rachel rebecca rosa rose ruth sabine sandra sara sarah
  sharon silvia sofia sophia sophie stephanie susan svetlana tamara tanya teresa theresa ursula valentina
  valerie vanessa victoria virginia wanda yasmin yolanda yulia zainab zeynep zoe astrid birgit elin greta
  hanne heidi helene ilse kirsten liesel lise margot marit mette sigrid solveig britta ulrike`.split(/\s+/),
);

const MALE = new Set(
  `aaron abdullah adam adrian ahmed alan albert alejandro alexander alexei ali andrew andrzej anthony
  antonio arthur benjamin bernard boris brian bruce carl carlos charles christopher colin craig daniel
  david dennis diego dmitry donald douglas duncan edward emmanuel eric erik ernesto fernando francis
  francisco frank fred gareth gary george gerald giorgio giovanni gordon graham gregory hans harold harry
  hassan henry hugo ian ibrahim igor isaac ivan jack jacob jakub james jan javier jeffrey jens jeremy
  jonathan jorge jose joseph juan karl keith kenneth kevin klaus lars lawrence leonard liam luis luka
  marco marcus mark martin matthew michael miguel mikhail mohamed mohammed muhammad nathan neil nicholas
  nikolai oliver omar oscar owen patrick paul pavel pedro peter philip piotr rafael raymond richard robert
  roman ronald russell ryan samuel scott sean sergei sergio simon stefan stephen steven stuart thomas
  timothy tomasz tony walter wayne william wojciech yusuf john joe tom jim bill bob mike dave steve
  ben dan matt josh luke fritz piet jonas tomas lukas nils olaf sven henrik anders mats bjorn gunnar
  johan magnus rolf ulf werner wolfgang jurgen dieter helmut`.split(/\s+/),
);

/** "he" or "she" for a full name whose first name is one sex's; null when unknown. */
export function pronounOfName(fullName: string): "he" | "she" | null {
  const first = /^\p{L}+/u.exec(fullName)?.[0]?.toLowerCase() ?? "";
  if (FEMALE.has(first)) return "she";
  if (MALE.has(first)) return "he";
  return null;
}

/** Titles and roles that tell the sex: "Mr Haines", "Sir Graham Pettifer", "spokeswoman Lena Ortiz". */
const TITLE_PRONOUN = new Map<string, "he" | "she">([
  ...[
    "Mr",
    "Sir",
    "Lord",
    "King",
    "Prince",
    "spokesman",
    "chairman",
    "congressman",
    "businessman",
    "councilman",
    "policeman",
  ].map((title): [string, "he"] => [title, "he"]),
  ...[
    "Mrs",
    "Ms",
    "Miss",
    "Dame",
    "Lady",
    "Baroness",
    "Queen",
    "Princess",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
    "councilwoman",
    "policewoman",
  ].map((title): [string, "she"] => [title, "she"]),
]);

/** One to three capitalised words after a first name or a title: "Kelly", "Graham Pettifer". */
const NAME_AFTER = /^\.?\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

export interface NamedPerson {
  name: string;
  /** What a title says the person is; null when only the first name tells (see `pronounOfName`). */
  titled: "he" | "she" | null;
}

/**
 * A capitalised word, or a role in "-man", with a capitalised word after it: where a title or a first
 * name may stand. The regular expression finds the few such places, so no code walks every character.
 */
const CANDIDATE =
  /\b(?:[A-Z][a-z]+|(?:spokes|chair|congress|business|council|police)(?:wo)?man)\.? +(?=[A-Z])/g;

/**
 * The people a sentence names after a title that tells the sex ("Ms Nandakumar") or in full with a
 * first name of one sex ("Later, Sandra Kelly arrived"), speaking or not: whom a later "he" or "she"
 * may mean.
 */
export function namedPeople(sentence: string): NamedPerson[] {
  const people: NamedPerson[] = [];
  for (const match of sentence.matchAll(CANDIDATE)) {
    const word = match[0].trimEnd().replace(/\.$/, "");
    const titled = TITLE_PRONOUN.get(word) ?? null;
    if (titled === null && pronounOfName(word) === null) continue;
    const from = match.index + match[0].length;
    const after = NAME_AFTER.exec(sentence.slice(from - 1, from + 60))?.[1];
    if (after !== undefined) people.push({ name: titled === null ? `${word} ${after}` : after, titled });
  }
  return people;
}
