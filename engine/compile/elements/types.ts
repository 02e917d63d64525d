import type { FlowNode, NodeType } from "../../model/types";
import type { RegionBuilder, StateConfig } from "../region";

/** How one BPMN element kind becomes states (STYLE.md §2: one file per element kind). */
export interface ElementCompiler {
  types: NodeType[];
  compile(
    node: FlowNode,
    rb: RegionBuilder,
  ): { states: Record<string, StateConfig>; next: string[] };
}

export const act = (type: string, params?: Record<string, unknown>) =>
  params ? { type, params } : { type };

/** A transition that runs `first`, then the `after` actions, to the `after` target. */
export const withFirst = (
  first: unknown,
  after: { target: string; actions: unknown[]; reenter: true },
) => ({
  ...after,
  actions: [first, ...after.actions],
});
