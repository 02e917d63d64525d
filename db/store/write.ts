/**
 * Writes an engine result for one dossier inside the command's transaction:
 * the dossier row with `version + 1` (checked against the version read under
 * the row lock), the effects' rows, a DVCQG sync row when the national code
 * changes, and the append-only history row.
 */
import { and, eq, sql } from "drizzle-orm";
import type { CompiledProcedure } from "@/engine/compile";
import type { StepResult } from "@/engine/step";
import type { Tx } from "../client";
import { dossiers, history, type DossierRow } from "../schema";
import { actorId, type Actor } from "../services/actor";
import { ServiceError } from "../services/errors";
import { applyEffects, enqueue, type EffectContext } from "./effects";
import { FINAL_STATUSES, statusOf, type DossierStatus } from "./status";

export interface HistoryEntryInput {
  actor: Actor;
  action: string;
  element?: string | null;
  details?: Record<string, unknown>;
}

/** What the dossier looks like after the write. */
export interface WrittenDossier {
  id: string;
  code: string;
  version: number;
  status: DossierStatus;
  dvcqgStatus: number;
  dueDate: string | null;
}

/** Appends the history row of a command. */
export async function writeHistory(
  tx: Tx,
  dossierId: string | null,
  h: HistoryEntryInput,
  from: string | null,
  to: string | null,
  at: Date,
): Promise<void> {
  await tx.insert(history).values({
    dossierId,
    actorId: actorId(h.actor),
    actorKind: h.actor.kind,
    action: h.action,
    elementId: h.element ?? null,
    fromStatus: from,
    toStatus: to,
    details: { ...(h.details ?? {}), ...(h.actor.kind === "system" ? { by: h.actor.name } : {}) },
    at,
  });
}

/** Persists `result` on the locked dossier row `d` (or a just-inserted one). */
export async function writeStep(
  tx: Tx,
  d: Pick<
    DossierRow,
    "id" | "code" | "version" | "status" | "dvcqgStatus" | "pauseStartedAt" | "supplementCount"
  >,
  proc: CompiledProcedure,
  result: StepResult,
  h: HistoryEntryInput,
  effects: Omit<EffectContext, "dossierId">,
): Promise<WrittenDossier> {
  const now = effects.now;
  const { status, dvcqg } = statusOf(proc, result);
  const pausing = result.paused && !d.pauseStartedAt;
  const resuming = !result.paused && d.pauseStartedAt;
  const supplement = status === "supplement" && d.status !== "supplement";
  if (supplement && d.supplementCount >= maxSupplements(proc)) {
    throw new ServiceError(
      "CONFLICT",
      `dossier ${d.code}: supplements may be requested only ${maxSupplements(proc)} time(s)`,
      [{ id: d.code, message: "supplement already requested" }],
    );
  }
  const updated = await tx
    .update(dossiers)
    .set({
      snapshot: result.snapshot,
      version: sql`${dossiers.version} + 1`,
      status,
      dvcqgStatus: dvcqg,
      data: result.snapshot.context.vars,
      dueAt: result.dueAt ? new Date(result.dueAt) : null,
      dueDate: result.dueDate,
      finishedAt: FINAL_STATUSES.has(status) ? now : null,
      ...(pausing ? { pauseStartedAt: now } : {}),
      ...(supplement ? { supplementCount: sql`${dossiers.supplementCount} + 1` } : {}),
      ...(resuming
        ? {
            pauseStartedAt: null,
            pausedMs: sql`${dossiers.pausedMs} + ${Math.max(0, now.getTime() - d.pauseStartedAt!.getTime())}`,
          }
        : {}),
      updatedAt: now,
    })
    .where(and(eq(dossiers.id, d.id), eq(dossiers.version, d.version)))
    .returning({ version: dossiers.version });
  if (updated.length === 0) {
    throw new ServiceError(
      "CONFLICT",
      `dossier ${d.code} changed meanwhile (stale version ${d.version})`,
    );
  }
  await applyEffects(tx, result.effects, { ...effects, dossierId: d.id });
  // Version 0 is the insert of a new dossier: the portal learns of it ("create dossier", DOMAIN.md).
  if (dvcqg !== d.dvcqgStatus || d.version === 0) {
    await enqueue(tx, "dvcqg-sync", d.id, { code: d.code, from: d.dvcqgStatus, to: dvcqg, status });
  }
  const fromStatus = d.version === 0 ? null : d.status;
  await writeHistory(
    tx,
    d.id,
    { ...h, details: { ...h.details, version: d.version + 1 } },
    fromStatus,
    status,
    now,
  );
  return {
    id: d.id,
    code: d.code,
    version: updated[0]!.version,
    status,
    dvcqgStatus: dvcqg,
    dueDate: result.dueDate,
  };
}

/**
 * How many supplement requests a dossier may get: DOMAIN.md says once
 * (unverified), so 1 unless the process property `maxSupplements` says otherwise.
 */
export function maxSupplements(proc: CompiledProcedure): number {
  const n = Number(proc.model.properties.maxSupplements ?? 1);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}
