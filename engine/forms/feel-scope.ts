/**
 * FEEL as form-js evaluates it inside a form: root data over the process
 * variables, plus `this`, `parent` and `i` (1-based repetition indexes) in a
 * dynamic list — with the `_this_`, `_parent_`, `_i_` aliases form-js adds.
 */
import { evaluateFeel, isExpression } from "../feel/index";

/** Where a field sits: the repetition item it belongs to, if any. */
export interface Frame {
  thisData: Record<string, unknown>;
  parent: Frame | null;
  i: number[];
}

/**
 * The FEEL variables at a frame: `this`, `parent` and `i`, then the `layers` in order (the
 * context, then the candidate form data over it), then the `_this_`… aliases. Built with
 * `Object.assign`: the equivalent chain of spreads of a 20-variable context measured ~20×
 * slower in V8, and a completion builds this scope every time (docs/benchmarks.md "Store").
 * Assigning, unlike spreading, would run the `__proto__` setter; no layer has that key (form
 * keys and variable names refuse it: paths.ts, runtime/variables.ts).
 */
export function feelScope(
  layers: readonly Record<string, unknown>[],
  frame: Frame,
): Record<string, unknown> {
  const parent = frame.parent ? feelScope(layers, frame.parent) : null;
  return Object.assign({ this: frame.thisData, parent, i: frame.i }, ...layers, {
    _this_: frame.thisData,
    _parent_: parent,
    _i_: frame.i,
  });
}

/** Where the FEEL variables come from: built only when an expression is evaluated (it copies the context). */
export interface ScopeSource {
  readonly scope: Record<string, unknown>;
}

/** `resolveProp`, building the scope only for an expression. */
export function resolveWith(value: unknown, env: ScopeSource): unknown {
  return typeof value === "string" && isExpression(value) ? resolveProp(value, env.scope) : value;
}

/** A property that may be static or `=expr`; an expression that fails yields null (form-js does the same). */
export function resolveProp(value: unknown, scope: Record<string, unknown>): unknown {
  if (typeof value !== "string" || !isExpression(value)) return value;
  try {
    return evaluateFeel(value, scope);
  } catch {
    return null;
  }
}

/**
 * `conditional.hide`, as form-js decides it: feelin's `unaryTest` with no
 * input, which is true when the expression yields true *or null* — so a
 * condition on an empty field (`=soTien > 5` with no `soTien`) hides, in the
 * browser and here alike. (Our `testUnary` always binds `?`, which changes
 * that, hence `evaluateFeel`.) A broken condition leaves the field visible.
 */
export function isHidden(
  component: { conditional?: unknown; [extra: string]: unknown },
  env: { readonly scope: Record<string, unknown> },
): boolean {
  const conditional = component.conditional as { hide?: unknown } | undefined;
  const hide = conditional?.hide;
  if (typeof hide !== "string" || !isExpression(hide)) return false;
  try {
    const result = evaluateFeel(hide, env.scope);
    return result === true || result === null;
  } catch {
    return false;
  }
}

/** `readonly` / `disabled` may be booleans or (readonly) FEEL; the scope is read only for FEEL. */
export function isLocked(
  component: { disabled?: unknown; readonly?: unknown; [extra: string]: unknown },
  env: { readonly scope: Record<string, unknown> },
): boolean {
  if (component.disabled === true) return true;
  const readonly = component.readonly;
  if (typeof readonly !== "string" || !isExpression(readonly)) return readonly === true;
  return resolveProp(readonly, env.scope) === true;
}
