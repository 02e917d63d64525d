/** Dossier lookups and the stop path shared by withdraw and cancel. */
import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { dossiers, tasks, type DossierRow } from "../schema";
import type { Actor } from "../services/actor";
import { ServiceError } from "../services/errors";
import { assertRunning, lockDossier } from "./command";
import { cancelTimerRows, enqueue } from "./effects";
import { DVCQG_CODE, type DossierStatus } from "./status";
import { writeHistory } from "./write";
import { CLOSED_TASK_STATES } from "./tasks";

/** A dossier by its public code; NOT_FOUND when absent. */
export async function dossierByCode(db: Db, code: string): Promise<DossierRow> {
  const [d] = await db.select().from(dossiers).where(eq(dossiers.code, code));
  if (!d) throw new ServiceError("NOT_FOUND", `dossier ${code} not found`);
  return d;
}

export interface StopResult {
  code: string;
  status: DossierStatus;
  dvcqgStatus: number;
  version: number;
}

/**
 * Ends a running dossier outside the model (withdrawn by the citizen,
 * cancelled by an admin): open tasks and scheduled timers are cancelled, the
 * snapshot is kept as it was, and every later command is refused.
 */
export async function stopDossier(
  tx: Tx,
  dossierId: string,
  status: "withdrawn" | "stopped",
  h: { actor: Actor; action: string; details?: Record<string, unknown> },
  now: Date,
): Promise<StopResult> {
  const d = await lockDossier(tx, dossierId);
  assertRunning(d);
  const dvcqg = DVCQG_CODE[status];
  await tx
    .update(dossiers)
    .set({
      status,
      dvcqgStatus: dvcqg,
      version: sql`${dossiers.version} + 1`,
      finishedAt: now,
      updatedAt: now,
    })
    .where(eq(dossiers.id, d.id));
  await tx
    .update(tasks)
    .set({ state: "cancelled", closedAt: now })
    .where(and(eq(tasks.dossierId, d.id), notInArray(tasks.state, CLOSED_TASK_STATES)));
  await cancelTimerRows(tx, d.id, null);
  await enqueue(tx, "dvcqg-sync", d.id, { code: d.code, from: d.dvcqgStatus, to: dvcqg, status });
  await writeHistory(
    tx,
    d.id,
    { ...h, details: { ...h.details, version: d.version + 1 } },
    d.status,
    status,
    now,
  );
  return { code: d.code, status, dvcqgStatus: dvcqg, version: d.version + 1 };
}
