import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";

// Expected non-working holidays, written by hand from the rules in ADR 0005
// (h = holiday, c = compensation), one line per year.
const EXPECTED: Record<number, string> = {
  // Tết Sat 10 Feb: eve Fri 9 … mùng 4 Tue 13; Sat + Sun → Wed 14, Thu 15.
  // 2/9 Mon: the neighbour is Tue 3/9, as announced for 2024.
  2024: "01-01h 02-09h 02-10h 02-11h 02-12h 02-13h 02-14c 02-15c 04-18h 04-30h 05-01h 09-02h 09-03h",
  // Tết Wed 29 Jan: mùng 4 on Sat 1 Feb → Mon 3 Feb. 2/9 Tue → Mon 1/9, as announced for 2025.
  2025: "01-01h 01-28h 01-29h 01-30h 01-31h 02-01h 02-03c 04-07h 04-30h 05-01h 09-01h 09-02h",
  // Tết Mon–Fri 16–20 Feb (with the weekends: 14–22 Feb). Hùng Kings' day Sun 26/4 → Mon 27/4
  // (DOMAIN.md worked example); 30/4 Thu, 1/5 Fri. 2/9 Wed: no neighbour touches a weekend → 1/9.
  2026: "01-01h 02-16h 02-17h 02-18h 02-19h 02-20h 04-26h 04-27c 04-30h 05-01h 09-01h 09-02h",
  // Tết Sat 6 Feb: Sat + Sun → Wed 10, Thu 11. 1/5 Sat → Mon 3/5. 2/9 Thu → Fri 3/9.
  2027: "01-01h 02-05h 02-06h 02-07h 02-08h 02-09h 02-10c 02-11c 04-16h 04-30h 05-01h 05-03c 09-02h 09-03h",
  // 1/1 Sat → Mon 3/1. Tết Wed 26 Jan: mùng 4 Sat 29 → Mon 31. 30/4 Sun: Mon 1/5 is a holiday
  // itself → Tue 2/5. 2/9 Sat: Fri 1/9 is the neighbour, Sat compensated on Mon 4/9.
  2028: "01-01h 01-03c 01-25h 01-26h 01-27h 01-28h 01-29h 01-31c 04-04h 04-30h 05-01h 05-02c 09-01h 09-02h 09-04c",
  // Tết Mon–Fri. 2/9 Sun: Mon 3/9 is the neighbour, Sun compensated on Tue 4/9.
  2029: "01-01h 02-12h 02-13h 02-14h 02-15h 02-16h 04-23h 04-30h 05-01h 09-02h 09-03h 09-04c",
  // Tết Sat 2 Feb (Vietnam; China: 3 Feb): eve Fri 1 … Tue 5; Sat + Sun → Wed 6, Thu 7. 2/9 Mon → 3/9.
  2030: "01-01h 02-01h 02-02h 02-03h 02-04h 02-05h 02-06c 02-07c 04-12h 04-30h 05-01h 09-02h 09-03h",
};

const short = (h: { date: string; kind: string }) => `${h.date.slice(5)}${h.kind[0]}`;

describe("holidays(year) with the default rules", () => {
  const cal = createCalendar();

  it.each(Object.entries(EXPECTED))("%s", (year, expected) => {
    expect(cal.holidays(Number(year)).map(short).join(" ")).toBe(expected);
  });

  it("marks every listed holiday as a non-working day", () => {
    for (const year of Object.keys(EXPECTED)) {
      for (const h of cal.holidays(Number(year)))
        expect(cal.isWorkingDay(h.date), h.date).toBe(false);
    }
  });

  it("names holidays in Vietnamese and English", () => {
    const list = cal.holidays(2026);
    expect(list.find((h) => h.date === "2026-02-17")).toEqual({
      date: "2026-02-17",
      nameVi: "Tết Nguyên đán (mùng 1)",
      nameEn: "Lunar New Year (day 1)",
      kind: "holiday",
    });
    expect(list.find((h) => h.date === "2026-04-27")?.nameVi).toBe(
      "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)",
    );
  });

  it("keeps the 2026 worked example: 26/4 Sunday → 27/4 off; 30/4 and 1/5 Thursday and Friday", () => {
    expect(
      [
        "2026-04-26",
        "2026-04-27",
        "2026-04-28",
        "2026-04-29",
        "2026-04-30",
        "2026-05-01",
        "2026-05-04",
      ].map(cal.isWorkingDay),
    ).toEqual([false, false, true, true, false, false, true]);
  });
});

describe("holidays(year) with configuration", () => {
  it("takes the National Day neighbour from nationalDayBridge", () => {
    const on = (bridge: "before" | "after") =>
      createCalendar({ nationalDayBridge: bridge })
        .holidays(2026)
        .filter((h) => h.date.startsWith("2026-09"))
        .map(short);
    expect(on("before")).toEqual(["09-01h", "09-02h"]);
    expect(on("after")).toEqual(["09-02h", "09-03h"]);
  });

  it("applies the announced 2025 swap: Saturday 26/4 worked, Friday 2/5 off", () => {
    const cal = createCalendar({ workingDays: ["2025-04-26"], daysOff: ["2025-05-02"] });
    expect(cal.isWorkingDay("2025-04-26")).toBe(true);
    expect(cal.isWorkingDay("2025-05-02")).toBe(false);
    expect(cal.holidays(2025).filter((h) => h.kind === "announced")).toEqual([
      {
        date: "2025-05-02",
        nameVi: "Ngày nghỉ theo thông báo",
        nameEn: "Announced day off",
        kind: "announced",
      },
    ]);
  });

  it("drops a holiday turned into a working day from the list", () => {
    const cal = createCalendar({ workingDays: ["2024-02-15"], daysOff: ["2024-02-08"] });
    const tet = cal
      .holidays(2024)
      .filter((h) => h.date.startsWith("2024-02"))
      .map(short);
    expect(tet).toEqual(["02-08a", "02-09h", "02-10h", "02-11h", "02-12h", "02-13h", "02-14c"]);
    expect(cal.isWorkingDay("2024-02-15")).toBe(true);
  });

  it("replaces a year's generated holidays with holidayOverrides, leaving other years alone", () => {
    const cal = createCalendar({
      holidayOverrides: {
        2026: [{ date: "2026-01-02", nameVi: "Tết Dương lịch", nameEn: "New Year's Day" }],
      },
    });
    expect(cal.holidays(2026).map(short)).toEqual(["01-02h"]);
    expect(cal.isWorkingDay("2026-01-01")).toBe(true);
    expect(cal.isWorkingDay("2026-02-17")).toBe(true);
    expect(cal.isWorkingDay("2027-01-01")).toBe(false);
  });

  it("compensates only for configured rest days", () => {
    const sundayOnly = createCalendar({ weekend: [0] });
    expect(sundayOnly.isWorkingDay("2026-03-07")).toBe(true); // a Saturday
    expect(sundayOnly.holidays(2028).slice(0, 2).map(short)).toEqual(["01-01h", "01-25h"]); // Sat 1/1 not compensated
  });
});
