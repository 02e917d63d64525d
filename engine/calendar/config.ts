/**
 * The calendar's settings (all optional; defaults are DOMAIN.md's rules) and
 * their validation into fast internal form: day numbers and ms-of-day.
 */
import { parseClock, parseDay, yearOf, checkYear } from "./days";
import { CalendarError } from "./errors";
import { createZone, type Zone } from "./zone";

/** Which day next to 2 September is the second National Day holiday (Labour Code 2019 art. 112). */
export type NationalDayBridge = "before" | "after" | "auto";

export type HolidayKind = "holiday" | "compensation" | "announced";

/** One non-working date for the admin calendar page. */
export interface Holiday {
  date: string;
  nameVi: string;
  nameEn: string;
  kind: HolidayKind;
}

/** An administrator's replacement for one year's generated holidays. */
export interface HolidayOverride {
  date: string;
  nameVi: string;
  nameEn: string;
  kind?: "holiday" | "compensation";
}

export interface CalendarConfig {
  /** IANA zone (or `+07:00`); default `Asia/Ho_Chi_Minh`. */
  timeZone?: string;
  /** Announced extra days off, `YYYY-MM-DD`. */
  daysOff?: string[];
  /** Announced make-up working days, `YYYY-MM-DD`; they beat weekends and holidays. */
  workingDays?: string[];
  /** Receipts strictly after this local time count from the next working day; default `15:00`. */
  cutoff?: string;
  /** Working periods of a day, ascending, `HH:MM`; default 08:00–12:00 and 13:00–17:00. */
  workingHours?: [string, string][];
  /** Default `auto` (see holidays.ts). */
  nationalDayBridge?: NationalDayBridge;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday; default `[0, 6]`. */
  weekend?: number[];
  /** Per year, the complete list of holidays (and compensation days) replacing the generated one. */
  holidayOverrides?: Record<number, HolidayOverride[]>;
}

/** A holiday with its day number, as the calendar keeps it. */
export interface DayHoliday {
  day: number;
  nameVi: string;
  nameEn: string;
  kind: HolidayKind;
}

export interface ResolvedConfig {
  zone: Zone;
  daysOff: Set<number>;
  workingDays: Set<number>;
  cutoff: number;
  /** [start, end) in ms since local midnight, ascending and disjoint. */
  intervals: [number, number][];
  /** Working ms in one working day (8 h by default): the unit of fractional days. */
  dayLength: number;
  bridge: NationalDayBridge;
  /** Indexed by weekday: true for a weekly rest day. */
  weekend: boolean[];
  overrides: Map<number, DayHoliday[]>;
}

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
const DEFAULT_HOURS: [string, string][] = [
  ["08:00", "12:00"],
  ["13:00", "17:00"],
];

function days(list: unknown, what: string): Set<number> {
  if (list === undefined) return new Set();
  if (!Array.isArray(list))
    throw new CalendarError("INVALID_CONFIG", `${what} must be an array of YYYY-MM-DD`);
  return new Set(list.map((d: string) => parseDay(d, what)));
}

function intervals(hours: [string, string][]): [number, number][] {
  if (!Array.isArray(hours) || hours.length === 0) {
    throw new CalendarError(
      "INVALID_CONFIG",
      "workingHours must list at least one [start, end] period",
    );
  }
  let previousEnd = -1;
  return hours.map((pair) => {
    const [s, e] = Array.isArray(pair) ? pair : [];
    const start = parseClock(s as string, "workingHours start");
    const end = parseClock(e as string, "workingHours end");
    if (start >= end || start < previousEnd) {
      throw new CalendarError(
        "INVALID_CONFIG",
        `workingHours must be ascending, non-empty, non-overlapping periods (at ${s}–${e})`,
      );
    }
    previousEnd = end;
    return [start, end];
  });
}

function overrides(config: CalendarConfig["holidayOverrides"]): Map<number, DayHoliday[]> {
  const out = new Map<number, DayHoliday[]>();
  for (const [key, list] of Object.entries(config ?? {})) {
    const year = Number(key);
    checkYear(year);
    if (!Array.isArray(list))
      throw new CalendarError("INVALID_CONFIG", `holidayOverrides[${key}] must be an array`);
    out.set(
      year,
      list.map((h) => {
        const day = parseDay(h.date, `holidayOverrides[${key}] date`);
        if (yearOf(day) !== year)
          throw new CalendarError(
            "INVALID_CONFIG",
            `holidayOverrides[${key}] lists ${h.date} from another year`,
          );
        return {
          day,
          nameVi: String(h.nameVi),
          nameEn: String(h.nameEn),
          kind: h.kind === "compensation" ? "compensation" : "holiday",
        };
      }),
    );
  }
  return out;
}

/** Validates a config and fills in the defaults; throws CalendarError("INVALID_CONFIG" | "INVALID_DATE"). */
export function resolveConfig(config: CalendarConfig = {}): ResolvedConfig {
  if (typeof config !== "object" || config === null)
    throw new CalendarError("INVALID_CONFIG", "the calendar config must be an object");
  const daysOff = days(config.daysOff, "daysOff");
  const workingDays = days(config.workingDays, "workingDays");
  for (const d of daysOff) {
    if (workingDays.has(d))
      throw new CalendarError(
        "INVALID_CONFIG",
        "a date cannot be both in daysOff and in workingDays",
      );
  }
  const spans = intervals(config.workingHours ?? DEFAULT_HOURS);
  const bridge = config.nationalDayBridge ?? "auto";
  if (!["before", "after", "auto"].includes(bridge)) {
    throw new CalendarError(
      "INVALID_CONFIG",
      `nationalDayBridge must be before, after or auto, got ${JSON.stringify(bridge)}`,
    );
  }
  const rest = config.weekend ?? [0, 6];
  if (
    !Array.isArray(rest) ||
    rest.some((d) => !Number.isInteger(d) || d < 0 || d > 6) ||
    new Set(rest).size > 6
  ) {
    throw new CalendarError(
      "INVALID_CONFIG",
      "weekend must list weekdays 0–6 and leave at least one working weekday",
    );
  }
  return {
    zone: createZone(config.timeZone ?? DEFAULT_TIME_ZONE),
    daysOff,
    workingDays,
    cutoff: parseClock(config.cutoff ?? "15:00", "cutoff"),
    intervals: spans,
    dayLength: spans.reduce((sum, [s, e]) => sum + e - s, 0),
    bridge,
    weekend: [0, 1, 2, 3, 4, 5, 6].map((d) => rest.includes(d)),
    overrides: overrides(config.holidayOverrides),
  };
}
