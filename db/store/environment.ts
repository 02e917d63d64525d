/**
 * The engine's `Environment` from the database: the current organisation and
 * the calendar with the admin-entered days off / make-up working days.
 * Both change rarely and are read on every command, so they are cached per
 * database handle for a short time (a changed unit is seen within `TTL_MS`).
 */
import { createCalendar } from "@/engine/calendar";
import type { Environment } from "@/engine/step";
import type { Db } from "../client";
import { calendarDays } from "../schema";
import { getOrganisation } from "../services/get-organisation";

const TTL_MS = 5_000;
type Cached = { at: number; value: Promise<Omit<Environment, "now">> };
const cache = new WeakMap<object, Cached>();

async function load(db: Db): Promise<Omit<Environment, "now">> {
  const [org, days] = await Promise.all([
    getOrganisation(db),
    db.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays),
  ]);
  const calendar = createCalendar({
    daysOff: days.filter((d) => d.kind === "day_off").map((d) => d.date),
    workingDays: days.filter((d) => d.kind === "working_day").map((d) => d.date),
  });
  return { org, calendar };
}

/** The environment at `now` (cached organisation and calendar for `key`, usually the root `Db`). */
export async function environment(db: Db, now: Date, key: object = db): Promise<Environment> {
  let entry = cache.get(key);
  if (!entry || Date.now() - entry.at > TTL_MS) {
    entry = { at: Date.now(), value: load(db) };
    entry.value.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return { ...(await entry.value), now };
}

/** Forgets the cached organisation and calendar (after an admin change, in tests). */
export function invalidateEnvironment(key: object): void {
  cache.delete(key);
}
