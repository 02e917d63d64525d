/**
 * Walking through working time. Every loop is bounded by MAX_WALK_DAYS, so a
 * bad config or a huge amount ends in a CalendarError, never a hang.
 */
import { DAY_MS } from "./days";
import { CalendarError } from "./errors";
import type { Zone } from "./zone";

/** About 20 years of calendar days. */
export const MAX_WALK_DAYS = 7_305;

export interface Walker {
  zone: Zone;
  intervals: [number, number][];
  isWorking(day: number): boolean;
}

function tooFar(): never {
  throw new CalendarError(
    "OUT_OF_RANGE",
    `the walk needs more than ${MAX_WALK_DAYS} calendar days (about 20 years)`,
  );
}

/** The `n`-th working day after `day` (n ≥ 1); `day` itself is never counted. */
export function nthWorkingDayAfter(w: Walker, day: number, n: number): number {
  let left = n;
  for (let d = day + 1; d <= day + MAX_WALK_DAYS; d++) {
    if (w.isWorking(d) && --left === 0) return d;
  }
  return tooFar();
}

/**
 * The instant `amount` ms of working time after `from`. Landing exactly on the
 * end of a period stays there (17:00, not 08:00 next day), which is what
 * "end of the Nth working day" means.
 */
export function walkForward(w: Walker, from: number, amount: number): number {
  if (amount === 0) return from;
  const start = w.zone.toLocal(from);
  let left = amount;
  let t = start.ms;
  for (let day = start.day; day <= start.day + MAX_WALK_DAYS; day++, t = 0) {
    if (!w.isWorking(day)) continue;
    for (const [s, e] of w.intervals) {
      if (t >= e) continue;
      const begin = Math.max(t, s);
      if (left <= e - begin) return w.zone.fromLocal(day, begin + left);
      left -= e - begin;
    }
  }
  return tooFar();
}

/** Working ms in [from, to); negative when `to` is before `from`. */
export function workingBetween(w: Walker, from: number, to: number): number {
  if (to < from) return 0 - workingBetween(w, to, from); // 0 - x, not -x: never -0
  const a = w.zone.toLocal(from);
  const b = w.zone.toLocal(to);
  if (b.day - a.day > MAX_WALK_DAYS) tooFar();
  let sum = 0;
  for (let day = a.day; day <= b.day; day++) {
    if (!w.isWorking(day)) continue;
    const lo = day === a.day ? a.ms : 0;
    const hi = day === b.day ? b.ms : DAY_MS;
    for (const [s, e] of w.intervals) sum += Math.max(0, Math.min(e, hi) - Math.max(s, lo));
  }
  return sum;
}
