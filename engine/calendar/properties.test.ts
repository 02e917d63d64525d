import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { HOUR, hanoi } from "./test-utils";

const cal = createCalendar({ workingDays: ["2026-02-28"], daysOff: ["2026-03-03"] });
const FROM = Date.parse("2024-01-01T00:00:00+07:00");
const TO = Date.parse("2030-12-31T00:00:00+07:00");
const instant = fc.integer({ min: FROM, max: TO }).map((t) => new Date(t));
const quarterDays = fc.integer({ min: 1, max: 160 }).map((q) => q / 4); // 0.25 … 40

describe("calendar properties (2024–2030, random instants)", () => {
  it("for whole N the due date is 17:00 on a working day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 60 }), (at, n) => {
        const due = cal.dueDate(at, n);
        expect(hanoi(due.at).slice(11)).toBe("17:00");
        expect(cal.isWorkingDay(due.date)).toBe(true);
      }),
    );
  });

  it("the due date never comes earlier for a longer time (N > 0), nor before N = 0 for N ≥ 1", () => {
    fc.assert(
      fc.property(instant, quarterDays, quarterDays, (at, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(cal.dueDate(at, lo).at.getTime()).toBeLessThanOrEqual(
          cal.dueDate(at, hi).at.getTime(),
        );
        if (hi >= 1)
          expect(cal.dueDate(at, 0).at.getTime()).toBeLessThan(cal.dueDate(at, hi).at.getTime());
      }),
    );
  });

  it("workingTimeBetween undoes extendByWorkingTime", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 400 * HOUR }), (at, ms) => {
        expect(cal.workingTimeBetween(at, cal.extendByWorkingTime(at, ms))).toBe(ms);
      }),
    );
  });

  it("workingTimeBetween adds up over consecutive spans", () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        const sum = cal.workingTimeBetween(a, b) + cal.workingTimeBetween(b, c);
        expect(sum).toBe(cal.workingTimeBetween(a, c));
      }),
    );
  });

  it("receiptTime is idempotent, never earlier, and on a working day", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const r = cal.receiptTime(at);
        expect(r.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(cal.receiptTime(r)).toEqual(r);
        expect(cal.isWorkingDay(cal.localDate(r))).toBe(true);
      }),
    );
  });

  it("a whole-day timer keeps the time of day and lands on a working day", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (at, n) => {
        const fired = cal.addWorkingDays(at, n);
        expect(hanoi(fired).slice(10)).toBe(hanoi(at).slice(10));
        expect(cal.isWorkingDay(cal.localDate(fired))).toBe(true);
        expect(fired.getTime()).toBeGreaterThan(at.getTime());
      }),
    );
  });
});

describe("speed", () => {
  it("computes a 15-day due date in microseconds once the year is cached", () => {
    const base = Date.parse("2026-01-05T09:00:00+07:00");
    cal.dueDate(new Date(base), 15);
    const runs = 20_000;
    const start = performance.now();
    for (let i = 0; i < runs; i++) cal.dueDate(new Date(base + (i % 2000) * HOUR), 15);
    const micros = ((performance.now() - start) * 1000) / runs;
    expect(micros).toBeLessThan(50); // ~2 µs on a laptop; generous for slow CI
  });
});
