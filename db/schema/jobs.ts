/**
 * Durable work: engine timers, the outbox of side effects to run after
 * commit, and idempotency records for commands (DESIGN.md §4). Workers take
 * due rows with `FOR UPDATE SKIP LOCKED`, so the `(status, time)` indexes
 * are what they scan.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { dossiers } from "./dossiers";

export type TimerStatus = "scheduled" | "fired" | "cancelled";

export const timers = pgTable(
  "timers",
  {
    id: uuidPk(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    elementId: text("element_id").notNull(),
    /** e.g. `catch`, `boundary`, `deadline` (the engine's timer kind). */
    kind: text("kind").notNull(),
    fireAt: tstz("fire_at").notNull(),
    firedAt: tstz("fired_at"),
    status: text("status").$type<TimerStatus>().notNull().default("scheduled"),
    /** What the engine needs back when the timer fires: `{ timer: "<engine timer id>" }`. */
    payload: jsonb("payload").$type<Record<string, unknown>>(),
    /** Worker lease: a row whose lease ran out (its worker died) is taken again. */
    lockedUntil: tstz("locked_until"),
    createdAt: createdAt(),
  },
  (t) => [
    check("timers_status_ck", sql`${t.status} in ('scheduled', 'fired', 'cancelled')`),
    index("timers_status_fire_idx").on(t.status, t.fireAt),
    index("timers_dossier_idx").on(t.dossierId),
  ],
);

export type OutboxStatus = "pending" | "running" | "done" | "failed";

/** Side effects (notify, callService, DVCQG sync …) written in the command's transaction, run after commit. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").notNull(),
    dossierId: uuid("dossier_id").references(() => dossiers.id),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<OutboxStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: tstz("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
    /** Worker lease while `running`: past it, another worker takes the row over. */
    lockedUntil: tstz("locked_until"),
    createdAt: createdAt(),
    doneAt: tstz("done_at"),
  },
  (t) => [
    check("outbox_status_ck", sql`${t.status} in ('pending', 'running', 'done', 'failed')`),
    index("outbox_status_next_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** First result of a command per (scope, key): repeating the command returns it unchanged. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** e.g. `dossier.create:<userId>` or `task.complete:<taskId>`. */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    result: jsonb("result").$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ name: "idempotency_keys_pk", columns: [t.scope, t.key] })],
);

/**
 * The sequence part of dossier codes (DOMAIN.md "mã hồ sơ"; ADR 0012): one
 * sequence, not a counter row per (unit, day), so concurrent submissions
 * never wait on each other for a number.
 */
export const dossierCodeSeq = pgSequence("dossier_code_seq", { startWith: 1, cache: 1 });

/** Result documents issued to the applicant (the `issue-result` service task); the PDF comes with the portal. */
export const resultDocuments = pgTable(
  "result_documents",
  {
    id: uuidPk(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    elementId: text("element_id").notNull(),
    /** The engine task id the document answers (one document per task instance). */
    taskKey: text("task_key").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("result_documents_task_uq").on(t.dossierId, t.taskKey)],
);

export type TimerRow = typeof timers.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
