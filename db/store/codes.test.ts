import { describe, expect, it } from "vitest";
import { codeUnit, hanoiDate } from "./codes";

describe("hanoiDate", () => {
  it.each([
    ["2026-03-01T16:59:59.999Z", "20260301"],
    ["2026-03-01T17:00:00.000Z", "20260302"],
    ["2026-12-31T17:00:00.000Z", "20270101"],
    ["2028-02-28T17:30:00.000Z", "20280229"],
  ])("%s is %s in Hanoi (UTC+7, no daylight saving)", (at, day) => {
    expect(hanoiDate(new Date(at))).toBe(day);
  });
});

describe("codeUnit", () => {
  it("keeps codes URL-safe", () => {
    expect(codeUnit("hn-bd.px_1")).toBe("HN-BD-PX-1");
  });
});
