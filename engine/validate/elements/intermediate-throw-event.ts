/** Intermediate throw events: a none event (a milestone) or a message throw naming a defined message. */
import type { ElementRule } from "../context";
import { eventProblems } from "./event-kinds";

export const intermediateThrowEvent: ElementRule = {
  type: "intermediateThrowEvent",
  validate: (node, ctx) => eventProblems(node, ["none", "message"], ctx),
};
