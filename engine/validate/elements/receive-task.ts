/** Receive tasks wait for a named message. */
import type { ElementRule } from "../context";
import { messageProblems } from "../checks/message";

export const receiveTask: ElementRule = {
  type: "receiveTask",
  validate: (node, ctx) => messageProblems(node, node.messageRef, node.messageName, ctx),
};
