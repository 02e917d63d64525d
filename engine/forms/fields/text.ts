/**
 * Shared by textfield and textarea. Values are stored NFC-normalised (the
 * same Vietnamese word typed on different keyboards compares equal) and
 * trimmed at both ends, so "   " counts as empty for `required`; form-js
 * keeps the raw text but also measures lengths on the trimmed value.
 */
import type { FormComponent } from "../../model/types";
import { isRequired, textRules } from "../rules";
import type { FieldEnv, FieldType, Issue, Normalized } from "../types";

/** Longest text accepted in any field, whatever `maxLength` says. */
export const MAX_TEXT = 50_000;

export function normalizeText(raw: unknown): Normalized {
  if (raw === null || raw === undefined) return { ok: true, value: "" };
  if (typeof raw !== "string") return { ok: false, issue: { code: "not-string" } };
  if (raw.length > MAX_TEXT * 2)
    return { ok: false, issue: { code: "too-long", params: { n: MAX_TEXT } } };
  const value = raw.normalize("NFC").trim();
  if (value.length > MAX_TEXT)
    return { ok: false, issue: { code: "too-long", params: { n: MAX_TEXT } } };
  return { ok: true, value };
}

function validateText(value: unknown, field: FormComponent, env: FieldEnv): Issue[] {
  if (typeof value !== "string" || value === "")
    return isRequired(field) ? [{ code: "required" }] : [];
  return textRules(value, field, env);
}

export function textType(type: string): FieldType {
  return { type, empty: "", normalize: normalizeText, validate: validateText };
}
