/** Who may read or act on a task from the inbox. Not a verb. */
import type { TaskRow } from "../../schema";
import { holdsRole, type Actor } from "../actor";
import { ServiceError } from "../errors";

/** True when the official may work the task: one of its roles in its unit. */
export function mayWork(actor: Actor, task: Pick<TaskRow, "unitCode" | "roles">): boolean {
  return holdsRole(actor, task.unitCode, task.roles);
}

/** FORBIDDEN unless the official works the task, or held or finished it themself. */
export function assertMayRead(
  actor: Actor,
  task: Pick<TaskRow, "id" | "unitCode" | "roles" | "assigneeId" | "closedBy">,
): void {
  if (actor.kind !== "official") throw new ServiceError("FORBIDDEN", "only officials open tasks");
  if (mayWork(actor, task) || task.assigneeId === actor.id || task.closedBy === actor.id) return;
  throw new ServiceError("FORBIDDEN", `not allowed to see task ${task.id}`);
}
