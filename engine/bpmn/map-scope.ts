/** Maps the flow elements of a process or (event) subprocess, recursively, into one `ProcessModel`. */
import type { FlowNode, NodeType, ProcessModel, Problem } from "@/engine/model/types";
import { bool, child, expressionBody, idOf, list, str, type ModdleElement } from "./moddle-element";
import { readNodeExtensions, readProperties } from "./map-extensions";
import { mapEventDefinition, messageOf, type UnresolvedRefs } from "./map-event";
import { error } from "./problem";

const SUPPORTED: Record<string, NodeType> = {
  "bpmn:StartEvent": "startEvent",
  "bpmn:EndEvent": "endEvent",
  "bpmn:IntermediateCatchEvent": "intermediateCatchEvent",
  "bpmn:IntermediateThrowEvent": "intermediateThrowEvent",
  "bpmn:BoundaryEvent": "boundaryEvent",
  "bpmn:UserTask": "userTask",
  "bpmn:ServiceTask": "serviceTask",
  "bpmn:ReceiveTask": "receiveTask",
  "bpmn:SendTask": "sendTask",
  "bpmn:CallActivity": "callActivity",
  "bpmn:SubProcess": "subProcess",
  "bpmn:ExclusiveGateway": "exclusiveGateway",
  "bpmn:ParallelGateway": "parallelGateway",
  "bpmn:InclusiveGateway": "inclusiveGateway",
  "bpmn:EventBasedGateway": "eventBasedGateway",
};

/** Flow elements that are data, not flow: they never run, so they are skipped. */
const IGNORED = new Set(["bpmn:DataObject", "bpmn:DataObjectReference", "bpmn:DataStoreReference"]);

export interface ScopeContext {
  model: ProcessModel;
  unresolved: UnresolvedRefs;
  problems: Problem[];
}

/** Adds the container's nodes and flows to `ctx.model`, descending into embedded and event subprocesses. */
export function mapScope(container: ModdleElement, scopeId: string, ctx: ScopeContext): void {
  const scope = ctx.model.scopes[scopeId];
  if (!scope) return;
  for (const el of list(container, "flowElements")) {
    if (IGNORED.has(el.$type)) continue;
    const id = idOf(el);
    if (id === null) {
      ctx.problems.push(
        error(
          "element-without-id",
          null,
          `A ${el.$type} has no id, so nothing can refer to it.`,
          `Một phần tử ${el.$type} không có id nên không thể tham chiếu tới.`,
        ),
      );
      continue;
    }
    if (el.$type === "bpmn:SequenceFlow") {
      mapFlow(el, id, scopeId, ctx);
      continue;
    }
    const node = mapNode(el, id, scopeId, ctx.unresolved);
    ctx.model.nodes[id] = node;
    scope.children.push(id);
    if (node.type === "subProcess") {
      ctx.model.scopes[id] = { id, kind: "subProcess", children: [] };
      mapScope(el, id, ctx);
    }
  }
}

function mapNode(
  el: ModdleElement,
  id: string,
  parent: string,
  unresolved: UnresolvedRefs,
): FlowNode {
  const type = SUPPORTED[el.$type] ?? "unsupported";
  const node: FlowNode = {
    id,
    type,
    bpmnType: el.$type,
    parent,
    incoming: [],
    outgoing: [],
    properties: readProperties(el),
  };
  const name = str(el, "name")?.trim();
  if (name) node.name = name;
  if (el.$type.endsWith("Event")) node.event = mapEventDefinition(el, unresolved);
  if (type === "boundaryEvent") {
    const host = idOf(child(el, "attachedToRef")) ?? unresolved.get(el)?.attachedToRef;
    if (host) node.attachedTo = host;
    node.cancelActivity = bool(el, "cancelActivity") ?? true;
  }
  if (type === "startEvent") node.isInterrupting = bool(el, "isInterrupting") ?? true;
  if (type === "subProcess") node.triggeredByEvent = bool(el, "triggeredByEvent") ?? false;
  if (type === "receiveTask") {
    const { messageName, messageRef } = messageOf(el, unresolved);
    node.messageName = messageName;
    node.messageRef = messageRef;
  }
  const defaultFlow = idOf(child(el, "default")) ?? unresolved.get(el)?.default;
  if (defaultFlow) node.default = defaultFlow;
  readNodeExtensions(el, node);
  return node;
}

function mapFlow(el: ModdleElement, id: string, parent: string, ctx: ScopeContext): void {
  const raw = ctx.unresolved.get(el);
  const sourceRef = idOf(child(el, "sourceRef")) ?? raw?.sourceRef;
  const targetRef = idOf(child(el, "targetRef")) ?? raw?.targetRef;
  if (!sourceRef || !targetRef) {
    ctx.problems.push(
      error(
        "flow-unconnected",
        id,
        `Sequence flow ${id} is not connected at both ends.`,
        `Luồng ${id} không được nối ở cả hai đầu.`,
      ),
    );
    return;
  }
  const flow: ProcessModel["flows"][string] = { id, sourceRef, targetRef, parent };
  const name = str(el, "name")?.trim();
  if (name) flow.name = name;
  const condition = child(el, "conditionExpression");
  if (condition) flow.condition = expressionBody(condition) ?? "";
  ctx.model.flows[id] = flow;
}

/** Fills every node's `incoming`/`outgoing` from the flows (the XML's own lists may be missing or stale). */
export function linkFlows(model: ProcessModel): void {
  for (const flow of Object.values(model.flows)) {
    model.nodes[flow.sourceRef]?.outgoing.push(flow.id);
    model.nodes[flow.targetRef]?.incoming.push(flow.id);
  }
}
