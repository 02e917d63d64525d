/**
 * One command's writes as one SQL statement (ADR 0008, docs/benchmarks.md
 * "Store"): the dossier row (insert or `version + 1` update), the task,
 * timer, incident and outbox rows, the history row and the idempotency
 * record, as data-modifying CTEs. Rows travel as one JSON parameter per
 * table (`jsonb_to_recordset`), so a command costs one round trip and one
 * statement to build and parse instead of one per row.
 *
 * Every CTE reads the dossier from `d`: when the dossier write matched no row
 * (a stale version, or a procedure version that is no longer the latest),
 * nothing else is written and the statement returns no row.
 *
 * Sibling CTEs do not see each other's rows, which is why `planEffects`
 * folds a task or timer opened and closed in the same step into its insert.
 *
 * A command computed on rows read without a lock (`runDossierCommand`'s
 * single-statement path) passes a `guard`: the dossier row — and the task
 * it acts on — are locked by the statement itself (dossier first, as every
 * command locks them) and must still be as read: the same version, the
 * task open and free or held by the same official. Anything else writes
 * nothing, and the caller reads again.
 */
import type { Db } from "../client";
import { queryTextPrepared } from "../sql";
import { empty, join, q, raw, render, type Fragment } from "./sql-text";
import { CLOSED_TASK_STATES } from "./tasks";

export interface TaskInsert {
  element_id: string;
  instance_key: string;
  name: string | null;
  tier: string | null;
  unit_code: string | null;
  roles: string[];
  kind: string;
  task_type: string | null;
  form_id: string | null;
  opened_at: string;
  due_at: string | null;
  state: "open" | "completed" | "cancelled";
  /** Closed as completed in the same step: gets the command's closed_by, data and key. */
  completed?: boolean;
}

export interface OutboxInsert {
  kind: string;
  payload: Record<string, unknown>;
  /** Adds the dossier's code to the payload (known only once the dossier row is inserted). */
  withCode?: boolean;
}

/** The rows one command writes besides the dossier row. */
export interface RowWrites {
  tasks: TaskInsert[];
  closes: { key: string; completed: boolean }[];
  timers: {
    element_id: string;
    fire_at: string;
    payload: { timer: string };
    status: "scheduled" | "cancelled";
  }[];
  /** Engine timer ids whose scheduled rows are cancelled. */
  cancelTimers: string[];
  outbox: OutboxInsert[];
  incidents: { element_id: string | null; message: string }[];
  history?: {
    actor_id: string | null;
    actor_kind: string;
    action: string;
    element_id: string | null;
    from_status: string | null;
    to_status: string | null;
    details: Record<string, unknown>;
  };
  /** The command's first result, kept for repeats (`withCode`: the new dossier's code is added). */
  idempotency?: { scope: string; key: string; result: unknown; withCode?: boolean };
}

export function emptyRows(): RowWrites {
  return { tasks: [], closes: [], timers: [], cancelTimers: [], outbox: [], incidents: [] };
}

/** What the command's completed-task closes record, and when. */
export interface RowContext {
  dossierId: string;
  now: Date;
  closedBy?: string | null;
  data?: Record<string, unknown>;
  idempotencyKey?: string | null;
}

/** The dossier row as a `version + 1` update (the row is locked by the caller). */
export interface DossierUpdate {
  kind: "update";
  version: number;
  snapshot: unknown;
  status: string;
  dvcqgStatus: number;
  dueAt: string | null;
  dueDate: string | null;
  finishedAt: Date | null;
  pause: "start" | "keep" | { resumeMs: number };
  supplement: boolean;
}

/** A new dossier, its code's number drawn from the code sequence in the same statement. */
export interface DossierInsert extends Omit<DossierUpdate, "kind" | "version"> {
  kind: "insert";
  code: { prefix: string };
  procedureId: string;
  procedureVersion: number;
  jurisdiction: string;
  applicantId: string | null;
  /** The applicant's name as the form gives it; else the account's name is used. */
  applicantName: string | null;
  receivedAt: Date;
  trackingSecretHash: string | null;
}

