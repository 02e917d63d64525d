/**
 * The minimum a referenced form must satisfy for the engine to validate data
 * against it. TODO: delegate to `checkFormSchema` from `@/engine/forms` once
 * that module exports it (another engineer owns form validation).
 */
import type { FormSchema } from "@/engine/model/types";

/** Reasons the schema is unusable, in English; empty when it is fine. */
export function formSchemaErrors(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return ["the form is not a JSON object"];
  const form = schema as Partial<FormSchema>;
  const errors: string[] = [];
  if (typeof form.id !== "string" || form.id.trim() === "") errors.push("the form has no id");
  if (!Array.isArray(form.components)) {
    errors.push("the form has no components list");
    return errors;
  }
  const keys = new Set<string>();
  const walk = (components: unknown[], path: string) => {
    components.forEach((c, i) => {
      const where = `${path}[${i}]`;
      if (typeof c !== "object" || c === null) {
        errors.push(`${where} is not an object`);
        return;
      }
      const comp = c as Record<string, unknown>;
      if (typeof comp.type !== "string" || comp.type === "") errors.push(`${where} has no type`);
      if (comp.key !== undefined) {
        if (typeof comp.key !== "string" || comp.key.trim() === "") errors.push(`${where} has an empty key`);
        else if (keys.has(comp.key)) errors.push(`key "${comp.key}" is used by two fields`);
        else keys.add(comp.key);
      }
      if (comp.components !== undefined) {
        if (Array.isArray(comp.components)) walk(comp.components, `${where}.components`);
        else errors.push(`${where}.components is not a list`);
      }
    });
  };
  walk(form.components, "components");
  return errors;
}
