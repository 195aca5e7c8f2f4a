/**
 * Writes every claim the engine extracts from a fixed corpus, one line per claim, so two checkouts
 * can be compared with `diff`: a refactor or speed change should leave the snapshot byte-identical,
 * and a rule change should explain every line it moves.
 *
 *   npx tsx scripts/snapshot.ts OUT [--claimbuster CSV] [--stories DIR]...
 *
 * The corpus: every invented fixture, the 300 KB text `bench.ts` times, the invented news stories in
 * `scripts/stories` (written for QA rounds: wire, court, earnings, aid packages, live blogs …), and optionally the
 * ClaimBuster sentences of a CSV grouped eight to an article (debate speech, not news: it shakes
 * out decompositions no fixture has), and any folder of `.txt` stories.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fixtures from "../src/__fixtures__/articles";
import { extractClaims } from "../src/index";
import { parseClaimBusterCsv } from "../src/score/csv";

const SENTENCES_PER_ARTICLE = 8;
const STORIES = new URL("stories", import.meta.url).pathname;
const CLAIMBUSTER_ARTICLES = 750;

function benchText(bytes: number): string {
  const source = [
    fixtures.RELIEF_PACKAGE,
    fixtures.CITY_BUDGET,
    fixtures.HEALTH_REPORT,
    fixtures.COURT_AND_SPORTS,
  ].join("\n\n");
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    const variant = source.replace(/\d+/g, (digits) => String(Number(digits) + round));
    parts.push(variant);
    size += Buffer.byteLength(variant) + 2;
  }
  return parts.join("\n\n").slice(0, bytes);
}

function claimBusterArticles(path: string): [string, string][] {
  const texts = parseClaimBusterCsv(readFileSync(path, "utf8")).map((sentence) => sentence.text);
  const articles: [string, string][] = [];
  for (let i = 0; i < CLAIMBUSTER_ARTICLES && i * SENTENCES_PER_ARTICLE < texts.length; i++) {
    const body = texts.slice(i * SENTENCES_PER_ARTICLE, (i + 1) * SENTENCES_PER_ARTICLE).join(" ");
    articles.push([`claimbuster ${i}`, body]);
  }
  return articles;
}

/** The `.txt` files of `dir`, each named `label/file` (a label, not the path, so checkouts compare). */
function storyFiles(dir: string, label = dir): [string, string][] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => [`${label}/${name}`, readFileSync(join(dir, name), "utf8")]);
}

function describe(name: string, body: string): string {
  const lines = [`## ${name}`];
  for (const claim of extractClaims({ body })) {
    const fields = [
      claim.start,
      claim.end,
      claim.score.toFixed(4),
      claim.speaker,
      claim.reportedBy,
      claim.parentId,
    ];
    if (claim.spans.length > 1)
      fields.push(claim.spans.map((span) => `${span.field ?? "body"}:${span.start}`).join(" "));
    lines.push(`${JSON.stringify(fields)} ${claim.text}`);
  }
  return lines.join("\n");
}

function main(): void {
  const [out, ...options] = process.argv.slice(2);
  if (!out) {
    console.error("usage: snapshot.ts OUT [--claimbuster CSV] [--stories DIR]...");
    process.exit(2);
  }
  const articles: [string, string][] = Object.entries(fixtures as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .sort(([a], [b]) => a.localeCompare(b));
  articles.push(["bench 300 KB", benchText(300_000)]);
  // The invented news stories QA rounds were run on: the patterns they fixed, kept from sliding back.
  articles.push(...storyFiles(STORIES, "stories"));
  for (let i = 0; i < options.length; i += 2) {
    const value = options[i + 1];
    if (!value) throw new Error(`${options[i]} needs a path`);
    if (options[i] === "--claimbuster") articles.push(...claimBusterArticles(value));
    else if (options[i] === "--stories") articles.push(...storyFiles(value));
    else throw new Error(`unknown option ${options[i]}`);
  }
  writeFileSync(out, `${articles.map(([name, body]) => describe(name, body)).join("\n")}\n`);
  console.log(`${articles.length} articles → ${out}`);
}

main();
