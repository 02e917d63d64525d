import type { AnyStateMachine } from "xstate";
import { pureInitial, pureTransition } from "../pure";
import type {
  ChildRecord,
  EngineContext,
  EngineEvent,
  MachineInput,
  PersistedSnapshot,
} from "../types";

type Ctx = EngineContext;

export type ChildKind = "call" | "mi" | "spawn";

/** What became of a child after it was started or stepped. */
export interface ChildOutcome {
  record: ChildRecord;
  finished: boolean;
  error?: { code: string | null };
}

function persist(machine: AnyStateMachine, snapshot: unknown): PersistedSnapshot {
  return machine.getPersistedSnapshot(snapshot as never) as unknown as PersistedSnapshot;
}

function outcomeOf(record: ChildRecord): ChildOutcome {
  const s = record.snapshot;
  const finished = s.status === "done";
  return finished && s.context.error
    ? { record, finished, error: { code: s.context.error.code } }
    : { record, finished };
}

/** Starts a child machine (call activity, multi-instance body, spawned path); pure. */
export function startChild(
  machine: AnyStateMachine,
  machineKey: string,
  ctx: Ctx,
  key: string,
  owner: string,
  index: number,
  input: Omit<MachineInput, "jurisdiction" | "now">,
): ChildOutcome {
  const snapshot = pureInitial(machine, {
    ...input,
    jurisdiction: ctx.jurisdiction,
    now: ctx.now,
    tick: ctx.tick,
    depth: ctx.depth + 1,
  });
  return outcomeOf({
    key,
    machine: machineKey,
    owner,
    index,
    snapshot: persist(machine, snapshot),
  });
}

/** Steps a child machine with an event, at the parent's time; pure. */
export function stepChild(
  machine: AnyStateMachine,
  ctx: Ctx,
  record: ChildRecord,
  event: EngineEvent,
): ChildOutcome {
  const restored = machine.resolveState({
    value: record.snapshot.value as never,
    context: { ...record.snapshot.context, now: ctx.now, tick: ctx.tick } as never,
  });
  const next = pureTransition(machine, restored, event);
  return outcomeOf({ ...record, snapshot: persist(machine, next) });
}

export function childKind(record: ChildRecord): ChildKind {
  if (record.key.includes("~")) return "spawn";
  return record.machine.startsWith("call:") && !record.key.endsWith("]") ? "call" : "mi";
}
