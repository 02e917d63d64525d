/** Maps a moddle `bpmn:Definitions` tree to the IR's `Definitions`. */
import type { Definitions, ProcessModel, Problem } from "@/engine/model/types";
import { bool, child, idOf, list, str, type ModdleElement } from "./moddle-element";
import { readProperties } from "./map-extensions";
import { linkFlows, mapScope } from "./map-scope";
import type { UnresolvedRefs } from "./map-event";

/** Root elements that describe no flow of ours to run; collaborations (pools) are fine, their message flows ignored. */
const UNSUPPORTED_ROOTS = new Set([
  "bpmn:Choreography",
  "bpmn:GlobalConversation",
  "bpmn:GlobalChoreographyTask",
]);

export function mapDefinitions(
  root: ModdleElement,
  unresolved: UnresolvedRefs,
  problems: Problem[],
): Definitions {
  const defs: Definitions = {
    id: idOf(root) ?? "",
    processes: [],
    messages: {},
    errors: {},
    diagramIds: [],
    unsupportedRoots: [],
  };
  for (const el of list(root, "rootElements")) {
    const id = idOf(el);
    if (el.$type === "bpmn:Process") {
      if (id !== null) defs.processes.push(mapProcess(el, id, unresolved, problems));
    } else if (el.$type === "bpmn:Message" && id !== null) {
      defs.messages[id] = { id, name: str(el, "name")?.trim() || null };
    } else if (el.$type === "bpmn:Error" && id !== null) {
      const name = str(el, "name");
      defs.errors[id] = {
        id,
        errorCode: str(el, "errorCode")?.trim() || null,
        ...(name ? { name } : {}),
      };
    } else if (UNSUPPORTED_ROOTS.has(el.$type)) {
      defs.unsupportedRoots.push({ id, bpmnType: el.$type });
    }
  }
  defs.diagramIds = diagramIds(root);
  return defs;
}

function mapProcess(
  el: ModdleElement,
  id: string,
  unresolved: UnresolvedRefs,
  problems: Problem[],
): ProcessModel {
  const model: ProcessModel = {
    id,
    isExecutable: bool(el, "isExecutable") ?? false,
    properties: readProperties(el),
    nodes: {},
    flows: {},
    scopes: { [id]: { id, kind: "process", children: [] } },
  };
  const name = str(el, "name")?.trim();
  if (name) model.name = name;
  mapScope(el, id, { model, unresolved, problems });
  linkFlows(model);
  return model;
}

function diagramIds(root: ModdleElement): string[] {
  const ids = new Set<string>();
  for (const diagram of list(root, "diagrams")) {
    for (const shape of list(child(diagram, "plane"), "planeElement")) {
      const target = idOf(child(shape, "bpmnElement"));
      if (target !== null) ids.add(target);
    }
  }
  return [...ids];
}