export interface WrittenRow {
  id: string;
  code: string;
  version: number;
  /** With `openTasks`: the dossier's open tasks after the write, oldest first. */
  openTasks?: OpenTaskRow[];
}

/** An open task as the statement returns it (`open_tasks`, JSON). */
export interface OpenTaskRow {
  id: string;
  element_id: string;
  name: string | null;
  tier: string | null;
  unit_code: string | null;
  roles: string[];
  assignee_id: string | null;
  due_at: string | null;
  state: string;
}

/** What the rows read without a lock must still be when the statement runs. */
export interface WriteGuard {
  /** The task the command acts on: still open or claimed. */
  taskId?: string;
  /** With `taskId`: the task is unassigned or held by this user (undefined: anyone). */
  holder?: string | null;
}

export interface WriteOptions {
  guard?: WriteGuard;
  /** Return the dossier's open tasks after the write (saves a read after commit). */
  openTasks?: boolean;
}

/** A task of a known dossier still open, asked as `CLOSED_TASK_STATES` explains. */
const stillOpen = (alias: "tasks" | "t") =>
  raw(`${alias}.state not in (${CLOSED_TASK_STATES.map((s) => `'${s}'`).join(", ")})`);

/** The process variables of an engine snapshot (`context.vars`), the dossier's `data`. */
function varsOf(snapshot: unknown): unknown {
  const context = (snapshot as { context?: { vars?: unknown } } | null)?.context;
  return context?.vars ?? null;
}

const json = (v: unknown) =>
  v === null || v === undefined ? q`null::jsonb` : q`${JSON.stringify(v)}::jsonb`;
const ts = (v: Date | string | null) =>
  q`${v === null ? null : typeof v === "string" ? v : v.toISOString()}::timestamptz`;

function dossierCte(id: string, w: DossierUpdate | DossierInsert, guard?: WriteGuard): Fragment {
  const pause =
    w.pause === "start"
      ? q`, pause_started_at = p.now`
      : w.pause === "keep"
        ? empty
        : q`, pause_started_at = null, paused_ms = dossiers.paused_ms + ${w.pause.resumeMs}::bigint`;
  if (w.kind === "update") {
    // Locks the dossier and then the task (FROM order), re-checked on their latest versions.
    const g = guard?.taskId
      ? q`g as (select dossiers.id from dossiers join tasks on tasks.dossier_id = dossiers.id
          where dossiers.id = ${id}::uuid and dossiers.version = ${w.version}::int
            and tasks.id = ${guard.taskId}::uuid and ${stillOpen("tasks")}${
              guard.holder === undefined
                ? empty
                : q` and (tasks.assignee_id is null or tasks.assignee_id = ${guard.holder}::uuid)`
            }
          for update), `
      : empty;
    return q`${g}d as (update dossiers set snapshot = p.snap,
        data = coalesce(p.vars, dossiers.data),
        version = dossiers.version + 1, status = ${w.status}, dvcqg_status = ${w.dvcqgStatus}::smallint,
        due_at = ${ts(w.dueAt)}, due_date = ${w.dueDate}::date, finished_at = ${ts(w.finishedAt)},
        updated_at = p.now${pause}${w.supplement ? q`, supplement_count = dossiers.supplement_count + 1` : empty}
      from p${guard?.taskId ? q`, g` : empty} where dossiers.id = ${id}::uuid and dossiers.version = ${w.version}::int
      returning dossiers.id, dossiers.code, dossiers.version)`;
  }
  // Gated on the version being the latest published: a submission never starts on a superseded
  // one. The number comes from a sequence (ADR 0012): no row every submission waits on.
  return q`c as (select nextval('dossier_code_seq') as last
        where ${w.procedureVersion}::int =
          (select max(version) from procedure_versions where procedure_id = ${w.procedureId})),
    d as (insert into dossiers (id, code, procedure_id, procedure_version, jurisdiction, applicant_id,
        applicant_name, status, dvcqg_status, data, snapshot, version, received_at, due_at, due_date, finished_at,
        pause_started_at, supplement_count, tracking_secret_hash, updated_at)
      select ${id}::uuid,
        ${w.code.prefix} || case when c.last < 10000000 then lpad(c.last::text, 7, '0') else c.last::text end,
        ${w.procedureId}, ${w.procedureVersion}::int, ${w.jurisdiction}, ${w.applicantId}::uuid,
        coalesce(${w.applicantName}::text, (select name from users where id = ${w.applicantId}::uuid)),
        ${w.status}, ${w.dvcqgStatus}::smallint, coalesce(p.vars, '{}'::jsonb),
        p.snap, 1, ${ts(w.receivedAt)}, ${ts(w.dueAt)}, ${w.dueDate}::date, ${ts(w.finishedAt)},
        ${w.pause === "start" ? q`p.now` : q`null`}, ${w.supplement ? 1 : 0}, ${w.trackingSecretHash}, p.now
      from c, p
      returning id, code, version)`;
}

