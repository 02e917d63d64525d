/**
 * `expression`: a value computed from the other fields with FEEL. The
 * server computes it and ignores whatever the client sent; a failing
 * expression stores null, as form-js does.
 */
import type { FormComponent } from "../../model/types";
import { resolveProp } from "../feel-scope";
import type { FieldEnv, FieldType, Normalized } from "../types";

/** Computes the field's value in its scope (`computeOn` only says when the browser computes it). */
export function compute(field: FormComponent, scope: Record<string, unknown>): unknown {
  const { expression } = field;
  if (typeof expression !== "string" || !expression.trim().startsWith("=")) return null;
  const value = resolveProp(expression, scope);
  return value === undefined ? null : value;
}

export const expression: FieldType = {
  type: "expression",
  empty: null,
  normalize: (_raw: unknown, field: FormComponent, env: FieldEnv): Normalized => ({
    ok: true,
    value: compute(field, env.scope),
  }),
  validate: () => [],
};
