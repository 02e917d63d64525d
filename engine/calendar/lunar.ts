/**
 * The Vietnamese lunar calendar, behind one function so the library can be
 * swapped (ADR 0005). @dqcai/vn-lunar carries Hồ Ngọc Đức's tables computed
 * for UTC+7; Chinese libraries (UTC+8) put some new moons a day later, e.g.
 * Tết 2030 is 2 February in Vietnam but 3 February in China.
 */
import { getSolarDate } from "@dqcai/vn-lunar";
import { dayOf } from "./days";
import { CalendarError } from "./errors";

/**
 * Day number of lunar `day`/`month` (never the leap month: holidays are kept
 * on the regular month) in the lunar year that begins in Gregorian `year`.
 */
export function lunarToDay(year: number, month: number, day: number): number {
  const s = getSolarDate(day, month, year, false);
  const n = dayOf(s.year, s.month, s.day);
  if (!Number.isInteger(n) || s.year < year || s.year > year + 1) {
    throw new CalendarError("OUT_OF_RANGE", `no solar date for lunar ${day}/${month}/${year}`);
  }
  return n;
}
