import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runExtractCommand } from "./extract-command";

const BODY =
  "The Dalton school board met on Tuesday night.\n\nThe board voted 5-2 to hire 40 new teachers for the fall, the superintendent said.\n";
const TITLE = "State Cuts School Aid by $12 Million";

async function run(args: string[]): Promise<string> {
  const stdin = new PassThrough();
  stdin.end(BODY);
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  const code = await runExtractCommand(args, stdin, stdout, new PassThrough());
  expect(code).toBe(0);
  return Buffer.concat(chunks).toString("utf8");
}

describe("claims extract", () => {
  it("prints exactly the API keys, with offsets into the text read, even with a separate title", async () => {
    const output = JSON.parse(await run(["-", "--json", "--title", TITLE])) as {
      claims: Array<Record<string, unknown>>;
    };
    expect(output.claims.length).toBeGreaterThan(0);
    for (const claim of output.claims) {
      expect(Object.keys(claim)).toEqual([
        "id",
        "text",
        "quote",
        "start",
        "end",
        "score",
        "checkworthy",
        "speaker",
        "reportedBy",
        "parentId",
      ]);
      expect(BODY.slice(Number(claim.start), Number(claim.end))).toBe(claim.quote);
    }
    expect(output.claims.some((claim) => String(claim.text).startsWith("State Cuts"))).toBe(false);
  });

  it("shows a claim only the title makes in the table, marked as in the title", async () => {
    const table = await run(["-", "--title", TITLE]);
    expect(table).toContain("State Cuts School Aid by $12 Million.");
    expect(table).toContain(`title [0, ${TITLE.length})`);
  });
});
