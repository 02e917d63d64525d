/** An official takes a task for themself (DESIGN.md §7 claim): 409 if someone else holds it. */
import { z } from "zod";
import type { Db } from "../client";
import { changeAssignee, type ClaimResult } from "../store/task-claim";
import type { Actor } from "./actor";
import { taskForOfficial } from "./complete-task";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const ClaimTaskInput = z.object({ taskId: z.uuid() });

export async function claimTask(
  db: Db,
  { actor, input }: { actor: Actor; input: unknown },
): Promise<ClaimResult> {
  if (actor.kind !== "official") throw new ServiceError("FORBIDDEN", "only officials claim tasks");
  const { taskId } = parseInput(ClaimTaskInput, input);
  await taskForOfficial(db, actor, taskId);
  return changeAssignee(db, {
    actor,
    taskId,
    action: "task.claimed",
    assignee: actor.id,
    check: (task) => {
      if (task.assigneeId && task.assigneeId !== actor.id) {
        throw new ServiceError(
          "CONFLICT",
          `task ${task.elementId} (${task.id}) is claimed by someone else`,
          [{ id: task.id, message: "claimed by another official" }],
        );
      }
    },
  });
}
