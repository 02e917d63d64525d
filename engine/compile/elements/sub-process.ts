import { scopeFinalKey } from "../ids";
import { scopeStates } from "../scope";
import { activityStates } from "./activity";
import { multiInstanceCore } from "./multi-instance";
import { act, type ElementCompiler } from "./types";

/**
 * An embedded subprocess is a compound state holding its own scope (with its
 * event subprocesses); multi-instance ones run each instance as a child machine.
 */
export const subProcess: ElementCompiler = {
  types: ["subProcess"],
  compile(node, rb) {
    if (node.multiInstance) return activityStates(node, rb, multiInstanceCore(node));
    const scope = scopeStates(rb.cu, node.id, scopeFinalKey(node.id));
    return activityStates(node, rb, {
      entry: [act("enterActivity", { element: node.id })],
      extra: { ...scope, onDone: rb.after(node, [act("historyActivity", { element: node.id })]) },
      leaveHistory: true,
    });
  },
};
