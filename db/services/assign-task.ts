/**
 * A leader of the task's unit assigns it to an official of that unit who
 * holds one of its roles (DOMAIN.md: the head of division assigns).
 */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../client";
import { memberships } from "../schema";
import { changeAssignee, type ClaimResult } from "../store/task-claim";
import { loadTask } from "../store/tasks";
import { holdsRole, type Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const AssignTaskInput = z.object({ taskId: z.uuid(), assigneeId: z.uuid() });

export async function assignTask(
  db: Db,
  { actor, input }: { actor: Actor; input: unknown },
): Promise<ClaimResult> {
  if (actor.kind !== "official") throw new ServiceError("FORBIDDEN", "only leaders assign tasks");
  const { taskId, assigneeId } = parseInput(AssignTaskInput, input);
  const task = await loadTask(db, taskId);
  if (!holdsRole(actor, task.unitCode, ["leader"])) {
    throw new ServiceError(
      "FORBIDDEN",
      `only a leader of ${task.unitCode ?? "the task's unit"} assigns this task`,
    );
  }
  const rows = await db
    .select({ roles: memberships.roles })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, assigneeId),
        eq(memberships.unitCode, task.unitCode ?? ""),
        isNull(memberships.validTo),
      ),
    );
  if (!rows.some((m) => m.roles.some((r) => task.roles.includes(r)))) {
    throw new ServiceError(
      "VALIDATION",
      "the assignee holds none of the task's roles in its unit",
      [{ field: "assigneeId", message: "not eligible" }],
    );
  }
  return changeAssignee(db, {
    actor,
    taskId,
    action: "task.assigned",
    assignee: assigneeId,
    check: () => {},
  });
}
