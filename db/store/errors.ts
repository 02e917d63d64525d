/** Engine refusals (`StepError`) as the services' one domain error (STYLE.md "Errors"). */
import { StepError } from "@/engine/step";
import { ServiceError, type ServiceErrorDetail } from "../services/errors";

/** Maps a StepError to ServiceError (CONFLICT 409, VALIDATION 422 with field details); other errors pass through. */
export function fromStepError(error: unknown): unknown {
  if (!(error instanceof StepError)) return error;
  const details: ServiceErrorDetail[] = error.details.map((d) => ({
    ...(d.field !== undefined ? { field: d.field } : {}),
    ...(d.id !== undefined ? { id: d.id } : {}),
    message: d.message,
  }));
  const code = error.code === "VALIDATION" || error.code === "INVALID" ? "VALIDATION" : error.code;
  return new ServiceError(code, error.message, details, { cause: error });
}
