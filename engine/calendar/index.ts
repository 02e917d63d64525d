/**
 * The working-day calendar: Vietnamese public holidays (solar and lunar),
 * announced days off and make-up days, the 15:00 receipt cut-off, due dates,
 * working-day timers and clock pauses (DOMAIN.md, ADR 0005).
 */
export { createCalendar, type Calendar, type DueDate } from "./calendar";
export type {
  CalendarConfig,
  Holiday,
  HolidayKind,
  HolidayOverride,
  NationalDayBridge,
} from "./config";
export { CalendarError, type CalendarErrorCode } from "./errors";
export { addIsoDuration, parseIsoDuration, type IsoDuration } from "./iso-duration";
