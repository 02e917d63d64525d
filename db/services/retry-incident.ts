/**
 * An operator retries an incident: a failed outbox effect is queued again
 * from scratch; an engine incident (e.g. a task no unit could take, after the
 * organisation was fixed) runs the engine's `retry` command on its dossier.
 * The incident is marked resolved in the same transaction.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../client";
import { incidents, outbox } from "../schema";
import { runDossierCommand } from "../store/command";
import { writeHistory } from "../store/write";
import { actorId, type Actor } from "./actor";
import { ServiceError } from "./errors";
import { parseInput } from "./parse";

export const RetryIncidentInput = z.object({
  incidentId: z.uuid(),
  idempotencyKey: z.string().min(1).max(200).optional(),
});

export interface RetryIncidentResult {
  incidentId: string;
  kind: "outbox" | "engine";
  status?: string;
}

export async function retryIncident(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<RetryIncidentResult> {
  if (actor.kind !== "admin")
    throw new ServiceError("FORBIDDEN", "only admins (operators) retry incidents");
  const { incidentId, idempotencyKey } = parseInput(RetryIncidentInput, input);
  const [inc] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
  if (!inc) throw new ServiceError("NOT_FOUND", `incident ${incidentId} not found`);
  if (inc.resolvedAt)
    throw new ServiceError("CONFLICT", `incident ${incidentId} is already resolved`);
  const at = now ?? new Date();
  const resolve = { resolvedAt: at, resolvedBy: actorId(actor) };
  const outboxId = inc.details?.outboxId;
  if (typeof outboxId === "number") {
    return db.transaction(async (tx) => {
      const done = await tx
        .update(incidents)
        .set(resolve)
        .where(and(eq(incidents.id, incidentId), isNull(incidents.resolvedAt)))
        .returning();
      if (done.length === 0)
        throw new ServiceError("CONFLICT", `incident ${incidentId} is already resolved`);
      await tx
        .update(outbox)
        .set({
          status: "pending",
          attempts: 0,
          nextAttemptAt: at,
          lockedUntil: null,
          lastError: null,
        })
        .where(eq(outbox.id, outboxId));
      await writeHistory(
        tx,
        inc.dossierId,
        { actor, action: "incident.retried", details: { incident: incidentId, outboxId } },
        null,
        null,
        at,
      );
      return { incidentId, kind: "outbox" as const };
    });
  }
  if (!inc.dossierId)
    throw new ServiceError("CONFLICT", `incident ${incidentId} belongs to no dossier`);
  return runDossierCommand(db, {
    dossierId: inc.dossierId,
    now,
    ...(idempotencyKey
      ? { idempotency: { scope: `incident.retry:${incidentId}`, key: idempotencyKey } }
      : {}),
    command: { type: "retry" },
    history: {
      actor,
      action: "incident.retried",
      element: inc.elementId,
      details: { incident: incidentId },
    },
    after: async (tx, w) => {
      // Engine incidents of the dossier are all retried by the one command; a still-stuck one is reported again.
      if (w.status !== "incident") {
        await tx
          .update(incidents)
          .set(resolve)
          .where(
            and(
              eq(incidents.dossierId, inc.dossierId!),
              isNull(incidents.resolvedAt),
              sql`${incidents.details}->>'outboxId' is null`,
            ),
          );
      } else {
        await tx.update(incidents).set(resolve).where(eq(incidents.id, incidentId));
      }
    },
    result: (w) => ({ incidentId, kind: "engine" as const, status: w.status }),
  });
}
