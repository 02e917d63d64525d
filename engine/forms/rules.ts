/**
 * The `validate` rules form-js applies (Validator.js `runPresetValidation`),
 * shared by the field types. A bound (`min`, `maxLength`…) may be `=expr`.
 */
import type { FormComponent } from "../model/types";
import { resolveWith, type ScopeSource } from "./feel-scope";
import { matchesPattern } from "./regex";
import type { Issue } from "./types";

export interface Validate {
  required?: unknown;
  min?: unknown;
  max?: unknown;
  minLength?: unknown;
  maxLength?: unknown;
  pattern?: unknown;
  patternErrorMessage?: unknown;
  validationType?: unknown;
  minItems?: unknown;
  maxItems?: unknown;
}

export function validateOf(field: FormComponent): Validate {
  const v = field.validate;
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Validate) : {};
}

export function isRequired(field: FormComponent): boolean {
  return validateOf(field).required === true;
}

/** A numeric bound, possibly FEEL; anything that is not a finite number means "no bound". */
export function bound(value: unknown, env: ScopeSource): number | undefined {
  const v = resolveWith(value, env);
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

// The WHATWG HTML "valid e-mail address" grammar, which form-js also uses.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * Vietnamese numbers as citizens write them (0912 345 678, 024 3825 1234,
 * +84 912 345 678) or any E.164 number. More lenient than form-js, which
 * insists on an international prefix; the server may accept what the browser would not.
 */
export function isPhone(text: string): boolean {
  const compact = text.replace(/[\s.()-]/g, "");
  if (/^(\+84|0084|0)(3|5|7|8|9)\d{8}$/.test(compact)) return true;
  if (/^(\+84|0084|0)2\d{9}$/.test(compact)) return true;
  return /^(\+|00)[1-9]\d{6,14}$/.test(compact);
}

/** minLength / maxLength / pattern / validationType on a non-empty string. */
export function textRules(value: string, field: FormComponent, env: ScopeSource): Issue[] {
  const v = validateOf(field);
  const issues: Issue[] = [];
  const minLength = bound(v.minLength, env);
  const maxLength = bound(v.maxLength, env);
  if (minLength !== undefined && value.length < minLength)
    issues.push({ code: "min-length", params: { n: minLength } });
  if (maxLength !== undefined && value.length > maxLength)
    issues.push({ code: "max-length", params: { n: maxLength } });
  if (typeof v.pattern === "string" && v.pattern !== "") {
    const custom =
      typeof v.patternErrorMessage === "string" && v.patternErrorMessage
        ? v.patternErrorMessage
        : undefined;
    // A pattern that does not compile is reported by checkFormSchema; here it fails closed.
    if (!matchesPattern(v.pattern, value)) {
      issues.push({
        code: "pattern",
        params: { pattern: v.pattern },
        ...(custom ? { custom } : {}),
      });
    }
  }
  if (v.validationType === "email" && (value.length > 254 || !EMAIL.test(value)))
    issues.push({ code: "email" });
  if (v.validationType === "phone" && (value.length > 40 || !isPhone(value)))
    issues.push({ code: "phone" });
  return issues;
}
