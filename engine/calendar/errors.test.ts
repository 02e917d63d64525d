import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import type { CalendarConfig } from "./config";
import { CalendarError, type CalendarErrorCode } from "./errors";
import { vn } from "./test-utils";

const cal = createCalendar();
const monday = vn("2026-03-02T09:00");

function code(fn: () => unknown): CalendarErrorCode | "no error" | "other error" {
  try {
    fn();
    return "no error";
  } catch (err) {
    return err instanceof CalendarError ? err.code : "other error";
  }
}

describe("bad arguments throw a typed CalendarError", () => {
  it.each<[string, () => unknown, CalendarErrorCode]>([
    ["NaN receipt", () => cal.dueDate(new Date(NaN), 1), "INVALID_DATE"],
    ["not a Date", () => cal.receiptTime("2026-03-02" as unknown as Date), "INVALID_DATE"],
    ["negative days", () => cal.dueDate(monday, -1), "INVALID_ARGUMENT"],
    ["NaN days", () => cal.dueDate(monday, NaN), "INVALID_ARGUMENT"],
    ["infinite days", () => cal.addWorkingDays(monday, Infinity), "INVALID_ARGUMENT"],
    ["absurd days", () => cal.dueDate(monday, 1e9), "INVALID_ARGUMENT"],
    ["days as a string", () => cal.dueDate(monday, "3" as unknown as number), "INVALID_ARGUMENT"],
    ["negative pause", () => cal.extendByWorkingTime(monday, -1), "INVALID_ARGUMENT"],
    ["NaN bound", () => cal.workingTimeBetween(monday, new Date(NaN)), "INVALID_DATE"],
    ["30 February", () => cal.isWorkingDay("2026-02-30"), "INVALID_DATE"],
    ["short date", () => cal.isWorkingDay("26-02-01"), "INVALID_DATE"],
    ["year before 1976", () => cal.holidays(1900), "OUT_OF_RANGE"],
    ["fractional year", () => cal.holidays(2026.5), "OUT_OF_RANGE"],
    ["due date past 2199", () => cal.dueDate(vn("2199-12-30T09:00"), 10), "OUT_OF_RANGE"],
    [
      "pause over 20 years",
      () => cal.workingTimeBetween(vn("2030-01-01"), vn("2060-01-01")),
      "OUT_OF_RANGE",
    ],
  ])("%s", (_, fn, expected) => {
    expect(code(fn)).toBe(expected);
  });

  it("ends a walk on a calendar with no working day left instead of looping (and copes with one a week)", () => {
    const saturdaysOnly = createCalendar({ weekend: [0, 1, 2, 3, 4, 5] });
    const holidaysOnFridays = createCalendar({
      weekend: [0, 1, 2, 3, 4, 6],
      holidayOverrides: Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [2026 + i, fridays(2026 + i)]),
      ),
    });
    expect(code(() => saturdaysOnly.dueDate(monday, 1))).toBe("no error");
    expect(code(() => holidaysOnFridays.dueDate(monday, 1))).toBe("OUT_OF_RANGE");
  });
});

function fridays(year: number) {
  const out = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    if (d.getUTCDay() === 5)
      out.push({ date: d.toISOString().slice(0, 10), nameVi: "x", nameEn: "x" });
  }
  return out;
}

describe("bad configuration throws INVALID_CONFIG or INVALID_DATE at createCalendar", () => {
  it.each<[string, unknown, CalendarErrorCode]>([
    ["null", null, "INVALID_CONFIG"],
    ["malformed day off", { daysOff: ["2026-13-01"] }, "INVALID_DATE"],
    ["daysOff not an array", { daysOff: "2026-02-13" }, "INVALID_CONFIG"],
    [
      "a day both off and working",
      { daysOff: ["2026-02-28"], workingDays: ["2026-02-28"] },
      "INVALID_CONFIG",
    ],
    ["cut-off 25:00", { cutoff: "25:00" }, "INVALID_CONFIG"],
    ["cut-off 3pm", { cutoff: "3pm" }, "INVALID_CONFIG"],
    ["no working hours", { workingHours: [] }, "INVALID_CONFIG"],
    ["reversed hours", { workingHours: [["12:00", "08:00"]] }, "INVALID_CONFIG"],
    [
      "overlapping hours",
      {
        workingHours: [
          ["08:00", "12:00"],
          ["11:00", "17:00"],
        ],
      },
      "INVALID_CONFIG",
    ],
    ["unknown zone", { timeZone: "Mars/Olympus" }, "INVALID_CONFIG"],
    ["every day a rest day", { weekend: [0, 1, 2, 3, 4, 5, 6] }, "INVALID_CONFIG"],
    ["weekday 7", { weekend: [7] }, "INVALID_CONFIG"],
    ["unknown bridge", { nationalDayBridge: "middle" }, "INVALID_CONFIG"],
    [
      "override from another year",
      { holidayOverrides: { 2026: [{ date: "2027-01-01", nameVi: "", nameEn: "" }] } },
      "INVALID_CONFIG",
    ],
    ["override year out of range", { holidayOverrides: { 1800: [] } }, "OUT_OF_RANGE"],
  ])("%s", (_, config, expected) => {
    expect(code(() => createCalendar(config as CalendarConfig))).toBe(expected);
  });

  it("accepts a fixed offset zone and gives the same answers", () => {
    const fixed = createCalendar({ timeZone: "+07:00" });
    expect(fixed.dueDate(monday, 3)).toEqual(cal.dueDate(monday, 3));
  });
});
