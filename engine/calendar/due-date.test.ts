import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { hanoi, vn } from "./test-utils";

const cal = createCalendar();

describe("receiptTime: the 15:00 cut-off and non-working days", () => {
  it.each([
    ["Mon 09:00 in hours", "2026-03-02T09:00", "2026-03-02T09:00"],
    ["Mon 15:00 exactly is not after the cut-off", "2026-03-02T15:00", "2026-03-02T15:00"],
    ["Mon 15:00:01 is after it", "2026-03-02T15:00:01", "2026-03-03T08:00"],
    ["Mon 17:30 after closing", "2026-03-02T17:30", "2026-03-03T08:00"],
    ["Mon 07:30 before opening starts the clock at 08:00", "2026-03-02T07:30", "2026-03-02T08:00"],
    ["Mon 12:30 in the lunch break starts it at 13:00", "2026-03-02T12:30", "2026-03-02T13:00"],
    ["Sat → Mon", "2026-03-07T10:00", "2026-03-09T08:00"],
    ["Fri 16:00 before Tết → Mon after Tết", "2026-02-13T16:00", "2026-02-23T08:00"],
    ["Tết day → Mon after Tết", "2026-02-18T09:00", "2026-02-23T08:00"],
    ["Thu 30/4 holiday → Mon 4/5", "2026-04-30T09:00", "2026-05-04T08:00"],
    [
      "Sat before Hùng Kings' day → Tue (Sun 26/4 holiday, Mon 27/4 off)",
      "2026-04-25T10:00",
      "2026-04-28T08:00",
    ],
  ])("%s", (_, at, expected) => {
    expect(hanoi(cal.receiptTime(vn(at)))).toBe(expected);
  });

  it("counts a make-up Saturday as a working day and skips an announced day off", () => {
    const c = createCalendar({ workingDays: ["2026-02-28"], daysOff: ["2026-03-03"] });
    expect(hanoi(c.receiptTime(vn("2026-02-28T09:00")))).toBe("2026-02-28T09:00");
    expect(hanoi(c.receiptTime(vn("2026-03-02T16:00")))).toBe("2026-03-04T08:00");
  });

  it("uses the configured cut-off and hours", () => {
    const c = createCalendar({
      cutoff: "16:00",
      workingHours: [
        ["07:30", "11:30"],
        ["13:30", "17:30"],
      ],
    });
    expect(hanoi(c.receiptTime(vn("2026-03-02T15:30")))).toBe("2026-03-02T15:30");
    expect(hanoi(c.receiptTime(vn("2026-03-02T16:30")))).toBe("2026-03-03T07:30");
  });
});

describe("dueDate: N working days, the receipt day not counted, end of day", () => {
  it.each([
    ["DESIGN §6 example: Mon 09:00 + 3", "2026-03-02T09:00", 3, "2026-03-05T17:00"],
    ["after the cut-off the clock starts Tue", "2026-03-02T16:00", 3, "2026-03-06T17:00"],
    ["Fri + 1 → Mon", "2026-03-06T10:00", 1, "2026-03-09T17:00"],
    ["N = 0: end of the receipt day", "2026-03-06T10:00", 0, "2026-03-06T17:00"],
    ["N = 0 after 15:00: end of the next working day", "2026-03-06T16:00", 0, "2026-03-09T17:00"],
    ["N = 0 on a Saturday: end of Monday", "2026-03-07T10:00", 0, "2026-03-09T17:00"],
    [
      "across Tết: Thu 12/2 + 3 → Fri 13, Mon 23, Tue 24",
      "2026-02-12T10:00",
      3,
      "2026-02-24T17:00",
    ],
    ["across Tết: Fri 13/2 + 5 → Fri 27", "2026-02-13T10:00", 5, "2026-02-27T17:00"],
    [
      "across 27/4, 30/4, 1/5: Fri 24/4 + 3 → Tue 28, Wed 29, Mon 4/5",
      "2026-04-24T09:00",
      3,
      "2026-05-04T17:00",
    ],
    ["15 working days", "2026-03-02T09:00", 15, "2026-03-23T17:00"],
    ["across New Year: Wed 31/12/2025 + 1 → Fri 2/1", "2025-12-31T09:00", 1, "2026-01-02T17:00"],
  ])("%s", (_, at, n, expected) => {
    const due = cal.dueDate(vn(at), n);
    expect(hanoi(due.at)).toBe(expected);
    expect(due.date).toBe(expected.slice(0, 10));
  });

  it("returns the instant the clock started", () => {
    expect(hanoi(cal.dueDate(vn("2026-03-07T10:00"), 1).receivedAt)).toBe("2026-03-09T08:00");
  });

  it("counts a make-up Saturday and skips an announced day off", () => {
    const makeUp = createCalendar({ workingDays: ["2026-02-28"] });
    expect(makeUp.dueDate(vn("2026-02-26T10:00"), 2).date).toBe("2026-02-28");
    expect(cal.dueDate(vn("2026-02-26T10:00"), 2).date).toBe("2026-03-02");
    const dayOff = createCalendar({ daysOff: ["2026-03-03"] });
    expect(dayOff.dueDate(vn("2026-03-02T09:00"), 3).date).toBe("2026-03-06");
  });
});

describe("dueDate with fractional N (working hours, 1 day = 8 h)", () => {
  // Below one day the clock runs from the receipt instant; from one day on the
  // receipt day is not counted, so the clock runs from its end (ADR 0005).
  it.each([
    ["0.5 from Mon 09:00 → 4 h later, over lunch", "2026-03-02T09:00", 0.5, "2026-03-02T14:00"],
    ["0.5 from Mon 14:00 → Tue 09:00", "2026-03-02T14:00", 0.5, "2026-03-03T09:00"],
    ["0.5 after the cut-off → Tue 12:00", "2026-03-02T16:00", 0.5, "2026-03-03T12:00"],
    ["0.5 from Fri 13/2 14:00 → after Tết", "2026-02-13T14:00", 0.5, "2026-02-23T09:00"],
    ["0.25 from Mon 11:00 → 13:00 + 1 h", "2026-03-02T11:00", 0.25, "2026-03-02T14:00"],
    ["2.5: end of 2nd day + 4 h → 12:00 of the 3rd", "2026-03-02T09:00", 2.5, "2026-03-05T12:00"],
    ["1.25 from Fri: end of Mon + 2 h", "2026-03-06T09:00", 1.25, "2026-03-10T10:00"],
  ])("%s", (_, at, n, expected) => {
    expect(hanoi(cal.dueDate(vn(at), n).at)).toBe(expected);
  });
});
