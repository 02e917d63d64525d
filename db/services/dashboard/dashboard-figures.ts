/**
 * The leaders' dashboard (Decision 766/QĐ-TTg indicators, DOMAIN.md): per
 * receiving unit the dossiers received in the period and their on-time
 * rate, per handling unit the steps finished early / on time / late and the
 * open ones due soon or overdue, and the average processing time per
 * procedure. Read-only; limited to the units the person may watch.
 */
import { asc, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { levels, units } from "../../schema";
import { queryRows } from "../../sql";
import { environment } from "../../store/environment";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";
import { parseInput } from "../parse";
import {
  DashboardInput,
  ON_TIME_TARGET,
  periodOf,
  selectedUnits,
  watchableUnits,
} from "./dashboard-scope";

export interface ReceivingRow {
  unit: string;
  unitName: string;
  level: string;
  received: number;
  finished: number;
  /** Dossiers handled: received and neither refused, withdrawn nor stopped. */
  handled: number;
  onTime: number;
  /** `onTime / handled`; null when nothing was handled. */
  onTimeRate: number | null;
  overdue: number;
  paused: number;
  refused: number;
  withdrawn: number;
}

export interface HandlingRow {
  unit: string;
  unitName: string;
  level: string;
  early: number;
  onTime: number;
  late: number;
  dueSoon: number;
  overdue: number;
  /** `(early + onTime) / (early + onTime + late + overdue)`; null when there is none of those. */
  onTimeRate: number | null;
}

export interface ProcedureRow {
  procedure: string;
  name: string;
  finished: number;
  /** Mean hours from receipt to result, less the time spent waiting on the citizen. */
  averageHours: number | null;
}

export interface DashboardFigures {
  period: { from: string; to: string };
  target: number;
  /** Every unit, or only some (a leader's units and those below, a supervisor's). */
  scope: "all" | "units";
  /** What the filters may offer: the levels and units this person may watch. */
  levels: string[];
  units: { code: string; name: string; level: string }[];
  receiving: ReceivingRow[];
  handling: HandlingRow[];
  procedures: ProcedureRow[];
}

/** A timestamp parameter both drivers bind (postgres.js refuses a Date in raw SQL). */
const ts = (at: Date): SQL => sql`${at.toISOString()}::timestamptz`;

/** The Hanoi calendar day of a timestamptz column, without relying on the server's time-zone data. */
const hanoiDate = (column: SQL): SQL =>
  sql`((${column} at time zone 'UTC') + interval '7 hours')::date`;

const int = (v: unknown): number => Number(v ?? 0);
const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Ascending by rate so problems show first; units with no rate last; then by code. */
function byRate<T extends { unit: string; onTimeRate: number | null }>(a: T, b: T): number {
  const ra = a.onTimeRate ?? Number.POSITIVE_INFINITY;
  const rb = b.onTimeRate ?? Number.POSITIVE_INFINITY;
  return ra - rb || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
}

/**
 * Every unit not retired before the period began, so dossiers of a unit retired
 * since (a reform) still show. `effective_from` is not asked: a unit loaded after
 * its first dossiers (an import) must not hide them.
 */
async function organisationDuring(db: Db, start: Date) {
  const [levelRows, unitRows] = await Promise.all([
    db
      .select({ code: levels.code })
      .from(levels)
      .where(isNull(levels.retiredAt))
      .orderBy(asc(levels.rank)),
    db
      .select({ code: units.code, name: units.name, level: units.level, parent: units.parentCode })
      .from(units)
      .where(or(isNull(units.retiredAt), gt(units.retiredAt, start)))
      .orderBy(asc(units.code)),
  ]);
  return { levels: levelRows.map((l) => l.code), units: unitRows };
}

export async function dashboardFigures(
  db: Db,
  {
    principal,
    input,
    now = new Date(),
  }: { principal: Principal | null; input?: unknown; now?: Date },
): Promise<DashboardFigures> {
  assertCan(principal, "dashboard.view");
  const filters = parseInput(DashboardInput, input ?? {});
  const period = periodOf(filters, now);
  const org = await organisationDuring(db, period.start);
  const watchable = watchableUnits(principal, org.units);
  const codes = selectedUnits(watchable, org.units, filters);
  const byCode = new Map(org.units.map((u) => [u.code, u]));
  const { calendar } = await environment(db, now);
  const soon = calendar.addWorkingDays(now, 1);
  const inUnits = (column: SQL) => sql`${column} = any(${sql.param(codes)}::text[])`;

  // The engine already moves `due_at` later by the working time the dossier waited on the
  // citizen (engine/step/due-date.ts), so "by its due time" leaves the supplement time out;
  // `paused_ms` is wall-clock time and subtracting it again would count the pause twice.
  // A dossier still waiting on the citizen has its clock stopped: within its deadline; so is
  // one without a deadline (no statutory time), which a bare `due_at < now` would leave null.
  const late = sql`(d.supplement_count > 1
    or (d.finished_at is not null and d.due_at is not null and d.finished_at > d.due_at)
    or (d.finished_at is null and d.status <> 'supplement' and coalesce(d.due_at < ${ts(now)}, false)))`;
  const handled = sql`d.status not in ('refused', 'withdrawn', 'stopped')`;
  const receiving = await queryRows<Record<string, unknown>>(
    db,
    sql`select d.jurisdiction as unit,
        count(*) as received,
        count(*) filter (where d.status in ('completed', 'returned')) as finished,
        count(*) filter (where ${handled}) as handled,
        count(*) filter (where ${handled} and not ${late}) as on_time,
        count(*) filter (where d.finished_at is null and d.status <> 'supplement' and d.due_at < ${ts(now)}) as overdue,
        count(*) filter (where d.status = 'supplement') as paused,
        count(*) filter (where d.status = 'refused') as refused,
        count(*) filter (where d.status = 'withdrawn') as withdrawn
      from dossiers d
      where ${inUnits(sql`d.jurisdiction`)}
        and d.received_at >= ${ts(period.start)} and d.received_at < ${ts(period.end)}
      group by d.jurisdiction`,
  );

  // Steps judged as the control sheet judges them (inbox/control-sheet.ts `timingOf`): late after
  // the due time, early when finished on a Hanoi day before the due day. Open steps are counted
  // as they stand now, not by period; a step of a dossier waiting on the citizen is not overdue.
  const completed = sql`t.state = 'completed' and t.closed_at >= ${ts(period.start)} and t.closed_at < ${ts(period.end)}`;
  const open = sql`t.state in ('open', 'claimed') and d.status <> 'supplement'`;
  const handling = await queryRows<Record<string, unknown>>(
    db,
    sql`select t.unit_code as unit,
        count(*) filter (where ${completed} and t.due_at is not null and t.closed_at <= t.due_at
          and ${hanoiDate(sql`t.closed_at`)} < ${hanoiDate(sql`t.due_at`)}) as early,
        count(*) filter (where ${completed} and (t.due_at is null or (t.closed_at <= t.due_at
          and ${hanoiDate(sql`t.closed_at`)} >= ${hanoiDate(sql`t.due_at`)}))) as on_time,
        count(*) filter (where ${completed} and t.closed_at > t.due_at) as late,
        count(*) filter (where ${open} and t.due_at >= ${ts(now)} and t.due_at < ${ts(soon)}) as due_soon,
        count(*) filter (where ${open} and t.due_at < ${ts(now)}) as overdue
      from tasks t join dossiers d on d.id = t.dossier_id
      where t.kind = 'userTask' and ${inUnits(sql`t.unit_code`)}
        and ((${completed}) or t.state in ('open', 'claimed'))
      group by t.unit_code`,
  );

  const procedures = await queryRows<Record<string, unknown>>(
    db,
    sql`select d.procedure_id as procedure, coalesce(p.name, d.procedure_id) as name,
        count(*) as finished,
        avg(greatest(0, extract(epoch from (d.finished_at - d.received_at)) - d.paused_ms / 1000.0)) / 3600 as hours
      from dossiers d left join procedures p on p.id = d.procedure_id
      where ${inUnits(sql`d.jurisdiction`)} and d.status in ('completed', 'returned')
        and d.finished_at >= ${ts(period.start)} and d.finished_at < ${ts(period.end)}
        and d.received_at is not null
      group by d.procedure_id, p.name
      order by hours desc nulls last, d.procedure_id`,
  );

  const unitOf = (code: unknown) => {
    const u = byCode.get(String(code));
    return { unit: String(code), unitName: u?.name ?? String(code), level: u?.level ?? "" };
  };
  return {
    period: { from: period.from, to: period.to },
    target: ON_TIME_TARGET,
    scope: watchable.size >= org.units.length ? "all" : "units",
    levels: org.levels.filter((l) => org.units.some((u) => u.level === l && watchable.has(u.code))),
    units: org.units
      .filter((u) => watchable.has(u.code))
      .map((u) => ({ code: u.code, name: u.name, level: u.level })),
    receiving: receiving
      .map((r): ReceivingRow => {
        const handledN = int(r.handled);
        const onTime = int(r.on_time);
        return {
          ...unitOf(r.unit),
          received: int(r.received),
          finished: int(r.finished),
          handled: handledN,
          onTime,
          onTimeRate: rate(onTime, handledN),
          overdue: int(r.overdue),
          paused: int(r.paused),
          refused: int(r.refused),
          withdrawn: int(r.withdrawn),
        };
      })
      .sort(byRate),
    handling: handling
      .map((r): HandlingRow => {
        const [early, onTime, lateN, overdue] = [r.early, r.on_time, r.late, r.overdue].map(int);
        return {
          ...unitOf(r.unit),
          early: early!,
          onTime: onTime!,
          late: lateN!,
          dueSoon: int(r.due_soon),
          overdue: overdue!,
          onTimeRate: rate(early! + onTime!, early! + onTime! + lateN! + overdue!),
        };
      })
      .filter((r) => r.early + r.onTime + r.late + r.dueSoon + r.overdue > 0)
      .sort(byRate),
    procedures: procedures.map((r) => ({
      procedure: String(r.procedure),
      name: String(r.name),
      finished: int(r.finished),
      averageHours: r.hours === null || r.hours === undefined ? null : Number(r.hours),
    })),
  };
}
