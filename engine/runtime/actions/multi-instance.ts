import { evaluateCondition } from "../../feel";
import type { FlowNode } from "../../model/types";
import type { EngineContext, MiRecord } from "../types";
import { safeResolve, safeValue } from "../variables";

type Ctx = EngineContext;

/** The list a multi-instance activity iterates: its input collection, or 1..loopCardinality. */
export function miItems(node: FlowNode, vars: Record<string, unknown>): unknown[] | null {
  const mi = node.multiInstance;
  if (!mi) return null;
  if (mi.inputCollection) {
    const v = safeValue(mi.inputCollection, vars);
    return Array.isArray(v) ? v : null;
  }
  if (mi.loopCardinality) {
    const n = Number(safeResolve(mi.loopCardinality, vars));
    return Number.isInteger(n) && n >= 0 && n <= 10_000
      ? Array.from({ length: n }, (_, i) => i + 1)
      : null;
  }
  return null;
}

/** Local variables of instance `index` (inputElement and Zeebe's loopCounter). */
export function miLocal(node: FlowNode, record: MiRecord, index: number): Record<string, unknown> {
  const local: Record<string, unknown> = { loopCounter: index + 1 };
  const name = node.multiInstance?.inputElement;
  if (name) local[name] = record.items[index];
  return local;
}

/**
 * Records one finished instance: its outputElement value, the count, and
 * whether the activity is done (all finished, or the completion condition holds).
 */
export function miInstanceDone(
  node: FlowNode,
  record: MiRecord,
  index: number,
  scope: Record<string, unknown>,
): MiRecord {
  const mi = node.multiInstance;
  const outputs = [...record.outputs];
  if (mi?.outputElement) outputs[index] = safeValue(mi.outputElement, scope);
  const completed = record.completed + 1;
  const total = record.items.length;
  let done = completed >= total;
  if (!done && mi?.completionCondition) {
    try {
      done = evaluateCondition(mi.completionCondition, {
        ...scope,
        numberOfInstances: total,
        numberOfCompletedInstances: completed,
        numberOfActiveInstances: (record.sequential ? 0 : record.started) - completed,
      });
    } catch {
      done = false;
    }
  }
  return { ...record, outputs, completed, done };
}

export function miOutputVars(
  node: FlowNode,
  record: MiRecord,
  vars: Record<string, unknown>,
): Record<string, unknown> {
  const name = node.multiInstance?.outputCollection;
  return name ? { ...vars, [name]: record.outputs.map((o) => (o === undefined ? null : o)) } : vars;
}

export function setMi(ctx: Ctx, record: MiRecord): Pick<Ctx, "mi"> {
  return { mi: { ...ctx.mi, [record.element]: record } };
}
