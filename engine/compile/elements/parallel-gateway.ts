import { blockStates, passThrough } from "./block";
import type { ElementCompiler } from "./types";

/** A split opens a block (all branches); a join is reached once the block is done. */
export const parallelGateway: ElementCompiler = {
  types: ["parallelGateway"],
  compile(node, rb) {
    return rb.cu.blockAt(node.id) ? blockStates(node, rb) : passThrough(node, rb);
  },
};
