import type { FlowNode } from "../../model/types";
import { leaveKey, nodeKey } from "../ids";
import type { RegionBuilder, StateConfig, TransitionConfig } from "../region";
import { boundaryHandlers } from "./boundary-event";
import { act } from "./types";

export interface ActivityCore {
  entry: unknown[];
  on?: Record<string, TransitionConfig[]>;
  /** Extra state-node fields: nested states, onDone, always, … */
  extra?: StateConfig;
  /** Whether the leave state records a history entry (tasks record their own). */
  leaveHistory?: boolean;
}

/**
 * Wraps an activity's own behaviour with what every activity has: boundary
 * events, cleanup on exit, and the transient leave state that takes the
 * outgoing flows once it completes.
 */
export function activityStates(
  node: FlowNode,
  rb: RegionBuilder,
  core: ActivityCore,
): { states: Record<string, StateConfig>; next: string[] } {
  const b = boundaryHandlers(node, rb);
  const on: Record<string, TransitionConfig[]> = {};
  for (const [event, ts] of Object.entries(core.on ?? {})) on[event] = [...ts];
  for (const [event, ts] of Object.entries(b.on)) on[event] = [...(on[event] ?? []), ...ts];
  const state: StateConfig = {
    id: nodeKey(node.id),
    entry: [...core.entry, ...b.entry],
    exit: [act("leave", { element: node.id })],
    on,
    ...(core.extra ?? {}),
  };
  const leaveEntry = core.leaveHistory ? [act("historyActivity", { element: node.id })] : [];
  return {
    states: { [nodeKey(node.id)]: state, [leaveKey(node.id)]: rb.leaveState(node, leaveEntry) },
    next: [...rb.successors(node), ...b.next],
  };
}
