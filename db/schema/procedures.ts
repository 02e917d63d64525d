/**
 * The procedure catalogue. `procedures` is the studio's working copy (draft,
 * optimistic locking by `draft_revision`); `procedure_versions` rows are
 * published and immutable (DESIGN.md §4): a running dossier keeps the
 * version it started with.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { FormSchema } from "@/engine/model/types";
import { createdAt, tstz } from "./columns";
import { users } from "./users";

/** What the catalogue shows without parsing XML again; extracted by the engine parser at publish time. */
export interface ProcedureMetadata {
  /** BPMN process id (= `procedures.id`). */
  processId: string;
  name: string;
  /** Procedure code, e.g. `1.001193`; null when the model sets none. */
  code: string | null;
  /** Online service level 3 or 4 (DESIGN.md §2); null when unset. */
  level: number | null;
  /** Statutory time in working days. */
  sla: number | null;
  /** Fee in VND. */
  fee: number | null;
  /** Level (tier) that owns the procedure: the process `tier` property, else the first user task's. */
  tier: string | null;
  /** Start form id, if any. */
  startFormId?: string | null;
}

export const procedures = pgTable("procedures", {
  /** The BPMN process id. */
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  code: text("code"),
  /** The studio's unpublished model; null once nothing is pending. */
  draftBpmn: text("draft_bpmn"),
  draftForms: jsonb("draft_forms").$type<FormSchema[]>(),
  /** Bumped on every draft save; a save naming an older revision is a conflict. */
  draftRevision: integer("draft_revision").notNull().default(0),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
  /** Hidden from the catalogue; published versions stay for running dossiers. */
  archivedAt: tstz("archived_at"),
});

export const procedureVersions = pgTable(
  "procedure_versions",
  {
    procedureId: text("procedure_id")
      .notNull()
      .references(() => procedures.id),
    version: integer("version").notNull(),
    bpmn: text("bpmn").notNull(),
    forms: jsonb("forms")
      .$type<FormSchema[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    metadata: jsonb("metadata").$type<ProcedureMetadata>().notNull(),
    /**
     * The published versions of other procedures its call activities call,
     * pinned at publish time, so a version runs the same children for ever.
     */
    calls: jsonb("calls")
      .$type<{ id: string; version: number }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    note: text("note"),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: tstz("published_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "procedure_versions_pk", columns: [t.procedureId, t.version] }),
    check("procedure_versions_version_ck", sql`${t.version} >= 1`),
    index("procedure_versions_published_idx").on(t.publishedAt),
  ],
);

export type ProcedureRow = typeof procedures.$inferSelect;
export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
