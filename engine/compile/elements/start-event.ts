import { passThrough } from "./block";
import type { ElementCompiler } from "./types";

/** A start event has already happened when its scope is entered: record it and go on. */
export const startEvent: ElementCompiler = {
  types: ["startEvent"],
  compile: passThrough,
};
