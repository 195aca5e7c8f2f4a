/**
 * `tsx scripts/eval-seed.ts ARTICLE [EXPECTATIONS.md]`: checks extraction against a fact-checker's
 * expectations written as a Markdown list ("- Claim. (speaker; other speaker)" and numbered list items),
 * by default the README.md next to the article. Nothing about the article is hard-coded here.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extractClaims } from "../src/index";
import type { ExtractedClaim } from "../src/types";

interface Expected {
  text: string;
  speakers: string[];
}

const [articlePath, expectationsArg] = process.argv.slice(2);
if (articlePath === undefined) {
  process.stderr.write("usage: tsx scripts/eval-seed.ts ARTICLE [EXPECTATIONS.md]\n");
  process.exit(2);
}
const body = readFileSync(articlePath, "utf8");
const notes = readFileSync(expectationsArg ?? join(dirname(articlePath), "README.md"), "utf8");
const claims = extractClaims({ body });

function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2).map((w) => w.replace(/(?:ing|ed|es|s)$/, "").slice(0, 6)));
}

function overlap(expected: string, actual: string): number {
  const want = stems(expected);
  const have = stems(actual);
  let shared = 0;
  for (const word of want) if (have.has(word)) shared++;
  return want.size === 0 ? 0 : shared / want.size;
}

/** Best claim by word overlap with its text (and, unless `textOnly`, its quote). */
function bestMatch(text: string, pool: ExtractedClaim[], textOnly = false): ExtractedClaim | null {
  let best: ExtractedClaim | null = null;
  let bestScore = 0.55;
  for (const claim of pool) {
    const score = Math.max(overlap(text, claim.text), textOnly ? 0 : overlap(text, claim.quote));
    if (score > bestScore) [best, bestScore] = [claim, score];
  }
  return best;
}

function speakerMatches(claim: ExtractedClaim, speakers: string[]): boolean {
  const said = [claim.speaker ?? "the article", claim.reportedBy ?? ""].map((s) => s.toLowerCase());
  return speakers.some((want) => {
    const name = want
      .toLowerCase()
      .replace(/^reporting\s+/, "")
      .trim();
    return said.some((s) => s !== "" && (s.includes(name) || name.includes(s)));
  });
}

const expectedClaims: Expected[] = [];
const items: string[] = [];
for (const line of notes.split("\n")) {
  const claim = /^- (.+?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(line);
  if (claim !== null) {
    expectedClaims.push({
      text: claim[1] ?? "",
      speakers: (claim[2] ?? "").split(/[;,]/).map((s) => s.trim()),
    });
  }
  const item = /^\s+\d+\.\s+(.+)$/.exec(line);
  if (item !== null) items.push(item[1] ?? "");
}
const itemNoun = /naming the (\w+)/.exec(notes)?.[1] ?? "";
const itemSpeaker = /attributed to (?:the )?([^:]+):/.exec(notes)?.[1]?.trim() ?? "";
const opinionPhrases = [...(/Opinions[^\n]*/.exec(notes)?.[0].matchAll(/"([^"]+)"/g) ?? [])].map(
  (m) => m[1] ?? "",
);

let failures = 0;
function check(ok: boolean, label: string): void {
  if (!ok) failures++;
  console.log(`${ok ? "✔" : "✘"} ${label}`);
}

const matched: ExtractedClaim[] = [];
for (const expected of expectedClaims) {
  const found = bestMatch(expected.text.replace(/\s*\([^)]*\)/g, ""), claims);
  if (found !== null) matched.push(found);
  const who =
    found === null
      ? ""
      : ` → "${found.text}" [${found.speaker ?? "article"}${found.reportedBy ? ` via ${found.reportedBy}` : ""}]`;
  check(found !== null && speakerMatches(found, expected.speakers), `${expected.text}${who}`);
}

const itemClaims = claims.filter((c) => c.parentId !== null);
const matchedItems: ExtractedClaim[] = [];
for (const item of items) {
  const plain = item.replace(/\s*\([^)]*\)/g, "");
  const found = bestMatch(plain, itemClaims, true) ?? undefined;
  if (found !== undefined) matchedItems.push(found);
  const names = found?.text.toLowerCase().includes(itemNoun.toLowerCase()) === true;
  const by = found !== undefined && (found.speaker ?? "").toLowerCase().includes(itemSpeaker.toLowerCase());
  check(
    found !== undefined && names && by,
    `item: ${plain}${found ? ` → "${found.text}" [${found.speaker}]` : ""}`,
  );
}
check(new Set(matchedItems.map((c) => c.id)).size === matchedItems.length, "each item is its own claim");

const noise = claims.filter((c) => {
  const line = body.slice(
    body.lastIndexOf("\n", c.start) + 1,
    body.indexOf("\n", c.end) === -1 ? body.length : body.indexOf("\n", c.end),
  );
  const isDate = /^\s*(?:\d{1,2}\/\d{1,2}\/\d{2,4}|Updated:?|\d{1,2}:\d{2})\s*$/.test(line);
  const isCredit = /\([^()]*\/[^()]*\)\s*$/.test(line);
  const isHeading =
    !/[.!?"”:]\s*$/.test(line) && c.spans.length === 1 && c.parentId === null && line.split(" ").length < 14;
  return isDate || isCredit || isHeading;
});
check(
  noise.length === 0,
  `no claims from captions, credits, dates, player residue or headings${noise.map((c) => `\n    ${c.quote}`).join("")}`,
);

const opinions = claims.filter((c) =>
  opinionPhrases.some((p) => c.text.toLowerCase().includes(p.toLowerCase())),
);
const factual = [...matched, ...matchedItems];
const lowestFactual = Math.min(...factual.map((c) => claims.indexOf(c)));
const highestOpinion = Math.min(...opinions.map((c) => claims.indexOf(c)));
const worstFactualRank = Math.max(...factual.map((c) => claims.indexOf(c)));
check(
  opinions.length === 0 || opinions.every((o) => factual.every((f) => f.score > o.score)),
  `opinions (${opinions.length}) rank below all ${factual.length} matched factual claims and items (best opinion #${highestOpinion + 1}, worst factual #${worstFactualRank + 1}, best factual #${lowestFactual + 1})`,
);

console.log(`\n${failures === 0 ? "PASS" : `FAIL (${failures})`}: ${claims.length} claims extracted`);
process.exitCode = failures === 0 ? 0 : 1;
