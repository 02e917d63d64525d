/**
 * State-node keys and ids. BPMN ids are NCNames and may contain `.`, which
 * xstate reads as a path separator, so ids are encoded.
 */
const enc = (id: string): string => id.replace(/%/g, "%25").replace(/\./g, "%2E");

/** The state where a node's token waits (or passes, for gateways and events). */
export const nodeKey = (id: string): string => `n:${enc(id)}`;
/** The transient state after an activity or catch event completes: it takes the outgoing flows. */
export const leaveKey = (id: string): string => `x:${enc(id)}`;
/** Final state of branch `i` of a block. */
export const branchFinalKey = (split: string, i: number): string => `f:${enc(split)}:${i}`;
/** The parallel state of an inclusive block (its split state decides first). */
export const blockKey = (split: string): string => `p:${enc(split)}`;
/** Final state of a scope (process or subprocess). */
export const scopeFinalKey = (scope: string): string => `sf:${enc(scope)}`;
/** An interrupting event subprocess's state inside its scope. */
export const eventSubKey = (id: string): string => `e:${enc(id)}`;
export const TERMINATED = "t:root";

/** State ids equal their keys; every key is unique within one machine. */
export const ref = (key: string): string => `#${key}`;
