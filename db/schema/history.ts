/**
 * The append-only audit trail (DESIGN.md §9: every state change with who and
 * when). Rows are only ever inserted; migration `0001` adds a trigger that
 * refuses UPDATE and DELETE so a bug cannot rewrite the past.
 */
import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tstz } from "./columns";
import { dossiers } from "./dossiers";

/** Who acted: a person (by role class) or the system itself (timers, workers). */
export type ActorKind = "citizen" | "official" | "designer" | "admin" | "system" | "integration";

export const history = pgTable(
  "history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** Null for organisation/catalogue events that concern no dossier. */
    dossierId: uuid("dossier_id").references(() => dossiers.id),
    /** No foreign key: the trail must outlive a deleted user. */
    actorId: uuid("actor_id"),
    actorKind: text("actor_kind").$type<ActorKind>().notNull(),
    /** Verb, e.g. `dossier.submitted`, `task.completed`, `procedure.published`, `unit.imported`. */
    action: text("action").notNull(),
    elementId: text("element_id"),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    at: tstz("at").notNull().defaultNow(),
  },
  (t) => [index("history_dossier_at_idx").on(t.dossierId, t.at), index("history_at_idx").on(t.at)],
);

export type HistoryRow = typeof history.$inferSelect;
export type NewHistory = typeof history.$inferInsert;
