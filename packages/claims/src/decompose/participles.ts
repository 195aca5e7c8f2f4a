import { isCommonWord } from "../score/word-vectors";
import { asSentence, type Piece, withoutTrailingStops } from "../util/text";
import { isThingNoun } from "./entities";

/**
 * "EU governments agreed a 19th package of sanctions against Vostria, adding 117 vessels to the list
 * of barred tankers and banning transactions with five more banks" → "EU governments agreed a 19th
 * package of sanctions against Vostria.", "The 19th package of sanctions against Vostria adds 117
 * vessels to the list of barred tankers.", "The 19th package of sanctions against Vostria bans
 * transactions with five more banks.": what was done, then each thing the package does, said of it.
 */

/** ", adding", ", banning": a participle after a comma, where what the thing does may begin. */
const COMMA_PARTICIPLE = /,\s+\p{Ll}+ing\s/u;

/** "agreed a 19th package of sanctions against Vostria": a deed whose object is a thing, then the comma. */
const DEED_ON_THING =
  /^\p{Lu}.{1,120}?\s(?:agreed|approved|adopted|announced|unveiled|passed|signed|imposed|introduced|launched|published|proposed|finali[sz]ed|enacted)\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+)?(?:(?:a|an|the|its|their)\s+)?([^,;:"“”()]{3,100}?)(?=,\s+\p{Ll}+ing\s)/u;

/** Where the participles part: ", and banning", " and banning", ", banning". */
const PARTICIPLE_BREAK = /,?\s+and\s+(?=\p{Ll}+ing\s)|,\s+(?=\p{Ll}+ing\s)/gu;

/** "saying", "citing", "adding that": participles of talk, which attribution reads, not deeds of a thing. */
const TALKING =
  /^(?:saying|citing|calling|warning|arguing|noting|claiming|insisting|accusing|describing|urging|telling|according|prompting|sparking|drawing|following)$/;

/** The words a thing's name ends before: "package of sanctions", "plan for schools". */
const AFTER_HEAD = /\s(?:of|for|against|worth|to|on|with|from|by|in)\s/;

/** The deed and one claim per participle the thing is the subject of; null unless there are two or more. */
export function thingParticipleList(content: string, base: number): Piece[] | null {
  if (!COMMA_PARTICIPLE.test(content)) return null;
  const deed = DEED_ON_THING.exec(content);
  const thing = deed?.[1];
  if (deed === null || thing === undefined) return null;
  const head = thing.split(AFTER_HEAD, 1)[0]?.split(/\s+/).at(-1) ?? "";
  // "package", "sanctions", "measures": a thing enacted, whose participles say what it does.
  if (!isThingNoun(head) && !(head.endsWith("s") && isThingNoun(head.slice(0, -1)))) return null;
  const plural = /[^s]s$/.test(head);
  const participles = partsAfter(withoutTrailingStops(content), deed[0].length + 1);
  if (participles.length < 2) return null;
  const items: Piece[] = [{ text: asSentence(deed[0]), start: base, end: base + deed[0].length }];
  for (const part of participles) {
    const verb = part.text.split(" ", 1)[0] ?? "";
    // "adding that …": talk about the deed, not what the thing does.
    if (TALKING.test(verb) || /^\S+\s+(?:that|“|")/.test(part.text)) return null;
    const baseForm = baseOfParticiple(verb);
    if (baseForm === null) return null;
    const finite = plural ? baseForm : thirdPerson(baseForm);
    items.push({
      text: asSentence(`The ${thing} ${finite}${part.text.slice(verb.length)}`),
      start: base + part.start,
      end: base + part.end,
    });
  }
  return items;
}

/** The participle clauses from `from` on, each opening with its "-ing" word. */
function partsAfter(text: string, from: number): Piece[] {
  const parts: Piece[] = [];
  let start = from;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  PARTICIPLE_BREAK.lastIndex = start;
  for (let match = PARTICIPLE_BREAK.exec(text); match !== null; match = PARTICIPLE_BREAK.exec(text)) {
    parts.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ text: text.slice(start), start, end: text.length });
  return parts.filter((part) => /^\p{Ll}+ing\s/u.test(part.text));
}

/**
 * "adding" → "add", "banning" → "ban", "imposing" → "impose": the base form the vocabulary knows,
 * or null. The bare stem needs three letters ("using" is "use", not "us").
 */
function baseOfParticiple(participle: string): string | null {
  const stem = participle.slice(0, -3);
  if (stem.length >= 3 && isCommonWord(stem)) return stem;
  if (isCommonWord(`${stem}e`)) return `${stem}e`;
  const undoubled = stem.slice(0, -1);
  return stem.length >= 3 && stem.at(-1) === stem.at(-2) && isCommonWord(undoubled) ? undoubled : null;
}

/** "add" → "adds", "impose" → "imposes", "finance" → "finances", "apply" → "applies", "go" → "goes". */
export function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|[^aeiou]o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
