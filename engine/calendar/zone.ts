/**
 * Instants ↔ local wall-clock time in the calendar's IANA zone. Offsets come
 * from @date-fns/tz (Intl, so it runs in the browser) and are cached per UTC
 * hour: Intl costs about a microsecond a call, a Map hit a few nanoseconds.
 */
import { tzOffset } from "@date-fns/tz";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./days";
import { CalendarError } from "./errors";

/** A local wall-clock position: day number and milliseconds since local midnight. */
export interface LocalTime {
  day: number;
  ms: number;
}

export interface Zone {
  readonly name: string;
  toLocal(instant: number): LocalTime;
  /** The instant at `ms` after local midnight of `day`. */
  fromLocal(day: number, ms: number): number;
}

const CACHE_LIMIT = 100_000;

export function createZone(name: string): Zone {
  if (typeof name !== "string" || Number.isNaN(tzOffset(name, new Date(0)))) {
    throw new CalendarError("INVALID_CONFIG", `unknown time zone ${JSON.stringify(name)}`);
  }
  const cache = new Map<number, number>();
  const offsetAt = (instant: number): number => {
    const hour = Math.floor(instant / HOUR_MS);
    let off = cache.get(hour);
    if (off === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      off = tzOffset(name, new Date(hour * HOUR_MS)) * MINUTE_MS;
      cache.set(hour, off);
    }
    return off;
  };
  return {
    name,
    toLocal(instant) {
      const local = instant + offsetAt(instant);
      const day = Math.floor(local / DAY_MS);
      return { day, ms: local - day * DAY_MS };
    },
    fromLocal(day, ms) {
      const local = day * DAY_MS + ms;
      // Two passes settle the offset even next to a DST change (none in Vietnam since 1975).
      const guess = local - offsetAt(local);
      return local - offsetAt(guess);
    },
  };
}
