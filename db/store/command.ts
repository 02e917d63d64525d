/**
 * One command on a running dossier, one transaction (DESIGN.md §4): refuse
 * a stale expected version or a finished dossier, run `engine.step`, write
 * everything with `version + 1`, and record the idempotency key.
 *
 * Two ways, the same guarantees:
 * - **One statement** (commands without `check`/`after` hooks that need a
 *   transaction): the dossier (and the task) are read without a lock, the
 *   step computed, and the writes made by one statement that first locks
 *   the rows and checks they are still as read (`WriteGuard`: the version,
 *   the task open and free or held by the actor). If anything changed in
 *   between, nothing is written and the command reads again and recomputes
 *   — so racing completions still have one winner and the rest a CONFLICT
 *   naming the task, and parallel branches still join once. Two round
 *   trips, no BEGIN/COMMIT (docs/benchmarks.md "Store").
 * - **Locking transaction** (hooks that read or write more in the same
 *   transaction): `SELECT … FOR UPDATE` on the dossier (and task) first, so
 *   commands on one dossier run one after the other, then the same write.
 */
import { and, eq, getTableColumns, sql } from "drizzle-orm";
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
import { openTasks, openTaskViews, type OpenTaskView } from "./tasks";
import { tryWriteStep, writeStep, type HistoryEntryInput, type WrittenDossier } from "./write";

/**
 * The dossier row as commands read it: all but `data`, a copy of the snapshot's variables
 * that only queries read — not sending it back saves both sides work on every command.
 */
export type CommandDossier = Omit<DossierRow, "data">;
const { data: _variables, ...commandColumns } = getTableColumns(dossiers);

export interface DossierCommand<T> {
  /** The dossier; may be left out when `taskId` is given (the task's dossier). */
  dossierId?: string;
  /** A task row to lock together with its dossier (one statement), handed to the hooks. */
  taskId?: string;
  /** No longer needed (the procedure is read from the locked row and the compiled cache); kept for callers. */
  procedure?: { id: string; version: number };
  /** The engine command, or computed from the dossier (and task) as read. */
  command:
    | Command
    | ((d: CommandDossier, db: Db, task: TaskRow | undefined) => Promise<Command> | Command);
  history:
    HistoryEntryInput | ((d: CommandDossier, task: TaskRow | undefined) => HistoryEntryInput);
  /** Refuses an unauthorised actor on the locked rows, before an earlier result is handed back. */
  authorize?: (d: CommandDossier, task: TaskRow | undefined) => void;
  /** Refuse unless the dossier is at this version (a client acting on what it saw). */
  expectedVersion?: number;
  idempotency?: { scope: string; key: string };
  /** Checks on the rows as read, before the step (e.g. the task's state); no extra reads. */
  inspect?: (d: CommandDossier, task: TaskRow | undefined) => void;
  /** With `taskId`: who may hold the task — unassigned or this user; checked again by the write. */
  holder?: string | null;
  /** Refuses the step's outcome before anything is written (e.g. a state it must reach). */
  verify?: (written: WrittenDossier, result: StepResult) => void;
  /** Extra checks and writes with the row locked, before the step; takes the locking path. */
  check?: (d: CommandDossier, tx: Tx, task: TaskRow | undefined) => Promise<void>;
  /** Extra writes after the step, in the same transaction; takes the locking path. */
  after?: (tx: Tx, written: WrittenDossier, result: StepResult, d: CommandDossier) => Promise<void>;
  /** Adds the dossier's open tasks after the command to its answer (never to the recorded result). */
  withOpenTasks?: (value: T, open: OpenTaskView[]) => T;
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
export function assertRunning(d: Pick<DossierRow, "code" | "status">): void {
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
  d: Pick<DossierRow, "snapshot">,
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
  d: CommandDossier;
  task: TaskRow | undefined;
  prior: unknown;
}

/**
 * Reads the dossier (and the task) with an earlier result of the command in
 * one statement, locking the rows when `lock`. The earlier result is read
 * with the statement's snapshot, so a twin that committed while we waited
 * for the lock is missed here: its writes then make this run fail (a closed
 * task, the key's primary key), and `once` hands back the twin's result.
 */
async function readForCommand(
  tx: Db,
  c: { dossierId?: string; taskId?: string; idempotency?: { scope: string; key: string } },
  lock: boolean,
): Promise<Locked> {
  if (!lock) return readUnlocked(tx, c);
  const k = c.idempotency;
  const prior = k
    ? sql<unknown>`(select ${idempotencyKeys.result} from ${idempotencyKeys} where ${idempotencyKeys.scope} = ${k.scope} and ${idempotencyKeys.key} = ${k.key})`.mapWith(
        parseJson,
      )
    : sql<null>`null`;
  if (c.taskId !== undefined) {
    // Dossier first in FROM: rows are locked in that order, as every other command locks them.
    const q = tx
      .select({ d: commandColumns, task: tasks, prior })
      .from(dossiers)
      .innerJoin(tasks, eq(tasks.dossierId, dossiers.id))
      .where(
        c.dossierId === undefined
          ? eq(tasks.id, c.taskId)
          : and(eq(tasks.id, c.taskId), eq(dossiers.id, c.dossierId)),
      );
    const [row] = await q.for("update");
    if (!row) throw new ServiceError("NOT_FOUND", `task ${c.taskId} not found`);
    return { d: row.d, task: row.task, prior: row.prior ?? undefined };
  }
  if (c.dossierId === undefined) throw new Error("a dossier command names a dossier or a task");
  const q = tx
    .select({ d: commandColumns, prior })
    .from(dossiers)
    .where(eq(dossiers.id, c.dossierId));
  const [row] = await q.for("update");
  if (!row) throw new ServiceError("NOT_FOUND", `dossier ${c.dossierId} not found`);
  return { d: row.d, task: undefined, prior: row.prior ?? undefined };
}

const parseJson = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as unknown) : v);

