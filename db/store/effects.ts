/**
 * Applies engine effects inside the command's transaction (DESIGN.md §4):
 * task rows, timer rows, incidents and outbox rows. Nothing here reaches
 * outside the database; the worker runs the outbox after commit.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { PersistedSnapshot } from "@/engine/runtime/types";
import { contexts, prefixOf, type Effect } from "@/engine/step";
import type { Tx } from "../client";
import { outbox, tasks, timers } from "../schema";
import { emptyRows, writeCommand, type RowWrites } from "./statement";

/** Service task types the worker performs itself (DESIGN.md §2); `payment` waits for recordPayment. */
export const WORKER_SERVICES = new Set(["notify", "issue-result", "http"]);

export interface EffectContext {
  dossierId: string;
  now: Date;
  /** The user who completed the task the command names, for `closed_by`. */
  closedBy?: string | null;
  /** Data submitted with the completed task. */
  data?: Record<string, unknown>;
  idempotencyKey?: string | null;
}

/**
 * The rows a step's effects call for, gathered so the whole command is
 * written in one statement (`writeRows`). Effects apply in order: a task or
 * timer opened and closed within the same step is inserted already closed,
 * as the row-by-row writes used to leave it.
 */
export function planEffects(effects: readonly Effect[], rows: RowWrites): RowWrites {
  for (const e of effects) {
    switch (e.type) {
      case "openTask": {
        const t = e.task;
        rows.tasks.push({
          element_id: t.element,
          instance_key: t.id,
          name: t.name ?? null,
          tier: t.tier ?? null,
          unit_code: t.unit,
          roles: t.roles,
          kind: t.kind,
          task_type: t.taskType ?? null,
          form_id: t.formId ?? null,
          opened_at: t.openedAt,
          due_at: t.due ?? null,
          state: "open",
        });
        break;
      }
      case "closeTask": {
        const completed = e.reason === "completed";
        const fresh = rows.tasks.find((t) => t.instance_key === e.task && t.state === "open");
        if (fresh) {
          fresh.state = completed ? "completed" : "cancelled";
          fresh.completed = completed;
        } else rows.closes.push({ key: e.task, completed });
        break;
      }
      case "scheduleTimer":
        rows.timers.push({
          element_id: e.element,
          fire_at: e.fireAt,
          payload: { timer: e.timer },
          status: "scheduled",
        });
        break;
      case "cancelTimer":
        for (const t of rows.timers) if (t.payload.timer === e.timer) t.status = "cancelled";
        rows.cancelTimers.push(e.timer);
        break;
      case "callService":
        if (WORKER_SERVICES.has(e.serviceType)) {
          rows.outbox.push({
            kind: e.serviceType,
            payload: {
              task: e.task,
              element: e.element,
              headers: e.headers,
              variables: e.variables,
            },
          });
        }
        break;
      case "notify":
        rows.outbox.push({
          kind: "notify",
          payload: {
            element: e.element,
            notifyType: e.notifyType,
            headers: e.headers,
            variables: e.variables,
          },
        });
        break;
      case "throwMessage":
        rows.outbox.push({
          kind: "throw-message",
          payload: { element: e.element, message: e.message, variables: e.variables },
        });
        break;
      case "incident":
        rows.incidents.push({ element_id: e.element, message: e.message });
        rows.outbox.push({ kind: "incident", payload: { element: e.element, message: e.message } });
        break;
      case "complete":
        rows.outbox.push({
          kind: "dossier-finished",
          payload: { status: e.status, endEvent: e.endEvent },
        });
        break;
    }
  }
  return rows;
}

/** Writes the rows the effects call for (one statement). */
export async function applyEffects(
  tx: Tx,
  effects: readonly Effect[],
  c: EffectContext,
): Promise<void> {
  await writeCommand(tx, c, planEffects(effects, emptyRows()));
}

/** Adds an outbox row, run by the worker after commit. */
export async function enqueue(
  tx: Tx,
  kind: string,
  dossierId: string | null,
  payload: Record<string, unknown>,
): Promise<void> {
  await tx.insert(outbox).values({ kind, dossierId, payload });
}

/** Cancels the scheduled timer rows of one engine timer id (or all of a dossier when `timer` is null). */
export async function cancelTimerRows(
  tx: Tx,
  dossierId: string,
  timer: string | null,
): Promise<void> {
  await tx
    .update(timers)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(timers.dossierId, dossierId),
        eq(timers.status, "scheduled"),
        timer === null ? sql`true` : sql`${timers.payload}->>'timer' = ${timer}`,
      ),
    );
}

/**
 * After an engine `retry`, tasks that were unroutable may have a unit now:
 * the task id is unchanged (so no open/close effect), the row is updated.
 */
export async function syncTaskUnits(
  tx: Tx,
  dossierId: string,
  snapshot: PersistedSnapshot,
): Promise<void> {
  for (const { path, context } of contexts(snapshot)) {
    for (const t of Object.values(context.tasks)) {
      if (!t.unit) continue;
      await tx
        .update(tasks)
        .set({ unitCode: t.unit, dueAt: t.due ? new Date(t.due) : null })
        .where(
          and(
            eq(tasks.dossierId, dossierId),
            eq(tasks.instanceKey, prefixOf(path) + t.id),
            isNull(tasks.unitCode),
          ),
        );
    }
  }
}
