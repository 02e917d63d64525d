/**
 * Dossiers (hồ sơ): one running instance of a published procedure version.
 *
 * `status` is our finer state; `dvcqg_status` its mapping to the national
 * portal's 1–10 codes (DOMAIN.md). `version` is bumped by every command so
 * two writers cannot both apply a step on the same snapshot. The statutory
 * clock is `received_at` → `due_at`, moved by pauses (`paused_ms`,
 * `pause_started_at`) while the dossier waits on the citizen.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { units } from "./org";
import { procedureVersions } from "./procedures";
import { users } from "./users";

/** How the dossier reached us (DVCQG channel 1 desk / 2 online / 3 post). */
export type DossierChannel = "desk" | "online" | "post";

export const dossiers = pgTable(
  "dossiers",
  {
    id: uuidPk(),
    /** Public dossier code (mã hồ sơ), e.g. `HN-BD-PX.20260302-000123`. */
    code: text("code").notNull().unique(),
    procedureId: text("procedure_id").notNull(),
    procedureVersion: integer("procedure_version").notNull(),
    jurisdiction: text("jurisdiction")
      .notNull()
      .references(() => units.code, { onUpdate: "cascade" }),
    applicantId: uuid("applicant_id").references(() => users.id, { onDelete: "set null" }),
    applicantName: text("applicant_name"),
    applicantIdNumber: text("applicant_id_number"),
    channel: text("channel").$type<DossierChannel>().notNull().default("online"),
    /** Our finer state, e.g. `active`, `supplement`, `completed`, `rejected`, `incident`, `withdrawn`. */
    status: text("status").notNull(),
    dvcqgStatus: smallint("dvcqg_status").notNull().default(1),
    /** Process variables (form data merged as the dossier moves). */
    data: jsonb("data")
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The engine's persisted machine snapshot (xstate `getPersistedSnapshot()`). */
    snapshot: json("snapshot").$type<unknown>(),
    /** Optimistic concurrency: every applied command writes `version + 1`. */
    version: integer("version").notNull().default(0),
    receivedAt: tstz("received_at"),
    dueAt: tstz("due_at"),
    /** Statutory deadline date in Hanoi time (YYYY-MM-DD), as the outcome reports it. */
    dueDate: date("due_date", { mode: "string" }),
    finishedAt: tstz("finished_at"),
    pausedMs: bigint("paused_ms", { mode: "number" }).notNull().default(0),
    pauseStartedAt: tstz("pause_started_at"),
    supplementCount: integer("supplement_count").notNull().default(0),
    /** Hash of the public tracking secret handed to the applicant. */
    trackingSecretHash: text("tracking_secret_hash"),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      columns: [t.procedureId, t.procedureVersion],
      foreignColumns: [procedureVersions.procedureId, procedureVersions.version],
      name: "dossiers_procedure_version_fk",
    }),
    check("dossiers_dvcqg_status_ck", sql`${t.dvcqgStatus} between 1 and 10`),
    check("dossiers_channel_ck", sql`${t.channel} in ('desk', 'online', 'post')`),
    // Only columns fixed when the dossier is received are indexed: every command then updates
    // the row in place (a HOT update, with room left by fillfactor 75, migration 0011) instead of
    // adding an entry to each index (docs/benchmarks.md "Store"). The dashboard counts a unit's
    // dossiers by when they were received.
    index("dossiers_applicant_idx").on(t.applicantId, t.createdAt),
    index("dossiers_jurisdiction_received_idx").on(t.jurisdiction, t.receivedAt),
    index("dossiers_procedure_idx").on(t.procedureId, t.procedureVersion),
  ],
);

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossier = typeof dossiers.$inferInsert;
