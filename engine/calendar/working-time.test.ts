import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { CalendarError } from "./errors";
import { HOUR, hanoi, vn } from "./test-utils";

const cal = createCalendar();

describe("workingTimeBetween: working ms in [from, to)", () => {
  it.each([
    ["Mon 09:00 → 14:00 skips lunch", "2026-03-02T09:00", "2026-03-02T14:00", 4],
    ["Fri 16:00 → Mon 09:00 skips the weekend", "2026-03-06T16:00", "2026-03-09T09:00", 2],
    ["Fri 13/2 08:00 → Mon 23/2 08:00 skips Tết", "2026-02-13T08:00", "2026-02-23T08:00", 8],
    ["Saturday → Sunday", "2026-03-07T08:00", "2026-03-08T17:00", 0],
    ["evening → next morning before opening", "2026-03-02T18:00", "2026-03-03T07:00", 0],
    ["a whole week", "2026-03-02T00:00", "2026-03-09T00:00", 40],
  ])("%s", (_, from, to, hours) => {
    expect(cal.workingTimeBetween(vn(from), vn(to))).toBe(hours * HOUR);
  });

  it("is negative when to is before from", () => {
    expect(cal.workingTimeBetween(vn("2026-03-02T14:00"), vn("2026-03-02T09:00"))).toBe(-4 * HOUR);
  });
});

describe("extendByWorkingTime and clock pauses", () => {
  it.each([
    ["from the end of a day", "2026-03-05T17:00", 2, "2026-03-06T10:00"],
    ["across Tết", "2026-02-13T15:00", 8, "2026-02-23T15:00"],
    ["landing on 12:00 stays at 12:00", "2026-03-02T08:00", 4, "2026-03-02T12:00"],
    ["zero leaves the instant alone, even out of hours", "2026-03-07T20:00", 0, "2026-03-07T20:00"],
  ])("%s", (_, from, hours, expected) => {
    expect(hanoi(cal.extendByWorkingTime(vn(from), hours * HOUR))).toBe(expected);
  });

  it("moves a due date later by the working time spent waiting on the citizen", () => {
    // Given a 3-day dossier received Mon 2/3 09:00, due Thu 5/3 17:00,
    const due = cal.dueDate(vn("2026-03-02T09:00"), 3).at;
    // when it waits for a supplement from Tue 3/3 10:00 to Mon 9/3 11:00
    const waited = cal.workingTimeBetween(vn("2026-03-03T10:00"), vn("2026-03-09T11:00"));
    expect(waited).toBe((6 + 8 + 8 + 8 + 3) * HOUR);
    // then the 33 working hours run Fri, Mon, Tue, Wed and 1 h into Thu 12/3.
    expect(hanoi(cal.extendByWorkingTime(due, waited))).toBe("2026-03-12T09:00");
  });
});

describe("working-day timers", () => {
  it.each([
    ["Fri + 1 → Mon, same time", "2026-03-06T10:30", 1, "2026-03-09T10:30"],
    ["out of hours keeps its time of day", "2026-03-07T20:00", 1, "2026-03-09T20:00"],
    ["across Tết", "2026-02-12T09:00", 2, "2026-02-23T09:00"],
    ["0.5 = 4 working hours", "2026-03-02T10:00", 0.5, "2026-03-02T15:00"],
    ["1.5 = next day + 4 working hours", "2026-03-02T10:00", 1.5, "2026-03-03T15:00"],
    ["0 = now", "2026-03-07T20:00", 0, "2026-03-07T20:00"],
  ])("addWorkingDays: %s", (_, from, days, expected) => {
    expect(hanoi(cal.addWorkingDays(vn(from), days))).toBe(expected);
  });

  it.each([
    ["P2DT4H", "2026-03-02T10:00", "2026-03-04T15:00"],
    ["PT8H", "2026-03-02T10:00", "2026-03-03T10:00"],
    ["P1D", "2026-02-13T09:00", "2026-02-23T09:00"],
    ["P0.5D", "2026-03-02T10:00", "2026-03-02T15:00"],
  ])("addWorkingDuration %s from %s", (iso, from, expected) => {
    expect(hanoi(cal.addWorkingDuration(vn(from), iso))).toBe(expected);
  });

  it.each(["P1W", "P1M", "P1Y", "3D"])("addWorkingDuration refuses %s", (iso) => {
    expect(() => cal.addWorkingDuration(vn("2026-03-02T10:00"), iso)).toThrow(CalendarError);
  });
});
