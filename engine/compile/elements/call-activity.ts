import { activityStates } from "./activity";
import { multiInstanceCore } from "./multi-instance";
import { act, withFirst, type ElementCompiler } from "./types";

/** Runs the called process (by process id) as a child machine; its variables come back through the output mappings. */
export const callActivity: ElementCompiler = {
  types: ["callActivity"],
  compile(node, rb) {
    if (node.multiInstance) return activityStates(node, rb, multiInstanceCore(node));
    return activityStates(node, rb, {
      entry: [act("startCall", { element: node.id })],
      on: {
        CHILD_DONE: [
          {
            guard: act("childOf", { owner: node.id }),
            ...withFirst(act("callDone", { element: node.id }), rb.after(node)),
          },
        ],
      },
    });
  },
};
