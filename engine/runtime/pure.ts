/**
 * Pure transitions with one reusable inert actor scope per machine.
 * xstate's `transition()` / `initialTransition()` build a new actor on every
 * call, and that actor computes the machine's initial snapshot eagerly: the
 * cost of a whole start per step. Our machines run only built-in actions
 * (assign, raise, enqueueActions), so a scope that executes nothing is exact.
 */
import { createActor, type AnyStateMachine } from "xstate";
import type { MachineInput } from "./types";

type Scope = Parameters<AnyStateMachine["transition"]>[2];

const scopes = new WeakMap<AnyStateMachine, Scope>();

const PROBE_INPUT: MachineInput = {
  process: "",
  jurisdiction: "",
  vars: {},
  now: new Date(0).toISOString(),
};

function scopeOf(machine: AnyStateMachine): Scope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: PROBE_INPUT });
    scope = {
      self,
      defer: () => {},
      id: "",
      logger: () => {},
      sessionId: "",
      stopChild: () => {},
      system: self.system,
      emit: () => {},
      actionExecutor: () => {},
    } as unknown as Scope;
    scopes.set(machine, scope);
  }
  return scope;
}

export function pureInitial(machine: AnyStateMachine, input: MachineInput): unknown {
  return machine.getInitialSnapshot(scopeOf(machine), input);
}

export function pureTransition(
  machine: AnyStateMachine,
  snapshot: unknown,
  event: unknown,
): unknown {
  return machine.transition(snapshot as never, event as never, scopeOf(machine));
}
