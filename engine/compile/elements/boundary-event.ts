import type { FlowNode } from "../../model/types";
import { nodeKey, ref } from "../ids";
import type { RegionBuilder, TransitionConfig } from "../region";
import { passThrough } from "./block";
import { act, type ElementCompiler } from "./types";

/**
 * A boundary event's own state is entered only when an interrupting one fires:
 * it records the event and takes its outgoing flows. The host's handlers come
 * from `boundaryHandlers`.
 */
export const boundaryEvent: ElementCompiler = {
  types: ["boundaryEvent"],
  compile: passThrough,
};

export interface BoundaryParts {
  entry: unknown[];
  on: Record<string, TransitionConfig[]>;
  next: string[];
}

/** The host activity's side of its boundary events: arm on entry, react while active. */
export function boundaryHandlers(host: FlowNode, rb: RegionBuilder): BoundaryParts {
  const parts: BoundaryParts = { entry: [], on: {}, next: [] };
  const timers: string[] = [];
  const messages: string[] = [];
  const add = (event: string, t: TransitionConfig) => (parts.on[event] ??= []).push(t);
  for (const b of rb.cu.boundariesOf(host.id)) {
    const interrupting = b.cancelActivity !== false;
    const fire = interrupting ? { target: ref(nodeKey(b.id)), reenter: true } : {};
    const spawn = interrupting
      ? []
      : [
          act("history", { element: b.id }),
          act("spawnFragment", { element: b.id, machine: `frag:${b.id}` }),
        ];
    const kind = b.event?.kind;
    if (kind === "timer") {
      timers.push(b.id);
      add("TIMER", {
        guard: act("timerIs", { element: b.id }),
        actions: [act("fireTimer"), ...spawn],
        ...fire,
      });
    } else if (kind === "message") {
      messages.push(b.id);
      add("MESSAGE", {
        guard: act("msgIs", { element: b.id }),
        actions: [act("consumeMessage", { element: b.id, keep: !interrupting }), ...spawn],
        ...fire,
      });
    } else if (kind === "error") {
      add("ERROR", {
        guard: act("errorCaught", {
          host: host.id,
          code: b.event?.kind === "error" ? b.event.errorCode : null,
        }),
        ...fire,
      });
    }
    if (interrupting) parts.next.push(b.id);
  }
  if (timers.length) parts.entry.push(act("scheduleTimers", { owner: host.id, timers }));
  if (messages.length) parts.entry.push(act("subscribe", { owner: host.id, messages }));
  return parts;
}
