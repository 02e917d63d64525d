/**
 * The one domain error of the services layer (STYLE.md "Errors"), mapped
 * once to HTTP / UI by the app's action wrapper. Its codes are the public
 * API's (DESIGN.md §7).
 */
export type ServiceErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "VALIDATION" | "UNAUTHENTICATED" | "RATE_LIMITED";

/** One reason behind an error, e.g. a form field or a CSV line that is wrong. */
export interface ServiceErrorDetail {
  field?: string;
  id?: string | null;
  line?: number;
  message: string;
}

/** HTTP status of each code (DESIGN.md §7). */
export const SERVICE_ERROR_STATUS: Record<ServiceErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
};

export class ServiceError extends Error {
  override readonly name = "ServiceError";

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details: ServiceErrorDetail[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** HTTP status for this error's code. */
  get status(): number {
    return SERVICE_ERROR_STATUS[this.code];
  }

  /** The public API body: `{"error":{"code","message","details"}}`. */
  toJSON(): { error: { code: ServiceErrorCode; message: string; details: ServiceErrorDetail[] } } {
    return { error: { code: this.code, message: this.message, details: this.details } };
  }
}

/** True for a `ServiceError` (also across module copies, by name and code). */
export function isServiceError(error: unknown): error is ServiceError {
  return (
    error instanceof ServiceError ||
    (error instanceof Error &&
      error.name === "ServiceError" &&
      typeof (error as { code?: unknown }).code === "string")
  );
}
