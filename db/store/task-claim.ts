/**
 * Claim, unclaim and assign change who holds a task, not the engine state:
 * the task row is locked, its state checked, the assignee written and a
 * history row appended in one transaction.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { dossiers, tasks, type TaskRow } from "../schema";
import type { Actor } from "../services/actor";
import { assertOpen, lockTask } from "./tasks";
import { writeHistory } from "./write";

export interface ClaimChange {
  actor: Actor;
  taskId: string;
  action: "task.claimed" | "task.unclaimed" | "task.assigned";
  /** Throws (CONFLICT) when the change is not allowed on the locked row. */
  check: (task: TaskRow) => void;
  assignee: string | null;
  now?: Date;
}

export interface ClaimResult {
  taskId: string;
  assignee: string | null;
  state: "open" | "claimed";
}

/** Applies a claim change; see the module comment. */
export async function changeAssignee(db: Db, c: ClaimChange): Promise<ClaimResult> {
  const now = c.now ?? new Date();
  return db.transaction(async (tx) => {
    const task = await lockTask(tx, c.taskId);
    assertOpen(task);
    c.check(task);
    const state = c.assignee ? "claimed" : "open";
    await tx.update(tasks).set({ assigneeId: c.assignee, state }).where(eq(tasks.id, task.id));
    const [d] = await tx
      .select({ status: dossiers.status })
      .from(dossiers)
      .where(eq(dossiers.id, task.dossierId));
    await writeHistory(
      tx,
      task.dossierId,
      {
        actor: c.actor,
        action: c.action,
        element: task.elementId,
        details: { task: task.id, assignee: c.assignee },
      },
      d?.status ?? null,
      d?.status ?? null,
      now,
    );
    return { taskId: task.id, assignee: c.assignee, state };
  });
}
