import type { Calendar } from "../calendar";
import type { HistoryEntry, PersistedSnapshot } from "../runtime/types";
import type { StepResult } from "../step";
import { contexts, prefixOf } from "../step/tree";

/** The outcome JSON of DESIGN.md §6 (plus `incidents` and `waiting`, our extensions). */
export interface Outcome {
  status: "active" | "completed" | "terminated" | "rejected" | "incident";
  endEvent: string | null;
  dueDate: string | null;
  history: HistoryEntry[];
  openTasks: {
    id: string;
    element: string;
    name?: string;
    tier?: string;
    unit: string | null;
    roles: string[];
    due: string | null;
  }[];
  variables: Record<string, unknown>;
  incidents: { element: string | null; message: string }[];
  waiting: { messages: string[]; timers: { element: string; fireAt: string | null }[] };
  errors: { step: number | null; message: string; field?: string | null; details?: unknown }[];
}

export function outcomeOf(
  result: StepResult | null,
  snapshot: PersistedSnapshot | null,
  _calendar: Calendar,
): Outcome {
  const out: Outcome = {
    status: result?.status ?? "rejected",
    endEvent: snapshot?.context.endEvent ?? null,
    dueDate: result?.dueDate ?? null,
    history: [],
    openTasks: [],
    variables: snapshot?.context.vars ?? {},
    incidents: [],
    waiting: { messages: [], timers: [] },
    errors: [],
  };
  if (!snapshot) return out;
  const histories: HistoryEntry[][] = [];
  for (const { path, context } of contexts(snapshot)) {
    histories.push(context.history);
    for (const t of Object.values(context.tasks)) {
      if (t.kind !== "userTask") continue;
      const task: Outcome["openTasks"][number] = {
        id: prefixOf(path) + t.id,
        element: t.element,
        unit: t.unit ?? null,
        roles: t.roles,
        due: t.due ?? null,
      };
      if (t.name) task.name = t.name;
      if (t.tier) task.tier = t.tier;
      out.openTasks.push(task);
    }
    for (const i of context.incidents)
      out.incidents.push({ element: i.element, message: i.message });
    for (const s of Object.values(context.subs)) out.waiting.messages.push(s.message);
    for (const t of Object.values(context.timers))
      out.waiting.timers.push({ element: t.element, fireAt: t.fireAt ?? null });
  }
  out.history = orderedHistory(histories.flat());
  return out;
}

/** The completed activities of a persisted dossier, in completion order (DESIGN.md §6 `history`). */
export function historyOf(snapshot: PersistedSnapshot): HistoryEntry[] {
  return orderedHistory([...contexts(snapshot)].flatMap(({ context }) => context.history));
}

/** Completion order across machines: by command, a child's entries before its parent's; internal stamps removed. */
export function orderedHistory(entries: HistoryEntry[]): HistoryEntry[] {
  return [...entries]
    .sort((a, b) => (a.t ?? 0) - (b.t ?? 0) || (b.d ?? 0) - (a.d ?? 0))
    .map(({ t: _t, d: _d, ...rest }) => rest);
}
