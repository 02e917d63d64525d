/** Which inbox sentence explains a service error. Pure. */
import type { ServiceError } from "@/db/services/errors";

export type ErrorKey =
  | "claimedByOther"
  | "alreadyClosed"
  | "supplementOnce"
  | "apologyOnce"
  | "notLate"
  | "refuseNotAllowed"
  | "dossierFinished"
  | "conflict"
  | "validation"
  | "forbidden"
  | "notFound"
  | "unauthenticated";

/** Which sentence explains a service error (the verbs' details say why a CONFLICT happened). */
export function errorKey(error: ServiceError): ErrorKey {
  const why = error.details.map((d) => d.message).join(" ");
  switch (error.code) {
    case "CONFLICT":
      if (why.includes("claimed by another")) return "claimedByOther";
      if (/\b(completed|cancelled)\b/.test(why)) return "alreadyClosed";
      if (why.includes("supplement already")) return "supplementOnce";
      if (why.includes("apology already")) return "apologyOnce";
      if (why.includes("not late")) return "notLate";
      if (why.includes("refusal")) return "refuseNotAllowed";
      if (/\b(refused|withdrawn|stopped|returned)\b/.test(why)) return "dossierFinished";
      return "conflict";
    case "VALIDATION":
      return "validation";
    case "FORBIDDEN":
      return "forbidden";
    case "NOT_FOUND":
      return "notFound";
    default:
      return "unauthenticated";
  }
}
