/**
 * Locale-aware formatting of procedure facts. Pure: the caller passes the
 * locale, so the same helpers serve server components and tests.
 */

/** Fee in VND, e.g. `50.000 ₫` in Vietnamese; `null` for a free procedure. */
export function formatFee(fee: number, locale: string): string | null {
  if (fee <= 0) return null;
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : locale, {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(fee);
}
