/**
 * `datetime` with `subtype` date | time | datetime, stored as form-js
 * serialises it: `2026-03-02`, `14:30` (+ `Z` or `+07:00` per
 * `timeSerializingFormat`), `2026-03-02T14:30` (+ offset). `use24h` only
 * changes the widget. `disallowPassedDates` compares the date with "today"
 * in the civil time zone of `now` (given, never read from a clock).
 */
import type { FormComponent } from "../../model/types";
import { isRequired } from "../rules";
import type { FieldEnv, FieldType, Issue, Normalized } from "../types";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/;

/** A real calendar date in YYYY-MM-DD. */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

function subtypeOf(field: FormComponent): "date" | "time" | "datetime" {
  return field.subtype === "time" || field.subtype === "datetime" ? field.subtype : "date";
}

function normalize(raw: unknown, field: FormComponent): Normalized {
  const subtype = subtypeOf(field);
  if (raw === null || raw === undefined || raw === "") return { ok: true, value: null };
  const bad = { ok: false as const, issue: { code: `invalid-${subtype}` } };
  if (typeof raw !== "string" || raw.length > 40) return bad;
  const text = raw.trim();
  if (subtype === "date") return isDate(text) ? { ok: true, value: text } : bad;
  if (subtype === "time") return TIME.test(text) ? { ok: true, value: text } : bad;
  const [date = "", time = "", extra] = text.split("T");
  return extra === undefined && isDate(date) && TIME.test(time) ? { ok: true, value: text } : bad;
}

/** Today's date (YYYY-MM-DD) at `now` in a zone `offsetMinutes` east of UTC. */
export function civilDate(now: Date, offsetMinutes: number): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function validate(value: unknown, field: FormComponent, env: FieldEnv): Issue[] {
  if (typeof value !== "string" || value === "")
    return isRequired(field) ? [{ code: "required" }] : [];
  const subtype = subtypeOf(field);
  if (
    field.disallowPassedDates === true &&
    subtype !== "time" &&
    env.now &&
    !Number.isNaN(env.now.getTime())
  ) {
    if (value.slice(0, 10) < civilDate(env.now, env.utcOffsetMinutes))
      return [{ code: "past-date" }];
  }
  return [];
}

export const datetime: FieldType = { type: "datetime", empty: null, normalize, validate };
