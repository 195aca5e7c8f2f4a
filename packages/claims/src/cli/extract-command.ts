import { readFile } from "node:fs/promises";
import { extractClaims } from "../extract";
import type { ExtractedClaim } from "../types";

const USAGE = `usage: claims extract FILE|- [--json] [--title TITLE]
Extracts ranked, attributed claims from an article (UTF-8 text; "-" reads stdin).
  --json          print {"claims":[...]} instead of a table
  --title TITLE   the article's headline, when it is not part of the text
`;

interface ExtractOptions {
  source: string;
  json: boolean;
  title: string | null;
}

function parseArgs(args: string[]): ExtractOptions | string {
  let source: string | null = null;
  let json = false;
  let title: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") json = true;
    else if (arg === "--title") {
      title = args[i + 1] ?? null;
      if (title === null) return "--title needs a value";
      i++;
    } else if (arg?.startsWith("--")) return `unknown option ${arg}`;
    else if (source === null && arg !== undefined) source = arg;
    else return `unexpected argument ${arg ?? ""}`;
  }
  return source === null ? "missing FILE (use - for stdin)" : { source, json, title };
}

async function readSource(source: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (source !== "-") return readFile(source, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The API's claim shape: exactly these keys, in this order, and offsets into the text read. A claim
 * only `--title` makes has no place in it (its offsets are into the title); the table shows it.
 */
function toJson(claims: ExtractedClaim[]): string {
  const rows = claims
    .filter((c) => c.field === "body")
    .map((c) => ({
      id: c.id,
      text: c.text,
      quote: c.quote,
      start: c.start,
      end: c.end,
      score: c.score,
      checkworthy: c.checkworthy,
      speaker: c.speaker,
      reportedBy: c.reportedBy,
      parentId: c.parentId,
    }));
  return `${JSON.stringify({ claims: rows })}\n`;
}

function toTable(claims: ExtractedClaim[]): string {
  if (claims.length === 0) return "No claims found.\n";
  const lines = claims.map((c, i) => {
    const who = c.reportedBy === null ? (c.speaker ?? "—") : `${c.speaker ?? "—"} (via ${c.reportedBy})`;
    const mark = c.checkworthy ? "✓" : " ";
    const item = c.parentId === null ? "" : "  └ ";
    const where = c.field === "title" ? "title " : "";
    return `${String(i + 1).padStart(3)}  ${c.score.toFixed(2)} ${mark}  ${item}${c.text}\n           said by: ${who}  ${where}[${c.start}, ${c.end})`;
  });
  return `  #  score ✓  claim\n${lines.join("\n")}\n`;
}

/** `claims extract`: prints the article's claims as a table or as JSON. */
export async function runExtractCommand(
  args: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    stdout.write(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === "string") {
    stderr.write(`claims extract: ${options}\n${USAGE}`);
    return 2;
  }
  let body: string;
  try {
    body = await readSource(options.source, stdin);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    stderr.write(`claims extract: cannot read ${options.source}: ${reason}\n`);
    return 1;
  }
  const claims = extractClaims({ body, title: options.title });
  stdout.write(options.json ? toJson(claims) : toTable(claims));
  return 0;
}
