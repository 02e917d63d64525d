/**
 * Tasks: the open and past user-task instances the engine routes to units
 * (DESIGN.md §3). An official sees a task when they hold one of its `roles`
 * in its `unit_code`. The inbox reads "open tasks of my units by due date";
 * the indexes below serve exactly that and "my claimed tasks".
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tstz, uuidPk } from "./columns";
import { dossiers } from "./dossiers";
import { units } from "./org";
import { users } from "./users";

export type TaskState = "open" | "claimed" | "completed" | "cancelled";

export const tasks = pgTable(
  "tasks",
  {
    id: uuidPk(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    /** BPMN element id of the user task. */
    elementId: text("element_id").notNull(),
    /** The engine's task id (a path such as `Sub[0]/Task_A#7`), unique within the dossier. */
    instanceKey: text("instance_key"),
    name: text("name"),
    /** Level that owns the task (`tier` property), as reported in the outcome history. */
    tier: text("tier"),
    /** Null when routing found no unit: the task is an incident an operator must fix (DESIGN.md §3). */
    unitCode: text("unit_code").references(() => units.code, { onUpdate: "cascade" }),
    /** `userTask`, or `serviceTask` (a built-in or external service the worker or an integration completes). */
    kind: text("kind").notNull().default("userTask"),
    /** Service task type (`payment`, `notify`, `issue-result`, `http`, …); null for user tasks. */
    taskType: text("task_type"),
    roles: text("roles")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    state: text("state").$type<TaskState>().notNull().default("open"),
    openedAt: tstz("opened_at").notNull(),
    dueAt: tstz("due_at"),
    closedAt: tstz("closed_at"),
    closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
    formId: text("form_id"),
    /** The data the official submitted on completion. */
    data: jsonb("data").$type<Record<string, unknown>>(),
    /** Idempotency key of the completing command. */
    idempotencyKey: text("idempotency_key"),
    /** When the unit's leaders were told the task passed its deadline (db/worker/escalation.ts); set once. */
    escalatedAt: tstz("escalated_at"),
  },
  (t) => [
    check("tasks_state_ck", sql`${t.state} in ('open', 'claimed', 'completed', 'cancelled')`),
    index("tasks_unit_state_due_idx").on(t.unitCode, t.state, t.dueAt),
    // Only claimed tasks have an assignee: the unclaimed majority would be dead entries that
    // every task insert and close still pays for. A dossier's tasks are found through
    // tasks_dossier_instance_uq (docs/benchmarks.md "Store").
    index("tasks_assignee_state_idx")
      .on(t.assigneeId, t.state)
      .where(sql`${t.assigneeId} is not null`),
    // The inbox queues (db/services/inbox): a unit's open work by deadline with a keyset
    // tie-break, and an official's finished work, newest first.
    index("tasks_open_unit_due_idx")
      .on(t.unitCode, t.dueAt, t.id)
      .where(sql`${t.state} in ('open', 'claimed')`),
    index("tasks_closed_by_idx")
      .on(t.closedBy, t.closedAt.desc(), t.id.desc())
      .where(sql`${t.state} = 'completed'`),
    // The escalation job's scan: open work past its deadline that no leader has heard of yet.
    index("tasks_overdue_unescalated_idx")
      .on(t.dueAt)
      .where(sql`${t.state} in ('open', 'claimed') and ${t.escalatedAt} is null`),
    // The engine's instance ids (`Task_A#7`, `Sub[0]/Task_A#9`) never repeat within a dossier.
    uniqueIndex("tasks_dossier_instance_uq").on(t.dossierId, t.instanceKey),
  ],
);

/**
 * One row per official and Hanoi day on which the daily digest was handled
 * (db/worker/digest.ts): the primary key is what makes it once a day even
 * with several workers. `tasks` = 0 means there was nothing to send.
 */
export const inboxDigests = pgTable(
  "inbox_digests",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Hanoi calendar day, `YYYY-MM-DD`. */
    day: text("day").notNull(),
    tasks: integer("tasks").notNull(),
    sentAt: tstz("sent_at").notNull(),
  },
  (t) => [primaryKey({ name: "inbox_digests_pk", columns: [t.userId, t.day] })],
);

export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = typeof tasks.$inferInsert;
