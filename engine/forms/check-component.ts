/** Checks of one component, for `checkFormSchema`. */
import { checkFeel, isExpression } from "../feel/index";
import type { FormComponent } from "../model/types";
import { CONTAINER_TYPES, DISPLAY_TYPES, FIELD_TYPES, OPTION_TYPES } from "./fields/index";
import { normalizeOptions } from "./options";
import { compilePattern, compileRe2, looksSlow } from "./regex";
import { validateOf } from "./rules";
import { splitPath } from "./paths";

export type Report = (
  severity: "error" | "warning",
  code: string,
  params?: Record<string, string | number>,
) => void;

function feel(report: Report, prop: string, value: unknown, mustBeExpression = false): void {
  if (typeof value !== "string" || (!isExpression(value) && !mustBeExpression)) return;
  const check = checkFeel(value);
  if (!check.ok) report("error", "bad-feel", { prop, why: check.error ?? "syntax error" });
}

function checkOptions(c: FormComponent, report: Report): void {
  const hasExpression = typeof c.valuesExpression === "string" && c.valuesExpression.trim() !== "";
  const hasKey = typeof c.valuesKey === "string" && c.valuesKey !== "";
  if (hasExpression) feel(report, "valuesExpression", c.valuesExpression, true);
  if (c.valuesKey !== undefined && c.valuesKey !== "" && !splitPath(c.valuesKey))
    report("error", "bad-key", { key: String(c.valuesKey) });
  if (c.values !== undefined) {
    if (!Array.isArray(c.values) || normalizeOptions(c.values).length !== c.values.length)
      report("error", "bad-values");
  }
  const hasValues = Array.isArray(c.values) && c.values.length > 0;
  if (!hasExpression && !hasKey && !hasValues) report("warning", "no-options");
}

function checkValidate(c: FormComponent, report: Report): void {
  const v = validateOf(c);
  for (const prop of ["min", "max", "minLength", "maxLength", "minItems", "maxItems"] as const)
    feel(report, `validate.${prop}`, v[prop]);
  if (typeof v.pattern === "string" && v.pattern !== "") {
    const re = compilePattern(v.pattern);
    if (typeof re === "string") report("error", "bad-pattern", { why: re });
    // RE2 runs in linear time; only a pattern it cannot take runs on the backtracking engine
    else if (!compileRe2(v.pattern) && looksSlow(v.pattern)) report("warning", "slow-pattern");
  }
  const pairs = [
    ["min", "max"],
    ["minLength", "maxLength"],
    ["minItems", "maxItems"],
  ] as const;
  for (const [lo, hi] of pairs) {
    const a = v[lo];
    const b = v[hi];
    if (typeof a === "number" && typeof b === "number" && a > b)
      report("warning", "bad-bounds", { lo: `validate.${lo}`, hi: `validate.${hi}` });
  }
}

/** Reports the problems of one component (its key conflicts are checked by the caller). */
export function checkComponent(c: FormComponent, report: Report): void {
  const { type } = c;
  if (!FIELD_TYPES.has(type) && !CONTAINER_TYPES.has(type) && !DISPLAY_TYPES.has(type)) {
    report("warning", "unknown-type", { type });
    return;
  }
  const conditional = c.conditional as { hide?: unknown } | undefined;
  feel(report, "conditional.hide", conditional?.hide);
  feel(report, "readonly", c.readonly);
  if (FIELD_TYPES.has(type)) {
    if (c.key === undefined || c.key === "") report("error", "missing-key", { type });
    else if (!splitPath(c.key)) report("error", "bad-key", { key: String(c.key) });
    checkValidate(c, report);
  }
  if (OPTION_TYPES.has(type)) checkOptions(c, report);
  if (type === "expression") {
    if (typeof c.expression !== "string" || c.expression.trim() === "")
      report("error", "missing-expression");
    else feel(report, "expression", c.expression, true);
  }
  if (
    type === "datetime" &&
    c.subtype !== undefined &&
    !["date", "time", "datetime"].includes(String(c.subtype))
  ) {
    report("error", "bad-subtype", { v: String(c.subtype) });
  }
  if (type === "filepicker") {
    feel(report, "multiple", c.multiple);
    feel(report, "accept", c.accept);
  }
  if (type === "dynamiclist" || type === "group") {
    if (
      type === "dynamiclist" &&
      c.isRepeating !== false &&
      (c.path === undefined || c.path === "")
    )
      report("error", "missing-path");
    else if (c.path !== undefined && c.path !== "" && !splitPath(c.path))
      report("error", "bad-key", { key: String(c.path) });
    if (type === "dynamiclist") checkValidate(c, report);
  }
}
