import { runEvalCommand } from "./eval-command";
import { runExtractCommand } from "./extract-command";
import { runScoreCommand } from "./score-command";

const USAGE = `usage: claims <command> [options]
commands:
  extract FILE|- [--json] [--title TITLE]   ranked, attributed claims of an article
  score                                      score sentences from stdin, one per line
  eval --data PATH                           evaluate the scorer on a labelled data set
Run "claims <command> --help" for details.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "extract":
      return runExtractCommand(args, process.stdin, process.stdout, process.stderr);
    case "score":
      return runScoreCommand(args, process.stdin, process.stdout);
    case "eval":
      return runEvalCommand(args, process.stdout);
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(command === undefined ? USAGE : `claims: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claims: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
