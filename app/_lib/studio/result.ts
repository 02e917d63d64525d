/**
 * What a studio server action answers: the value, or an error the UI can put
 * in the user's language (`code` indexes `studio.errors`). Shared by the
 * actions and the client components, so it imports nothing server-only.
 */
import type { ServiceErrorCode, ServiceErrorDetail } from "@/db/services/errors";

export type ActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      code: ServiceErrorCode | "UNKNOWN" | "NOT_AVAILABLE";
      message: string;
      details: ServiceErrorDetail[];
      ref?: string;
    };
