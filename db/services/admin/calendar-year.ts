/**
 * Admin read: one year of the working calendar — the computed statutory
 * holidays (engine/calendar) beside the announced days off and make-up
 * working days stored in `calendar_days`.
 */
import { and, asc, gte, lte } from "drizzle-orm";
import { createCalendar } from "@/engine/calendar";
import type { Db } from "../../client";
import { calendarDays } from "../../schema";
import type { Principal } from "../auth/principal";
import { assertCan } from "../authz";

export interface CalendarYear {
  year: number;
  /** Computed defaults, plus the stored days off (kind `announced`). */
  holidays: { date: string; nameVi: string; nameEn: string; kind: string }[];
  /** What administrators entered. */
  entries: { date: string; kind: "day_off" | "working_day"; note: string | null }[];
}

/** The calendar of `year` (2000–2100) as the admin page shows it. */
export async function getCalendarYear(
  db: Db,
  { actor, year }: { actor: Principal | null; year: number },
): Promise<CalendarYear> {
  assertCan(actor, "calendar.manage");
  const y = Math.min(2100, Math.max(2000, Math.trunc(year)));
  const rows = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind, note: calendarDays.note })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${y}-01-01`), lte(calendarDays.date, `${y}-12-31`)))
    .orderBy(asc(calendarDays.date));
  const calendar = createCalendar({
    daysOff: rows.filter((r) => r.kind === "day_off").map((r) => r.date),
    workingDays: rows.filter((r) => r.kind === "working_day").map((r) => r.date),
  });
  return { year: y, holidays: calendar.holidays(y), entries: rows };
}
