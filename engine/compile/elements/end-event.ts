import { nodeKey } from "../ids";
import { act, type ElementCompiler } from "./types";

/**
 * None and message ends finish their branch or scope; terminate ends the whole
 * scope at once; an error end throws a BPMN error that the nearest enclosing
 * error boundary or error event subprocess catches.
 */
export const endEvent: ElementCompiler = {
  types: ["endEvent"],
  compile(node, rb) {
    const id = nodeKey(node.id);
    const entry: unknown[] = [
      act("history", { element: node.id }),
      act("setEnd", { element: node.id }),
    ];
    const kind = node.event?.kind ?? "none";
    if (kind === "error") {
      const code = node.event?.kind === "error" ? node.event.errorCode : null;
      return {
        states: {
          [id]: {
            id,
            entry: [
              act("history", { element: node.id }),
              act("throwError", { element: node.id, code, scopes: rb.cu.scopeChain(node.id) }),
            ],
          },
        },
        next: [],
      };
    }
    if (node.event?.kind === "message")
      entry.push(act("throwMessage", { element: node.id, message: node.event.messageName ?? "" }));
    const target = kind === "terminate" ? rb.terminateTarget() : rb.endTarget();
    return { states: { [id]: { id, entry, always: { target, reenter: true } } }, next: [] };
  },
};
