/** Reads the zeebe extension elements (Camunda 8 dialect, DESIGN.md §2) into IR fields. */
import type { FlowNode, IoMapping, MultiInstance } from "@/engine/model/types";
import {
  child,
  expressionBody,
  extensions,
  firstExtension,
  str,
  bool,
  type ModdleElement,
} from "./moddle-element";

/** `zeebe:properties` as name → value; later duplicates win, as in the properties panel. */
export function readProperties(el: ModdleElement | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const props of extensions(el, "zeebe:Properties")) {
    for (const p of (props.properties as unknown[] | undefined) ?? []) {
      const name = str(p as ModdleElement, "name");
      if (name !== undefined) out[name] = str(p as ModdleElement, "value") ?? "";
    }
  }
  return out;
}

/** Sets the zeebe-derived optional fields of a flow node; leaves absent ones undefined. */
export function readNodeExtensions(el: ModdleElement, node: FlowNode): void {
  const form = firstExtension(el, "zeebe:FormDefinition");
  const formId = str(form, "formId") ?? str(form, "formKey");
  if (formId !== undefined && formId.trim() !== "") node.formId = formId.trim();

  const assignment = firstExtension(el, "zeebe:AssignmentDefinition");
  const groups = str(assignment, "candidateGroups");
  if (groups !== undefined) {
    // An expression (`=["a","b"]`) is kept whole so validate can check it as FEEL.
    node.candidateGroups = groups.trim().startsWith("=")
      ? [groups.trim()]
      : groups
          .split(",")
          .map((g) => g.trim())
          .filter((g) => g !== "");
  }
  const assignee = str(assignment, "assignee");
  if (assignee !== undefined && assignee.trim() !== "") node.assignee = assignee.trim();

  const task = firstExtension(el, "zeebe:TaskDefinition");
  const type = str(task, "type");
  if (type !== undefined && type.trim() !== "") node.taskType = type.trim();

  const headers = firstExtension(el, "zeebe:TaskHeaders");
  if (headers) {
    node.taskHeaders = {};
    for (const h of (headers.values as unknown[] | undefined) ?? []) {
      const key = str(h as ModdleElement, "key");
      if (key !== undefined) node.taskHeaders[key] = str(h as ModdleElement, "value") ?? "";
    }
  }

  const called = firstExtension(el, "zeebe:CalledElement");
  const processId = str(called, "processId") ?? str(called, "processIdExpression");
  if (processId !== undefined && processId.trim() !== "") node.calledElement = processId.trim();

  const io = readIoMapping(el);
  if (io) node.ioMapping = io;

  const mi = readMultiInstance(el);
  if (mi === "standard") node.standardLoop = true;
  else if (mi) node.multiInstance = mi;
}

function readIoMapping(el: ModdleElement): IoMapping | undefined {
  const mappings = extensions(el, "zeebe:IoMapping");
  if (mappings.length === 0) return undefined;
  const pairs = (key: string) =>
    mappings.flatMap((m) =>
      ((m[key] as unknown[] | undefined) ?? []).map((p) => ({
        source: str(p as ModdleElement, "source") ?? "",
        target: str(p as ModdleElement, "target") ?? "",
      })),
    );
  return { inputs: pairs("inputParameters"), outputs: pairs("outputParameters") };
}

function readMultiInstance(el: ModdleElement): MultiInstance | "standard" | undefined {
  const loop = child(el, "loopCharacteristics");
  if (!loop) return undefined;
  if (loop.$type !== "bpmn:MultiInstanceLoopCharacteristics") return "standard";
  const mi: MultiInstance = { sequential: bool(loop, "isSequential") ?? false };
  const z = firstExtension(loop, "zeebe:LoopCharacteristics");
  for (const key of [
    "inputCollection",
    "inputElement",
    "outputCollection",
    "outputElement",
  ] as const) {
    const v = str(z, key);
    if (v !== undefined && v.trim() !== "") mi[key] = v.trim();
  }
  const completion = expressionBody(child(loop, "completionCondition"));
  if (completion) mi.completionCondition = completion;
  const cardinality = expressionBody(child(loop, "loopCardinality"));
  if (cardinality) mi.loopCardinality = cardinality;
  return mi;
}
