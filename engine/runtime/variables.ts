import { evaluateFeel, resolveValue } from "../feel";
import type { FlowNode } from "../model/types";
import { setVariable } from "./context";

/** Evaluates `zeebe:ioMapping` inputs against the variables: the task's local variables. */
export function evaluateInputs(
  node: FlowNode,
  vars: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const inputs = node.ioMapping?.inputs ?? [];
  if (inputs.length === 0) return undefined;
  let local: Record<string, unknown> = {};
  for (const m of inputs)
    local = setVariable(local, m.target, safeValue(m.source, { ...vars, ...local }));
  return local;
}

/**
 * Merges what an activity produced into the process variables: through the
 * output mappings when there are any (Zeebe semantics), else every key.
 */
export function applyOutputs(
  node: FlowNode,
  vars: Record<string, unknown>,
  produced: Record<string, unknown>,
  local: Record<string, unknown> = {},
): Record<string, unknown> {
  const outputs = node.ioMapping?.outputs ?? [];
  if (outputs.length === 0) return mergeSafe(vars, produced);
  const scope = { ...vars, ...local, ...produced };
  let out = vars;
  for (const m of outputs) out = setVariable(out, m.target, safeValue(m.source, scope));
  return out;
}

function mergeSafe(
  vars: Record<string, unknown>,
  produced: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...vars };
  for (const [k, v] of Object.entries(produced)) {
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    out[k] = v;
  }
  return out;
}

/**
 * A mapping source is FEEL (`=expr`) or, in older Zeebe models, a bare
 * variable name — which is itself a FEEL expression. A failure yields null, never a throw.
 */
export function safeValue(source: string, scope: Record<string, unknown>): unknown {
  try {
    return evaluateFeel(source, scope);
  } catch {
    return null;
  }
}

export function safeResolve(text: string, scope: Record<string, unknown>): unknown {
  try {
    return resolveValue(text, scope);
  } catch {
    return null;
  }
}
