/**
 * Effects are what changed, as data: tasks and timers opened or closed
 * (a diff of the snapshot tree before and after) plus what the machines
 * put in their outboxes during the step.
 */
import type { PersistedSnapshot, TaskRecord, TimerRecord } from "../runtime/types";
import { contexts, prefixOf } from "./tree";
import type { Effect, OpenTask } from "./types";

function flatten(snapshot: PersistedSnapshot | null): {
  tasks: Map<string, TaskRecord>;
  timers: Map<string, TimerRecord>;
} {
  const tasks = new Map<string, TaskRecord>();
  const timers = new Map<string, TimerRecord>();
  if (!snapshot) return { tasks, timers };
  for (const { path, context } of contexts(snapshot)) {
    const prefix = prefixOf(path);
    for (const t of Object.values(context.tasks)) tasks.set(prefix + t.id, t);
    for (const t of Object.values(context.timers)) timers.set(prefix + t.id, t);
  }
  return { tasks, timers };
}

export function openTaskOf(id: string, t: TaskRecord): OpenTask {
  const out: OpenTask = {
    id,
    element: t.element,
    kind: t.kind,
    unit: t.unit ?? null,
    roles: t.roles,
    openedAt: t.openedAt,
    due: t.due ?? null,
  };
  if (t.name !== undefined) out.name = t.name;
  if (t.tier !== undefined) out.tier = t.tier;
  if (t.agency !== undefined) out.agency = t.agency;
  if (t.formId !== undefined) out.formId = t.formId;
  if (t.taskType !== undefined) out.taskType = t.taskType;
  return out;
}

export function diffEffects(
  before: PersistedSnapshot | null,
  after: PersistedSnapshot,
  completedTask?: string,
  firedTimer?: string,
): Effect[] {
  const a = flatten(before);
  const b = flatten(after);
  const effects: Effect[] = [];
  for (const [id, t] of a.tasks) {
    if (!b.tasks.has(id))
      effects.push({
        type: "closeTask",
        task: id,
        element: t.element,
        reason: id === completedTask ? "completed" : "cancelled",
      });
  }
  for (const [id, t] of a.timers) {
    if (!b.timers.has(id) && id !== firedTimer)
      effects.push({ type: "cancelTimer", timer: id, element: t.element });
  }
  for (const [id, t] of b.tasks)
    if (!a.tasks.has(id)) effects.push({ type: "openTask", task: openTaskOf(id, t) });
  for (const [id, t] of b.timers) {
    if (!a.timers.has(id) && t.fireAt)
      effects.push({ type: "scheduleTimer", timer: id, element: t.element, fireAt: t.fireAt });
  }
  for (const { path, context } of contexts(after)) {
    const prefix = prefixOf(path);
    for (const e of context.outbox) {
      if (e.kind === "callService") {
        effects.push({
          type: "callService",
          task: prefix + e.task,
          element: e.element,
          serviceType: e.type,
          headers: e.headers,
          variables: e.variables,
        });
      } else if (e.kind === "notify") {
        effects.push({
          type: "notify",
          element: e.element,
          notifyType: e.type,
          headers: e.headers,
          variables: e.variables,
        });
      } else if (e.kind === "throwMessage") {
        effects.push({
          type: "throwMessage",
          element: e.element,
          message: e.message,
          variables: e.variables,
        });
      } else {
        effects.push({ type: "incident", element: e.element, message: e.message });
      }
    }
  }
  if (after.status === "done" && before?.status !== "done") {
    const ctx = after.context;
    effects.push({
      type: "complete",
      status: ctx.terminated ? "terminated" : "completed",
      endEvent: ctx.endEvent ?? null,
    });
  }
  return effects;
}
