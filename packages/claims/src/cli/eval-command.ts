/** `claims eval --data PATH`: placeholder until the CSV evaluator lands. */
export async function runEvalCommand(args: string[], output: NodeJS.WritableStream): Promise<number> {
  output.write(`eval not implemented yet (args: ${args.join(" ")})\n`);
  return 1;
}
