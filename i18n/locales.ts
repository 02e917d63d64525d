/** The languages the app speaks; Vietnamese first and the default. */
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
/** Cookie holding the visitor's choice (no locale prefix in URLs: ADR 0002). */
export const localeCookie = "NEXT_LOCALE";
/** Times are shown in the administrations' time zone, whoever looks. */
export const timeZone = "Asia/Ho_Chi_Minh";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
