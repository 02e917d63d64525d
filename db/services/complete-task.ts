/**
 * An official completes a user task with its form data (DESIGN.md §7
 * `POST /api/v1/tasks/{id}/complete`). Only an official holding one of the
 * task's roles in its unit, and the claimer when it is claimed. Racing
 * officials: the write locks the dossier and the task and finds them
 * changed for all but the first, which read again, find the task closed and
 * get CONFLICT naming it.
 */
import { z } from "zod";
import type { Db } from "../client";
import { runDossierCommand } from "../store/command";
import { assertOpen, loadTask, type OpenTaskView } from "../store/tasks";
import { holdsRole, type Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const CompleteTaskInput = z.object({
  taskId: z.uuid(),
  data: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200),
  /** The dossier version the official saw; a newer one refuses the command as stale. */
  expectedVersion: z.number().int().nonnegative().optional(),
});
export type CompleteTaskInput = z.infer<typeof CompleteTaskInput>;

export interface CompleteTaskResult {
  dossier: {
    code: string;
    status: string;
    version: number;
    dueDate: string | null;
    openTasks: OpenTaskView[];
  };
}

/** Authorises an official on a task: FORBIDDEN outside its unit and roles. */
export async function taskForOfficial(db: Db, actor: Actor, taskId: string) {
  const task = await loadTask(db, taskId);
  if (actor.kind !== "official" || !holdsRole(actor, task.unitCode, task.roles)) {
    throw new ServiceError("FORBIDDEN", `not allowed to work task ${taskId}`);
  }
  return task;
}

export async function completeTask(
  db: Db,
  opts: {
    actor: Actor;
    input: unknown;
    now?: Date;
    /** Internal callers (requestSupplement): data merged over the official's, and the state the step must reach. */
    extraData?: Record<string, unknown>;
    expectSupplement?: boolean;
  },
): Promise<CompleteTaskResult> {
  const { actor, input, now, extraData, expectSupplement } = opts;
  const pre = CompleteTaskInput.safeParse(input);
  // Authorisation first (STYLE §4) when the task id is readable at all.
  if (!pre.success && actor.kind !== "official") {
    throw new ServiceError("FORBIDDEN", "only officials complete tasks");
  }
  const { taskId, data, idempotencyKey, expectedVersion } = parseInput(CompleteTaskInput, input);
  const merged = { ...data, ...(extraData ?? {}) };
  let elementId = "";
  return runDossierCommand<CompleteTaskResult>(db, {
    taskId,
    now,
    expectedVersion,
    idempotency: { scope: `task.complete:${taskId}`, key: idempotencyKey },
    // The task is read with its dossier (one statement) and authorised there; the write
    // checks again that it is still open and not claimed by someone else.
    authorize: (_d, task) => {
      if (actor.kind !== "official" || !holdsRole(actor, task!.unitCode, task!.roles)) {
        throw new ServiceError("FORBIDDEN", `not allowed to work task ${taskId}`);
      }
      elementId = task!.elementId;
    },
    holder: actor.id,
    command: (_d, _db, task) => ({
      type: "complete",
      task: task!.instanceKey ?? "",
      data: merged,
      by: actor.id ?? undefined,
    }),
    inspect: (_d, task) => {
      assertOpen(task!);
      if (task!.kind !== "userTask")
        throw new ServiceError("CONFLICT", `task ${taskId} is not a user task`);
    },
    verify: (w) => {
      if (expectSupplement && w.status !== "supplement") {
        throw new ServiceError(
          "CONFLICT",
          `completing ${elementId} does not make dossier ${w.code} wait for a supplement`,
        );
      }
    },
    history: (_d, task) => ({
      actor,
      action: expectSupplement ? "supplement.requested" : "task.completed",
      element: task!.elementId,
      details: { task: taskId },
    }),
    closedBy: actor.id,
    data: merged,
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
