/** Builds `Problem`s: every finding carries an English and a Vietnamese sentence and a stable code. */
import type { Problem, Severity } from "@/engine/model/types";

export function problem(
  code: string,
  severity: Severity,
  id: string | null,
  message: string,
  messageVi: string,
): Problem {
  return { id, severity, message, messageVi, code };
}

export const error = (
  code: string,
  id: string | null,
  message: string,
  messageVi: string,
): Problem => problem(code, "error", id, message, messageVi);

export const warning = (
  code: string,
  id: string | null,
  message: string,
  messageVi: string,
): Problem => problem(code, "warning", id, message, messageVi);
