/**
 * Local calendar days as integers ("day numbers": days since 1970-01-01), so
 * that walking, comparing and caching days is integer arithmetic, not Date work.
 */
import { CalendarError } from "./errors";

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** Years the calendar computes; the lunar table covers more, this keeps every walk bounded. */
export const MIN_YEAR = 1976; // Vietnam has been on UTC+7 without DST since 1975
export const MAX_YEAR = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a Gregorian date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Parses a strict `YYYY-MM-DD` into a day number; rejects 2026-02-30 and friends. */
export function parseDay(text: string, what = "date"): number {
  const m = typeof text === "string" ? ISO_DATE.exec(text) : null;
  if (!m)
    throw new CalendarError(
      "INVALID_DATE",
      `${what} must be a YYYY-MM-DD string, got ${JSON.stringify(text)}`,
    );
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayOf(y, mo, d);
  if (formatDay(n) !== text)
    throw new CalendarError("INVALID_DATE", `${what} ${text} is not a calendar date`);
  return n;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Throws unless the year is one the calendar can compute. */
export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(
      "OUT_OF_RANGE",
      `year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
}

/** Parses `HH:MM` (00:00–24:00) into milliseconds since local midnight. */
export function parseClock(text: string, what: string): number {
  const m = typeof text === "string" ? /^(\d{2}):(\d{2})$/.exec(text) : null;
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 24 || min > 59 || (h === 24 && min > 0)) {
    throw new CalendarError(
      "INVALID_CONFIG",
      `${what} must be HH:MM between 00:00 and 24:00, got ${JSON.stringify(text)}`,
    );
  }
  return h * HOUR_MS + min * MINUTE_MS;
}
