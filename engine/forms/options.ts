/**
 * Option lists of radio, select, checklist and taglist, from one of three
 * sources as in form-js: static `values`, `valuesKey` (a variable holding the
 * list — looked up in the process variables, never in the submission, so a
 * citizen cannot widen their own choices) or `valuesExpression` (FEEL).
 */
import type { FormComponent } from "../model/types";
import { resolveProp } from "./feel-scope";
import { isRecord } from "./paths";
import type { FieldEnv } from "./types";

export interface Option {
  label: string;
  value: unknown;
}

function isPrimitiveValue(v: unknown): boolean {
  return (
    (typeof v === "string" && v !== "") ||
    (typeof v === "number" && Number.isFinite(v)) ||
    typeof v === "boolean"
  );
}

/** form-js `normalizeOptionsData`: primitives become `{ label, value }`; invalid entries are dropped. */
export function normalizeOptions(data: unknown): Option[] {
  if (!Array.isArray(data)) return [];
  const out: Option[] = [];
  for (const o of data.slice(0, 5000)) {
    if (isPrimitiveValue(o)) out.push({ label: String(o), value: o });
    else if (isRecord(o)) {
      const label = typeof o.label === "string" && o.label !== "" ? o.label : null;
      if (label === null && isPrimitiveValue(o.value))
        out.push({ label: String(o.value), value: o.value });
      else if (
        label !== null &&
        (isPrimitiveValue(o.value) || (isRecord(o.value) && Object.keys(o.value).length > 0))
      ) {
        out.push({ label, value: o.value });
      }
    }
  }
  return out;
}

/** The field's options, or null when they cannot be known (its `valuesKey` is not among the variables). */
export function resolveOptions(field: FormComponent, env: FieldEnv): Option[] | null {
  if (typeof field.valuesExpression === "string" && field.valuesExpression.trim() !== "") {
    return normalizeOptions(resolveProp(field.valuesExpression, env.scope));
  }
  if (typeof field.valuesKey === "string" && field.valuesKey !== "") {
    if (!Object.hasOwn(env.context, field.valuesKey)) return null;
    return normalizeOptions(env.context[field.valuesKey]);
  }
  return normalizeOptions(field.values);
}

/** Structural equality for option values (objects are allowed as values), bounded in depth. */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > 8) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, k) => sameValue(x, b[k], depth + 1));
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k], depth + 1));
  }
  return false;
}

/** Whether a submitted value is one of the options; with unknown options (null) any option-shaped value is. */
export function isOption(value: unknown, options: Option[] | null): boolean {
  return options === null ? isOptionShaped(value) : options.some((o) => sameValue(o.value, value));
}

/** A value a citizen may submit for an option: a primitive or a small JSON object (bounded, no prototypes). */
export function isOptionShaped(value: unknown, depth = 0): boolean {
  if (isPrimitiveValue(value)) return !(typeof value === "string" && value.length > 10_000);
  if (depth > 4 || !isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= 50 && entries.every(([, v]) => v === null || isOptionShaped(v, depth + 1))
  );
}
