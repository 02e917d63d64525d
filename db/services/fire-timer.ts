/**
 * The worker fires a due timer (system actor). Exactly once: the dossier row
 * is locked first (the same lock order as every other command, so no
 * deadlock), then the timer row; a timer already fired or cancelled does
 * nothing. A timer the engine no longer holds (its activity ended) is marked
 * cancelled. A cycle timer still held after firing gets its next row.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { PersistedSnapshot } from "@/engine/runtime/types";
import { findTimer } from "@/engine/step";
import type { Db } from "../client";
import { timers } from "../schema";
import { assertRunning, engineStep, lockDossier, procedureOf } from "../store/command";
import { environment } from "../store/environment";
import { writeStep } from "../store/write";
import type { Actor } from "./actor";
import { ServiceError, isServiceError } from "./errors";
import { parseInput } from "./parse";

export const FireTimerInput = z.object({ timerId: z.uuid() });

export interface FireTimerResult {
  fired: boolean;
  /** Why it did not fire: `fired`, `cancelled`, `finished` (dossier ended), `gone` (engine no longer holds it). */
  reason?: string;
  status?: string;
  version?: number;
}

export async function fireTimer(
  db: Db,
  { actor, input, now }: { actor: Actor; input: unknown; now?: Date },
): Promise<FireTimerResult> {
  if (actor.kind !== "system") throw new ServiceError("FORBIDDEN", "only the system fires timers");
  const { timerId } = parseInput(FireTimerInput, input);
  const [row] = await db
    .select({ dossierId: timers.dossierId })
    .from(timers)
    .where(eq(timers.id, timerId));
  if (!row) throw new ServiceError("NOT_FOUND", `timer ${timerId} not found`);
  const env = await environment(db, now ?? new Date());
  const proc = await procedureOf(db, row.dossierId);
  return db.transaction(async (tx) => {
    const d = await lockDossier(tx, row.dossierId);
    const [timer] = await tx.select().from(timers).where(eq(timers.id, timerId)).for("update");
    if (!timer || timer.status !== "scheduled")
      return { fired: false, reason: timer?.status ?? "gone" };
    const engineId = String(timer.payload?.timer ?? "");
    const close = (status: "fired" | "cancelled") =>
      tx
        .update(timers)
        .set({ status, firedAt: env.now, lockedUntil: null })
        .where(eq(timers.id, timerId));
    try {
      assertRunning(d);
    } catch {
      await close("cancelled");
      return { fired: false, reason: "finished" };
    }
    let result;
    try {
      result = engineStep(proc, d, { type: "timer", timer: engineId }, env);
    } catch (error) {
      if (isServiceError(error) && error.code === "CONFLICT") {
        await close("cancelled");
        return { fired: false, reason: "gone" };
      }
      throw error;
    }
    const written = await writeStep(
      tx,
      d,
      proc,
      result,
      { actor, action: "timer.fired", element: timer.elementId, details: { timer: engineId } },
      { now: env.now },
    );
    await close("fired");
    const again = findTimer(result.snapshot as PersistedSnapshot, engineId);
    if (again?.record.fireAt) {
      await tx.insert(timers).values({
        dossierId: d.id,
        elementId: timer.elementId,
        kind: timer.kind,
        fireAt: new Date(again.record.fireAt),
        payload: { timer: engineId },
      });
    }
    return { fired: true, status: written.status, version: written.version };
  });
}
