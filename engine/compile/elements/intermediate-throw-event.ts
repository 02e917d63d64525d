import { nodeKey } from "../ids";
import { act, type ElementCompiler } from "./types";

/** A none throw event marks a milestone; a message throw sends its message through the outbox. */
export const intermediateThrowEvent: ElementCompiler = {
  types: ["intermediateThrowEvent"],
  compile(node, rb) {
    const id = nodeKey(node.id);
    const entry: unknown[] = [act("history", { element: node.id })];
    if (node.event?.kind === "message")
      entry.push(act("throwMessage", { element: node.id, message: node.event.messageName ?? "" }));
    return {
      states: { [id]: { id, entry, always: rb.leaveTransitions(node) } },
      next: rb.successors(node),
    };
  },
};
