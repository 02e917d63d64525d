import type { FlowNode, SequenceFlow } from "../model/types";
import { CompileError } from "./errors";
import { blockKey, branchFinalKey, leaveKey, nodeKey, ref } from "./ids";
import { blockStates } from "./elements/block";
import type { CompileUnit } from "./unit";
import { elementCompiler } from "./elements";

/** A loosely typed xstate state-node config; compiled configs are plain data. */
export type StateConfig = { [key: string]: unknown };
export type TransitionConfig = {
  target?: string;
  guard?: unknown;
  actions?: unknown[];
  reenter?: boolean;
};

/** Where a run of sibling states ends: a block branch (at its join) or a scope. */
export interface Region {
  scope: string;
  /** The join that closes this branch, or null for a scope's main region. */
  stop: string | null;
  /** The final state a branch reaches at its join, or a none end reaches. */
  finalKey: string;
  /** Where a terminate end sends the token: the machine's terminated state, or its scope's final state. */
  terminateKey: string;
}

/** Builds one region's states; element compilers call back into it for targets and nested blocks. */
export class RegionBuilder {
  constructor(
    readonly cu: CompileUnit,
    readonly region: Region,
  ) {}

  /** Compiles every node reachable from `entry` up to the region's stop. */
  build(entry: string): { initial: string; states: Record<string, StateConfig> } {
    const states: Record<string, StateConfig> = {};
    if (entry === this.region.stop) {
      states[this.region.finalKey] = { id: this.region.finalKey, type: "final" };
      return { initial: this.region.finalKey, states };
    }
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id) || id === this.region.stop) continue;
      seen.add(id);
      const node = this.cu.node(id);
      if (node.parent !== this.region.scope) {
        throw new CompileError(id, `flow leaves its scope ${this.region.scope}`);
      }
      const out = elementCompiler(node).compile(node, this);
      if (this.implicitSplit(node)) {
        const block = blockStates(node, this);
        Object.assign(out.states, block.states);
      }
      for (const [k, v] of Object.entries(out.states)) {
        if (states[k]) throw new CompileError(id, `element reached from two blocks`);
        states[k] = v;
      }
      queue.push(...out.next);
    }
    states[this.region.finalKey] ??= { id: this.region.finalKey, type: "final" };
    return { initial: nodeKey(entry), states };
  }

  /** The transition target a sequence flow leads to within this region. */
  target(flow: SequenceFlow): string {
    if (flow.targetRef === this.region.stop) return ref(this.region.finalKey);
    return ref(nodeKey(flow.targetRef));
  }

  /** Where a none end event (or an activity without outgoing flows) sends the token. */
  endTarget(): string {
    return ref(this.region.finalKey);
  }

  /** Where a terminate end event sends the token: out of its whole scope. */
  terminateTarget(): string {
    return ref(this.region.terminateKey);
  }

  /**
   * Eventless transitions along a node's outgoing flows: the first flow whose
   * condition holds, then unconditional flows, then the default; none → stuck
   * (an incident recorded by the state's entry check).
   */
  leaveTransitions(node: FlowNode): TransitionConfig[] {
    if (this.implicitSplit(node)) return [{ target: ref(blockKey(node.id)), reenter: true }];
    const flows = this.cu.outgoing(node.id);
    if (flows.length === 0) return [{ target: this.endTarget(), reenter: true }];
    const conditional = flows.filter((f) => f.condition && f.id !== node.default);
    const plain = flows.filter((f) => !f.condition && f.id !== node.default);
    const def = flows.find((f) => f.id === node.default);
    const out: TransitionConfig[] = conditional.map((f) => ({
      guard: { type: "cond", params: { expr: f.condition } },
      target: this.target(f),
      reenter: true,
    }));
    for (const f of plain) out.push({ target: this.target(f), reenter: true });
    if (def) out.push({ target: this.target(def), reenter: true });
    return out;
  }

  /**
   * How a finished activity goes on: straight to its one unconditional
   * successor (one microstep fewer on the hot path), else through its leave
   * state, which decides among the outgoing flows. `history` are the actions
   * recording it, run on the way.
   */
  after(
    node: FlowNode,
    history: unknown[] = [],
  ): { target: string; actions: unknown[]; reenter: true } {
    const flows = this.cu.outgoing(node.id);
    const direct = !this.implicitSplit(node) && flows.length <= 1 && !flows[0]?.condition;
    if (!direct) return { target: ref(leaveKey(node.id)), actions: [], reenter: true };
    const target = flows[0] ? this.target(flows[0]) : this.endTarget();
    return { target, actions: history, reenter: true };
  }

  /** The nodes a node's outgoing flows lead to (to continue the walk). */
  successors(node: FlowNode): string[] {
    const block = this.implicitSplit(node) ? this.cu.blockAt(node.id) : undefined;
    if (block) return block.join === null ? [] : [block.join];
    return this.cu.outgoing(node.id).map((f) => f.targetRef);
  }

  /** A task or event with several outgoing flows: it forks like a gateway. */
  implicitSplit(node: FlowNode): boolean {
    return (
      !node.type.endsWith("Gateway") &&
      node.outgoing.length > 1 &&
      this.cu.blockAt(node.id) !== undefined
    );
  }

  /** The transient state after an activity or catch event: history, then outgoing flows. */
  leaveState(node: FlowNode, entry: unknown[] = []): StateConfig {
    const checks = this.needsStuckCheck(node)
      ? [{ type: "stuckCheck", params: { element: node.id, exprs: this.conditions(node) } }]
      : [];
    return {
      id: leaveKey(node.id),
      entry: [...entry, ...checks],
      always: this.leaveTransitions(node),
      on: { RETRY: { target: ref(leaveKey(node.id)), reenter: true } },
    };
  }

  /** Conditions of the outgoing flows, when every flow is conditional and there is no default. */
  conditions(node: FlowNode): string[] {
    return this.cu.outgoing(node.id).map((f) => f.condition ?? "");
  }

  needsStuckCheck(node: FlowNode): boolean {
    if (this.implicitSplit(node)) return false;
    const flows = this.cu.outgoing(node.id);
    return flows.length > 0 && !node.default && flows.every((f) => !!f.condition);
  }

  /** A nested region (a block branch) of the same scope. */
  branch(stop: string | null, split: string, index: number): RegionBuilder {
    return new RegionBuilder(this.cu, {
      scope: this.region.scope,
      stop,
      finalKey: branchFinalKey(split, index),
      terminateKey: this.region.terminateKey,
    });
  }
}
