import type { FlowNode } from "../../model/types";
import { CompileError } from "../errors";
import { blockKey, nodeKey, ref } from "../ids";
import type { RegionBuilder, StateConfig } from "../region";
import { act } from "./types";

/**
 * A parallel or inclusive split and its matching join become one parallel
 * state with a region per branch; the join fires when every region is final,
 * exactly once. Inclusive branches first decide whether they run at all.
 */
export function blockStates(
  split: FlowNode,
  rb: RegionBuilder,
): { states: Record<string, StateConfig>; next: string[] } {
  const block = rb.cu.blockAt(split.id);
  if (!block) throw new CompileError(split.id, "gateway does not open a block");
  const flows = rb.cu.outgoing(split.id);
  // A task or event with several outgoing flows forks without a gateway (validate
  // refuses conditions on such flows, as Camunda 8 does).
  const implicit = !split.type.endsWith("Gateway");
  const inclusive = block.kind === "inclusive";
  const conditional = flows
    .filter((f) => f.condition && f.id !== split.default)
    .map((f) => f.condition as string);
  const regions: Record<string, StateConfig> = {};
  flows.forEach((flow, i) => {
    const built = rb.branch(block.join, split.id, i).build(flow.targetRef);
    if (!inclusive) {
      regions[`b${i}`] = { initial: built.initial, states: built.states };
      return;
    }
    const guard =
      flow.id === split.default
        ? act("noneOf", { exprs: conditional })
        : flow.condition
          ? act("cond", { expr: flow.condition })
          : undefined;
    const choose = guard
      ? [{ guard, target: ref(built.initial) }, { target: "skip" }]
      : [{ target: ref(built.initial) }];
    regions[`b${i}`] = {
      initial: "choose",
      states: { choose: { always: choose }, skip: { type: "final" }, ...built.states },
    };
  });
  // Without a join (every branch ends on its own), the block ends its region once all have.
  const onDone = {
    target: block.join === null ? rb.endTarget() : ref(nodeKey(block.join)),
    reenter: true,
  };
  const next = block.join === null ? [] : [block.join];
  if (implicit) {
    return {
      states: {
        [blockKey(split.id)]: { id: blockKey(split.id), type: "parallel", states: regions, onDone },
      },
      next,
    };
  }
  if (!inclusive) {
    return {
      states: {
        [nodeKey(split.id)]: {
          id: nodeKey(split.id),
          type: "parallel",
          entry: [act("history", { element: split.id })],
          states: regions,
          onDone,
        },
      },
      next,
    };
  }
  const always = flows.some((f) => !f.condition || f.id === split.default);
  const decide: StateConfig = {
    id: nodeKey(split.id),
    entry: [
      act("history", { element: split.id }),
      ...(always ? [] : [act("stuckCheck", { element: split.id, exprs: conditional })]),
    ],
    exit: [act("clearIncidents", { element: split.id })],
    always: [
      { guard: act("anyBranch", { exprs: conditional, always }), target: ref(blockKey(split.id)) },
    ],
    on: { RETRY: { target: ref(nodeKey(split.id)), reenter: true } },
  };
  return {
    states: {
      [nodeKey(split.id)]: decide,
      [blockKey(split.id)]: { id: blockKey(split.id), type: "parallel", states: regions, onDone },
    },
    next,
  };
}

/** A gateway that only merges (or a one-in-one-out gateway): record it and pass on. */
export function passThrough(
  node: FlowNode,
  rb: RegionBuilder,
): { states: Record<string, StateConfig>; next: string[] } {
  return {
    states: {
      [nodeKey(node.id)]: {
        id: nodeKey(node.id),
        entry: [act("history", { element: node.id })],
        always: rb.leaveTransitions(node),
      },
    },
    next: rb.successors(node),
  };
}
