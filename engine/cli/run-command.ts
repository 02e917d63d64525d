/**
 * `engine run <file.bpmn> --scenario <scenario.json> [--forms <dir>]`
 * (DESIGN.md §6): the outcome JSON; exit 0 when every step applied, 1 when a
 * step was refused (or the start data was rejected), 2 on unreadable input.
 */
import { readFile } from "node:fs/promises";
import { parseBpmn } from "../bpmn/parse";
import { compile, CompileError } from "../compile";
import type { ProcessModel } from "../model/types";
import { runScenario } from "../run/scenario";
import { describeIssues, Scenario } from "../run/scenario-schema";
import { validate } from "../validate";
import { InputError, loadModelFiles, type ModelFiles } from "./io";
import type { CommandResult } from "./main";

function unreadable(messages: string[]): CommandResult {
  return {
    output: { status: "error", errors: messages.map((message) => ({ step: null, message })) },
    exitCode: 2,
  };
}

function parseArgs(args: string[]): {
  file?: string;
  scenario?: string;
  forms?: string;
  bad?: string;
} {
  const out: { file?: string; scenario?: string; forms?: string; bad?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--scenario" || a === "--forms") {
      const v = args[++i];
      if (!v) return { bad: `${a} needs a value` };
      if (a === "--scenario") out.scenario = v;
      else out.forms = v;
    } else if (a?.startsWith("--")) return { bad: `unknown option ${a}` };
    else if (!out.file) out.file = a;
    else return { bad: `unexpected argument ${a}` };
  }
  return out;
}

export async function runScenarioCommand(args: string[]): Promise<CommandResult> {
  const opts = parseArgs(args);
  if (opts.bad || !opts.file || !opts.scenario) {
    return unreadable([
      opts.bad ?? "usage: engine run <file.bpmn> --scenario <scenario.json> [--forms <dir>]",
    ]);
  }
  let scenarioJson: unknown;
  try {
    scenarioJson = JSON.parse(await readFile(opts.scenario, "utf8"));
  } catch (err) {
    return unreadable([
      `cannot read scenario ${opts.scenario}: ${err instanceof Error ? err.message : String(err)}`,
    ]);
  }
  const scenario = Scenario.safeParse(scenarioJson);
  if (!scenario.success)
    return unreadable(describeIssues(scenario.error).map((m) => `scenario ${m}`));
  let files: ModelFiles;
  try {
    files = await loadModelFiles(opts.file, opts.forms);
  } catch (err) {
    if (err instanceof InputError) return unreadable([err.problem.message]);
    throw err;
  }
  const parsed = await parseBpmn(files.xml);
  if (!parsed.definitions)
    return unreadable(parsed.problems.map((p) => (p.id ? `${p.id}: ${p.message}` : p.message)));
  const checked = await validate(parsed, {
    forms: files.forms,
    processes: files.processes,
    formsDirGiven: files.formsDirGiven,
  });
  const errors = checked.problems.filter((p) => p.severity === "error");
  if (errors.length) return unreadable(errors.map((p) => `${p.id ?? opts.file}: ${p.message}`));
  const processes: Record<string, ProcessModel> = {};
  for (const defs of Object.values(files.processes))
    for (const p of defs.processes) processes[p.id] = p;
  try {
    const proc = compile(parsed.definitions, { forms: files.forms, processes });
    const { outcome, exitCode } = runScenario(proc, scenario.data);
    return { output: outcome, exitCode };
  } catch (err) {
    if (err instanceof CompileError) return unreadable([err.message]);
    throw err;
  }
}
