/**
 * Shared by radio/select (one value) and checklist/taglist (a list of values).
 * Membership is checked in `validate`, where the whole form is known, because
 * a `valuesExpression` may depend on other fields (e.g. districts of the chosen province).
 */
import type { FormComponent } from "../../model/types";
import { isOption, isOptionShaped, resolveOptions, sameValue } from "../options";
import { isRequired } from "../rules";
import type { FieldEnv, FieldType, Issue, Normalized } from "../types";

/** Most entries a multi-select may hold. */
export const MAX_SELECTED = 500;

export function singleChoice(type: string): FieldType {
  return {
    type,
    empty: null,
    normalize(raw: unknown): Normalized {
      if (raw === null || raw === undefined || raw === "") return { ok: true, value: null };
      return isOptionShaped(raw)
        ? { ok: true, value: raw }
        : { ok: false, issue: { code: "not-option" } };
    },
    validate(value: unknown, field: FormComponent, env: FieldEnv): Issue[] {
      if (value === null || value === undefined)
        return isRequired(field) ? [{ code: "required" }] : [];
      return isOption(value, resolveOptions(field, env)) ? [] : [{ code: "not-option" }];
    },
  };
}

export function multiChoice(type: string): FieldType {
  return {
    type,
    empty: [],
    normalize(raw: unknown): Normalized {
      if (raw === null || raw === undefined) return { ok: true, value: [] };
      if (!Array.isArray(raw)) return { ok: false, issue: { code: "not-list" } };
      if (raw.length > MAX_SELECTED)
        return { ok: false, issue: { code: "too-many", params: { n: MAX_SELECTED } } };
      const out: unknown[] = [];
      for (const v of raw) {
        if (!isOptionShaped(v)) return { ok: false, issue: { code: "not-option" } };
        // a value ticked twice is one choice
        if (!out.some((o) => sameValue(o, v))) out.push(v);
      }
      return { ok: true, value: out };
    },
    validate(value: unknown, field: FormComponent, env: FieldEnv): Issue[] {
      const list = Array.isArray(value) ? value : [];
      if (list.length === 0) return isRequired(field) ? [{ code: "required" }] : [];
      const options = resolveOptions(field, env);
      return list.every((v) => isOption(v, options)) ? [] : [{ code: "not-option" }];
    },
  };
}
