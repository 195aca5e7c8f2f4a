import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CsvFormatError, type LabelledSentence, parseClaimBusterCsv } from "../score/csv";
import { CHECKWORTHY_THRESHOLD, isCheckworthy, scoreSentence } from "../score/index";
import { binaryMetrics } from "../score/metrics";

const USAGE = "usage: claims eval --data PATH   (ClaimBuster-format CSV; positive = Verdict 1)\n";

/** `claims eval --data PATH`: positive-class precision, recall and F1 at the default threshold. */
export async function runEvalCommand(args: string[], output: NodeJS.WritableStream): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    output.write(USAGE);
    return 0;
  }
  const dataIndex = args.indexOf("--data");
  const dataPath = dataIndex >= 0 ? args[dataIndex + 1] : undefined;
  if (dataPath === undefined || dataPath.startsWith("--")) {
    output.write(`error: missing --data PATH\n${USAGE}`);
    return 2;
  }
  // `pnpm claims ...` runs inside packages/claims; INIT_CWD is where the user typed the command.
  const resolvedPath = resolve(process.env.INIT_CWD ?? process.cwd(), dataPath);
  let text: string;
  try {
    text = await readFile(resolvedPath, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.write(`error: cannot read ${dataPath}: ${reason}\n`);
    return 1;
  }
  let sentences: LabelledSentence[];
  try {
    sentences = parseClaimBusterCsv(text);
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    output.write(`error: ${dataPath} is not a ClaimBuster CSV: ${error.message}\n`);
    return 1;
  }
  if (sentences.length === 0) {
    output.write(`error: ${dataPath} has a header but no rows\n`);
    return 1;
  }
  const predicted = sentences.map((sentence) => isCheckworthy(scoreSentence(sentence.text)));
  const metrics = binaryMetrics(
    predicted,
    sentences.map((sentence) => sentence.positive),
  );
  const positives = sentences.filter((sentence) => sentence.positive).length;
  output.write(
    [
      `rows\t${sentences.length}`,
      `positives\t${positives}`,
      `threshold\t${CHECKWORTHY_THRESHOLD.toFixed(4)}`,
      `precision\t${metrics.precision.toFixed(4)}`,
      `recall\t${metrics.recall.toFixed(4)}`,
      `f1\t${metrics.f1.toFixed(4)}`,
      "",
    ].join("\n"),
  );
  return 0;
}