/** The single-statement path's reads, prepared once per database handle (parsed and planned once). */
function unlockedReads(db: Db) {
  const prior = sql<unknown>`(select ${idempotencyKeys.result} from ${idempotencyKeys}
    where ${idempotencyKeys.scope} = ${sql.placeholder("scope")}
      and ${idempotencyKeys.key} = ${sql.placeholder("key")})`.mapWith(parseJson);
  return {
    byTask: db
      .select({ d: commandColumns, task: tasks, prior })
      .from(dossiers)
      .innerJoin(tasks, eq(tasks.dossierId, dossiers.id))
      .where(eq(tasks.id, sql.placeholder("taskId")))
      .prepare("command_read_by_task"),
    byDossier: db
      .select({ d: commandColumns, prior })
      .from(dossiers)
      .where(eq(dossiers.id, sql.placeholder("dossierId")))
      .prepare("command_read_by_dossier"),
  };
}
const prepared = new WeakMap<Db, ReturnType<typeof unlockedReads>>();

async function readUnlocked(
  db: Db,
  c: { dossierId?: string; taskId?: string; idempotency?: { scope: string; key: string } },
): Promise<Locked> {
  let reads = prepared.get(db);
  if (!reads) prepared.set(db, (reads = unlockedReads(db)));
  const scope = c.idempotency?.scope ?? null;
  const key = c.idempotency?.key ?? null;
  if (c.taskId !== undefined) {
    const [row] = await reads.byTask.execute({ taskId: c.taskId, scope, key });
    if (!row || (c.dossierId !== undefined && row.d.id !== c.dossierId))
      throw new ServiceError("NOT_FOUND", `task ${c.taskId} not found`);
    return { d: row.d, task: row.task, prior: row.prior ?? undefined };
  }
  if (c.dossierId === undefined) throw new Error("a dossier command names a dossier or a task");
  const [row] = await reads.byDossier.execute({ dossierId: c.dossierId, scope, key });
  if (!row) throw new ServiceError("NOT_FOUND", `dossier ${c.dossierId} not found`);
  return { d: row.d, task: undefined, prior: row.prior ?? undefined };
}

/**
 * How often the single-statement path reads and computes again when the rows
 * changed under it before it takes the locking path: under contention (a
 * fan-out of parallel tasks completed at once) optimism would keep losing,
 * while the lock lets every command through in turn.
 */
const OPTIMISTIC_ATTEMPTS = 2;

/** Applies one command to a dossier; see the module comment. */
export async function runDossierCommand<T>(db: Db, c: DossierCommand<T>): Promise<T> {
  const env = await environment(db, c.now ?? new Date());
  const scope = c.idempotency?.scope ?? "";
  const locking = c.check !== undefined || c.after !== undefined;
  return once(
    db,
    scope,
    c.idempotency?.key,
    () => (locking ? inTransaction(db, c, env) : inOneStatement(db, c, env)),
    false,
    twinMayExplain,
  );
}

