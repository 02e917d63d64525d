/**
 * Dossier codes (mã hồ sơ, DOMAIN.md): receiving unit code + receipt date
 * (Hanoi) + a sequence number, e.g. `HN-BD-PX-20260302-0000123`. URL-safe by
 * construction ([A-Z0-9-]). The number comes from the `dossier_code_seq`
 * sequence in the submission's statement (`statement.ts`, ADR 0012): unique
 * under any concurrency without a row that submissions queue on.
 */

// Asia/Ho_Chi_Minh has been UTC+7 all year since 1975; Intl formatting cost ~2 % of a submission.
const HANOI_OFFSET_MS = 7 * 3_600_000;

/** `YYYYMMDD` of an instant in Hanoi. */
export function hanoiDate(at: Date): string {
  const iso = new Date(at.getTime() + HANOI_OFFSET_MS).toISOString();
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

/** Unit codes are admin-entered; anything outside [A-Z0-9-] is replaced so the code stays URL-safe. */
export function codeUnit(unit: string): string {
  return unit.toUpperCase().replace(/[^A-Z0-9-]+/g, "-");
}
