/**
 * `start` and `step`: the engine's only entry points for running a dossier.
 * Pure: the next snapshot and the effects as data, on xstate's
 * `initialTransition` / `transition`. A refused command throws StepError and
 * changes nothing.
 */
import type { CompiledProcedure } from "../compile";
import { validateFormData } from "../forms";
import { pureInitial, pureTransition } from "../runtime/pure";
import type { EngineEvent, MachineInput, PersistedSnapshot } from "../runtime/types";
import { dossierDue } from "./due-date";
import { diffEffects } from "./effects";
import { completeRecords, reroute } from "./post-process";
import { contexts, findSubscription, findTask, findTimer, wrap } from "./tree";
import { StepError, type Command, type Environment, type StepResult } from "./types";

export interface StartInput {
  jurisdiction: string;
  data: Record<string, unknown>;
}

/** Submits a dossier: validates the start form, starts the clock, opens the first tasks. */
export function start(proc: CompiledProcedure, input: StartInput, env: Environment): StepResult {
  const vars = validated(proc, proc.meta.startFormId, input.data, {}, env.now);
  const now = env.now.toISOString();
  const machineInput: MachineInput = {
    process: proc.model.id,
    jurisdiction: input.jurisdiction,
    vars,
    now,
  };
  const snapshot = pureInitial(proc.root, machineInput);
  const persisted = persist(proc, snapshot);
  const receivedAt = env.calendar.receiptTime(env.now);
  persisted.context.receivedAt = receivedAt.toISOString();
  persisted.context.sla = proc.meta.sla;
  // Fixed at submission: calendar changes apply to due dates computed afterwards.
  if (proc.meta.sla !== null)
    persisted.context.dueBase = env.calendar.dueDate(receivedAt, proc.meta.sla).at.toISOString();
  return finish(null, persisted, env);
}

/** Applies one command to a running dossier. */
export function step(
  proc: CompiledProcedure,
  snapshot: PersistedSnapshot,
  command: Command,
  env: Environment,
): StepResult {
  if (snapshot.status !== "active")
    throw new StepError("CONFLICT", "the dossier is no longer running");
  const before = snapshot;
  // step() never changes its input: a retry rewrites records, so it works on a deep copy;
  // otherwise fresh context objects along the tree suffice (xstate copies what changes).
  const working = stepCopy(
    command.type === "retry" ? structuredClone(snapshot) : snapshot,
    env.now.toISOString(),
    snapshot.context.tick + 1,
  );
  let event: EngineEvent;
  let completed: string | undefined;
  let fired: string | undefined;
  switch (command.type) {
    case "complete": {
      const found = findTask(working, command.task);
      if (!found)
        throw new StepError(
          "CONFLICT",
          `task ${command.task} is not open (already completed, cancelled or never opened)`,
          [{ id: command.task, message: "not open" }],
        );
      if (found.record.unit === null && found.record.tier) {
        throw new StepError(
          "CONFLICT",
          `task ${command.task} has no unit to work it (an incident an operator must fix)`,
          [{ id: found.record.element, message: "unrouted" }],
        );
      }
      const scope = {
        ...found.context.vars,
        ...(found.record.mi?.local ?? {}),
        ...(found.record.inputs ?? {}),
      };
      const data = validated(proc, found.record.formId, command.data ?? {}, scope, env.now);
      event = wrap(found.path, { type: "COMPLETE", task: found.record.id, data, by: command.by });
      completed = command.task;
      break;
    }
    case "message": {
      const found = findSubscription(working, command.name);
      if (!found)
        throw new StepError(
          "CONFLICT",
          `the dossier is not waiting for message "${command.name}"`,
          [{ id: command.name, message: "not awaited" }],
        );
      event = wrap(found.path, {
        type: "MESSAGE",
        name: command.name,
        sub: found.record.id,
        data: plainObject(command.data),
      });
      break;
    }
    case "timer": {
      const found = findTimer(working, command.timer);
      if (!found)
        throw new StepError(
          "CONFLICT",
          `timer ${command.timer} is not scheduled (cancelled or already fired)`,
          [{ id: command.timer, message: "not scheduled" }],
        );
      event = wrap(found.path, { type: "TIMER", timer: found.record.id });
      fired = command.timer;
      break;
    }
    case "retry":
      reroute(working);
      event = { type: "RETRY" };
      break;
    default:
      throw new StepError("INVALID", "unknown command");
  }
  const restored = proc.root.resolveState({
    value: working.value as never,
    context: working.context as never,
  });
  const next = pureTransition(proc.root, restored, event);
  const persisted = persist(proc, next);
  return finish(before, persisted, env, completed, fired);
}

function finish(
  before: PersistedSnapshot | null,
  after: PersistedSnapshot,
  env: Environment,
  completed?: string,
  fired?: string,
): StepResult {
  completeRecords(after, env.org, env.calendar);
  const effects = diffEffects(before, after, completed, fired);
  const due = dossierDue(after, env.calendar, env.now);
  let incidents = 0;
  for (const { context } of contexts(after)) incidents += context.incidents.length;
  const status =
    after.status === "done"
      ? after.context.terminated
        ? "terminated"
        : "completed"
      : incidents > 0
        ? "incident"
        : "active";
  return {
    snapshot: after,
    effects,
    status,
    dueAt: due?.at ?? null,
    dueDate: due?.date ?? null,
    paused: due?.paused ?? false,
  };
}

/**
 * xstate's getPersistedSnapshot deep-walks the context for actor references;
 * ours holds none (children are plain snapshots), so the fields are copied as they are.
 */
function persist(_proc: CompiledProcedure, snapshot: unknown): PersistedSnapshot {
  const s = snapshot as PersistedSnapshot;
  const out: PersistedSnapshot = {
    status: s.status,
    value: s.value,
    context: s.context,
    historyValue: s.historyValue ?? {},
    children: {},
  };
  if (s.output !== undefined) out.output = s.output;
  if (s.error !== undefined) out.error = s.error;
  return out;
}

/** The snapshot tree with new context objects for this step: outboxes emptied, the clock and tick set. */
function stepCopy(snapshot: PersistedSnapshot, now: string, tick: number): PersistedSnapshot {
  const context = snapshot.context;
  const children: typeof context.children = {};
  for (const [key, child] of Object.entries(context.children))
    children[key] = { ...child, snapshot: stepCopy(child.snapshot, now, tick) };
  return { ...snapshot, context: { ...context, outbox: [], now, tick, children } };
}

function plainObject(data: unknown): Record<string, unknown> {
  return data && typeof data === "object" && !Array.isArray(data)
    ? { ...(data as Record<string, unknown>) }
    : {};
}

/** Form data through the server-side form validation; without a form, any plain object. */
function validated(
  proc: CompiledProcedure,
  formId: string | undefined | null,
  data: unknown,
  context: Record<string, unknown>,
  now: Date,
): Record<string, unknown> {
  if (!formId) return plainObject(data);
  const form = proc.registry.forms[formId];
  if (!form)
    throw new StepError("INVALID", `form ${formId} is not part of this procedure version`, [
      { id: formId, message: "missing form" },
    ]);
  const result = validateFormData(form, data, { now, context });
  if (!result.ok) {
    throw new StepError(
      "VALIDATION",
      `the data does not satisfy form ${formId}: ${result.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`,
      result.errors.map((e) => ({ field: e.field, message: e.message, messageVi: e.messageVi })),
    );
  }
  return { ...result.data };
}
