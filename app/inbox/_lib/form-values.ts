/**
 * A posted task form (FormData) as the data object its form-js schema
 * describes: numbers as numbers, checkboxes as booleans, multi-choice as
 * arrays, nested paths as objects. Only shapes values; the verb validates.
 */
import { formFields } from "@/engine/forms";
import type { FormSchema } from "@/engine/model/types";

const MULTI = new Set(["checklist", "taglist"]);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const p of parts.slice(0, -1)) {
    if (typeof node[p] !== "object" || node[p] === null) node[p] = {};
    node = node[p] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/** The form's values from `form`; fields left empty are omitted so `required` can speak. */
export function formValues(schema: FormSchema | null, form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!schema) return out;
  for (const f of formFields(schema)) {
    if (f.path.includes("[]")) continue; // dynamic lists are not offered on task pages
    const name = `f.${f.path}`;
    if (f.type === "checkbox") {
      setPath(out, f.path, form.get(name) === "on");
    } else if (MULTI.has(f.type)) {
      setPath(
        out,
        f.path,
        form.getAll(name).filter((v) => typeof v === "string"),
      );
    } else {
      const raw = form.get(name);
      if (typeof raw !== "string" || raw.trim() === "") continue;
      setPath(out, f.path, f.type === "number" && !Number.isNaN(Number(raw)) ? Number(raw) : raw);
    }
  }
  return out;
}

/** One item per non-empty line (supplement lists, refusal reasons). */
export function lines(text: FormDataEntryValue | null): string[] {
  return typeof text === "string"
    ? text
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s*(?:\d+[.)]|[-•*])\s*/, "").trim())
        .filter(Boolean)
    : [];
}
