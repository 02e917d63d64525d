/**
 * Another system finishes the work of a service task of an external type
 * (DESIGN.md §2: "others wait for an external worker" — a tax check, a police
 * verification): `POST /api/v1/tasks/{id}/complete` with an integration
 * token holding the `tasks` scope, or an admin standing in for a system that
 * is down. Built-in types (payment, notify, issue-result, http) are the
 * worker's and the payment verb's, never an integration's.
 */
import { z } from "zod";
import type { Db } from "../client";
import { runDossierCommand } from "../store/command";
import { WORKER_SERVICES } from "../store/effects";
import { assertOpen } from "../store/tasks";
import type { Actor } from "./actor";
import type { CompleteTaskResult } from "./complete-task";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const CompleteExternalTaskInput = z.object({
  taskId: z.uuid(),
  data: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200),
});

const NOT_EXTERNAL = new Set([...WORKER_SERVICES, "payment"]);

export async function completeExternalTask(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<CompleteTaskResult> {
  const allowed =
    actor.kind === "admin" || (actor.kind === "integration" && actor.scopes.includes("tasks"));
  if (!allowed)
    throw new ServiceError(
      "FORBIDDEN",
      "only integrations with the tasks scope complete service tasks",
    );
  const { taskId, data, idempotencyKey } = parseInput(CompleteExternalTaskInput, input);
  return runDossierCommand<CompleteTaskResult>(db, {
    taskId,
    now,
    idempotency: { scope: `task.complete:${taskId}`, key: idempotencyKey },
    command: (_d, _db, task) => ({ type: "complete", task: task!.instanceKey ?? "", data }),
    inspect: (_d, task) => {
      if (task!.kind === "userTask")
        throw new ServiceError("FORBIDDEN", `task ${taskId} is an official's user task`);
      assertOpen(task!);
      if (task!.kind !== "serviceTask" || NOT_EXTERNAL.has(task!.taskType ?? "")) {
        throw new ServiceError(
          "CONFLICT",
          `task ${task!.elementId} (${taskId}) is not a service task of an external type`,
          [{ id: taskId, message: task!.taskType ?? task!.kind }],
        );
      }
    },
    history: (_d, task) => ({
      actor,
      action: "service.completed",
      element: task!.elementId,
      details: { task: taskId, type: task!.taskType },
    }),
    closedBy: actor.kind === "integration" || actor.kind === "admin" ? actor.id : null,
    data,
    result: (w) => ({
      dossier: {
        code: w.code,
        status: w.status,
        version: w.version,
        dueDate: w.dueDate,
        openTasks: [],
      },
    }),
    withOpenTasks: (r, open) => ({ dossier: { ...r.dossier, openTasks: open } }),
  });
}
