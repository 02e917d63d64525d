/**
 * The working-day calendar (DOMAIN.md "Deadlines and the calendar"). Pure:
 * every instant comes in as an argument. Holiday sets are built once per year
 * and day verdicts memoised, so a due date costs microseconds.
 */
import { resolveConfig, type CalendarConfig, type DayHoliday, type Holiday } from "./config";
import { checkYear, formatDay, parseDay, weekday, yearOf } from "./days";
import { CalendarError } from "./errors";
import { statutoryHolidays } from "./holidays";
import { addDurationInZone, parseIsoDuration, timePartMs } from "./iso-duration";
import {
  MAX_WALK_DAYS,
  nthWorkingDayAfter,
  walkForward,
  workingBetween,
  type Walker,
} from "./walk";

export interface DueDate {
  /** The deadline instant: 17:00 local for whole days. */
  at: Date;
  /** Its local date, YYYY-MM-DD (the `dueDate` of DESIGN.md §4/§6). */
  date: string;
  /** When the statutory clock started (see `receiptTime`). */
  receivedAt: Date;
}

export interface Calendar {
  /** Whether a local date (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean;
  /** Non-working holiday dates of a year for the admin page, in date order. */
  holidays(year: number): Holiday[];
  /** When the statutory clock starts for a dossier received at `at`. */
  receiptTime(at: Date): Date;
  /** The deadline of a statutory time of `workingDays` (≥ 0, fractions allowed) for a dossier received at `receivedAt`. */
  dueDate(receivedAt: Date, workingDays: number): DueDate;
  /** Working-day timer: `days` working days later at the same time of day; fractions in working hours. */
  addWorkingDays(from: Date, days: number): Date;
  /** Working-day timer from an ISO duration: D counts working days, H/M/S working time; Y/M/W are refused. */
  addWorkingDuration(from: Date, iso: string): Date;
  /** Plain calendar ISO duration in the calendar's zone. */
  addIsoDuration(from: Date, iso: string): Date;
  /** Milliseconds of working time in [from, to); negative if `to` < `from`. */
  workingTimeBetween(from: Date, to: Date): number;
  /** The instant `ms` of working time after `from` (moves a due date past a clock pause). */
  extendByWorkingTime(from: Date, ms: number): Date;
  /** The local date (YYYY-MM-DD) of an instant in the calendar's zone. */
  localDate(at: Date): string;
}

function instant(at: Date, what: string): number {
  const t = at instanceof Date ? at.getTime() : NaN;
  if (Number.isNaN(t)) throw new CalendarError("INVALID_DATE", `${what} is not a valid Date`);
  return t;
}

function amount(n: number, what: string, max: number): number {
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > max) {
    throw new CalendarError(
      "INVALID_ARGUMENT",
      `${what} must be a number from 0 to ${max}, got ${String(n)}`,
    );
  }
  return n;
}

const MAX_DAYS = 3_650; // working days; ten years, well inside the bounded walks

