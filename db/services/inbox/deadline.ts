/** Where a task stands against its deadline, in working time (DOMAIN.md calendar). Pure. */
import type { Calendar } from "@/engine/calendar";

export interface Deadline {
  state: "overdue" | "dueSoon" | "onTrack" | "none";
  /** Working hours left (negative: how far past), rounded to one decimal. */
  workingHours: number | null;
}

const HOUR = 3_600_000;

/** "Due soon" means within one working day of `now`. */
export function deadlineOf(due: Date | null, now: Date, calendar: Calendar): Deadline {
  if (!due) return { state: "none", workingHours: null };
  const ms = calendar.workingTimeBetween(now, due);
  const workingHours = Math.round((ms / HOUR) * 10) / 10;
  if (due < now) return { state: "overdue", workingHours };
  return { state: due < calendar.addWorkingDays(now, 1) ? "dueSoon" : "onTrack", workingHours };
}