function rowCtes(r: RowWrites, update: boolean): Fragment[] {
  const out: Fragment[] = [];
  if (r.closes.length > 0 && update) {
    out.push(q`tc as (update tasks set
        state = case when x.completed then 'completed' else 'cancelled' end, closed_at = p.now,
        closed_by = case when x.completed then p.by else tasks.closed_by end,
        data = case when x.completed then p.data else tasks.data end,
        idempotency_key = case when x.completed then p.ikey else tasks.idempotency_key end
      from d, p, jsonb_to_recordset(${json(r.closes)}) as x(key text, completed boolean)
      where tasks.dossier_id = d.id and tasks.instance_key = x.key and ${stillOpen("tasks")}
      returning tasks.id)`);
  }
  if (r.tasks.length > 0) {
    out.push(q`ti as (insert into tasks (dossier_id, element_id, instance_key, name, tier, unit_code,
        roles, kind, task_type, form_id, opened_at, due_at, state, closed_at, closed_by, data, idempotency_key)
      select d.id, x.element_id, x.instance_key, x.name, x.tier, x.unit_code, coalesce(x.roles, '{}'),
        coalesce(x.kind, 'userTask'), x.task_type, x.form_id, x.opened_at, x.due_at, x.state,
        case when x.state <> 'open' then p.now end, case when x.completed then p.by end,
        case when x.completed then p.data end, case when x.completed then p.ikey end
      from d, p, jsonb_to_recordset(${json(r.tasks)}) as x(element_id text, instance_key text, name text,
        tier text, unit_code text, roles text[], kind text, task_type text, form_id text,
        opened_at timestamptz, due_at timestamptz, state text, completed boolean)
      returning id, element_id, name, tier, unit_code, roles, assignee_id, due_at, state, opened_at, instance_key)`);
  }
  if (r.cancelTimers.length > 0 && update) {
    out.push(q`xc as (update timers set status = 'cancelled' from d
      where timers.dossier_id = d.id and timers.status = 'scheduled'
        and timers.payload ->> 'timer' in (select jsonb_array_elements_text(${json(r.cancelTimers)})))`);
  }
  if (r.timers.length > 0) {
    out.push(q`xi as (insert into timers (dossier_id, element_id, kind, fire_at, payload, status)
      select d.id, x.element_id, 'engine', x.fire_at, x.payload, x.status
      from d, jsonb_to_recordset(${json(r.timers)}) as x(element_id text, fire_at timestamptz, payload jsonb, status text))`);
  }
  if (r.incidents.length > 0) {
    out.push(q`ii as (insert into incidents (dossier_id, element_id, message)
      select d.id, x.element_id, x.message
      from d, jsonb_to_recordset(${json(r.incidents)}) as x(element_id text, message text))`);
  }
  if (r.outbox.length > 0) {
    out.push(q`oi as (insert into outbox (kind, dossier_id, payload)
      select x.kind, d.id, case when x.with_code then x.payload || jsonb_build_object('code', d.code) else x.payload end
      from d, jsonb_to_recordset(${json(r.outbox.map((o) => ({ kind: o.kind, payload: o.payload, with_code: o.withCode ?? false })))})
        as x(kind text, payload jsonb, with_code boolean))`);
  }
  const h = r.history;
  if (h) {
    out.push(q`hi as (insert into history (dossier_id, actor_id, actor_kind, action, element_id,
        from_status, to_status, details, at)
      select d.id, ${h.actor_id}::uuid, ${h.actor_kind}, ${h.action}, ${h.element_id}, ${h.from_status},
        ${h.to_status}, ${json(h.details)}, p.now from d, p)`);
  }
  const k = r.idempotency;
  if (k) {
    const result = k.withCode
      ? q`${json(k.result)} || jsonb_build_object('code', d.code)`
      : json(k.result);
    out.push(q`ki as (insert into idempotency_keys (scope, key, result)
      select ${k.scope}, ${k.key}, ${result} from d)`);
  }
  return out;
}

