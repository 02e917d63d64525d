/**
 * Writes an engine result for one dossier inside the command's transaction:
 * the dossier row with `version + 1` (checked against the version read under
 * the row lock), the effects' rows, a DVCQG sync row when the national code
 * changes, and the append-only history row — as one statement
 * (`statement.ts`).
 */
import type { CompiledProcedure } from "@/engine/compile";
import type { StepResult } from "@/engine/step";
import type { Db, Tx } from "../client";
import { history, type DossierRow } from "../schema";
import { actorId, type Actor } from "../services/actor";
import { ServiceError } from "../services/errors";
import { codeUnit, hanoiDate } from "./codes";
import { planEffects, type EffectContext } from "./effects";
import {
  emptyRows,
  writeCommand,
  type DossierUpdate,
  type OpenTaskRow,
  type RowWrites,
  type WriteOptions,
} from "./statement";
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

type StepBase = Pick<
  DossierRow,
  "id" | "code" | "version" | "status" | "dvcqgStatus" | "pauseStartedAt" | "supplementCount"
>;

/** The command's first result, recorded with its writes (see `writeCommand`). */
export interface ResultRecord {
  scope: string;
  key: string;
  result: unknown;
}

/** History details as `writeHistory` stores them. */
function historyRow(h: HistoryEntryInput, from: string | null, to: string, version: number) {
  return {
    actor_id: actorId(h.actor),
    actor_kind: h.actor.kind,
    action: h.action,
    element_id: h.element ?? null,
    from_status: from,
    to_status: to,
    details: {
      ...(h.details ?? {}),
      version,
      ...(h.actor.kind === "system" ? { by: h.actor.name } : {}),
    },
  };
}

/**
 * What writing `result` on `d` amounts to: the dossier fields, the effect
 * rows, the DVCQG sync row and the history row, and the dossier as it will
 * read after the write (computed up front so a result can be recorded in the
 * same statement).
 */
export function planStep(
  d: StepBase,
  proc: CompiledProcedure,
  result: StepResult,
  h: HistoryEntryInput,
  now: Date,
): { fields: Omit<DossierUpdate, "kind" | "version">; rows: RowWrites; written: WrittenDossier } {
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
  const rows = planEffects(result.effects, emptyRows());
  // Version 0 is a new dossier: the portal learns of it ("create dossier", DOMAIN.md).
  if (dvcqg !== d.dvcqgStatus || d.version === 0) {
    rows.outbox.push({
      kind: "dvcqg-sync",
      payload: { code: d.code, from: d.dvcqgStatus, to: dvcqg, status },
      withCode: d.version === 0,
    });
  }
  rows.history = historyRow(h, d.version === 0 ? null : d.status, status, d.version + 1);
  return {
    fields: {
      snapshot: result.snapshot,
      status,
      dvcqgStatus: dvcqg,
      dueAt: result.dueAt,
      dueDate: result.dueDate,
      finishedAt: FINAL_STATUSES.has(status) ? now : null,
      pause: pausing
        ? "start"
        : resuming
          ? { resumeMs: Math.max(0, now.getTime() - d.pauseStartedAt!.getTime()) }
          : "keep",
      supplement,
    },
    rows,
    written: {
      id: d.id,
      code: d.code,
      version: d.version + 1,
      status,
      dvcqgStatus: dvcqg,
      dueDate: result.dueDate,
    },
  };
}

type StepEffects = Omit<EffectContext, "dossierId"> & {
  record?: (written: WrittenDossier) => ResultRecord;
  /** Refuses the step before anything is written (e.g. a state it must reach). */
  verify?: (written: WrittenDossier) => void;
};

/**
 * Persists `result` on the locked dossier row `d` in one statement, with
 * `record` (the command's result for repeats) when given; CONFLICT if the
 * row is no longer at `d.version`.
 */
export async function writeStep(
  tx: Tx,
  d: StepBase,
  proc: CompiledProcedure,
  result: StepResult,
  h: HistoryEntryInput,
  effects: StepEffects,
): Promise<WrittenDossier> {
  const written = await tryWriteStep(tx, d, proc, result, h, effects);
  if (!written) {
    throw new ServiceError(
      "CONFLICT",
      `dossier ${d.code} changed meanwhile (stale version ${d.version})`,
    );
  }
  return written;
}

/**
 * `writeStep` for rows read without a lock: the statement locks them and
 * checks `guard` (the version, the task); null when they changed since, and
 * nothing was written.
 */
export async function tryWriteStep(
  db: Db,
  d: StepBase,
  proc: CompiledProcedure,
  result: StepResult,
  h: HistoryEntryInput,
  effects: StepEffects,
  options: WriteOptions = {},
): Promise<(WrittenDossier & { openTasks?: OpenTaskRow[] }) | null> {
  const { fields, rows, written } = planStep(d, proc, result, h, effects.now);
  effects.verify?.(written);
  if (effects.record) rows.idempotency = effects.record(written);
  const row = await writeCommand(
    db,
    { ...effects, dossierId: d.id },
    rows,
    { kind: "update", version: d.version, ...fields },
    options,
  );
  if (!row) return null;
  return {
    ...written,
    version: row.version,
    ...(row.openTasks ? { openTasks: row.openTasks } : {}),
  };
}

/** A new dossier's row as `insertDossier` writes it. */
export interface NewDossierRow {
  id: string;
  procedureId: string;
  procedureVersion: number;
  jurisdiction: string;
  applicantId: string | null;
  applicantName: string | null;
  receivedAt: Date;
  trackingSecretHash: string | null;
}

/**
 * Inserts a new dossier with its first step in one statement: the code from
 * the unit, the Hanoi day and the code sequence, the effects' rows, the DVCQG "create" sync
 * row, history and `record` (its `code` added in SQL). Null when
 * `procedureVersion` is no longer the latest published one: nothing written.
 */
export async function insertDossier(
  db: Db,
  n: NewDossierRow,
  proc: CompiledProcedure,
  result: StepResult,
  h: HistoryEntryInput,
  now: Date,
  /** The result to keep for repeats, from the dossier as written (its `code` is added in SQL). */
  record: (written: WrittenDossier) => ResultRecord,
): Promise<WrittenDossier | null> {
  const fresh = {
    id: n.id,
    code: "",
    version: 0,
    status: "submitted",
    dvcqgStatus: 1,
    pauseStartedAt: null,
    supplementCount: 0,
  };
  const { fields, rows, written } = planStep(fresh, proc, result, h, now);
  rows.idempotency = { ...record(written), withCode: true };
  const day = hanoiDate(n.receivedAt);
  const row = await writeCommand(db, { dossierId: n.id, now }, rows, {
    kind: "insert",
    ...fields,
    ...n,
    code: { prefix: `${codeUnit(n.jurisdiction)}-${day}-` },
  });
  return row ? { ...written, code: row.code, version: row.version } : null;
}

/**
 * How many supplement requests a dossier may get: DOMAIN.md says once
 * (unverified), so 1 unless the process property `maxSupplements` says otherwise.
 */
export function maxSupplements(proc: CompiledProcedure): number {
  const n = Number(proc.model.properties.maxSupplements ?? 1);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}
