import { nodeKey } from "../ids";
import { act, type ElementCompiler } from "./types";

/** A start event has already happened when its scope is entered: record it and go on. */
export const startEvent: ElementCompiler = {
  types: ["startEvent"],
  compile(node, rb) {
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
  },
};
