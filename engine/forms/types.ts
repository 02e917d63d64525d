/**
 * Public shapes of the form-data validator (DESIGN.md §2: the server's
 * validation of a form-js submission is the guard, the browser's a courtesy).
 */
import type { FormComponent } from "../model/types";

/** One problem with one submitted value. */
export interface FieldError {
  /** Value path of the field: `hoTen`, `nguoiNop.diaChi`, `thanhVien[2].ten`; `""` for the whole payload. */
  field: string;
  /** Stable machine-readable code, e.g. `required`, `min-length`, `not-option`. */
  code: string;
  /** English sentence. */
  message: string;
  /** The same sentence in Vietnamese. */
  messageVi: string;
  /** The field's label as the designer wrote it (omitted when none or when it is an expression). */
  label?: string;
}

export interface FormValidationResult {
  ok: boolean;
  errors: FieldError[];
  /** Cleaned data: only keys the form declares, hidden fields stripped, expression fields computed here. */
  data: Record<string, unknown>;
}

export interface ValidateOptions {
  /** The clock, for `disallowPassedDates`. Without it that rule is not enforced (the engine never reads the clock). */
  now?: Date;
  /**
   * Process variables: initial values (what a disabled/readonly or omitted field keeps),
   * option lists named by `valuesKey`, and variables for FEEL expressions.
   */
  context?: Record<string, unknown>;
  /** Offset of the civil day for "today" in minutes east of UTC; default 420 (Asia/Ho_Chi_Minh). */
  utcOffsetMinutes?: number;
}

/**
 * What a `filepicker` field stores: one reference per uploaded file (an array when `multiple`).
 * The bytes live in the file store; `id` is the store's id. This validator checks the shape and
 * `accept` only — the caller must check that each id is an upload the submitter owns.
 */
export interface FileRef {
  id: string;
  name: string;
  /** Bytes, a non-negative integer. */
  size: number;
  /** MIME type as `type/subtype`, e.g. `application/pdf`. */
  mime: string;
}

/** A schema problem found by `checkFormSchema` (same shape as the BPMN `Problem`). */
export interface FormProblem {
  /** The component's `id` (or its key when it has no id); null for the form itself. */
  id: string | null;
  severity: "error" | "warning";
  message: string;
  messageVi: string;
  code: string;
}

/** One data-carrying field, as listed by `formFields`. */
export interface FormFieldInfo {
  /** The field's own key (for a dynamic list: its path). */
  key: string;
  /** Full value path; list items appear as `thanhVien[].ten`. */
  path: string;
  type: string;
  label?: string;
  required: boolean;
  /** Static options (`values`), normalised to `{ label, value }`. */
  options?: { label: string; value: unknown }[];
}

/** A rule violation before it is turned into sentences. */
export interface Issue {
  code: string;
  params?: Record<string, string | number>;
  /** A designer-written message that replaces the default (e.g. `validate.patternErrorMessage`). */
  custom?: string;
}

/** What a field handler sees besides its own value. */
export interface FieldEnv {
  /** FEEL variables at this field (root data over context, plus `this`/`parent`/`i` in lists). */
  scope: Record<string, unknown>;
  context: Record<string, unknown>;
  now?: Date;
  utcOffsetMinutes: number;
}

export type Normalized = { ok: true; value: unknown } | { ok: false; issue: Issue };

/** One data-carrying field type — one file per type, like form-js's form-fields/*.js. */
export interface FieldType {
  type: string;
  /** What form-js stores for an untouched field (`emptyValue`). */
  empty: unknown;
  /** Submitted JSON → stored shape, or why it cannot be. Never throws. */
  normalize(raw: unknown, field: FormComponent, env: FieldEnv): Normalized;
  /** Rules on a normalised value (required, lengths, options…). */
  validate(value: unknown, field: FormComponent, env: FieldEnv): Issue[];
}
