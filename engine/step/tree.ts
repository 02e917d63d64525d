/**
 * A running dossier is a tree of machine snapshots (the root and its child
 * machines). These helpers walk it by path: `Sub_1[0]/Task_A#7`.
 */
import type {
  EngineContext,
  EngineEvent,
  PersistedSnapshot,
  SubscriptionRecord,
  TaskRecord,
  TimerRecord,
} from "../runtime/types";

export interface Located<T> {
  /** Child keys from the root down to the machine holding it. */
  path: string[];
  record: T;
  context: EngineContext;
}

export function* contexts(
  snapshot: PersistedSnapshot,
  path: string[] = [],
): Generator<{ path: string[]; context: EngineContext }> {
  yield { path, context: snapshot.context };
  for (const child of Object.values(snapshot.context.children))
    yield* contexts(child.snapshot, [...path, child.key]);
}

export const prefixOf = (path: string[]): string => path.map((k) => `${k}/`).join("");

function split(id: string): { path: string[]; local: string } {
  const parts = id.split("/");
  return { path: parts.slice(0, -1), local: parts[parts.length - 1] ?? "" };
}

function contextAt(snapshot: PersistedSnapshot, path: string[]): EngineContext | null {
  let s: PersistedSnapshot = snapshot;
  for (const key of path) {
    const child = s.context.children[key];
    if (!child) return null;
    s = child.snapshot;
  }
  return s.context;
}

export function findTask(snapshot: PersistedSnapshot, id: string): Located<TaskRecord> | null {
  const { path, local } = split(id);
  const context = contextAt(snapshot, path);
  const record = context?.tasks[local];
  return context && record ? { path, record, context } : null;
}

export function findTimer(snapshot: PersistedSnapshot, id: string): Located<TimerRecord> | null {
  const { path, local } = split(id);
  const context = contextAt(snapshot, path);
  const record = context?.timers[local];
  return context && record ? { path, record, context } : null;
}

/** The subscription a message goes to: the oldest one waiting for that name, anywhere in the tree. */
export function findSubscription(
  snapshot: PersistedSnapshot,
  name: string,
): Located<SubscriptionRecord> | null {
  let best: Located<SubscriptionRecord> | null = null;
  for (const { path, context } of contexts(snapshot)) {
    for (const sub of Object.values(context.subs)) {
      if (sub.message !== name) continue;
      if (!best || sub.createdAt < best.record.createdAt) best = { path, record: sub, context };
    }
  }
  return best;
}

/** Wraps an event so each machine on the path forwards it to the next child. */
export function wrap(path: string[], event: EngineEvent): EngineEvent {
  return path.reduceRight<EngineEvent>(
    (inner, key) => ({ type: "CHILD", key, event: inner }),
    event,
  );
}
