/**
 * `validate()`: is this model one the engine can run as drawn? Errors only
 * where it cannot (or would run it wrongly); modelling advice is a warning
 * (DESIGN.md §2, docs/adr/0003-validation-severity.md).
 */
import type { Definitions, Problem } from "@/engine/model/types";
import { parseBpmn, type ParseResult } from "@/engine/bpmn/parse";
import { error } from "@/engine/bpmn/problem";
import type { ValidateOptions } from "./context";
import { modelProblems } from "./model";
import { lintProblems } from "./lint/bpmnlint";

export type { ValidateOptions } from "./context";
export { analyseBlocks, type Block } from "./graph/blocks";

export interface ValidationResult {
  /** True when no problem is an error. */
  ok: boolean;
  /** Errors first, then warnings, each group in discovery order. */
  problems: Problem[];
}

/** Validates BPMN XML, a `parseBpmn` result (adds bpmnlint advice) or bare IR `Definitions`. Never throws. */
export async function validate(
  input: string | ParseResult | Definitions,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const problems: Problem[] = [];
  try {
    const parsed =
      typeof input === "string"
        ? await parseBpmn(input)
        : isParseResult(input)
          ? input
          : { definitions: input, moddle: null, problems: [] };
    problems.push(...parsed.problems);
    if (parsed.definitions) {
      problems.push(...modelProblems(parsed.definitions, options));
      // bpmnlint's rules assume a file with root elements; without a process there is no advice to give.
      if (parsed.moddle && parsed.definitions.processes.length > 0)
        problems.push(...(await lintProblems(parsed.moddle, parsed.definitions)));
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    problems.push(
      error(
        "internal-error",
        null,
        `The model could not be checked: ${why}.`,
        `Không kiểm tra được mô hình: ${why}.`,
      ),
    );
  }
  return finish(problems);
}

function isParseResult(input: ParseResult | Definitions): input is ParseResult {
  return "definitions" in input && "problems" in input;
}

function finish(problems: Problem[]): ValidationResult {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.code}|${p.id}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ordered = [
    ...unique.filter((p) => p.severity === "error"),
    ...unique.filter((p) => p.severity !== "error"),
  ];
  return { ok: !ordered.some((p) => p.severity === "error"), problems: ordered };
}
