/**
 * `npm run -s engine -- validate|run …` (DESIGN.md §6). Prints JSON only on
 * stdout; exit codes: 0 ok, 1 errors / refused step, 2 unreadable input.
 */
import { runValidateCommand } from "./validate-command";
import { runScenarioCommand } from "./run-command";

export interface CommandResult {
  output: unknown;
  exitCode: 0 | 1 | 2;
}

const USAGE =
  "usage: engine validate <file.bpmn> [--forms <dir>] | engine run <file.bpmn> --scenario <scenario.json> [--forms <dir>]";

async function main(argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv;
  switch (command) {
    case "validate":
      return runValidateCommand(rest);
    case "run":
      return runScenarioCommand(rest);
    default:
      return {
        output: { ok: false, problems: [{ id: null, severity: "error", message: USAGE }] },
        exitCode: 2,
      };
  }
}

main(process.argv.slice(2))
  .catch((err: unknown): CommandResult => {
    // Never a stack trace on stdout: the same JSON shape as the command's own answers, exit 2.
    const message = `internal error: ${err instanceof Error ? err.message : String(err)}`;
    const output =
      process.argv[2] === "run"
        ? { status: "error", errors: [{ step: null, message }] }
        : { ok: false, problems: [{ id: null, severity: "error", message }] };
    return { output, exitCode: 2 };
  })
  .then(({ output, exitCode }) => {
    process.stdout.write(JSON.stringify(output, null, 2) + "\n", () => process.exit(exitCode));
  });
