/**
 * What the inbox verbs share: the queues, the filters and the SQL that
 * limits tasks to an official's units and roles. Not a verb.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../actor";
import { ServiceError } from "../errors";

export const QUEUES = ["mine", "unclaimed", "dueSoon", "overdue", "paused", "done"] as const;
export type Queue = (typeof QUEUES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** The filters of every queue; empty strings mean "any". */
export const InboxFilters = z.object({
  procedure: z.string().max(200).optional(),
  status: z.string().max(40).optional(),
  receivedFrom: day.optional(),
  receivedTo: day.optional(),
  applicant: z.string().max(200).optional(),
  /** A dossier code (exact, any case; anything with a digit and no space) or part of the applicant's name. */
  q: z.string().max(200).optional(),
});
export type InboxFilters = z.infer<typeof InboxFilters>;

export type Official = Extract<Actor, { kind: "official" }>;

/** The actor as an official, or FORBIDDEN: only officials have an inbox. */
export function asOfficial(actor: Actor): Official {
  if (actor.kind !== "official")
    throw new ServiceError("FORBIDDEN", "only officials have an inbox");
  return actor;
}

/** One entry per unit with the union of the official's roles there (substitutions add roles). */
export function unitsAndRoles(actor: Official): { unit: string; roles: string[] }[] {
  const byUnit = new Map<string, Set<string>>();
  for (const m of actor.memberships) {
    const set = byUnit.get(m.unit) ?? new Set<string>();
    for (const r of m.roles) set.add(r);
    byUnit.set(m.unit, set);
  }
  return [...byUnit].map(([unit, roles]) => ({ unit, roles: [...roles] }));
}

/** `t` (tasks) belongs to one of the official's units and asks for one of their roles there. */
export function inScope(actor: Official): SQL {
  const parts = unitsAndRoles(actor).map(
    (m) => sql`(t.unit_code = ${m.unit} and t.roles && ${sql.param(m.roles)}::text[])`,
  );
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Applicant name as the inbox shows it: the dossier's column, else the start form's `hoTen`. */
export const APPLICANT = sql`coalesce(d.applicant_name, d.data->>'hoTen', '')`;

function likeText(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A timestamp parameter that both drivers bind (postgres.js refuses a Date in raw SQL). */
export function ts(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}

/** Midnight in Hanoi (UTC+7, no daylight saving) at the start of `date`. */
export function hanoiMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** The filters as SQL over `d` (dossiers). */
export function filterSql(f: InboxFilters): SQL[] {
  const out: SQL[] = [];
  if (f.procedure) out.push(sql`d.procedure_id = ${f.procedure}`);
  if (f.status) out.push(sql`d.status = ${f.status}`);
  if (f.receivedFrom) out.push(sql`d.received_at >= ${ts(hanoiMidnight(f.receivedFrom))}`);
  if (f.receivedTo) {
    const end = new Date(hanoiMidnight(f.receivedTo).getTime() + 86_400_000);
    out.push(sql`d.received_at < ${ts(end)}`);
  }
  if (f.applicant) out.push(sql`${APPLICANT} ilike ${likeText(f.applicant)}`);
  const q = f.q?.trim();
  // Names hold no digits; a code does. Matching a code alone lets the planner start from
  // the dossier's unique index instead of walking the unit's tasks.
  if (q && /\d/.test(q) && !/\s/.test(q)) out.push(sql`d.code = ${q.toUpperCase()}`);
  else if (q) out.push(sql`${APPLICANT} ilike ${likeText(q)}`);
  return out;
}

/** The condition that puts a task of the official in `queue`, at `now` with "due soon" ending at `soon`. */
export function queueSql(queue: Queue, actor: Official, now: Date, soon: Date): SQL {
  const open = sql`t.state in ('open', 'claimed')`;
  switch (queue) {
    case "mine":
      return sql`t.assignee_id = ${actor.id} and t.state = 'claimed'`;
    case "unclaimed":
      return sql`${inScope(actor)} and t.state = 'open' and d.status <> 'supplement'`;
    case "dueSoon":
      return sql`${inScope(actor)} and ${open} and t.due_at >= ${ts(now)} and t.due_at < ${ts(soon)} and d.status <> 'supplement'`;
    case "overdue":
      return sql`${inScope(actor)} and ${open} and t.due_at < ${ts(now)} and d.status <> 'supplement'`;
    case "paused":
      // The dossier waits on the citizen: the request that paused it, or a task left open meanwhile.
      return sql`${inScope(actor)} and d.status = 'supplement' and (${open} or (t.state = 'completed' and t.data->>'decision' = 'supplement'))`;
    case "done":
      return sql`t.closed_by = ${actor.id} and t.state = 'completed'`;
  }
}
