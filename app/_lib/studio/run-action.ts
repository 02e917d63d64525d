import "server-only";
import { randomUUID } from "node:crypto";
import { isServiceError } from "@/db/services/errors";
import type { ActionResult } from "./result";

/** The one wrapper of studio actions: the verb's value, or its error mapped once (STYLE.md §5). */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isServiceError(error))
      return { ok: false, code: error.code, message: error.message, details: error.details };
    if (error instanceof Error && error.name === "ZodError")
      return { ok: false, code: "VALIDATION", message: error.message, details: [] };
    const ref = randomUUID().slice(0, 8);
    console.error(`studio action failed (ref ${ref})`, error);
    return { ok: false, code: "UNKNOWN", message: "unexpected error", details: [], ref };
  }
}
