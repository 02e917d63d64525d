import { leaveKey, ref } from "../ids";
import { activityStates } from "./activity";
import { act, type ElementCompiler } from "./types";

/** Sends through the outbox (a message when it names one, else a notification) and moves on. */
export const sendTask: ElementCompiler = {
  types: ["sendTask"],
  compile(node, rb) {
    const send = node.messageName
      ? act("throwMessage", { element: node.id, message: node.messageName })
      : act("emitNotify", { element: node.id });
    return activityStates(node, rb, {
      entry: [act("enterActivity", { element: node.id }), send],
      extra: { always: { target: ref(leaveKey(node.id)), reenter: true } },
      leaveHistory: true,
    });
  },
};
