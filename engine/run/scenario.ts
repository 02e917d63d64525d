/**
 * Runs a scenario headless (DESIGN.md §6): submit, then each step in order,
 * on an in-memory snapshot. Built-in service tasks complete at once; `wait`
 * fires every timer that falls due, in time order, at its own time. Pure.
 */
import { createCalendar, type Calendar } from "../calendar";
import type { CompiledProcedure } from "../compile";
import { contexts, prefixOf } from "../step/tree";
import { start, step as engineStep, StepError, type Environment, type StepResult } from "../step";
import type { PersistedSnapshot } from "../runtime/types";
import { isBuiltInServiceType } from "../model/service-types";
import type { Scenario, ScenarioStep } from "./scenario-schema";
import { outcomeOf, type Outcome } from "./outcome";

const MAX_AUTOMATIC = 10_000;

export interface RunResult {
  outcome: Outcome;
  exitCode: 0 | 1;
}

export interface RunOptions {
  /** Save and restore the snapshot as JSON before every command, as the store does between requests. */
  rehydrate?: boolean;
}

export function runScenario(
  proc: CompiledProcedure,
  scenario: Scenario,
  options: RunOptions = {},
): RunResult {
  const step: typeof engineStep = (p, snapshot, command, env) =>
    engineStep(
      p,
      options.rehydrate ? (JSON.parse(JSON.stringify(snapshot)) as PersistedSnapshot) : snapshot,
      command,
      env,
    );
  const calendar = createCalendar({
    daysOff: scenario.calendar?.daysOff ?? [],
    workingDays: scenario.calendar?.workingDays ?? [],
  });
  let now = new Date(scenario.submittedAt);
  const env = (): Environment => ({ now, org: scenario.org, calendar });
  let result: StepResult;
  try {
    result = start(proc, { jurisdiction: scenario.jurisdiction, data: scenario.data }, env());
  } catch (err) {
    if (err instanceof StepError && err.code === "VALIDATION") {
      return {
        outcome: {
          ...outcomeOf(null, null, calendar),
          status: "rejected",
          errors: err.details.map((d) => ({
            step: null,
            field: d.field ?? null,
            message: `${d.field ?? ""}: ${d.message}`,
          })),
        },
        exitCode: 1,
      };
    }
    throw err;
  }
  const errors: Outcome["errors"] = [];
  const auto = (r: StepResult): StepResult => autoComplete(proc, r, env(), step);
  result = auto(result);
  scenario.steps.forEach((s: ScenarioStep, index) => {
    try {
      if ("wait" in s) {
        const target = calendar.addIsoDuration(now, s.wait);
        result = fireDue(proc, result, target, (t) => (now = t), env, auto, step);
        now = target;
      } else if ("complete" in s) {
        const task = firstOpen(result.snapshot, s.complete);
        if (!task) throw new StepError("CONFLICT", `no open task ${s.complete}`);
        result = auto(
          step(
            proc,
            result.snapshot,
            { type: "complete", task, data: s.data ?? {}, by: s.by },
            env(),
          ),
        );
      } else {
        result = auto(
          step(
            proc,
            result.snapshot,
            { type: "message", name: s.message, data: s.data ?? {} },
            env(),
          ),
        );
      }
    } catch (err) {
      if (!(err instanceof StepError)) throw err;
      errors.push({
        step: index,
        message: err.message,
        ...(err.details.length ? { details: err.details } : {}),
      });
    }
  });
  return {
    outcome: { ...outcomeOf(result, result.snapshot, calendar), errors },
    exitCode: errors.length ? 1 : 0,
  };
}

/** The oldest open task (user task, or service task of any type) of an element, anywhere in the tree. */
export function firstOpen(snapshot: PersistedSnapshot, element: string): string | null {
  let best: { id: string; openedAt: string; seq: number } | null = null;
  for (const { path, context } of contexts(snapshot)) {
    for (const t of Object.values(context.tasks)) {
      if (t.element !== element) continue;
      const seq = Number(t.id.split("#")[1] ?? 0);
      if (!best || t.openedAt < best.openedAt || (t.openedAt === best.openedAt && seq < best.seq)) {
        best = { id: prefixOf(path) + t.id, openedAt: t.openedAt, seq };
      }
    }
  }
  return best?.id ?? null;
}

function autoComplete(
  proc: CompiledProcedure,
  result: StepResult,
  env: Environment,
  step: typeof engineStep,
): StepResult {
  for (let i = 0; i < MAX_AUTOMATIC; i++) {
    const pending = builtInTask(result.snapshot);
    if (!pending || result.snapshot.status !== "active") return result;
    result = step(proc, result.snapshot, { type: "complete", task: pending, data: {} }, env);
  }
  throw new StepError(
    "INVALID",
    `more than ${MAX_AUTOMATIC} built-in service tasks in a row: the model loops without waiting`,
  );
}

function builtInTask(snapshot: PersistedSnapshot): string | null {
  for (const { path, context } of contexts(snapshot)) {
    for (const t of Object.values(context.tasks)) {
      // The engine's own workers' tasks complete at once in a run.
      if (t.kind === "serviceTask" && isBuiltInServiceType(t.taskType))
        return prefixOf(path) + t.id;
    }
  }
  return null;
}

function fireDue(
  proc: CompiledProcedure,
  result: StepResult,
  until: Date,
  setNow: (t: Date) => void,
  env: () => Environment,
  auto: (r: StepResult) => StepResult,
  step: typeof engineStep,
): StepResult {
  for (let i = 0; i < MAX_AUTOMATIC; i++) {
    if (result.snapshot.status !== "active") return result;
    const next = nextTimer(result.snapshot);
    if (!next || next.fireAt > until.getTime()) return result;
    setNow(new Date(Math.max(next.fireAt, env().now.getTime())));
    result = auto(step(proc, result.snapshot, { type: "timer", timer: next.id }, env()));
  }
  throw new StepError("INVALID", `more than ${MAX_AUTOMATIC} timers fired in one wait`);
}

function nextTimer(snapshot: PersistedSnapshot): { id: string; fireAt: number } | null {
  let best: { id: string; fireAt: number } | null = null;
  for (const { path, context } of contexts(snapshot)) {
    for (const t of Object.values(context.timers)) {
      if (!t.fireAt) continue;
      const at = Date.parse(t.fireAt);
      if (!best || at < best.fireAt) best = { id: prefixOf(path) + t.id, fireAt: at };
    }
  }
  return best;
}

export type { Calendar };
