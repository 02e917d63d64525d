/** Date and time as officials write them: 24/11/2026 08:00 (the formatter carries the time zone). */
export const DATE_TIME = {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
} as const;