/** The checks both ways make on the rows, then the step. */
async function stepOn<T>(
  db: Db,
  c: DossierCommand<T>,
  env: Environment,
  d: CommandDossier,
  task: TaskRow | undefined,
) {
  if (c.expectedVersion !== undefined && c.expectedVersion !== d.version) {
    throw new ServiceError(
      "CONFLICT",
      `dossier ${d.code} is at version ${d.version}, not ${c.expectedVersion} (stale)`,
      [{ id: d.code, message: "stale version" }],
    );
  }
  assertRunning(d);
  // `check` is set only on the locking path, where `db` is the transaction.
  await c.check?.(d, db as Tx, task);
  c.inspect?.(d, task);
  if (c.holder !== undefined && task?.assigneeId && task.assigneeId !== c.holder) {
    throw new ServiceError(
      "CONFLICT",
      `task ${task.elementId} (${task.id}) is claimed by someone else`,
      [{ id: task.id, message: "claimed by another official" }],
    );
  }
  const command = typeof c.command === "function" ? await c.command(d, db, task) : c.command;
  // On a cache miss the version is read on the caller's connection: in a transaction, asking
  // the pool for another one could deadlock when every connection waits like this one.
  const proc = await loadProcedure(db, d.procedureId, d.procedureVersion);
  const result = engineStep(proc, d, command, env);
  const history = typeof c.history === "function" ? c.history(d, task) : c.history;
  return { command, proc, result, history };
}

/** The effects' context and the recorded result for a command's write. */
function effectsOf<T>(c: DossierCommand<T>, env: Environment, result: StepResult) {
  let out: { value: T } | undefined;
  const k = c.idempotency;
  return {
    out: () => out,
    effects: {
      now: env.now,
      closedBy: c.closedBy ?? null,
      data: c.data,
      idempotencyKey: k?.key ?? null,
      verify: c.verify ? (w: WrittenDossier) => c.verify!(w, result) : undefined,
      record: k
        ? (w: WrittenDossier) => {
            out = { value: c.result(w, result) };
            return { scope: k.scope, key: k.key, result: out.value };
          }
        : undefined,
    },
  };
}

async function inOneStatement<T>(db: Db, c: DossierCommand<T>, env: Environment): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { d, task, prior } = await readForCommand(db, c, false);
    c.authorize?.(d, task);
    if (prior !== undefined) return withOpen(db, c, prior as T, d.id);
    const { proc, result, history } = await stepOn(db, c, env, d, task);
    const { out, effects } = effectsOf(c, env, result);
    const written = await tryWriteStep(db, d, proc, result, history, effects, {
      guard: c.taskId ? { taskId: task!.id, holder: c.holder } : undefined,
      openTasks: c.withOpenTasks !== undefined,
    });
    if (written) {
      const value = out()?.value ?? c.result(written, result);
      return c.withOpenTasks ? c.withOpenTasks(value, openTaskViews(written.openTasks)) : value;
    }
    // The rows changed between the read and the write: read them again, then queue on the lock.
    if (attempt >= OPTIMISTIC_ATTEMPTS) return inTransaction(db, c, env);
  }
}

async function inTransaction<T>(db: Db, c: DossierCommand<T>, env: Environment): Promise<T> {
  let dossierId = "";
  const value = await db.transaction(async (tx): Promise<T> => {
    const { d, task, prior } = await readForCommand(tx, c, true);
    c.authorize?.(d, task);
    dossierId = d.id;
    if (prior !== undefined) return prior as T;
    const { command, proc, result, history } = await stepOn(tx, c, env, d, task);
    const { out, effects } = effectsOf(c, env, result);
    const written = await writeStep(tx, d, proc, result, history, effects);
    if (command.type === "retry") await syncTaskUnits(tx, d.id, result.snapshot);
    await c.after?.(tx, written, result, d);
    return out()?.value ?? c.result(written, result);
  });
  return withOpen(db, c, value, dossierId);
}

/** Adds the open tasks, read after the command, when the command wants them. */
async function withOpen<T>(db: Db, c: DossierCommand<T>, value: T, dossierId: string) {
  return c.withOpenTasks ? c.withOpenTasks(value, await openTasks(db, dossierId)) : value;
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
