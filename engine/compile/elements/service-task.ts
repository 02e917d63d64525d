import { leaveKey, ref } from "../ids";
import { activityStates } from "./activity";
import { multiInstanceCore } from "./multi-instance";
import { act, withFirst, type ElementCompiler } from "./types";

/** Task types that need no answer: the effect goes to the outbox and the token moves on. */
const FIRE_AND_FORGET = new Set(["notify"]);

/**
 * Calls its worker through the outbox and waits for the completion
 * (built-in `payment`, `issue-result`, `http`, or an external worker);
 * `notify` does not wait.
 */
export const serviceTask: ElementCompiler = {
  types: ["serviceTask"],
  compile(node, rb) {
    if (FIRE_AND_FORGET.has(node.taskType ?? "")) {
      return activityStates(node, rb, {
        entry: [act("emitNotify", { element: node.id })],
        extra: { always: { target: ref(leaveKey(node.id)), reenter: true } },
        leaveHistory: true,
      });
    }
    if (node.multiInstance) return activityStates(node, rb, multiInstanceCore(node));
    return activityStates(node, rb, {
      entry: [act("openTask", { element: node.id })],
      on: {
        COMPLETE: [
          {
            guard: act("taskIs", { element: node.id }),
            ...withFirst(act("completeTask", { element: node.id }), rb.after(node)),
          },
        ],
      },
    });
  },
};
