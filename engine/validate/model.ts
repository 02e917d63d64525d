/** Runs every rule on a parsed model: per-process graph rules, then each node's kind rule. */
import type { Definitions, ProcessModel, Problem } from "@/engine/model/types";
import { error, warning } from "@/engine/bpmn/problem";
import type { ValidateOptions, ValidationContext } from "./context";
import { ELEMENT_RULES } from "./elements";
import { unsupportedProblem } from "./elements/unsupported";
import { propertyProblems } from "./checks/properties";
import { ioMappingProblems } from "./checks/io-mapping";
import { multiInstanceProblems } from "./checks/multi-instance";
import { analyseBlocks } from "./graph/blocks";
import { flowProblems } from "./graph/flows";
import { reachabilityProblems } from "./graph/reachability";
import { slaProblems } from "./graph/sla-path";
import { startProblems } from "./graph/starts";

export function modelProblems(definitions: Definitions, options: ValidateOptions): Problem[] {
  const out: Problem[] = definitions.unsupportedRoots.map((r) =>
    unsupportedProblem(r.id, r.bpmnType),
  );
  if (definitions.processes.length === 0) {
    out.push(
      error(
        "no-process",
        null,
        "The file contains no process to run.",
        "Tệp không chứa quy trình nào để chạy.",
      ),
    );
    return out;
  }
  // In a collaboration, pools marked non-executable are documentation (e.g. the citizen's side): not checked, not run.
  const executable = definitions.processes.filter((p) => p.isExecutable);
  const checked = executable.length > 0 ? executable : definitions.processes;
  for (const p of definitions.processes) {
    if (!checked.includes(p)) {
      out.push(
        warning(
          "process-not-executable",
          p.id,
          `Process ${p.id} is not executable, so it is neither checked nor run.`,
          `Quy trình ${p.id} không được đánh dấu thực thi nên không được kiểm tra và không chạy.`,
        ),
      );
    }
  }
  for (const process of checked)
    out.push(...processProblems(process, { definitions, process, options }));
  return out;
}

function processProblems(process: ProcessModel, ctx: ValidationContext): Problem[] {
  const out: Problem[] = [
    ...propertyProblems(process.id, process.properties, ["sla", "fee", "level"]),
    ...startProblems(process),
    ...flowProblems(process),
  ];
  for (const node of Object.values(process.nodes)) {
    out.push(...ELEMENT_RULES[node.type].validate(node, ctx));
    out.push(...propertyProblems(node.id, node.properties, ["sla", "pauseClock", "workingDays"]));
    out.push(...multiInstanceProblems(node), ...ioMappingProblems(node));
  }
  for (const scopeId of Object.keys(process.scopes))
    out.push(...analyseBlocks(process, scopeId).problems);
  out.push(...reachabilityProblems(process), ...slaProblems(process));
  return out;
}
