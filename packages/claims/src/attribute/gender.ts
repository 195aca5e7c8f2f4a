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
  valerie vanessa victoria virginia wanda yasmin yolanda yulia zainab zeynep zoe`.split(/\s+/),
);

const MALE = new Set(
  `aaron abdullah adam adrian ahmed alan albert alejandro alexander alexei ali andrew andrzej anthony
  antonio arthur benjamin bernard boris brian bruce carl carlos charles christopher colin craig daniel
  david dennis diego dmitry donald douglas duncan edward emmanuel eric erik ernesto fernando francis
  francisco frank fred gareth gary george gerald giorgio giovanni gordon graham gregory hans harold harry
  hassan henry hugo ian ibrahim igor isaac ivan jack jacob jakub james jan javier jeffrey jens jeremy john
  jonathan jorge jose joseph juan karl keith kenneth kevin klaus lars lawrence leonard liam luis luka
  marco marcus mark martin matthew michael miguel mikhail mohamed mohammed muhammad nathan neil nicholas
  nikolai oliver omar oscar owen patrick paul pavel pedro peter philip piotr rafael raymond richard robert
  roger roman ronald russell ryan samuel scott sean sergei sergio simon stefan stephen steven stuart thomas
  timothy tomasz tony vladimir walter wayne william wojciech yusuf`.split(/\s+/),
);

/** "he" or "she" for a full name whose first name is one sex's; null when unknown. */
export function pronounOfName(fullName: string): "he" | "she" | null {
  const first = /^\p{L}+/u.exec(fullName)?.[0]?.toLowerCase() ?? "";
  if (FEMALE.has(first)) return "she";
  if (MALE.has(first)) return "he";
  return null;
}

/** "Mr Haines", "Sir Graham Pettifer", "spokeswoman Lena Ortiz": a title or role that tells the sex. */
const GENDERED_TITLE =
  /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness|King|Queen|Prince|Princess|(?:spokes|chair|congress|business|council|police)(?:man|woman))\.?\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady|Baroness|Queen|Princess|\p{Ll}+woman)$/u;

/** The people a sentence names with a title or role that tells "he" from "she". */
export function titledPeople(sentence: string): Array<[string, "he" | "she"]> {
  const people: Array<[string, "he" | "she"]> = [];
  for (const match of sentence.matchAll(GENDERED_TITLE)) {
    const [, title = "", name = ""] = match;
    people.push([name, FEMALE_TITLE.test(title) ? "she" : "he"]);
  }
  return people;
}

/** "Sandra Kelly", "Priya Nandakumar": a capitalised word, then one or two more. */
const FULL_NAME = /\b(?=(\p{Lu}\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+))/gu;

/**
 * The people a sentence names in full with a first name of one sex ("Later, Sandra Kelly arrived"),
 * speaking or not: whom a later "she" may mean.
 */
export function peopleWithKnownFirstNames(sentence: string): string[] {
  const people: string[] = [];
  for (const match of sentence.matchAll(FULL_NAME)) {
    const [, first = "", last = ""] = match;
    if (FEMALE.has(first.toLowerCase()) || MALE.has(first.toLowerCase())) people.push(`${first} ${last}`);
  }
  return people;
}
