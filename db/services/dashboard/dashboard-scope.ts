/**
 * Which units a person may watch on the leaders' dashboard, and the period
 * and filters they asked for. Pure; the SQL lives in `dashboard-figures.ts`.
 */
import { z } from "zod";
import type { Principal } from "../auth/principal";
import { supervisedUnits, withDescendants } from "../authz";
import { ServiceError } from "../errors";

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** The page's filters; empty strings mean "not given". Dates are Hanoi calendar days, both included. */
export const DashboardInput = z
  .object({
    from: DAY.or(z.literal("")).optional(),
    to: DAY.or(z.literal("")).optional(),
    level: z.string().max(40).optional(),
    unit: z.string().max(100).optional(),
  })
  .transform((f) => ({
    from: f.from || undefined,
    to: f.to || undefined,
    level: f.level || undefined,
    unit: f.unit || undefined,
  }));
export type DashboardInput = z.input<typeof DashboardInput>;

export interface OrgUnitLite {
  code: string;
  name: string;
  level: string;
  parent?: string | null;
}

/** The city's target for the on-time rate (DOMAIN.md: more than 98 %). */
export const ON_TIME_TARGET = 0.98;

const DAY_MS = 86_400_000;
/** Hanoi has no daylight saving: UTC+7 all year, so its calendar day is plain arithmetic. */
const HANOI_OFFSET_MS = 7 * 3_600_000;

/** `at` as a Hanoi calendar day, `YYYY-MM-DD`. */
export function hanoiDay(at: Date): string {
  return new Date(at.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Hanoi calendar day begins. */
export function hanoiStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - HANOI_OFFSET_MS);
}

/** The asked period, by default this month so far in Hanoi; `end` is exclusive (the day after `to`). */
export function periodOf(
  f: { from?: string; to?: string },
  now: Date,
): { from: string; to: string; start: Date; end: Date } {
  const today = hanoiDay(now);
  const from = f.from ?? `${today.slice(0, 8)}01`;
  const to = f.to ?? today;
  if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || from > to)
    throw new ServiceError("VALIDATION", "invalid period", [
      { field: "from", message: "from must be a day on or before to" },
    ]);
  const start = hanoiStart(from);
  const end = new Date(hanoiStart(to).getTime() + DAY_MS);
  // A few years at most keeps one request from scanning the whole history.
  if (end.getTime() - start.getTime() > 3 * 366 * DAY_MS)
    throw new ServiceError("VALIDATION", "invalid period", [
      { field: "to", message: "the period may span three years at most" },
    ]);
  return { from, to, start, end };
}

/**
 * The units `p` may watch: every unit for an administrator or a supervisor
 * (a supervisor tied to units by a `supervisor` membership keeps to those
 * and their descendants, as everywhere else); for an official, the units
 * where they are a `leader` and their descendants. FORBIDDEN for anyone
 * else, including officials who lead no unit: the figures of a unit are its
 * leaders' business, not every clerk's.
 */
export function watchableUnits(p: Principal, units: readonly OrgUnitLite[]): Set<string> {
  if (p.roles.includes("admin")) return new Set(units.map((u) => u.code));
  if (p.roles.includes("supervisor")) {
    const supervised = supervisedUnits(p, units);
    return supervised.size > 0 ? supervised : new Set(units.map((u) => u.code));
  }
  const led = p.roles.includes("official")
    ? p.memberships.filter((m) => m.roles.includes("leader")).map((m) => m.unit)
    : [];
  if (led.length === 0)
    throw new ServiceError("FORBIDDEN", "the dashboard is for leaders and supervisors");
  return withDescendants(led, units);
}

/** The watchable units narrowed by the filters; FORBIDDEN for a unit outside them. */
export function selectedUnits(
  watchable: Set<string>,
  units: readonly OrgUnitLite[],
  f: { level?: string; unit?: string },
): string[] {
  let codes = watchable;
  if (f.unit) {
    if (!watchable.has(f.unit)) throw new ServiceError("FORBIDDEN", `not your unit: ${f.unit}`);
    codes = withDescendants([f.unit], units);
  }
  return units
    .filter((u) => codes.has(u.code) && watchable.has(u.code) && (!f.level || u.level === f.level))
    .map((u) => u.code);
}
