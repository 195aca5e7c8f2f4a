import { asSentence } from "../util/text";
import { describe, type Entity, type EntityMemory, isVagueReference } from "./entities";
import { type Piece, sentenceCaseToLower, splitListItems } from "./list-items";
import { seriesList } from "./series";

/** Atomic claims cut out of a list sentence, and the earlier-described thing they belong to. */
export interface ListDecomposition {
  items: Piece[];
  /** Set when the list continues an earlier sentence ("the package"); carries that sentence's speaker. */
  entity: Entity | null;
}

const MAX_LIST_SENTENCE = 1200;
const INCLUSION =
  /\b(includ(?:es|ed|e|ing)|encompass(?:es|ed|ing)?|compris(?:es|ed|e|ing)|consists? of|consisted of|contain(?:s|ed)?|such as|featur(?:es|ed|ing)|among them|namely)\s+/i;
const PARTICIPLE = /^(?:including|such as|featuring|among them|namely|encompassing|comprising)$/i;
const PREDICATE = /\s(?:have|has|had|are|is|was|were|will|would|can|could|did|does|do)\s/;
const APPOSITIVE_END = /,\s+(?=(?:\p{Ll}+ed|said|have|has|are|is|was|were|will|would|can|could)\s)/u;
const PART_OF_HINT =
  /\s(?:part of|among|included in|in)\s[^,]*,?\s+(?:along with|as well as|together with|alongside)\s/i;
const PART_OF =
  /^(.{3,300}?)\s+(?:was|were|is|are|will be|would be)\s+(?:also\s+)?(?:part of|among|included in|in)\s+(.{3,200}?),?\s+(?:along with|as well as|together with|alongside)\s+(.+)$/is;

/**
 * Splits a sentence that enumerates things into one standalone claim per item.
 * `content` is the claim part of the sentence, starting at body offset `base`.
 */
export function decomposeList(
  content: string,
  base: number,
  entities: EntityMemory,
): ListDecomposition | null {
  if (content.length > MAX_LIST_SENTENCE) return null;
  return (
    partOfList(content, base, entities) ??
    inclusionList(content, base, entities) ??
    colonList(content, base) ??
    semicolonList(content, base) ??
    seriesDecomposition(content, base)
  );
}

/** "X and Y were part of the package, along with Z" → "The <package> includes X." ... */
function partOfList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  if (!PART_OF_HINT.test(content)) return null;
  const match = PART_OF.exec(content);
  if (match === null) return null;
  const [front, container, rest] = [match[1] ?? "", match[2] ?? "", match[3] ?? ""];
  const restOffset = content.length - rest.length;
  const frontItems = splitListItems(front, base) ?? [
    { text: front.trim(), start: base, end: base + front.trim().length },
  ];
  const restItems = splitListItems(rest, base + restOffset) ?? [
    {
      text: rest.replace(/[\s.]+$/, ""),
      start: base + restOffset,
      end: base + restOffset + rest.replace(/[\s.]+$/, "").length,
    },
  ];
  const entity = isVagueReference(container) ? entities.find(container) : null;
  const subject = entity === null ? container : describe(entity, container);
  const first = frontItems[0];
  if (first !== undefined) first.text = sentenceCaseToLower(first.text);
  const items = [...frontItems, ...restItems].map((item) => ({
    ...item,
    text: asSentence(`${subject} includes ${item.text}`),
  }));
  return { items, entity };
}

/** "The plan includes A, B and C" / "..., including A, B and C". */
function inclusionList(content: string, base: number, entities: EntityMemory): ListDecomposition | null {
  const trigger = INCLUSION.exec(content);
  if (trigger === null) return null;
  const verb = trigger[1] ?? "";
  const listStart = trigger.index + trigger[0].length;
  let lead = content.slice(0, trigger.index).trim();
  // "Lines including A, B and C have asked ...": the list sits in the subject; keep the predicate.
  // "Groups, including A and B, praised ...": an appositive list ends before the predicate.
  const appositive = lead.endsWith(",");
  const predicate = PARTICIPLE.test(verb)
    ? (appositive ? APPOSITIVE_END : PREDICATE).exec(content.slice(listStart))
    : null;
  const listEnd = predicate === null ? content.length : listStart + predicate.index;
  const rest = content.slice(listEnd).replace(/^,/, "").trim();
  const tail = predicate === null ? "" : `${appositive ? "," : ""} ${rest}`;
  const items = splitListItems(content.slice(listStart, listEnd), base + listStart);
  if (items === null) return null;
  let entity: Entity | null = null;
  if (!PARTICIPLE.test(verb)) {
    const subject = lead.replace(/^that\s+/i, "");
    entity = isVagueReference(subject) ? entities.find(subject) : null;
    if (entity !== null) lead = describe(entity, subject);
  }
  const separator = PARTICIPLE.test(verb) && !lead.endsWith(",") && tail === "" ? ", " : " ";
  return {
    items: items.map((item) => ({
      ...item,
      text: asSentence(`${lead}${separator}${inclusionVerb(verb)} ${item.text}${tail}`),
    })),
    entity,
  };
}

/** "The report lists three causes: A, B and C." */
function colonList(content: string, base: number): ListDecomposition | null {
  const colon = /:\s+/.exec(content);
  if (colon === null) return null;
  const listStart = colon.index + colon[0].length;
  const items = splitListItems(content.slice(listStart), base + listStart);
  if (items === null) return null;
  const lead = content.slice(0, colon.index + 1);
  return {
    items: items.map((item) => ({ ...item, text: asSentence(`${lead} ${item.text}`) })),
    entity: null,
  };
}

/** "encompasses", "comprises", "contains" all state inclusion; say it one way. */
function inclusionVerb(verb: string): string {
  const lower = verb.toLowerCase();
  if (PARTICIPLE.test(lower)) return lower;
  if (/(?:ed|consisted of)$/.test(lower)) return "included";
  if (/^(?:include|comprise|contain|consist of|encompass|feature)$/.test(lower)) return "include";
  return "includes";
}

/**
 * "The budget gives $40 million to schools; $25 million to roads; and $10 million to parks."
 * The shared lead ends where the first item starts, found by the shape of the second item's first word.
 */
function semicolonList(content: string, base: number): ListDecomposition | null {
  if (!content.includes(";")) return null;
  const items = splitListItems(content, base);
  const [first, second] = [items?.[0], items?.[1]];
  if (items === null || first === undefined || second === undefined) return null;
  const shape = wordShape(second.text);
  const words = [...first.text.matchAll(/\S+/g)];
  const itemWord = words.find((w, k) => k > 0 && wordShape(w[0]) === shape);
  if (itemWord === undefined) return null;
  const lead = first.text.slice(0, itemWord.index).trim();
  first.text = first.text.slice(itemWord.index);
  first.start += itemWord.index;
  return {
    items: items.map((item) => ({ ...item, text: asSentence(`${lead} ${item.text}`) })),
    entity: null,
  };
}

const STARTS_UPPER_CASE = /^\p{Lu}/u;

function wordShape(text: string): string {
  if (/^\$/.test(text)) return "money";
  if (/^\d/.test(text)) return "number";
  if (STARTS_UPPER_CASE.test(text)) return "name";
  return /^(?:a|an|the)\b/i.test(text) ? "article" : "word";
}

function seriesDecomposition(content: string, base: number): ListDecomposition | null {
  const items = seriesList(content, base);
  return items === null ? null : { items, entity: null };
}
