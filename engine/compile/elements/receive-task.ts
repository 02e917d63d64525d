import { leaveKey, ref } from "../ids";
import { activityStates } from "./activity";
import { act, type ElementCompiler } from "./types";

/** Waits for its message (the statutory clock paused when marked `pauseClock`). */
export const receiveTask: ElementCompiler = {
  types: ["receiveTask"],
  compile(node, rb) {
    const entry: unknown[] = [
      act("enterActivity", { element: node.id }),
      act("subscribe", { owner: node.id, messages: [node.id] }),
    ];
    return activityStates(node, rb, {
      entry,
      on: {
        MESSAGE: [
          {
            guard: act("msgIs", { element: node.id }),
            actions: [act("consumeMessage", { element: node.id })],
            target: ref(leaveKey(node.id)),
            reenter: true,
          },
        ],
      },
      leaveHistory: true,
    });
  },
};
