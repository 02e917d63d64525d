import type { FlowNode } from "../../model/types";
import { closePauses, without } from "../context";
import type { EngineContext, HistoryEntry, TaskRecord } from "../types";
import { applyOutputs, evaluateInputs, safeValue } from "../variables";

type Ctx = EngineContext;

/** A new user or service task instance for `node` (one multi-instance member when `mi` is given). */
export function newTask(
  ctx: Ctx,
  node: FlowNode,
  mi?: TaskRecord["mi"],
): { task: TaskRecord; seq: number } {
  const seq = ctx.seq + 1;
  const sla = Number(node.properties.sla);
  const vars = mi ? { ...ctx.vars, ...mi.local } : ctx.vars;
  const task: TaskRecord = {
    id: `${node.id}#${seq}`,
    element: node.id,
    kind: node.type === "userTask" ? "userTask" : "serviceTask",
    name: node.name,
    tier: node.properties.tier,
    agency: node.properties.agency,
    roles: resolveRoles(node.candidateGroups ?? [], vars),
    formId: node.formId,
    taskType: node.taskType,
    openedAt: ctx.now,
    sla: Number.isFinite(sla) && node.properties.sla !== undefined ? sla : undefined,
    mi,
    inputs: evaluateInputs(node, vars),
  };
  if (task.tier === undefined) delete task.tier;
  if (task.agency === undefined) delete task.agency;
  return { task, seq };
}

/** Candidate groups as written, or a FEEL expression (`=["reception"]`, `="a,b"`) evaluated when the task opens. */
function resolveRoles(groups: string[], vars: Record<string, unknown>): string[] {
  const [only] = groups;
  if (groups.length !== 1 || !only?.startsWith("=")) return groups;
  const value = safeValue(only, vars);
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return list
    .filter((g): g is string => typeof g === "string")
    .map((g) => g.trim())
    .filter((g) => g !== "");
}

export function openTask(ctx: Ctx, node: FlowNode, mi?: TaskRecord["mi"]): Partial<Ctx> {
  const { task, seq } = newTask(ctx, node, mi);
  const out: Partial<Ctx> = { seq, tasks: { ...ctx.tasks, [task.id]: task } };
  if (task.kind === "serviceTask") {
    out.outbox = [
      ...ctx.outbox,
      {
        kind: "callService",
        task: task.id,
        element: node.id,
        type: node.taskType ?? "",
        headers: node.taskHeaders ?? {},
        variables: { ...ctx.vars, ...(mi?.local ?? {}), ...(task.inputs ?? {}) },
      },
    ];
  }
  return { ...out, ...pauseStart(ctx, node) };
}

export function pauseStart(ctx: Ctx, node: FlowNode): Partial<Ctx> {
  if (node.properties.pauseClock !== "true") return {};
  if (ctx.pauses.some((p) => p.element === node.id && !p.to)) return {};
  return { pauses: [...ctx.pauses, { element: node.id, from: ctx.now }] };
}

export function taskHistory(ctx: Ctx, task: TaskRecord, by?: string): HistoryEntry {
  const h: HistoryEntry = {
    element: task.element,
    type: task.kind,
    name: task.name,
    tier: task.tier,
    unit: task.unit ?? null,
    roles: task.roles,
    openedAt: task.openedAt,
    completedAt: ctx.now,
    t: ctx.tick,
    d: ctx.depth,
  };
  if (by) h.by = by;
  if (h.tier === undefined) delete h.tier;
  if (h.name === undefined) delete h.name;
  return h;
}

/** Applies a completion: data into the variables (through output mappings), history, task closed. */
export function completeTask(
  ctx: Ctx,
  node: FlowNode,
  taskId: string,
  data: Record<string, unknown>,
  by?: string,
): Partial<Ctx> {
  const task = ctx.tasks[taskId];
  if (!task) return {};
  const tasks = { ...ctx.tasks };
  delete tasks[taskId];
  return {
    tasks,
    vars: applyOutputs(node, ctx.vars, data, task.inputs ?? {}),
    history: [...ctx.history, taskHistory(ctx, task, by)],
  };
}

/**
 * Everything an element owns goes when its state is left (completed,
 * interrupted or terminated) — except the task or child the current event
 * completes: xstate runs exit actions before transition actions, and the
 * completing action still needs it.
 */
export function leaveElement(
  ctx: Ctx,
  element: string,
  spare: { task?: string; child?: string } = {},
): Partial<Ctx> {
  const out: Partial<Ctx> = {
    tasks: without(ctx.tasks, (t) => t.element === element && t.id !== spare.task),
    timers: without(ctx.timers, (t) => t.owner === element),
    subs: without(ctx.subs, (s) => s.owner === element),
    children: without(
      ctx.children,
      (c) => c.owner === element && !c.key.includes("~") && c.key !== spare.child,
    ),
    pauses: closePauses(ctx.pauses, element, ctx.now),
  };
  if (ctx.mi[element]) {
    const mi = { ...ctx.mi };
    delete mi[element];
    out.mi = mi;
  }
  // `active[element]` stays: the history action that records the completion reads and removes it.
  return out;
}
