import type { FlowNode } from "../../model/types";
import type { EngineContext, TimerRecord } from "../types";
import { safeResolve } from "../variables";

type Ctx = EngineContext;

/** `R3/PT1H` → three firings an hour apart; `R/PT1H` unbounded. A start date in the cycle is ignored. */
function parseCycle(text: string): { value: string; repeat: number | null } {
  const parts = text.split("/");
  const head = parts[0] ?? "";
  const value = parts[parts.length - 1] ?? "";
  const m = /^R(\d*)$/.exec(head);
  if (!m) return { value: text, repeat: 0 };
  const count = m[1] === "" || m[1] === undefined ? null : Number(m[1]);
  return { value, repeat: count === null ? null : Math.max(0, count - 1) };
}

/** A timer instance for a timer event, its expression resolved against the variables now. */
export function newTimer(ctx: Ctx, node: FlowNode, owner: string, seq: number): TimerRecord | null {
  const ev = node.event;
  if (!ev || ev.kind !== "timer") return null;
  const base = {
    id: `${node.id}#${seq}`,
    element: node.id,
    owner,
    workingDays: ev.workingDays,
    createdAt: ctx.now,
  };
  if (ev.timeDuration)
    return {
      ...base,
      kind: "duration",
      value: String(safeResolve(ev.timeDuration, ctx.vars) ?? ""),
    };
  if (ev.timeDate)
    return { ...base, kind: "date", value: String(safeResolve(ev.timeDate, ctx.vars) ?? "") };
  if (ev.timeCycle) {
    const { value, repeat } = parseCycle(String(safeResolve(ev.timeCycle, ctx.vars) ?? ""));
    return { ...base, kind: "cycle", value, repeat };
  }
  return null;
}

export function scheduleTimers(ctx: Ctx, nodes: FlowNode[], owner: string): Partial<Ctx> {
  let seq = ctx.seq;
  const timers = { ...ctx.timers };
  for (const node of nodes) {
    const t = newTimer(ctx, node, owner, ++seq);
    if (t) timers[t.id] = t;
  }
  return { seq, timers };
}

/** Removes the fired timer; a cycle with firings left schedules its next one from this firing. */
export function fireTimer(ctx: Ctx, timerId: string): Partial<Ctx> {
  const fired = ctx.timers[timerId];
  if (!fired) return {};
  const timers = { ...ctx.timers };
  delete timers[timerId];
  let seq = ctx.seq;
  if (fired.kind === "cycle" && (fired.repeat === null || (fired.repeat ?? 0) > 0)) {
    seq += 1;
    const next: TimerRecord = {
      ...fired,
      id: `${fired.element}#${seq}`,
      createdAt: fired.fireAt ?? ctx.now,
      repeat: fired.repeat === null || fired.repeat === undefined ? null : fired.repeat - 1,
    };
    delete next.fireAt;
    timers[next.id] = next;
  }
  return { seq, timers };
}
