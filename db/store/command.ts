/**
 * One command on a running dossier, in one transaction (DESIGN.md §4):
 * lock the dossier row (`SELECT … FOR UPDATE`, so concurrent commands on one
 * dossier run one after the other and parallel branches join once), refuse a
 * stale expected version or a finished dossier, run `engine.step`, write
 * everything with `version + 1`, and record the idempotency key. Two
 * statements besides BEGIN/COMMIT when the compiled procedure and the
 * environment are cached: the lock (with the task row and any earlier
 * result) and the writes (`statement.ts`).
 */
import { and, eq, sql } from "drizzle-orm";
import { step, type Command, type Environment, type StepResult } from "@/engine/step";
import type { CompiledProcedure } from "@/engine/compile";
import type { PersistedSnapshot } from "@/engine/runtime/types";
import type { Db, Tx } from "../client";
import { dossiers, idempotencyKeys, tasks, type DossierRow, type TaskRow } from "../schema";
import { ServiceError } from "../services/errors";
import { syncTaskUnits } from "./effects";
import { environment } from "./environment";
import { fromStepError } from "./errors";
import { once, twinMayExplain } from "./idempotency";
import { loadProcedure } from "./procedures";
import { FINAL_STATUSES, type DossierStatus } from "./status";
import { writeStep, type HistoryEntryInput, type WrittenDossier } from "./write";

export interface DossierCommand<T> {
  /** The dossier; may be left out when `taskId` is given (the task's dossier). */
  dossierId?: string;
  /** A task row to lock together with its dossier (one statement), handed to the hooks. */
  taskId?: string;
  /** No longer needed (the procedure is read from the locked row and the compiled cache); kept for callers. */
  procedure?: { id: string; version: number };
  /** The engine command; the `check` hook may compute it from the locked row. */
  command:
    Command | ((d: DossierRow, tx: Tx, task: TaskRow | undefined) => Promise<Command> | Command);
  history: HistoryEntryInput | ((d: DossierRow, task: TaskRow | undefined) => HistoryEntryInput);
  /** Refuses an unauthorised actor on the locked rows, before an earlier result is handed back. */
  authorize?: (d: DossierRow, task: TaskRow | undefined) => void;
  /** Refuse unless the dossier is at this version (a client acting on what it saw). */
  expectedVersion?: number;
  idempotency?: { scope: string; key: string };
  /** Extra checks and writes with the row locked, before the step (e.g. the task row's state). */
  check?: (d: DossierRow, tx: Tx, task: TaskRow | undefined) => Promise<void>;
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

interface Locked {
  d: DossierRow;
  task: TaskRow | undefined;
  prior: unknown;
}

/**
 * Locks the dossier (and the task) and reads an earlier result of the
 * command in one statement. The earlier result is read with the statement's
 * snapshot, so a twin that committed while we waited for the lock is missed
 * here: its writes then make this run fail (a closed task, the key's
 * primary key), and `once` hands back the twin's result.
 */
async function lockForCommand(
  tx: Tx,
  c: { dossierId?: string; taskId?: string; idempotency?: { scope: string; key: string } },
): Promise<Locked> {
  const k = c.idempotency;
  const prior = k
    ? sql<unknown>`(select ${idempotencyKeys.result} from ${idempotencyKeys} where ${idempotencyKeys.scope} = ${k.scope} and ${idempotencyKeys.key} = ${k.key})`.mapWith(
        (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as unknown) : v),
      )
    : sql<null>`null`;
  if (c.taskId !== undefined) {
    // Dossier first in FROM: rows are locked in that order, as every other command locks them.
    const [row] = await tx
      .select({ d: dossiers, task: tasks, prior })
      .from(dossiers)
      .innerJoin(tasks, eq(tasks.dossierId, dossiers.id))
      .where(
        c.dossierId === undefined
          ? eq(tasks.id, c.taskId)
          : and(eq(tasks.id, c.taskId), eq(dossiers.id, c.dossierId)),
      )
      .for("update");
    if (!row) throw new ServiceError("NOT_FOUND", `task ${c.taskId} not found`);
    return { d: row.d, task: row.task, prior: row.prior ?? undefined };
  }
  if (c.dossierId === undefined) throw new Error("a dossier command names a dossier or a task");
  const [row] = await tx
    .select({ d: dossiers, prior })
    .from(dossiers)
    .where(eq(dossiers.id, c.dossierId))
    .for("update");
  if (!row) throw new ServiceError("NOT_FOUND", `dossier ${c.dossierId} not found`);
  return { d: row.d, task: undefined, prior: row.prior ?? undefined };
}

/** Applies one command to a dossier; see the module comment. */
export async function runDossierCommand<T>(db: Db, c: DossierCommand<T>): Promise<T> {
  const env = await environment(db, c.now ?? new Date());
  const scope = c.idempotency?.scope ?? "";
  return once(
    db,
    scope,
    c.idempotency?.key,
    () =>
      db.transaction(async (tx) => {
        const { d, task, prior } = await lockForCommand(tx, c);
        c.authorize?.(d, task);
        if (prior !== undefined) return prior as T;
        if (c.expectedVersion !== undefined && c.expectedVersion !== d.version) {
          throw new ServiceError(
            "CONFLICT",
            `dossier ${d.code} is at version ${d.version}, not ${c.expectedVersion} (stale)`,
            [{ id: d.code, message: "stale version" }],
          );
        }
        assertRunning(d);
        await c.check?.(d, tx, task);
        const command = typeof c.command === "function" ? await c.command(d, tx, task) : c.command;
        // On a cache miss the version is read on this transaction's connection: asking the
        // pool for another one could deadlock when every connection waits like this one.
        const proc = await loadProcedure(tx, d.procedureId, d.procedureVersion);
        const result = engineStep(proc, d, command, env);
        const history = typeof c.history === "function" ? c.history(d, task) : c.history;
        let out: { value: T } | undefined;
        const k = c.idempotency;
        const written = await writeStep(tx, d, proc, result, history, {
          now: env.now,
          closedBy: c.closedBy ?? null,
          data: c.data,
          idempotencyKey: k?.key ?? null,
          record: k
            ? (w) => {
                out = { value: c.result(w, result) };
                return { scope: k.scope, key: k.key, result: out.value };
              }
            : undefined,
        });
        if (command.type === "retry") await syncTaskUnits(tx, d.id, result.snapshot);
        await c.after?.(tx, written, result, d);
        return out ? out.value : c.result(written, result);
      }),
    false,
    twinMayExplain,
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
