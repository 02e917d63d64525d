/**
 * Applies engine effects inside the command's transaction (DESIGN.md §4):
 * task rows, timer rows, incidents and outbox rows. Nothing here reaches
 * outside the database; the worker runs the outbox after commit.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PersistedSnapshot } from "@/engine/runtime/types";
import { contexts, prefixOf, type Effect } from "@/engine/step";
import type { Tx } from "../client";
import { incidents, outbox, tasks, timers } from "../schema";

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

/** Writes the rows the effects call for. */
export async function applyEffects(
  tx: Tx,
  effects: readonly Effect[],
  c: EffectContext,
): Promise<void> {
  for (const e of effects) {
    switch (e.type) {
      case "openTask": {
        const t = e.task;
        await tx.insert(tasks).values({
          dossierId: c.dossierId,
          elementId: t.element,
          instanceKey: t.id,
          name: t.name ?? null,
          tier: t.tier ?? null,
          unitCode: t.unit,
          roles: t.roles,
          kind: t.kind,
          taskType: t.taskType ?? null,
          formId: t.formId ?? null,
          openedAt: new Date(t.openedAt),
          dueAt: t.due ? new Date(t.due) : null,
        });
        break;
      }
      case "closeTask": {
        const completed = e.reason === "completed";
        await tx
          .update(tasks)
          .set({
            state: completed ? "completed" : "cancelled",
            closedAt: c.now,
            ...(completed
              ? {
                  closedBy: c.closedBy ?? null,
                  data: c.data ?? null,
                  idempotencyKey: c.idempotencyKey ?? null,
                }
              : {}),
          })
          .where(
            and(
              eq(tasks.dossierId, c.dossierId),
              eq(tasks.instanceKey, e.task),
              inArray(tasks.state, ["open", "claimed"]),
            ),
          );
        break;
      }
      case "scheduleTimer":
        await tx.insert(timers).values({
          dossierId: c.dossierId,
          elementId: e.element,
          kind: "engine",
          fireAt: new Date(e.fireAt),
          payload: { timer: e.timer },
        });
        break;
      case "cancelTimer":
        await cancelTimerRows(tx, c.dossierId, e.timer);
        break;
      case "callService":
        if (WORKER_SERVICES.has(e.serviceType)) {
          await enqueue(tx, e.serviceType, c.dossierId, {
            task: e.task,
            element: e.element,
            headers: e.headers,
            variables: e.variables,
          });
        }
        break;
      case "notify":
        await enqueue(tx, "notify", c.dossierId, {
          element: e.element,
          notifyType: e.notifyType,
          headers: e.headers,
          variables: e.variables,
        });
        break;
      case "throwMessage":
        await enqueue(tx, "throw-message", c.dossierId, {
          element: e.element,
          message: e.message,
          variables: e.variables,
        });
        break;
      case "incident":
        await tx
          .insert(incidents)
          .values({ dossierId: c.dossierId, elementId: e.element, message: e.message });
        await enqueue(tx, "incident", c.dossierId, { element: e.element, message: e.message });
        break;
      case "complete":
        await enqueue(tx, "dossier-finished", c.dossierId, {
          status: e.status,
          endEvent: e.endEvent,
        });
        break;
    }
  }
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
