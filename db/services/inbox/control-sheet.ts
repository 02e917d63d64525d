/**
 * The process control sheet (form 05, Circular 01/2018): one line per
 * hand-over — which unit and officer had the dossier, from when to when,
 * and whether they finished early, on time or late. Pure.
 */
import type { Calendar } from "@/engine/calendar";

export type Timing = "early" | "onTime" | "late" | "inProgress" | "overdue" | "cancelled";

export interface SheetStep {
  taskId: string;
  element: string;
  name: string | null;
  unit: string | null;
  unitName: string | null;
  officer: string | null;
  state: string;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
}

export interface SheetLine extends SheetStep {
  /** The step before this one (who handed the dossier over); null for the first. */
  fromUnitName: string | null;
  fromOfficer: string | null;
  timing: Timing;
}

/** Early: finished on a day before the deadline's day; on time: by the deadline; late: after it. */
export function timingOf(step: SheetStep, now: Date, calendar: Calendar): Timing {
  if (step.state === "cancelled") return "cancelled";
  if (!step.closedAt) return step.dueAt && step.dueAt < now ? "overdue" : "inProgress";
  if (!step.dueAt) return "onTime";
  if (step.closedAt > step.dueAt) return "late";
  return calendar.localDate(step.closedAt) < calendar.localDate(step.dueAt) ? "early" : "onTime";
}

/**
 * The sheet's lines in hand-over order (steps sorted by when they were
 * opened). A step was handed over by the one that finished last before it
 * opened, so parallel branches both name the step that split them.
 */
export function controlSheet(steps: SheetStep[], now: Date, calendar: Calendar): SheetLine[] {
  const sorted = [...steps].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return sorted.map((s) => {
    const prev = sorted
      .filter((p) => p !== s && p.closedAt && p.closedAt <= s.openedAt)
      .sort((a, b) => b.closedAt!.getTime() - a.closedAt!.getTime())[0];
    return {
      ...s,
      fromUnitName: prev ? (prev.unitName ?? prev.unit) : null,
      fromOfficer: prev?.officer ?? null,
      timing: timingOf(s, now, calendar),
    };
  });
}
