import { describe, expect, it } from "vitest";
import { formatDay } from "./days";
import { lunarToDay } from "./lunar";

// Hand-checked Vietnamese dates. Tết 2030 is Saturday 2 February in Vietnam:
// the new moon falls at 23:08 on 2 Feb in UTC+7 but 00:08 on 3 Feb in UTC+8,
// so Chinese calendars (and some published tables) say 3 February.
const TET: [number, string][] = [
  [2024, "2024-02-10"],
  [2025, "2025-01-29"],
  [2026, "2026-02-17"],
  [2027, "2027-02-06"],
  [2028, "2028-01-26"],
  [2029, "2029-02-13"],
  [2030, "2030-02-02"],
];
const HUNG_KINGS: [number, string][] = [
  [2024, "2024-04-18"],
  [2025, "2025-04-07"],
  [2026, "2026-04-26"],
  [2027, "2027-04-16"],
  [2028, "2028-04-04"],
  [2029, "2029-04-23"],
  [2030, "2030-04-12"],
];

describe("Vietnamese lunar calendar (UTC+7)", () => {
  it.each(TET)("Tết (1/1 lunar) %i is %s", (year, date) => {
    expect(formatDay(lunarToDay(year, 1, 1))).toBe(date);
  });

  it.each(HUNG_KINGS)("Hùng Kings' day (10/3 lunar) %i is %s", (year, date) => {
    expect(formatDay(lunarToDay(year, 3, 10))).toBe(date);
  });

  it("starts a month a day before the Chinese calendar when the new moon is between 16:00 and 17:00 UTC", () => {
    // 14 Dec 2020: new moon 16:17 UTC = 23:17 in Hanoi, 00:17 next day in Beijing.
    expect(formatDay(lunarToDay(2020, 11, 1))).toBe("2020-12-14");
  });
});
