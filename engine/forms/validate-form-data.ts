/**
 * Server-side validation of a form-js submission — the guard (DESIGN.md §2).
 */
import type { FormSchema } from "../model/types";
import { checkAll, type CheckState } from "./check";
import { collectAll, computePending } from "./collect";
import { fieldMessage } from "./messages";
import { isRecord } from "./paths";
import type { FormValidationResult, ValidateOptions } from "./types";

/**
 * Validates submitted data against a form-js schema and returns the cleaned
 * data to store as process variables.
 *
 * - Only fields the form declares are kept; hidden fields (`conditional.hide`)
 *   are neither validated nor kept; expression fields are computed here.
 * - Disabled/readonly fields keep their initial value (`context`, then
 *   `defaultValue`); what the client sent for them is ignored.
 * - A field not sent takes its initial value, then `defaultValue`, then
 *   form-js's empty value (`""`, `null`, `false` or `[]`).
 * - Text is NFC-normalised and trimmed; numeric strings become numbers unless
 *   `serializeToString`.
 *
 * Never throws, whatever `data` is.
 */
export function validateFormData(
  schema: FormSchema,
  data: unknown,
  options: ValidateOptions = {},
): FormValidationResult {
  if (!isRecord(data)) {
    return {
      ok: false,
      errors: [{ field: "", code: "not-form-data", ...fieldMessage({ code: "not-form-data" }) }],
      data: {},
    };
  }
  const context = isRecord(options.context) ? options.context : {};
  const st: CheckState = {
    context,
    candidate: {},
    utcOffsetMinutes: typeof options.utcOffsetMinutes === "number" ? options.utcOffsetMinutes : 420,
    typeErrors: new Map(),
    locked: new Set(),
    pending: [],
    errors: [],
  };
  if (options.now) st.now = options.now;
  const components = isRecord(schema) && Array.isArray(schema.components) ? schema.components : [];
  const frame = { thisData: st.candidate, parent: null, i: [] };
  collectAll(
    components,
    { raw: data, init: context, target: st.candidate, frame, prefix: "", depth: 0 },
    st,
  );
  computePending(st);
  const out: Record<string, unknown> = {};
  checkAll(components, { cand: st.candidate, out, frame, prefix: "", depth: 0 }, st);
  return { ok: st.errors.length === 0, errors: st.errors, data: out };
}
