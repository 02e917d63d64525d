/**
 * The browser's `validate()` call, with the options the server's
 * `publishProcedure` passes: the draft's forms, and the other published
 * procedures its call activities call (their latest version, with their
 * forms), so the problems panel and publish agree.
 */
import { parseBpmn } from "@/engine/bpmn/parse";
import type { Definitions, FormSchema } from "@/engine/model/types";
import { validate, type ValidationResult } from "@/engine/validate";
import { formsWith, type CalledSource } from "./called-processes";

export async function validateDraft(
  xml: string,
  forms: readonly FormSchema[],
  loadCalled: (definitions: Definitions) => Promise<CalledSource[]>,
): Promise<ValidationResult> {
  const parsed = await parseBpmn(xml);
  // Unreachable called procedures leave their call activities flagged, as publish would.
  const called = parsed.definitions ? await loadCalled(parsed.definitions).catch(() => []) : [];
  return validate(parsed, {
    forms: formsWith(called, forms),
    processes: Object.fromEntries(called.map((c) => [`${c.id}@${c.version}`, c.definitions])),
  });
}
