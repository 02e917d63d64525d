/**
 * Everything else the product keeps: the admin-entered calendar exceptions
 * (DOMAIN.md "Deadlines and the calendar"), incidents for operators,
 * comments on dossiers and tasks, and a small key/value table for facts about
 * the database itself (e.g. that it holds demo data).
 */
import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz, uuidPk } from "./columns";
import { dossiers } from "./dossiers";
import { tasks } from "./tasks";
import { users } from "./users";

/** Announced days off and make-up working days on top of the built-in Vietnamese calendar. */
export const calendarDays = pgTable(
  "calendar_days",
  {
    id: uuidPk(),
    date: date("date", { mode: "string" }).notNull().unique(),
    kind: text("kind").$type<"day_off" | "working_day">().notNull(),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [check("calendar_days_kind_ck", sql`${t.kind} in ('day_off', 'working_day')`)],
);

/** A dossier stuck on something an operator must fix (e.g. no unit to route a task to). */
export const incidents = pgTable(
  "incidents",
  {
    id: uuidPk(),
    dossierId: uuid("dossier_id").references(() => dossiers.id),
    elementId: text("element_id"),
    message: text("message").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    resolvedAt: tstz("resolved_at"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("incidents_open_idx").on(t.resolvedAt, t.createdAt),
    index("incidents_dossier_idx").on(t.dossierId),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuidPk(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    /** Set when the comment was made on a task of the dossier. */
    taskId: uuid("task_id").references(() => tasks.id),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [index("comments_dossier_idx").on(t.dossierId, t.at)],
);

/** Facts about this database, e.g. `demo` → `{ seededAt }` when it holds the demo data set. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
});
