/**
 * Dossier codes (mã hồ sơ, DOMAIN.md): receiving unit code + receipt date
 * (Hanoi) + a per-(unit, day) sequence, e.g. `HN-BD-PX-20260302-000123`.
 * URL-safe by construction ([A-Z0-9-]). The counter row is bumped with one
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, which PostgreSQL serialises
 * on the row: concurrent submissions never get the same number.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { queryRows } from "../sql";

const hanoiDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** `YYYYMMDD` of an instant in Hanoi. */
export function hanoiDate(at: Date): string {
  return hanoiDay.format(at).replaceAll("-", "");
}

/** Unit codes are admin-entered; anything outside [A-Z0-9-] is replaced so the code stays URL-safe. */
export function codeUnit(unit: string): string {
  return unit.toUpperCase().replace(/[^A-Z0-9-]+/g, "-");
}

/** The next dossier code for `unit` on the Hanoi date of `receivedAt`. */
export async function nextDossierCode(tx: Tx, unit: string, receivedAt: Date): Promise<string> {
  const day = hanoiDate(receivedAt);
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into dossier_code_counters (unit_code, day, last) values (${unit}, ${day}, 1)
        on conflict (unit_code, day) do update set last = dossier_code_counters.last + 1
        returning last`,
  );
  const seq = Number(row?.last ?? 1);
  return `${codeUnit(unit)}-${day}-${String(seq).padStart(6, "0")}`;
}
