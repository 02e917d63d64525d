import { eventSubKey, ref, scopeFinalKey } from "./ids";
import { RegionBuilder, type StateConfig, type TransitionConfig } from "./region";
import type { CompileUnit } from "./unit";
import { act } from "./elements/types";

/**
 * A scope (process or subprocess) as states: `main` runs the flow and keeps
 * the scope's event subprocesses armed; an interrupting one replaces `main`,
 * a non-interrupting one runs beside it as a child machine.
 */
export function scopeStates(
  cu: CompileUnit,
  scopeId: string,
  terminateKey: string,
): { initial: string; states: Record<string, StateConfig> } {
  const start = cu.startEventOf(scopeId);
  const main = new RegionBuilder(cu, {
    scope: scopeId,
    stop: null,
    finalKey: `mf:${scopeId}`,
    terminateKey,
  }).build(start.id);
  const owner = `esp@${scopeId}`;
  const on: Record<string, TransitionConfig[]> = {};
  const add = (event: string, t: TransitionConfig) => (on[event] ??= []).push(t);
  const timers: string[] = [];
  const messages: string[] = [];
  const states: Record<string, StateConfig> = {};
  for (const esp of cu.eventSubProcessesOf(scopeId)) {
    const espStart = cu.startEventOf(esp.id);
    const interrupting = espStart.isInterrupting !== false;
    const enter = interrupting ? { target: ref(eventSubKey(esp.id)), reenter: true } : {};
    const spawn = interrupting
      ? []
      : [act("spawnFragment", { element: espStart.id, machine: `body:${esp.id}` })];
    const kind = espStart.event?.kind;
    if (kind === "timer") {
      timers.push(espStart.id);
      add("TIMER", {
        guard: act("timerIs", { element: espStart.id }),
        actions: [act("fireTimer"), ...spawn],
        ...enter,
      });
    } else if (kind === "message") {
      messages.push(espStart.id);
      add("MESSAGE", {
        guard: act("msgIs", { element: espStart.id }),
        actions: [act("consumeMessage", { element: espStart.id, keep: !interrupting }), ...spawn],
        ...enter,
      });
    } else if (kind === "error") {
      add("ERROR", {
        guard: act("errorCaught", {
          host: scopeId,
          code: espStart.event?.kind === "error" ? espStart.event.errorCode : null,
        }),
        ...enter,
      });
    }
    if (interrupting) {
      const body = new RegionBuilder(cu, {
        scope: esp.id,
        stop: null,
        finalKey: `mf:${esp.id}`,
        terminateKey,
      }).build(espStart.id);
      states[eventSubKey(esp.id)] = {
        id: eventSubKey(esp.id),
        entry: [act("enterActivity", { element: esp.id })],
        exit: [act("leave", { element: esp.id })],
        initial: body.initial,
        states: body.states,
        onDone: {
          target: ref(scopeFinalKey(scopeId)),
          actions: [act("historyActivity", { element: esp.id })],
        },
      };
    }
  }
  const entry: unknown[] = [];
  if (timers.length) entry.push(act("scheduleTimers", { owner, timers }));
  if (messages.length) entry.push(act("subscribe", { owner, messages }));
  return {
    initial: "main",
    states: {
      main: {
        entry,
        exit: [act("leave", { element: owner })],
        on,
        initial: main.initial,
        states: main.states,
        onDone: { target: ref(scopeFinalKey(scopeId)) },
      },
      ...states,
      [scopeFinalKey(scopeId)]: { id: scopeFinalKey(scopeId), type: "final" },
    },
  };
}
