import { leaveKey, nodeKey, ref } from "../ids";
import { act, type ElementCompiler } from "./types";

/** Waits for its timer or message (pausing the statutory clock when marked), then records itself and goes on. */
export const intermediateCatchEvent: ElementCompiler = {
  types: ["intermediateCatchEvent"],
  compile(node, rb) {
    const id = nodeKey(node.id);
    const kind = node.event?.kind;
    const entry: unknown[] = [];
    const on: Record<string, unknown> = {};
    if (kind === "timer") {
      entry.push(act("scheduleTimers", { owner: node.id, timers: [node.id] }));
      on.TIMER = {
        guard: act("timerIs", { element: node.id }),
        actions: [act("fireTimer")],
        target: ref(leaveKey(node.id)),
        reenter: true,
      };
    } else {
      entry.push(act("subscribe", { owner: node.id, messages: [node.id] }));
      on.MESSAGE = {
        guard: act("msgIs", { element: node.id }),
        actions: [act("consumeMessage", { element: node.id })],
        target: ref(leaveKey(node.id)),
        reenter: true,
      };
    }
    if (node.properties.pauseClock === "true") entry.push(act("pauseStart", { element: node.id }));
    return {
      states: {
        [id]: { id, entry, exit: [act("leave", { element: node.id })], on },
        [leaveKey(node.id)]: rb.leaveState(node, [act("history", { element: node.id })]),
      },
      next: rb.successors(node),
    };
  },
};
