import type { Calendar } from "../calendar";
import type { Organisation } from "../model/types";
import type { PersistedSnapshot } from "../runtime/types";

/** What step() needs from the world; passed in, never read (engine/ is pure). */
export interface Environment {
  now: Date;
  org: Organisation;
  calendar: Calendar;
}

/** Task, timer and subscription ids are paths: `Task_A#3`, or `Sub_1[0]/Task_A#7` inside a child machine. */
export type Command =
  | { type: "complete"; task: string; data?: Record<string, unknown>; by?: string }
  | { type: "message"; name: string; data?: Record<string, unknown> }
  | { type: "timer"; timer: string }
  | { type: "retry" };

export interface OpenTask {
  id: string;
  element: string;
  kind: "userTask" | "serviceTask";
  name?: string;
  tier?: string;
  agency?: string;
  unit: string | null;
  roles: string[];
  formId?: string;
  taskType?: string;
  openedAt: string;
  due: string | null;
}

export type Effect =
  | { type: "openTask"; task: OpenTask }
  | { type: "closeTask"; task: string; element: string; reason: "completed" | "cancelled" }
  | { type: "scheduleTimer"; timer: string; element: string; fireAt: string }
  | { type: "cancelTimer"; timer: string; element: string }
  | {
      type: "callService";
      task: string;
      element: string;
      serviceType: string;
      headers: Record<string, string>;
      variables: Record<string, unknown>;
    }
  | {
      type: "notify";
      element: string;
      notifyType: string;
      headers: Record<string, string>;
      variables: Record<string, unknown>;
    }
  | { type: "throwMessage"; element: string; message: string; variables: Record<string, unknown> }
  | { type: "incident"; element: string | null; message: string }
  | { type: "complete"; status: "completed" | "terminated"; endEvent: string | null };

export type DossierRunStatus = "active" | "completed" | "terminated" | "incident";

export interface StepResult {
  snapshot: PersistedSnapshot;
  effects: Effect[];
  status: DossierRunStatus;
  /** Statutory deadline (DOMAIN.md), moved later by clock pauses; null without a process `sla`. */
  dueAt: string | null;
  dueDate: string | null;
  paused: boolean;
}

export type StepErrorCode = "CONFLICT" | "VALIDATION" | "NOT_FOUND" | "INVALID";

/** A command the dossier refuses; nothing changed. */
export class StepError extends Error {
  constructor(
    readonly code: StepErrorCode,
    message: string,
    readonly details: { field?: string; id?: string; message: string; messageVi?: string }[] = [],
  ) {
    super(message);
    this.name = "StepError";
  }
}
