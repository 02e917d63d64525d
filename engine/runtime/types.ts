/**
 * The data a running procedure carries: the machine context (persisted as JSON
 * inside the xstate snapshot), the events it reacts to and the effects `step()`
 * hands to the store. All plain, serialisable data.
 */

/** An open user task or a service task waiting for its worker. Keyed by instance id `Element#n`. */
export interface TaskRecord {
  id: string;
  element: string;
  kind: "userTask" | "serviceTask";
  name?: string;
  tier?: string;
  agency?: string;
  roles: string[];
  formId?: string;
  taskType?: string;
  openedAt: string;
  /** Filled in by step() with the organisation: the unit code, or null when it cannot be resolved. */
  unit?: string | null;
  /** Filled in by step() with the calendar. */
  due?: string | null;
  sla?: number;
  /** Multi-instance: which instance this is and its local variables (inputElement). */
  mi?: { index: number; local: Record<string, unknown> };
  /** Variables from `zeebe:ioMapping` inputs, evaluated when the task opened. */
  inputs?: Record<string, unknown>;
}

export interface TimerRecord {
  id: string;
  /** The timer event element (boundary, intermediate catch, event subprocess start, event-gateway target). */
  element: string;
  /** The element whose state owns the timer (host activity, gateway, scope). */
  owner: string;
  kind: "duration" | "date" | "cycle";
  /** Resolved ISO 8601 text (a duration, a date-time, or a cycle's duration). */
  value: string;
  workingDays: boolean;
  /** Cycle: firings left after this one (null = unbounded). */
  repeat?: number | null;
  createdAt: string;
  /** Filled in by step() with the calendar. */
  fireAt?: string | null;
}

export interface SubscriptionRecord {
  id: string;
  element: string;
  owner: string;
  message: string;
  createdAt: string;
}

export interface ChildRecord {
  key: string;
  /** Registry key of the child machine: `call:<processId>`, `body:<subProcessId>`, `frag:<elementId>`. */
  machine: string;
  /** The activity (or spawning event) that owns it. */
  owner: string;
  index: number;
  snapshot: PersistedSnapshot;
}

export interface MiRecord {
  element: string;
  items: unknown[];
  sequential: boolean;
  started: number;
  completed: number;
  outputs: unknown[];
  done: boolean;
}

export interface PauseRecord {
  element: string;
  from: string;
  to?: string;
}

export interface HistoryEntry {
  element: string;
  type: string;
  name?: string;
  tier?: string;
  unit?: string | null;
  roles?: string[];
  openedAt?: string;
  completedAt: string;
  by?: string;
  outcome?: string;
  /** Internal ordering: the command (tick) that completed it, and the depth of the machine (children first). */
  t?: number;
  d?: number;
}

export interface IncidentRecord {
  id: string;
  element: string | null;
  message: string;
  at: string;
}

export type OutboxEntry =
  | {
      kind: "callService";
      task: string;
      element: string;
      type: string;
      headers: Record<string, string>;
      variables: Record<string, unknown>;
    }
  | {
      kind: "notify";
      element: string;
      type: string;
      headers: Record<string, string>;
      variables: Record<string, unknown>;
    }
  | { kind: "throwMessage"; element: string; message: string; variables: Record<string, unknown> }
  | { kind: "incident"; element: string | null; message: string };

export interface EngineContext {
  /** Process id this machine runs. */
  process: string;
  jurisdiction: string;
  vars: Record<string, unknown>;
  now: string;
  /** How many commands the dossier has taken; with `depth`, orders history across machines. */
  tick: number;
  depth: number;
  seq: number;
  tasks: Record<string, TaskRecord>;
  timers: Record<string, TimerRecord>;
  subs: Record<string, SubscriptionRecord>;
  children: Record<string, ChildRecord>;
  mi: Record<string, MiRecord>;
  /** Open activity instances (subprocesses, call activities, multi-instance bodies) → opened at. */
  active: Record<string, string>;
  history: HistoryEntry[];
  pauses: PauseRecord[];
  incidents: IncidentRecord[];
  outbox: OutboxEntry[];
  endEvent?: string;
  terminated?: boolean;
  /** Root only: when the statutory clock started (after the cut-off rule) and the statutory time. */
  receivedAt?: string;
  sla?: number | null;
  /** Root only: the statutory deadline before clock pauses. */
  dueBase?: string;
  /** Set when the machine ended with an uncaught BPMN error (child machines report it to their owner). */
  error?: { code: string | null; message?: string };
}

export interface MachineInput {
  process: string;
  jurisdiction: string;
  vars: Record<string, unknown>;
  now: string;
  tick?: number;
  depth?: number;
}

/** xstate's persisted snapshot, as JSON. */
export interface PersistedSnapshot {
  status: "active" | "done" | "error" | "stopped";
  value: unknown;
  context: EngineContext;
  output?: unknown;
  error?: unknown;
  historyValue?: unknown;
  children?: unknown;
}

/** Events the compiled machines react to. `at` is the event time (ISO). */
export type EngineEvent =
  | { type: "COMPLETE"; task: string; data: Record<string, unknown>; by?: string }
  | { type: "TIMER"; timer: string }
  | { type: "MESSAGE"; name: string; sub: string; data: Record<string, unknown> }
  | { type: "CHILD"; key: string; event: EngineEvent }
  | { type: "CHILD_DONE"; key: string; owner: string }
  | { type: "MI_DONE"; element: string }
  | { type: "ERROR"; code: string | null; scopes: string[]; element: string }
  | { type: "RETRY" };
