/**
 * One command on a running dossier, in one transaction (DESIGN.md §4):
 * lock the dossier row (`SELECT … FOR UPDATE`, so concurrent commands on one
 * dossier run one after the other and parallel branches join once), refuse a
 * stale expected version or a finished dossier, run `engine.step`, write
 * everything with `version + 1`, and record the idempotency key.
 */
import { eq } from "drizzle-orm";
import { step, type Command, type Environment, type StepResult } from "@/engine/step";
import type { CompiledProcedure } from "@/engine/compile";
import type { PersistedSnapshot } from "@/engine/runtime/types";
import type { Db, Tx } from "../client";
import { dossiers, type DossierRow } from "../schema";
import { ServiceError } from "../services/errors";
import { syncTaskUnits } from "./effects";
import { environment } from "./environment";
import { fromStepError } from "./errors";
import { once, priorResult, recordResult } from "./idempotency";
import { loadProcedure } from "./procedures";
import { FINAL_STATUSES, type DossierStatus } from "./status";
import { writeStep, type HistoryEntryInput, type WrittenDossier } from "./write";

export interface DossierCommand<T> {
  dossierId: string;
  /** The dossier's procedure version when the caller already read it (saves a query). */
  procedure?: { id: string; version: number };
  /** The engine command; the `check` hook may compute it from the locked row. */
  command: Command | ((d: DossierRow, tx: Tx) => Promise<Command> | Command);
  history: HistoryEntryInput;
  /** Refuse unless the dossier is at this version (a client acting on what it saw). */
  expectedVersion?: number;
  idempotency?: { scope: string; key: string };
  /** Extra checks and writes with the row locked, before the step (e.g. the task row's state). */
  check?: (d: DossierRow, tx: Tx) => Promise<void>;
  /** Extra writes after the step, in the same transaction. */
  after?: (tx: Tx, written: WrittenDossier, result: StepResult, d: DossierRow) => Promise<void>;
  closedBy?: string | null;
  data?: Record<string, unknown>;
  now?: Date;
  result: (written: WrittenDossier, result: StepResult) => T;
}

/** Locks a dossier row for the rest of the transaction; NOT_FOUND when absent. */
export async function lockDossier(tx: Tx, dossierId: string): Promise<DossierRow> {
  const [d] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId)).for("update");
  if (!d) throw new ServiceError("NOT_FOUND", `dossier ${dossierId} not found`);
  return d;
}

/** Refuses a command on a finished dossier. */
export function assertRunning(d: DossierRow): void {
  if (FINAL_STATUSES.has(d.status as DossierStatus)) {
    throw new ServiceError(
      "CONFLICT",
      `dossier ${d.code} is ${d.status}: no further commands apply`,
      [{ id: d.code, message: d.status }],
    );
  }
}

/** Runs the engine step, mapping refusals to ServiceError. */
export function engineStep(
  proc: CompiledProcedure,
  d: DossierRow,
  command: Command,
  env: Environment,
): StepResult {
  try {
    return step(proc, d.snapshot as PersistedSnapshot, command, env);
  } catch (error) {
    throw fromStepError(error);
  }
}

/** Applies one command to a dossier; see the module comment. */
export async function runDossierCommand<T>(db: Db, c: DossierCommand<T>): Promise<T> {
  const env = await environment(db, c.now ?? new Date());
  // Loaded before the transaction: inside it, a pool of N connections all held by
  // transactions waiting for one more connection would deadlock.
  const proc = c.procedure
    ? await loadProcedure(db, c.procedure.id, c.procedure.version)
    : await procedureOf(db, c.dossierId);
  const scope = c.idempotency?.scope ?? "";
  return once(
    db,
    scope,
    c.idempotency?.key,
    () =>
      db.transaction(async (tx) => {
        const d = await lockDossier(tx, c.dossierId);
        if (c.idempotency) {
          // A twin of this command may have committed while we waited for the lock.
          const prior = await priorResult<T>(tx, scope, c.idempotency.key);
          if (prior !== undefined) return prior;
        }
        if (c.expectedVersion !== undefined && c.expectedVersion !== d.version) {
          throw new ServiceError(
            "CONFLICT",
            `dossier ${d.code} is at version ${d.version}, not ${c.expectedVersion} (stale)`,
            [{ id: d.code, message: "stale version" }],
          );
        }
        assertRunning(d);
        await c.check?.(d, tx);
        const command = typeof c.command === "function" ? await c.command(d, tx) : c.command;
        const result = engineStep(proc, d, command, env);
        const written = await writeStep(tx, d, proc, result, c.history, {
          now: env.now,
          closedBy: c.closedBy ?? null,
          data: c.data,
          idempotencyKey: c.idempotency?.key ?? null,
        });
        if (command.type === "retry") await syncTaskUnits(tx, d.id, result.snapshot);
        await c.after?.(tx, written, result, d);
        const out = c.result(written, result);
        if (c.idempotency) await recordResult(tx, scope, c.idempotency.key, out);
        return out;
      }),
    false,
  );
}

/** The compiled procedure version a dossier runs on (fixed for its life). */
export async function procedureOf(db: Db, dossierId: string): Promise<CompiledProcedure> {
  const [row] = await db
    .select({ id: dossiers.procedureId, version: dossiers.procedureVersion })
    .from(dossiers)
    .where(eq(dossiers.id, dossierId));
  if (!row) throw new ServiceError("NOT_FOUND", `dossier ${dossierId} not found`);
  return loadProcedure(db, row.id, row.version);
}
