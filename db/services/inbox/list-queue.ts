/**
 * One page of an inbox queue (issue #8): the official's own tasks, their
 * units' unclaimed ones, those due soon or overdue (working days), those
 * paused while the citizen supplements, and what they finished. Keyset
 * pagination on (deadline, id) — or (finished at, id) for "done" — so page
 * 1,000 costs what page 1 does; served by `tasks_open_unit_due_idx`,
 * `tasks_assignee_state_idx` and `tasks_closed_by_idx`.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../client";
import { queryRows } from "../../sql";
import { environment } from "../../store/environment";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";
import { parseInput } from "../parse";
import { deadlineOf, type Deadline } from "./deadline";
import { APPLICANT, asOfficial, ts, filterSql, InboxFilters, queueSql, QUEUES } from "./scope";

export const ListQueueInput = z.object({
  queue: z.enum(QUEUES).default("mine"),
  filters: InboxFilters.default({}),
  /** The opaque `next` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListQueueInput = z.input<typeof ListQueueInput>;

export interface QueueRow {
  taskId: string;
  element: string;
  taskName: string | null;
  state: string;
  unit: string | null;
  unitName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  dossierCode: string;
  dossierStatus: string;
  procedureId: string;
  procedureName: string | null;
  applicant: string;
  receivedAt: Date | null;
  /** Only for tasks still open. */
  deadline: Deadline;
  /** When the unit's leaders were told it is overdue (db/worker/escalation.ts). */
  escalatedAt: Date | null;
}

export interface QueuePage {
  rows: QueueRow[];
  /** Cursor of the next page; null on the last one. */
  next: string | null;
}

interface Cursor {
  k: string | null;
  id: string;
}

function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const c = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Cursor;
    if (
      typeof c.id === "string" &&
      /^[0-9a-f-]{36}$/.test(c.id) &&
      (c.k === null || !Number.isNaN(Date.parse(c.k)))
    )
      return c;
  } catch {
    // fall through: a tampered cursor is a validation error, not a crash
  }
  throw new ServiceError("VALIDATION", "invalid cursor", [{ field: "cursor", message: "invalid" }]);
}

function encodeCursor(k: Date | null, id: string): string {
  return Buffer.from(JSON.stringify({ k: k?.toISOString() ?? null, id })).toString("base64url");
}

/** Rows after the cursor in (due_at asc nulls last, id asc) order. */
function afterByDue(c: Cursor): SQL {
  if (c.k === null) return sql`(t.due_at is null and t.id > ${c.id})`;
  const k = ts(new Date(c.k));
  return sql`(t.due_at > ${k} or (t.due_at = ${k} and t.id > ${c.id}) or t.due_at is null)`;
}

/** Rows after the cursor in (closed_at desc, id desc) order. */
function afterByClosed(c: Cursor): SQL {
  // A row comparison, so the scan of tasks_closed_by_idx simply starts after the cursor.
  return sql`(t.closed_at, t.id) < (${ts(c.k ? new Date(c.k) : new Date(0))}, ${c.id}::uuid)`;
}

type RawRow = Record<string, unknown> & { task_id: string };

const date = (v: unknown): Date | null =>
  v === null || v === undefined ? null : new Date(v as string);

export async function listQueue(
  db: Db,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<QueuePage> {
  const official = asOfficial(actor);
  const { queue, filters, cursor, limit } = parseInput(ListQueueInput, input);
  const after = decodeCursor(cursor);
  const { calendar } = await environment(db, now);
  const soon = calendar.addWorkingDays(now, 1);
  const done = queue === "done";
  const where = [queueSql(queue, official, now, soon), ...filterSql(filters)];
  if (after) where.push(done ? afterByClosed(after) : afterByDue(after));
  const order = done
    ? sql`t.closed_at desc nulls last, t.id desc nulls last`
    : sql`t.due_at asc nulls last, t.id asc`;
  const rows = await queryRows<RawRow>(
    db,
    sql`select t.id as task_id, t.element_id, t.name as task_name, t.state, t.unit_code,
          u.name as unit_name, t.assignee_id, a.name as assignee_name, t.opened_at, t.due_at,
          t.closed_at, t.escalated_at, d.code, d.status, d.procedure_id, p.name as procedure_name,
          ${APPLICANT} as applicant, d.received_at
        from tasks t
        join dossiers d on d.id = t.dossier_id
        left join units u on u.code = t.unit_code
        left join users a on a.id = t.assignee_id
        left join procedures p on p.id = d.procedure_id
        where t.kind = 'userTask' and ${sql.join(where, sql` and `)}
        order by ${order}
        limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit).map((r): QueueRow => ({
    taskId: r.task_id,
    element: r.element_id as string,
    taskName: (r.task_name as string | null) ?? null,
    state: r.state as string,
    unit: (r.unit_code as string | null) ?? null,
    unitName: (r.unit_name as string | null) ?? null,
    assigneeId: (r.assignee_id as string | null) ?? null,
    assigneeName: (r.assignee_name as string | null) ?? null,
    openedAt: date(r.opened_at)!,
    dueAt: date(r.due_at),
    closedAt: date(r.closed_at),
    dossierCode: r.code as string,
    dossierStatus: r.status as string,
    procedureId: r.procedure_id as string,
    procedureName: (r.procedure_name as string | null) ?? null,
    applicant: r.applicant as string,
    receivedAt: date(r.received_at),
    deadline:
      r.state === "open" || r.state === "claimed"
        ? deadlineOf(date(r.due_at), now, calendar)
        : { state: "none", workingHours: null },
    escalatedAt: date(r.escalated_at),
  }));
  const last = page.at(-1);
  const next =
    rows.length > limit && last
      ? encodeCursor(done ? last.closedAt : last.dueAt, last.taskId)
      : null;
  return { rows: page, next };
}
