/** The claimer (or a leader of the unit) hands a task back to the unit's pool. */
import { z } from "zod";
import type { Db } from "../client";
import { changeAssignee, type ClaimResult } from "../store/task-claim";
import { holdsRole, type Actor } from "./actor";
import { taskForOfficial } from "./complete-task";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const UnclaimTaskInput = z.object({ taskId: z.uuid() });

export async function unclaimTask(
  db: Db,
  { actor, input }: { actor: Actor; input: unknown },
): Promise<ClaimResult> {
  if (actor.kind !== "official")
    throw new ServiceError("FORBIDDEN", "only officials unclaim tasks");
  const { taskId } = parseInput(UnclaimTaskInput, input);
  const task = await taskForOfficial(db, actor, taskId);
  const leader = holdsRole(actor, task.unitCode, ["leader"]);
  return changeAssignee(db, {
    actor,
    taskId,
    action: "task.unclaimed",
    assignee: null,
    check: (t) => {
      if (t.assigneeId && t.assigneeId !== actor.id && !leader) {
        throw new ServiceError(
          "CONFLICT",
          `task ${t.elementId} (${t.id}) is claimed by someone else`,
          [{ id: t.id, message: "claimed by another official" }],
        );
      }
    },
  });
}
