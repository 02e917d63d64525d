/** Start events: none/timer/message on a process, none in an embedded subprocess, typed in an event subprocess. */
import type { EventDefinition, FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule, ValidationContext } from "../context";
import { formRefProblems } from "../checks/form-ref";
import { eventProblems } from "./event-kinds";

function allowedKinds(node: FlowNode, ctx: ValidationContext): EventDefinition["kind"][] {
  const scope = ctx.process.nodes[node.parent];
  if (!scope) return ["none", "timer", "message"];
  return scope.triggeredByEvent ? ["timer", "message", "error"] : ["none"];
}

export const startEvent: ElementRule = {
  type: "startEvent",
  validate(node, ctx) {
    const out: Problem[] = [
      ...eventProblems(node, allowedKinds(node, ctx), ctx),
      ...formRefProblems(node, ctx),
    ];
    if (node.incoming.length > 0) {
      out.push(
        error(
          "start-has-incoming",
          node.id,
          `Start event ${node.id} has incoming flows; nothing can flow into a start.`,
          `Sự kiện bắt đầu ${node.id} có luồng đi vào; không luồng nào được đi vào sự kiện bắt đầu.`,
        ),
      );
    }
    return out;
  },
};
