/** Every FEEL expression in a model is parsed with `checkFeel` (never evaluated here). */
import { checkFeel, isExpression } from "@/engine/feel";
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";

/** Checks `text` as FEEL (leading `=` optional); `what`/`whatVi` name the place, e.g. "condition" / "điều kiện". */
export function feelProblems(id: string, what: string, whatVi: string, text: string): Problem[] {
  const check = checkFeel(text);
  if (check.ok) return [];
  return [
    error(
      "feel-syntax",
      id,
      `${id}: the ${what} "${text}" is not valid FEEL (${check.error ?? "syntax error"}).`,
      `${id}: ${whatVi} "${text}" không phải biểu thức FEEL hợp lệ (${check.error ?? "lỗi cú pháp"}).`,
    ),
  ];
}

/** Only values written as `=expr` are expressions; static values are left to the caller. */
export function feelIfExpression(
  id: string,
  what: string,
  whatVi: string,
  text: string | undefined,
): Problem[] {
  return text !== undefined && isExpression(text) ? feelProblems(id, what, whatVi, text) : [];
}
