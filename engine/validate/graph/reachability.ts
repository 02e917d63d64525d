/** What can run: nodes no start reaches (dead code: warning) and paths that stop short of an end. */
import type { ProcessModel, Problem } from "@/engine/model/types";
import { error, warning } from "@/engine/bpmn/problem";
import { isActivity } from "../context";

/** Ids reached from the process's starts, entering subprocesses and event subprocesses that are reached. */
export function reachable(process: ProcessModel): Set<string> {
  const seen = new Set<string>();
  const boundaries = new Map<string, string[]>();
  for (const n of Object.values(process.nodes)) {
    if (n.type === "boundaryEvent" && n.attachedTo)
      boundaries.set(n.attachedTo, [...(boundaries.get(n.attachedTo) ?? []), n.id]);
  }
  const stack: string[] = [];
  const enterScope = (scopeId: string) => {
    for (const id of process.scopes[scopeId]?.children ?? []) {
      const n = process.nodes[id];
      if (n?.type === "startEvent" || n?.triggeredByEvent) stack.push(id);
    }
  };
  enterScope(process.id);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    const node = process.nodes[id];
    if (!node) continue;
    seen.add(id);
    if (process.scopes[id]) enterScope(id);
    for (const f of node.outgoing) {
      const t = process.flows[f]?.targetRef;
      if (t !== undefined) stack.push(t);
    }
    stack.push(...(boundaries.get(id) ?? []));
  }
  return seen;
}

export function reachabilityProblems(process: ProcessModel): Problem[] {
  const seen = reachable(process);
  const out: Problem[] = [];
  for (const node of Object.values(process.nodes)) {
    const scopeReached = node.parent === process.id || seen.has(node.parent);
    const hostReached =
      node.type !== "boundaryEvent" || (node.attachedTo !== undefined && seen.has(node.attachedTo));
    if (!seen.has(node.id) && scopeReached && hostReached && node.type !== "unsupported") {
      out.push(
        warning(
          "unreachable",
          node.id,
          `${node.id} can never be reached from a start event (dead code).`,
          `${node.id} không bao giờ được tới từ sự kiện bắt đầu (phần thừa).`,
        ),
      );
    }
    if (
      node.outgoing.length > 0 ||
      node.type === "endEvent" ||
      node.type === "boundaryEvent" ||
      node.type === "unsupported" ||
      node.triggeredByEvent
    )
      continue;
    if (isActivity(node)) {
      out.push(
        warning(
          "implicit-end",
          node.id,
          `${node.id} has no outgoing flow, so the path ends there implicitly; add an end event.`,
          `${node.id} không có luồng đi ra nên nhánh kết thúc ngầm tại đó; hãy thêm sự kiện kết thúc.`,
        ),
      );
    } else {
      out.push(
        error(
          "dead-end",
          node.id,
          `${node.id} (${node.type}) has no outgoing flow: the dossier would get stuck there.`,
          `${node.id} (${node.type}) không có luồng đi ra: hồ sơ sẽ bị kẹt tại đó.`,
        ),
      );
    }
  }
  return out;
}
