import type { FlowNode } from "../../model/types";
import { leaveKey, ref } from "../ids";
import type { ActivityCore } from "./activity";
import type { TransitionConfig } from "../region";
import { act } from "./types";

/**
 * A multi-instance activity's core: instances (tasks or child machines) are
 * counted in context; MI_DONE is raised when all finished or the completion
 * condition holds, and the remaining ones are cancelled on exit.
 */
export function multiInstanceCore(node: FlowNode): ActivityCore {
  const instanceDone: Record<string, TransitionConfig[]> =
    node.type === "userTask" || node.type === "serviceTask"
      ? {
          COMPLETE: [
            {
              guard: act("taskIs", { element: node.id }),
              actions: [act("miTaskComplete", { element: node.id })],
            },
          ],
        }
      : {
          CHILD_DONE: [
            {
              guard: act("childOf", { owner: node.id }),
              actions: [act("miChildDone", { element: node.id })],
            },
          ],
        };
  return {
    entry: [act("miStart", { element: node.id })],
    on: {
      ...instanceDone,
      MI_DONE: [
        { guard: act("miIs", { element: node.id }), target: ref(leaveKey(node.id)), reenter: true },
      ],
    },
  };
}
