import type { AnyStateMachine } from "xstate";
import type { Definitions, FlowNode, FormSchema, ProcessModel, SequenceFlow } from "../model/types";
import { analyseBlocks, type Block } from "../validate/graph/blocks";
import { CompileError } from "./errors";

/** Everything a procedure's machines share: the model files, forms and the lazily built machines. */
export interface Registry {
  /** Process models callable by id (the procedure's own and those of sibling files). */
  processes: Record<string, ProcessModel>;
  definitions: Definitions;
  forms: Record<string, FormSchema>;
  machine(key: string): AnyStateMachine;
}

/**
 * One machine's view of a process model: node lookups, blocks per scope and
 * each node's chain of enclosing scopes (for error catching).
 */
export class CompileUnit {
  readonly blocksBySplit = new Map<string, Block>();
  private readonly analysedScopes = new Set<string>();

  constructor(
    readonly key: string,
    readonly model: ProcessModel,
    readonly registry: Registry,
  ) {}

  node(id: string): FlowNode {
    const n = this.model.nodes[id];
    if (!n) throw new CompileError(id, `no element with id ${id}`);
    return n;
  }

  flow(id: string): SequenceFlow {
    const f = this.model.flows[id];
    if (!f) throw new CompileError(id, `no sequence flow with id ${id}`);
    return f;
  }

  outgoing(id: string): SequenceFlow[] {
    return this.node(id).outgoing.map((f) => this.flow(f));
  }

  /** The block a parallel / inclusive split opens, analysing its scope on first use. */
  blockAt(nodeId: string): Block | undefined {
    const node = this.node(nodeId);
    if (!this.analysedScopes.has(node.parent)) {
      this.analysedScopes.add(node.parent);
      const { blocks, problems } = analyseBlocks(this.model, node.parent);
      const error = problems.find((p) => p.severity === "error");
      if (error) throw new CompileError(error.id, error.message);
      for (const b of blocks) this.blocksBySplit.set(b.split, b);
    }
    return this.blocksBySplit.get(nodeId);
  }

  boundariesOf(hostId: string): FlowNode[] {
    const host = this.node(hostId);
    const scope = this.model.scopes[host.parent];
    return (scope?.children ?? [])
      .map((id) => this.model.nodes[id])
      .filter((n): n is FlowNode => n?.type === "boundaryEvent" && n.attachedTo === hostId);
  }

  eventSubProcessesOf(scopeId: string): FlowNode[] {
    const scope = this.model.scopes[scopeId];
    return (scope?.children ?? [])
      .map((id) => this.model.nodes[id])
      .filter((n): n is FlowNode => n?.type === "subProcess" && n.triggeredByEvent === true);
  }

  startEventOf(scopeId: string): FlowNode {
    const starts = (this.model.scopes[scopeId]?.children ?? [])
      .map((id) => this.model.nodes[id])
      .filter((n): n is FlowNode => n?.type === "startEvent");
    const start = starts.find((s) => !s.event || s.event.kind === "none") ?? starts[0];
    if (!start) throw new CompileError(scopeId, `scope ${scopeId} has no start event`);
    return start;
  }

  /** Enclosing scopes of an element, innermost first, ending with the process id. */
  scopeChain(id: string): string[] {
    const chain: string[] = [];
    let scope = this.model.nodes[id]?.parent;
    while (scope) {
      chain.push(scope);
      scope = scope === this.model.id ? undefined : this.model.nodes[scope]?.parent;
    }
    return chain;
  }
}
