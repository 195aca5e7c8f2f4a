import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runEvalCommand } from "../cli/eval-command";
import { runScoreCommand } from "../cli/score-command";

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

describe("runScoreCommand", () => {
  it("prints SCORE<TAB>yes|no per input line, in order, including empty lines", async () => {
    const out = collect();
    const input = Readable.from(["Unemployment fell to 3.9 percent in March.\nThank you very much.\n\n"]);
    expect(await runScoreCommand([], input, out.stream)).toBe(0);
    const lines = out.text().trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d\.\d{4}\tyes$/);
    expect(lines[1]).toMatch(/^\d\.\d{4}\tno$/);
    expect(lines[2]).toMatch(/^\d\.\d{4}\tno$/);
  });
});

describe("runEvalCommand", () => {
  const dir = mkdtempSync(join(tmpdir(), "claims-eval-"));
  const header =
    "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,Sentiment,Verdict";

  it("prints precision, recall and F1 of the positive class", async () => {
    const path = join(dir, "ok.csv");
    writeFileSync(
      path,
      [
        header,
        '1,"Unemployment fell to 3.9 percent in March, the ministry said.",A,B,C,2012-10-03.txt,9,1,0,1',
        "2,Thank you very much.,A,B,C,2012-10-03.txt,4,2,0,-1",
        "3,I think he is a great man.,A,B,C,2012-10-03.txt,7,3,0,0",
      ].join("\n"),
    );
    const out = collect();
    expect(await runEvalCommand(["--data", path], out.stream)).toBe(0);
    expect(out.text()).toContain("precision\t1.0000");
    expect(out.text()).toContain("recall\t1.0000");
    expect(out.text()).toContain("f1\t1.0000");
  });

  it("explains a missing file, missing columns and a missing --data", async () => {
    const missing = collect();
    expect(await runEvalCommand(["--data", join(dir, "nope.csv")], missing.stream)).toBe(1);
    expect(missing.text()).toMatch(/cannot read .*nope\.csv/);

    const path = join(dir, "bad.csv");
    writeFileSync(path, "Sentence_id,Text\n1,hello\n");
    const bad = collect();
    expect(await runEvalCommand(["--data", path], bad.stream)).toBe(1);
    expect(bad.text()).toMatch(/missing column\(s\) File_id, Verdict/);

    const noArg = collect();
    expect(await runEvalCommand([], noArg.stream)).toBe(2);
    expect(noArg.text()).toMatch(/missing --data/);
  });
});