/** Creates a calendar; the config is validated here (CalendarError "INVALID_CONFIG"). */
export function createCalendar(config?: CalendarConfig): Calendar {
  const c = resolveConfig(config);
  const { zone, intervals, dayLength } = c;
  const firstStart = (intervals[0] as [number, number])[0];
  const lastEnd = (intervals[intervals.length - 1] as [number, number])[1];

  const byYear = new Map<number, DayHoliday[]>();
  const holidayList = (year: number): DayHoliday[] => {
    let list = byYear.get(year);
    if (!list) {
      checkYear(year);
      list = c.overrides.get(year) ?? statutoryHolidays(year, c.bridge, c.weekend);
      byYear.set(year, list);
    }
    return list;
  };
  const offByYear = new Map<number, Set<number>>();
  const holidayOff = (day: number): boolean => {
    const year = yearOf(day);
    let set = offByYear.get(year);
    if (!set) {
      set = new Set(holidayList(year).map((h) => h.day));
      offByYear.set(year, set);
    }
    return set.has(day);
  };
  const verdicts = new Map<number, boolean>();
  const isWorking = (day: number): boolean => {
    let v = verdicts.get(day);
    if (v === undefined) {
      v =
        c.workingDays.has(day) ||
        (!c.daysOff.has(day) && !c.weekend[weekday(day)] && !holidayOff(day));
      verdicts.set(day, v);
    }
    return v;
  };
  const walker: Walker = { zone, intervals, isWorking };

  const receipt = (t: number): number => {
    const { day, ms } = zone.toLocal(t);
    if (isWorking(day) && ms <= c.cutoff) {
      // Before opening or in the lunch break the clock starts when the office next works.
      for (const [s, e] of intervals) if (ms < e) return zone.fromLocal(day, Math.max(ms, s));
    }
    return zone.fromLocal(nthWorkingDayAfter(walker, day, 1), firstStart);
  };

  /** Whole days at the same time of day, then the fraction as working time. */
  const addDays = (t: number, days: number): number => {
    const whole = Math.floor(days);
    const local = zone.toLocal(t);
    const moved =
      whole > 0 ? zone.fromLocal(nthWorkingDayAfter(walker, local.day, whole), local.ms) : t;
    return walkForward(walker, moved, Math.round((days - whole) * dayLength));
  };

  return {
    isWorkingDay: (date) => isWorking(parseDay(date)),
    holidays(year) {
      checkYear(year);
      const listed = holidayList(year).filter((h) => !c.workingDays.has(h.day));
      const seen = new Set(listed.map((h) => h.day));
      const announced = [...c.daysOff]
        .filter((d) => yearOf(d) === year && !seen.has(d))
        .map((day): DayHoliday => ({
          day,
          nameVi: "Ngày nghỉ theo thông báo",
          nameEn: "Announced day off",
          kind: "announced",
        }));
      return [...listed, ...announced]
        .sort((a, b) => a.day - b.day)
        .map(({ day, nameVi, nameEn, kind }) => ({ date: formatDay(day), nameVi, nameEn, kind }));
    },
    receiptTime: (at) => new Date(receipt(instant(at, "at"))),
    dueDate(receivedAt, workingDays) {
      const n = amount(workingDays, "workingDays", MAX_DAYS);
      const r = receipt(instant(receivedAt, "receivedAt"));
      const receiptDay = zone.toLocal(r).day;
      let due: number;
      if (n === 0) due = zone.fromLocal(receiptDay, lastEnd);
      else if (n < 1) due = walkForward(walker, r, Math.round(n * dayLength));
      else {
        // The receipt day is not counted: the clock runs from its end.
        due = walkForward(walker, zone.fromLocal(receiptDay, lastEnd), Math.round(n * dayLength));
      }
      return { at: new Date(due), date: formatDay(zone.toLocal(due).day), receivedAt: new Date(r) };
    },
    addWorkingDays: (from, days) =>
      new Date(addDays(instant(from, "from"), amount(days, "days", MAX_DAYS))),
    addWorkingDuration(from, iso) {
      const d = parseIsoDuration(iso);
      if (d.years || d.months || d.weeks) {
        throw new CalendarError(
          "INVALID_DURATION",
          `a working-day duration counts days and time only, got ${iso}`,
        );
      }
      const moved = addDays(instant(from, "from"), amount(d.days, "days", MAX_DAYS));
      return new Date(
        walkForward(walker, moved, amount(timePartMs(d), "working time", MAX_DAYS * dayLength)),
      );
    },
    addIsoDuration: (from, iso) => addDurationInZone(zone, from, parseIsoDuration(iso)),
    workingTimeBetween: (from, to) =>
      workingBetween(walker, instant(from, "from"), instant(to, "to")),
    extendByWorkingTime: (from, ms) =>
      new Date(
        walkForward(walker, instant(from, "from"), amount(ms, "ms", MAX_WALK_DAYS * dayLength)),
      ),
    localDate: (at) => formatDay(zone.toLocal(instant(at, "at")).day),
  };
}
