import { describe, expect, it } from "vitest";
import { codes, form } from "../fixtures/harness";
import { validateFormData } from "../validate-form-data";

// 2026-03-02 01:00 in Hanoi is still 2026-03-01 in UTC: "today" must be the Hanoi date.
const now = new Date("2026-03-01T18:00:00Z");

describe("datetime", () => {
  const table: [string, Record<string, unknown>, unknown, string[], unknown?][] = [
    ["date", { subtype: "date" }, "2026-03-02", [], "2026-03-02"],
    ["date is the default subtype", {}, "2024-02-29", []],
    ["not a leap day", { subtype: "date" }, "2026-02-29", ["invalid-date"]],
    ["month 13", { subtype: "date" }, "2026-13-01", ["invalid-date"]],
    ["Vietnamese order is not ISO", { subtype: "date" }, "02/03/2026", ["invalid-date"]],
    ["datetime given to a date", { subtype: "date" }, "2026-03-02T10:00", ["invalid-date"]],
    ["number is not a date", { subtype: "date" }, 20260302, ["invalid-date"]],
    ["missing → null", { subtype: "date" }, undefined, [], null],
    ["required", { subtype: "date", validate: { required: true } }, undefined, ["required"]],
    ["time, no timezone", { subtype: "time" }, "14:30", [], "14:30"],
    ["time, utc offset", { subtype: "time", use24h: true }, "14:30+07:00", []],
    ["time, utc normalised", { subtype: "time" }, "07:30Z", []],
    ["time 24:00", { subtype: "time" }, "24:00", ["invalid-time"]],
    ["time 9:5", { subtype: "time" }, "9:5", ["invalid-time"]],
    ["datetime", { subtype: "datetime" }, "2026-03-02T14:30", []],
    ["datetime with offset", { subtype: "datetime" }, "2026-03-02T14:30+07:00", []],
    ["datetime without time", { subtype: "datetime" }, "2026-03-02", ["invalid-datetime"]],
    ["datetime twice T", { subtype: "datetime" }, "2026-03-02T14:30T1", ["invalid-datetime"]],
    [
      "past date refused",
      { subtype: "date", disallowPassedDates: true },
      "2026-03-01",
      ["past-date"],
    ],
    ["today (Hanoi) allowed", { subtype: "date", disallowPassedDates: true }, "2026-03-02", []],
    [
      "past datetime refused",
      { subtype: "datetime", disallowPassedDates: true },
      "2026-03-01T23:00",
      ["past-date"],
    ],
  ];
  it.each(table)("%s", (_name, props, value, expected, cleaned) => {
    const r = validateFormData(
      form({ type: "datetime", key: "d", ...props }),
      value === undefined ? {} : { d: value },
      { now },
    );
    expect(codes(r).d ?? []).toEqual(expected);
    if (cleaned !== undefined) expect(r.data.d).toBe(cleaned);
  });

  it("does not enforce disallowPassedDates without a clock", () => {
    const r = validateFormData(
      form({ type: "datetime", key: "d", subtype: "date", disallowPassedDates: true }),
      { d: "2000-01-01" },
    );
    expect(r.ok).toBe(true);
  });

  it("honours another utc offset", () => {
    const schema = form({ type: "datetime", key: "d", subtype: "date", disallowPassedDates: true });
    expect(validateFormData(schema, { d: "2026-03-01" }, { now, utcOffsetMinutes: 0 }).ok).toBe(
      true,
    );
  });
});
