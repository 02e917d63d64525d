/** Intermediate catch events wait for a timer or a message. */
import type { ElementRule } from "../context";
import { eventProblems } from "./event-kinds";

export const intermediateCatchEvent: ElementRule = {
  type: "intermediateCatchEvent",
  validate: (node, ctx) => eventProblems(node, ["timer", "message"], ctx),
};
