/**
 * The flow graph of one scope, as block analysis sees it: sequence-flow
 * edges plus host → boundary-event edges (an interrupting boundary is another
 * way out of its host; a non-interrupting one starts a detached path).
 */
import type { FlowNode, ProcessModel } from "@/engine/model/types";

export type SplitKind = "parallel" | "inclusive";

export interface Edge {
  to: string;
  /** The sequence flow, or null for a host → boundary edge. */
  flow: string | null;
  /** A non-interrupting boundary: its path runs beside the host's, it is not a branch of any block. */
  detached: boolean;
}

export interface ScopeGraph {
  scopeId: string;
  node(id: string): FlowNode | undefined;
  ids: string[];
  out(id: string): Edge[];
  /** Incoming sequence flows from nodes of this scope, as [flowId, sourceId]. */
  into(id: string): [string, string][];
  splitKind(id: string): SplitKind | null;
  isJoin(id: string): boolean;
}

export function scopeGraph(process: ProcessModel, scopeId: string): ScopeGraph {
  const ids = process.scopes[scopeId]?.children ?? [];
  const inScope = new Set(ids);
  const node = (id: string) => (inScope.has(id) ? process.nodes[id] : undefined);
  const flowsOut = (id: string) =>
    (node(id)?.outgoing ?? []).flatMap((f) => {
      const flow = process.flows[f];
      return flow && inScope.has(flow.targetRef)
        ? [{ to: flow.targetRef, flow: f, detached: false }]
        : [];
    });
  const boundaries = new Map<string, Edge[]>();
  for (const id of ids) {
    const n = process.nodes[id];
    if (n?.type === "boundaryEvent" && n.attachedTo && inScope.has(n.attachedTo)) {
      const list = boundaries.get(n.attachedTo) ?? [];
      list.push({ to: id, flow: null, detached: n.cancelActivity === false });
      boundaries.set(n.attachedTo, list);
    }
  }
  const kindOf = (n: FlowNode | undefined): SplitKind | null =>
    n?.type === "parallelGateway"
      ? "parallel"
      : n?.type === "inclusiveGateway"
        ? "inclusive"
        : null;
  const into = (id: string) =>
    (node(id)?.incoming ?? []).flatMap((f) => {
      const flow = process.flows[f];
      return flow && inScope.has(flow.sourceRef) ? [[f, flow.sourceRef] as [string, string]] : [];
    });
  return {
    scopeId,
    node,
    ids,
    out: (id) => [...flowsOut(id), ...(boundaries.get(id) ?? [])],
    into,
    splitKind(id) {
      const n = node(id);
      if (!n || flowsOut(id).length < 2) return null;
      if (n.type === "exclusiveGateway" || n.type === "eventBasedGateway") return null;
      // Any other node with several outgoing flows forks implicitly: a parallel split without a gateway.
      return kindOf(n) ?? "parallel";
    },
    isJoin: (id) => kindOf(node(id)) !== null && into(id).length > 1,
  };
}
