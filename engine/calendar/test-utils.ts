/** Test helpers: write and read instants as Hanoi wall-clock time (UTC+7, no DST). */
const OFFSET_MS = 7 * 3_600_000;

/** `vn("2026-03-02T09:00")` is 09:00 in Hanoi; seconds optional, a bare date is midnight. */
export function vn(local: string): Date {
  const full =
    local.length === 10 ? `${local}T00:00:00` : local.length === 16 ? `${local}:00` : local;
  return new Date(`${full}+07:00`);
}

/** An instant as Hanoi `YYYY-MM-DDTHH:MM` (seconds shown only when present). */
export function hanoi(at: Date): string {
  const s = new Date(at.getTime() + OFFSET_MS).toISOString();
  return s.endsWith(":00.000Z") ? s.slice(0, 16) : s.slice(0, 19);
}

export const HOUR = 3_600_000;
