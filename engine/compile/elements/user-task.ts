import { activityStates } from "./activity";
import { multiInstanceCore } from "./multi-instance";
import { act, withFirst, type ElementCompiler } from "./types";

/** Opens a task for the routed unit's officials; completing it merges its form data and moves on. */
export const userTask: ElementCompiler = {
  types: ["userTask"],
  compile(node, rb) {
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
