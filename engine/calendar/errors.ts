/** What went wrong, so callers can map a calendar failure without parsing messages. */
export type CalendarErrorCode =
  | "INVALID_DATE" // a NaN Date or a malformed YYYY-MM-DD string
  | "INVALID_ARGUMENT" // a negative, non-finite or absurdly large amount
  | "INVALID_CONFIG" // a CalendarConfig that cannot describe a calendar
  | "INVALID_DURATION" // a malformed ISO 8601 duration
  | "OUT_OF_RANGE"; // outside the years the calendar can compute (lunar table, bounded walks)

/** The one error type thrown by `engine/calendar`; bad input never loops or returns garbage. */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CalendarError";
  }
}
