/** The `decision` options a task form offers (workflows/README.md conventions). Not a verb. */
import type { FormComponent, FormSchema } from "@/engine/model/types";

function find(components: readonly FormComponent[]): FormComponent | null {
  for (const c of components) {
    if (c.key === "decision") return c;
    const inner = c.components ? find(c.components) : null;
    if (inner) return inner;
  }
  return null;
}

/** The values of the form's `decision` field (e.g. approve, supplement, refuse); empty without one. */
export function decisionOptions(form: FormSchema | null): string[] {
  const field = form ? find(form.components) : null;
  const values = field && Array.isArray(field.values) ? (field.values as unknown[]) : [];
  return values.flatMap((v) =>
    v && typeof v === "object" && typeof (v as { value?: unknown }).value === "string"
      ? [(v as { value: string }).value]
      : [],
  );
}
