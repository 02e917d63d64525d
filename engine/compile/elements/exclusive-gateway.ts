import { nodeKey, ref } from "../ids";
import { act, type ElementCompiler } from "./types";

/**
 * The first flow whose condition holds, else the default. When none can be
 * taken the token waits here with an incident until an operator retries.
 */
export const exclusiveGateway: ElementCompiler = {
  types: ["exclusiveGateway"],
  compile(node, rb) {
    const id = nodeKey(node.id);
    const checks = rb.needsStuckCheck(node)
      ? [act("stuckCheck", { element: node.id, exprs: rb.conditions(node) })]
      : [];
    return {
      states: {
        [id]: {
          id,
          entry: [act("history", { element: node.id }), ...checks],
          exit: [act("clearIncidents", { element: node.id })],
          always: rb.leaveTransitions(node),
          on: { RETRY: { target: ref(id), reenter: true } },
        },
      },
      next: rb.successors(node),
    };
  },
};
