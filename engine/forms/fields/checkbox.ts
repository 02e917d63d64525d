/** `checkbox`: a boolean; `required` means it must be ticked (form-js: an unchecked checkbox fails required). */
import type { FormComponent } from "../../model/types";
import { isRequired } from "../rules";
import type { FieldType, Issue, Normalized } from "../types";

function normalize(raw: unknown): Normalized {
  if (raw === null || raw === undefined) return { ok: true, value: false };
  if (typeof raw !== "boolean") return { ok: false, issue: { code: "not-boolean" } };
  return { ok: true, value: raw };
}

function validate(value: unknown, field: FormComponent): Issue[] {
  return value !== true && isRequired(field) ? [{ code: "required" }] : [];
}

export const checkbox: FieldType = { type: "checkbox", empty: false, normalize, validate };
