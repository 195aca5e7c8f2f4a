import { createInterface } from "node:readline";
import { isCheckworthy, scoreSentence } from "../score/index";

/** `claims score`: one sentence per stdin line → `SCORE<TAB>yes|no` per line, in order. */
export async function runScoreCommand(
  args: string[],
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  if (args.length > 0 && (args[0] === "--help" || args[0] === "-h")) {
    output.write("usage: claims score < sentences.txt\nPrints SCORE<TAB>yes|no for each input line.\n");
    return 0;
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const score = scoreSentence(line);
    output.write(`${score.toFixed(4)}\t${isCheckworthy(score) ? "yes" : "no"}\n`);
  }
  return 0;
}
