/** Parallel gateways need no per-element check: pairing is `graph/blocks.ts`, stray conditions `graph/flows.ts`. */
import type { ElementRule } from "../context";

export const parallelGateway: ElementRule = { type: "parallelGateway", validate: () => [] };
