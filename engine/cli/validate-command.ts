/**
 * `engine validate <file.bpmn> [--forms <dir>]` (DESIGN.md §6): prints
 * `{"ok","problems":[{id,severity,message,messageVi,code}]}`; exit 0 without
 * errors, 1 with errors, 2 when the input is unreadable, not BPMN or the
 * arguments are wrong.
 */
import type { Problem } from "@/engine/model/types";
import { parseBpmn } from "@/engine/bpmn/parse";
import { error, warning } from "@/engine/bpmn/problem";
import { validate } from "@/engine/validate";
import type { CommandResult } from "./main";
import { InputError, loadModelFiles, type ModelFiles } from "./io";

const USAGE = "usage: engine validate <file.bpmn> [--forms <dir>]";

/** Runs the command; never throws (an internal failure is still JSON, exit 2). */
export async function runValidateCommand(args: string[]): Promise<CommandResult> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string")
    return answer(
      [
        error(
          "bad-arguments",
          null,
          `${parsed}. ${USAGE}`,
          `${parsed}. Cách dùng: engine validate <tệp.bpmn> [--forms <thư mục>]`,
        ),
      ],
      2,
    );
  let files: ModelFiles;
  try {
    files = await loadModelFiles(parsed.file, parsed.forms);
  } catch (err) {
    if (err instanceof InputError) return answer([err.problem], 2);
    throw err;
  }
  const model = await parseBpmn(files.xml);
  if (!model.definitions) return answer(model.problems, 2);
  const result = await validate(model, {
    forms: files.forms,
    processes: files.processes,
    formsDirGiven: files.formsDirGiven,
  });
  const referenced = new Set(
    model.definitions.processes.flatMap((p) =>
      Object.values(p.nodes).flatMap((n) => (n.formId ? [n.formId] : [])),
    ),
  );
  const fileProblems = files.badForms.map((bad) => {
    // A broken file that is probably the missing referenced form is an error; any other is only noise in the folder.
    const meant = bad.ids.find((id) => referenced.has(id) && !files.forms[id]);
    const make = meant !== undefined ? error : warning;
    return make(
      "form-file-invalid",
      null,
      `Form file ${bad.file} cannot be used: ${bad.reason}${meant ? ` (it seems to be form "${meant}")` : ""}.`,
      `Không dùng được tệp biểu mẫu ${bad.file}: ${bad.reason}${meant ? ` (có vẻ là biểu mẫu "${meant}")` : ""}.`,
    );
  });
  const problems = [...result.problems, ...files.problems, ...fileProblems];
  const ordered = [
    ...problems.filter((p) => p.severity === "error"),
    ...problems.filter((p) => p.severity !== "error"),
  ];
  return answer(ordered, ordered.some((p) => p.severity === "error") ? 1 : 0);
}

function answer(problems: Problem[], exitCode: 0 | 1 | 2): CommandResult {
  const out = problems.map(({ id, severity, message, messageVi, code }) => ({
    id,
    severity,
    message,
    messageVi,
    code,
  }));
  return { output: { ok: exitCode === 0, problems: out }, exitCode };
}

function parseArgs(args: string[]): { file: string; forms?: string } | string {
  const positional: string[] = [];
  let forms: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--forms" || arg.startsWith("--forms=")) {
      const value = arg === "--forms" ? args[++i] : arg.slice("--forms=".length);
      if (!value) return "--forms needs a folder";
      if (forms !== undefined) return "--forms is given twice";
      forms = value;
    } else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1)
    return positional.length === 0 ? "no .bpmn file given" : "give exactly one .bpmn file";
  return { file: positional[0] as string, ...(forms !== undefined ? { forms } : {}) };
}
