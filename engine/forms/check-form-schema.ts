/** Designer-time checks of a form-js schema (used by `validate --forms` and on publish). */
import { checkComponent } from "./check-component";
import { FIELD_TYPES } from "./fields/index";
import { LIMITS } from "./limits";
import { schemaMessage } from "./messages";
import { isRecord } from "./paths";
import { walkSchema } from "./schema-walk";
import type { FormProblem } from "./types";

/**
 * Lists a schema's problems: errors where submissions could not be validated
 * as the designer meant (no id, missing or clashing keys, a pattern that does
 * not compile, FEEL that does not parse); warnings for what is merely dubious
 * (unknown field types — ignored and holding no data —, slow patterns, no options).
 */
export function checkFormSchema(schema: unknown): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (
    id: string | null,
    severity: FormProblem["severity"],
    code: string,
    params?: Record<string, string | number>,
  ) => problems.push({ id, severity, code, ...schemaMessage(code, params) });
  if (!isRecord(schema)) {
    add(null, "error", "form-not-object");
    return problems;
  }
  if (typeof schema.id !== "string" || schema.id.trim() === "")
    add(null, "error", "form-missing-id");
  const version = schema.schemaVersion;
  if (typeof version === "number" && (version < 16 || version > 19))
    add(null, "warning", "schema-version", { v: version });
  if (!Array.isArray(schema.components)) {
    add(null, "error", "form-no-components");
    return problems;
  }
  const ids = new Set<string>();
  const taken = new Set<string>();
  const prefixes = new Set<string>();
  let count = 0;
  let tooLarge = false;
  walkSchema(schema.components as unknown[], ({ component: c, path, depth }) => {
    if (tooLarge) return;
    if (++count > LIMITS.components || depth >= LIMITS.depth) {
      tooLarge = true;
      add(null, "error", "too-large", {
        what:
          count > LIMITS.components
            ? `> ${LIMITS.components} components`
            : `nesting > ${LIMITS.depth}`,
      });
      return;
    }
    if (!c) return void add(null, "error", "component-not-object");
    const id =
      typeof c.id === "string" && c.id !== "" ? c.id : typeof c.key === "string" ? c.key : null;
    if (typeof c.id === "string" && c.id !== "") {
      if (ids.has(c.id)) add(id, "warning", "duplicate-id", { id: c.id });
      ids.add(c.id);
    }
    checkComponent(c, (severity, code, params) => add(id, severity, code, params));
    // a keyed field or a list owns its path: nothing else may write to it or below it
    const owns = FIELD_TYPES.has(c.type) || (c.type === "dynamiclist" && c.isRepeating !== false);
    if (!owns || path === null) return;
    const parts = path.split(".");
    const ancestors = parts.slice(1).map((_, k) => parts.slice(0, k + 1).join("."));
    if (taken.has(path) || prefixes.has(path) || ancestors.some((a) => taken.has(a))) {
      add(id, "error", "duplicate-key", { key: path });
    }
    taken.add(path);
    for (const a of ancestors) prefixes.add(a);
  });
  return problems;
}
