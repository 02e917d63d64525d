/**
 * `number`: a JSON number, or a numeric string (form-js accepts both and
 * stores a string only when `serializeToString`). `decimalDigits` and
 * `increment` are checked exactly on the decimal text, as form-js does with big.js.
 */
import type { FormComponent } from "../../model/types";
import { countDecimals, isNumericString, offStep, plain } from "../decimal";
import { bound, isRequired, validateOf } from "../rules";
import type { FieldEnv, FieldType, Issue, Normalized } from "../types";

function normalize(raw: unknown, field: FormComponent): Normalized {
  if (raw === null || raw === undefined || raw === "") return { ok: true, value: null };
  const asString = field.serializeToString === true;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, issue: { code: "not-number" } };
    return { ok: true, value: asString ? plain(raw) : raw };
  }
  if (typeof raw !== "string") return { ok: false, issue: { code: "not-number" } };
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  if (!isNumericString(text)) return { ok: false, issue: { code: "not-number" } };
  const n = Number(text);
  if (!Number.isFinite(n)) return { ok: false, issue: { code: "not-number" } };
  return { ok: true, value: asString ? text.replace(/^\+/, "") : n };
}

function validate(value: unknown, field: FormComponent, env: FieldEnv): Issue[] {
  if (value === null || value === undefined) return isRequired(field) ? [{ code: "required" }] : [];
  const text = typeof value === "number" ? plain(value) : String(value);
  const n = Number(text);
  const issues: Issue[] = [];
  const digits = field.decimalDigits;
  if (typeof digits === "number" && digits >= 0 && countDecimals(text) > digits) {
    issues.push(
      digits === 0 ? { code: "not-integer" } : { code: "decimal-digits", params: { n: digits } },
    );
  }
  const increment = field.increment;
  const step =
    typeof increment === "number" || (typeof increment === "string" && isNumericString(increment))
      ? increment
      : undefined;
  if (step !== undefined && Number(step) > 0) {
    const off = offStep(text, step);
    if (off) issues.push({ code: "increment", params: off });
  }
  const v = validateOf(field);
  const min = bound(v.min, env);
  const max = bound(v.max, env);
  if (min !== undefined && n < min) issues.push({ code: "min", params: { n: min } });
  if (max !== undefined && n > max) issues.push({ code: "max", params: { n: max } });
  return issues;
}

export const number: FieldType = { type: "number", empty: null, normalize, validate };
