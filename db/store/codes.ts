/**
 * Dossier codes (mã hồ sơ, DOMAIN.md): receiving unit code + receipt date
 * (Hanoi) + a sequence number, e.g. `HN-BD-PX-20260302-0000123`. URL-safe by
 * construction ([A-Z0-9-]). The number comes from the `dossier_code_seq`
 * sequence in the submission's statement (`statement.ts`, ADR 0012): unique
 * under any concurrency without a row that submissions queue on.
 */

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