/**
 * Runs the command's writes as one statement; returns the dossier row's id,
 * code and new version, or null when the dossier write matched no row (and
 * so nothing was written).
 */
export async function writeCommand(
  db: Db,
  ctx: RowContext,
  rows: RowWrites,
  dossier?: DossierUpdate | DossierInsert,
  options: WriteOptions = {},
): Promise<WrittenRow | null> {
  const needsClose = rows.closes.length > 0 || rows.tasks.some((t) => t.completed);
  // The snapshot is kept as `json` (text): only the engine reads it, so PostgreSQL checks it
  // but never converts it; the variables, which SQL does read, go as jsonb on their own.
  const params = q`p as (select ${ts(ctx.now)} as now,
      ${dossier ? q`${JSON.stringify(dossier.snapshot)}::json` : q`null::json`} as snap,
      ${dossier ? json(varsOf(dossier.snapshot)) : q`null::jsonb`} as vars,
      ${needsClose ? q`${ctx.closedBy ?? null}::uuid` : q`null::uuid`} as by,
      ${needsClose ? json(ctx.data) : q`null::jsonb`} as data,
      ${needsClose ? q`${ctx.idempotencyKey ?? null}::text` : q`null::text`} as ikey)`;
  const d = dossier
    ? dossierCte(ctx.dossierId, dossier, options.guard)
    : q`d as (select ${ctx.dossierId}::uuid as id, null::text as code, null::int as version)`;
  const update = !dossier || dossier.kind === "update";
  const ctes = [params, d, ...rowCtes(rows, update)];
  const [row] = await queryTextPrepared<{
    id: string;
    code: string;
    version: number;
    open_tasks?: OpenTaskRow[] | string;
  }>(
    db,
    render(
      q`with ${join(ctes, ", ")} select id, code, version${
        options.openTasks ? q`, ${openTasksAfter(rows, update)} as open_tasks` : empty
      } from d`,
    ),
  );
  if (!row) return null;
  const open = typeof row.open_tasks === "string" ? JSON.parse(row.open_tasks) : row.open_tasks;
  return {
    id: row.id,
    code: row.code,
    version: Number(row.version),
    ...(open ? { openTasks: open as OpenTaskRow[] } : {}),
  };
}

/**
 * The dossier's open tasks once the statement is done: the main query sees
 * the tasks as they were before it, so those it closes are left out and
 * those it inserts (from `ti`) added.
 */
function openTasksAfter(r: RowWrites, update: boolean): Fragment {
  // The rows `tc` closed, as it returns them: their keys are not sent and parsed a second time.
  const closed = r.closes.length > 0 && update ? q` and t.id not in (select id from tc)` : empty;
  const inserted =
    r.tasks.length > 0
      ? q` union all select ti.id, ti.element_id, ti.name, ti.tier, ti.unit_code, ti.roles, ti.assignee_id,
          ti.due_at, ti.state, ti.opened_at, ti.instance_key from ti where ti.state = 'open'`
      : empty;
  return q`(select coalesce(json_agg(o order by o.opened_at, o.instance_key), '[]'::json) from (
      select t.id, t.element_id, t.name, t.tier, t.unit_code, t.roles, t.assignee_id, t.due_at, t.state,
        t.opened_at, t.instance_key
      from tasks t where t.dossier_id = d.id and ${stillOpen("t")}${closed}${inserted}) o)`;
}
