import { blockStates, passThrough } from "./block";
import type { ElementCompiler } from "./types";

/** A split opens a block of the branches whose conditions hold (else the default); the join waits for those. */
export const inclusiveGateway: ElementCompiler = {
  types: ["inclusiveGateway"],
  compile(node, rb) {
    return rb.cu.blockAt(node.id) ? blockStates(node, rb) : passThrough(node, rb);
  },
};
