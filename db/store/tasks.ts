/** Task rows as the verbs read them: by id with their dossier, and a dossier's open tasks. */
import { and, asc, eq, notInArray } from "drizzle-orm";
import type { Db } from "../client";
import { dossiers, tasks, type TaskRow, type TaskState } from "../schema";
import { ServiceError } from "../services/errors";
import type { OpenTaskRow } from "./statement";

/**
 * "Open" for a dossier's tasks is asked as "not closed" (the same, by the
 * state check): `state in ('open', 'claimed')` lets the planner AND the
 * dossier's index with the partial index of every open task in the city,
 * which it chose on young statistics (docs/benchmarks.md "Store").
 */
export const CLOSED_TASK_STATES: TaskState[] = ["completed", "cancelled"];

export interface OpenTaskView {
  id: string;
  element: string;
  name: string | null;
  /** The level that owns the task (`tier`), as in the outcome's openTasks (DESIGN.md §6). */
  tier: string | null;
  unit: string | null;
  roles: string[];
  assignee: string | null;
  due: string | null;
  state: string;
}

/** A task with its dossier's code and applicant; NOT_FOUND when absent. */
export async function loadTask(
  db: Db,
  taskId: string,
): Promise<TaskRow & { code: string; procedureId: string; procedureVersion: number }> {
  const [row] = await db
    .select({
      task: tasks,
      code: dossiers.code,
      procedureId: dossiers.procedureId,
      procedureVersion: dossiers.procedureVersion,
    })
    .from(tasks)
    .innerJoin(dossiers, eq(dossiers.id, tasks.dossierId))
    .where(eq(tasks.id, taskId));
  if (!row) throw new ServiceError("NOT_FOUND", `task ${taskId} not found`);
  return {
    ...row.task,
    code: row.code,
    procedureId: row.procedureId,
    procedureVersion: row.procedureVersion,
  };
}

/** The task row locked for this transaction. */
export async function lockTask(db: Db, taskId: string): Promise<TaskRow> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, taskId)).for("update");
  if (!row) throw new ServiceError("NOT_FOUND", `task ${taskId} not found`);
  return row;
}

/** CONFLICT naming the task unless it is still open (or claimed). */
export function assertOpen(task: TaskRow): void {
  if (task.state !== "open" && task.state !== "claimed") {
    throw new ServiceError(
      "CONFLICT",
      `task ${task.elementId} (${task.id}) is already ${task.state}`,
      [{ id: task.id, message: task.state }],
    );
  }
}

/** Open tasks as a command's write statement returns them (`WrittenRow.openTasks`). */
export function openTaskViews(rows: readonly OpenTaskRow[] | undefined): OpenTaskView[] {
  return (rows ?? []).map((t) => ({
    id: t.id,
    element: t.element_id,
    name: t.name,
    tier: t.tier,
    unit: t.unit_code,
    roles: t.roles ?? [],
    assignee: t.assignee_id,
    due: t.due_at === null ? null : new Date(t.due_at).toISOString(),
    state: t.state,
  }));
}

/** The open tasks of a dossier, oldest first (DESIGN.md §7 `openTasks`). */
export async function openTasks(db: Db, dossierId: string): Promise<OpenTaskView[]> {
  const rows = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.dossierId, dossierId), notInArray(tasks.state, CLOSED_TASK_STATES)))
    .orderBy(asc(tasks.openedAt), asc(tasks.instanceKey));
  return rows.map((t) => ({
    id: t.id,
    element: t.elementId,
    name: t.name,
    tier: t.tier,
    unit: t.unitCode,
    roles: t.roles,
    assignee: t.assigneeId,
    due: t.dueAt?.toISOString() ?? null,
    state: t.state,
  }));
}
