/** ISO 8601 shapes accepted for timers: the same strict duration parser the calendar runs. */
import { parseIsoDuration } from "@/engine/calendar/iso-duration";

export function isIsoDuration(text: string): boolean {
  try {
    parseIsoDuration(text.trim());
    return true;
  } catch {
    return false;
  }
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?(\[[A-Za-z0-9_/+-]+\])?$/;

/** A combined date and time (`2026-03-02T09:00:00+07:00`); the zone is optional, fields must exist on the calendar. */
export function isIsoDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m
    .slice(1, 7)
    .map((v) => Number(v ?? 0)) as number[];
  if (month === undefined || day === undefined || year === undefined) return false;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  )
    return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A repeating interval: `R[n]/duration` or `R[n]/start/duration` (cron is not supported). */
export function isIsoCycle(text: string): boolean {
  const parts = text.trim().split("/");
  if (parts.length < 2 || parts.length > 3 || !/^R\d*$/.test(parts[0] ?? "")) return false;
  if (parts.length === 2) return isIsoDuration(parts[1] ?? "");
  return isIsoDateTime(parts[1] ?? "") && isIsoDuration(parts[2] ?? "");
}
