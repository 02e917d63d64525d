import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { CalendarError } from "./errors";
import { addIsoDuration, parseIsoDuration } from "./iso-duration";
import { hanoi, vn } from "./test-utils";

const zero = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

describe("parseIsoDuration", () => {
  it.each([
    ["P3D", { days: 3 }],
    ["PT15M", { minutes: 15 }],
    ["P3DT4H", { days: 3, hours: 4 }],
    [
      "P1Y2M3W4DT5H6M7.5S",
      { years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7.5 },
    ],
    ["P0.5D", { days: 0.5 }],
    ["PT1,5H", { hours: 1.5 }],
    ["P0D", {}],
  ])("%s", (iso, parts) => {
    expect(parseIsoDuration(iso)).toEqual({ ...zero, ...parts });
  });

  it.each([
    "",
    "P",
    "PT",
    "P1DT",
    "3D",
    "P-1D",
    "-P1D",
    "+P1D",
    "p1d",
    "P1D ",
    "P1H",
    "PT1D",
    "P1.5M",
    "P1.5Y",
    "P1.5W",
    "P1.5DT2H",
    "PT1.5H30M",
    "PT1H2H",
    "P1M1Y",
    "P1234567890D",
    "P1..5D",
  ])("rejects %j", (iso) => {
    expect(() => parseIsoDuration(iso)).toThrow(CalendarError);
  });

  it("rejects a non-string with a typed error", () => {
    expect(() => parseIsoDuration(42 as unknown as string)).toThrow(/not an ISO 8601 duration/);
  });
});

describe("addIsoDuration: plain calendar time", () => {
  it.each([
    ["P3DT4H", "2026-03-02T09:00", "2026-03-05T13:00"],
    ["PT36H", "2026-03-07T10:00", "2026-03-08T22:00"],
    ["P1M clamps to the month's end", "2026-01-31T10:00", "2026-02-28T10:00"],
    ["P1Y from 29 Feb", "2028-02-29T10:00", "2029-02-28T10:00"],
    ["P1W", "2026-02-13T16:00", "2026-02-20T16:00"],
    ["P0.5D", "2026-03-02T09:00", "2026-03-02T21:00"],
  ])("%s from %s", (iso, from, expected) => {
    expect(hanoi(addIsoDuration(vn(from), iso.split(" ")[0] as string))).toBe(expected);
  });

  it("adds fractional seconds exactly", () => {
    expect(
      addIsoDuration(vn("2026-03-02T09:00"), "PT0.5S").getTime() - vn("2026-03-02T09:00").getTime(),
    ).toBe(500);
  });

  it("keeps the local time of day across a DST change in another zone", () => {
    const from = new Date("2026-03-28T12:00:00+01:00"); // Paris springs forward on 29 March
    expect(addIsoDuration(from, "P1D", "Europe/Paris").toISOString()).toBe(
      "2026-03-29T10:00:00.000Z",
    );
    expect(addIsoDuration(from, "PT24H", "Europe/Paris").toISOString()).toBe(
      "2026-03-29T11:00:00.000Z",
    );
  });

  it("is also a calendar method in the calendar's zone", () => {
    expect(hanoi(createCalendar().addIsoDuration(vn("2026-03-02T09:00"), "P1D"))).toBe(
      "2026-03-03T09:00",
    );
  });

  it("rejects an invalid date, zone or duration", () => {
    expect(() => addIsoDuration(new Date(NaN), "P1D")).toThrow(CalendarError);
    expect(() => addIsoDuration(vn("2026-03-02"), "P1D", "Mars/Olympus")).toThrow(CalendarError);
    expect(() => addIsoDuration(vn("2026-03-02"), "1 day")).toThrow(CalendarError);
    expect(() => addIsoDuration(vn("2026-03-02"), "P999999999Y")).toThrow(CalendarError);
  });
});
