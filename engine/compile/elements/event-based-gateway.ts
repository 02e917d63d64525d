import { leaveKey, nodeKey, ref } from "../ids";
import type { TransitionConfig } from "../region";
import { act, type ElementCompiler } from "./types";

/**
 * Waits for whichever of its target events happens first: the others are
 * disarmed when the gateway's state is left. The chosen catch event is
 * recorded and its outgoing flows taken from its leave state.
 */
export const eventBasedGateway: ElementCompiler = {
  types: ["eventBasedGateway"],
  compile(node, rb) {
    const id = nodeKey(node.id);
    const targets = rb.successors(node).map((t) => rb.cu.node(t));
    const timers = targets.filter((t) => t.event?.kind === "timer").map((t) => t.id);
    const messages = targets
      .filter((t) => t.event?.kind === "message" || t.type === "receiveTask")
      .map((t) => t.id);
    const on: Record<string, TransitionConfig[]> = {
      TIMER: timers.map((t) => ({
        guard: act("timerIs", { element: t }),
        actions: [act("fireTimer")],
        target: ref(leaveKey(t)),
        reenter: true,
      })),
      MESSAGE: messages.map((t) => ({
        guard: act("msgIs", { element: t }),
        actions: [act("consumeMessage", { element: t })],
        target: ref(leaveKey(t)),
        reenter: true,
      })),
    };
    const pause =
      targets.some((t) => t.properties.pauseClock === "true") ||
      node.properties.pauseClock === "true";
    const entry: unknown[] = [act("history", { element: node.id })];
    if (timers.length) entry.push(act("scheduleTimers", { owner: node.id, timers }));
    if (messages.length) entry.push(act("subscribe", { owner: node.id, messages }));
    if (pause) entry.push(act("pauseStart", { element: node.id }));
    return {
      states: { [id]: { id, entry, exit: [act("leave", { element: node.id })], on } },
      next: targets.map((t) => t.id),
    };
  },
};
