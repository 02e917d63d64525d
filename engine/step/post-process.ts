/**
 * What a machine records as intent, step() completes with the world's data:
 * a new task's unit (routing) and due time, a new timer's firing time. An
 * unroutable task or an unreadable timer becomes an incident, never a drop.
 */
import type { Calendar } from "../calendar";
import { resolveUnit } from "../routing/resolve-unit";
import type { Organisation } from "../model/types";
import type { EngineContext, PersistedSnapshot, TimerRecord } from "../runtime/types";
import { contexts } from "./tree";

export function completeRecords(
  snapshot: PersistedSnapshot,
  org: Organisation,
  calendar: Calendar,
): void {
  for (const { context } of contexts(snapshot)) {
    for (const task of Object.values(context.tasks)) {
      if (task.unit !== undefined) continue;
      if (task.kind === "serviceTask" && !task.tier) {
        task.unit = null;
        task.due = null;
        continue;
      }
      const route = resolveUnit(org, context.jurisdiction, task.tier, task.agency);
      task.unit = route.ok ? route.unit : null;
      if (!route.ok)
        incident(context, task.element, `task ${task.element} cannot be routed: ${route.reason}`);
      task.due =
        task.sla === undefined
          ? null
          : safe(() =>
              calendar
                .dueDate(calendar.receiptTime(new Date(task.openedAt)), task.sla as number)
                .at.toISOString(),
            );
    }
    for (const timer of Object.values(context.timers)) {
      if (timer.fireAt !== undefined) continue;
      timer.fireAt = safe(() => fireTime(timer, calendar));
      if (timer.fireAt === null)
        incident(
          context,
          timer.element,
          `timer ${timer.element} has an invalid time "${timer.value}"`,
        );
    }
  }
}

/** Routing failures are cleared and retried (after an operator fixed the organisation). */
export function reroute(snapshot: PersistedSnapshot): void {
  for (const { context } of contexts(snapshot)) {
    for (const task of Object.values(context.tasks)) {
      if (task.unit === null && task.tier) {
        delete task.unit;
        context.incidents = context.incidents.filter((i) => i.element !== task.element);
      }
    }
  }
}

function fireTime(timer: TimerRecord, calendar: Calendar): string {
  const from = new Date(timer.createdAt);
  if (timer.kind === "date") {
    const at = new Date(inHanoi(timer.value.trim()));
    if (Number.isNaN(at.getTime())) throw new Error("bad date");
    return at.toISOString();
  }
  const at = timer.workingDays
    ? calendar.addWorkingDuration(from, timer.value)
    : calendar.addIsoDuration(from, timer.value);
  return at.toISOString();
}

/** A date or date-time without a zone is Hanoi time (DESIGN.md §4), not the server's. */
function inHanoi(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00+07:00`;
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) return `${text}+07:00`;
  return text;
}

function incident(context: EngineContext, element: string, message: string): void {
  context.seq += 1;
  context.incidents = [
    ...context.incidents,
    { id: `incident#${context.seq}`, element, message, at: context.now },
  ];
  context.outbox = [...context.outbox, { kind: "incident", element, message }];
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
