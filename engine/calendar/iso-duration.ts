/**
 * A small strict ISO 8601 duration parser (`P1Y2M3W4DT5H6M7.5S`) for timer
 * expressions, and calendar addition in a time zone. Strict on purpose: a
 * timer a designer mistyped must fail validation, not fire at a surprise time.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, dayOf } from "./days";
import { CalendarError } from "./errors";
import { DEFAULT_TIME_ZONE } from "./config";
import { createZone, type Zone } from "./zone";

export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const NUM = String.raw`(\d{1,9}(?:[.,]\d{1,9})?)`;
const PATTERN = new RegExp(
  `^P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`,
);
const FIELDS = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"] as const;

function bad(iso: unknown, why: string): never {
  throw new CalendarError(
    "INVALID_DURATION",
    `${JSON.stringify(iso)} is not an ISO 8601 duration: ${why}`,
  );
}

/**
 * Parses an ISO 8601 duration. Only the smallest component present may have a
 * decimal fraction, and only if it is days or a time unit (a fraction of a
 * month has no fixed length). No sign: timers never run backwards.
 */
export function parseIsoDuration(iso: string): IsoDuration {
  if (typeof iso !== "string") bad(iso, "not a string");
  const m = PATTERN.exec(iso);
  if (!m) bad(iso, "expected P[nY][nM][nW][nD][T[nH][nM][nS]]");
  if (iso === "P" || iso.endsWith("T")) bad(iso, "no amount");
  const parts = m.slice(1);
  const last = parts.findLastIndex((p) => p !== undefined);
  const out = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  parts.forEach((p, i) => {
    if (p === undefined) return;
    const fractional = /[.,]/.test(p);
    if (fractional && (i !== last || i < 3))
      bad(iso, "only the last component, days or smaller, may have a fraction");
    out[FIELDS[i] as keyof IsoDuration] = Number(p.replace(",", "."));
  });
  return out;
}

/** Milliseconds of the time part (hours, minutes, seconds). */
export function timePartMs(d: IsoDuration): number {
  return Math.round(d.hours * HOUR_MS + d.minutes * MINUTE_MS + d.seconds * 1000);
}

/**
 * Calendar addition as java.time does it: years and months on the local date
 * (31 Jan + P1M = 28/29 Feb), then weeks and days keeping the local time of
 * day, then the time part as elapsed time.
 */
export function addDurationInZone(zone: Zone, from: Date, d: IsoDuration): Date {
  const t = from instanceof Date ? from.getTime() : NaN;
  if (Number.isNaN(t)) throw new CalendarError("INVALID_DATE", "from is not a valid Date");
  const local = zone.toLocal(t);
  const date = new Date(local.day * DAY_MS);
  const months = date.getUTCMonth() + d.months + 12 * d.years;
  const firstOfMonth = dayOf(date.getUTCFullYear(), months + 1, 1);
  const monthLength = dayOf(date.getUTCFullYear(), months + 2, 1) - firstOfMonth;
  const wholeDays = Math.floor(d.days);
  const day = firstOfMonth + Math.min(date.getUTCDate(), monthLength) - 1 + 7 * d.weeks + wholeDays;
  const extra = Math.round((d.days - wholeDays) * DAY_MS) + timePartMs(d);
  const result = new Date(zone.fromLocal(day, local.ms) + extra);
  if (Number.isNaN(result.getTime()))
    throw new CalendarError("OUT_OF_RANGE", "the duration takes the date out of range");
  return result;
}

const zones = new Map<string, Zone>();

/**
 * `from` plus a plain (calendar, not working-day) ISO 8601 duration, e.g.
 * `addIsoDuration(at, "P3DT4H")`. Dates move in `timeZone` (default
 * Asia/Ho_Chi_Minh); throws CalendarError on a malformed duration or date.
 */
export function addIsoDuration(
  from: Date,
  iso: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  const duration = parseIsoDuration(iso);
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = createZone(timeZone);
    zones.set(timeZone, zone);
  }
  return addDurationInZone(zone, from, duration);
}
