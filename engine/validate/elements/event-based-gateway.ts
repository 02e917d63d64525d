/** Event-based gateways race catch events: every target must be a timer/message catch or a receive task. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";

export const eventBasedGateway: ElementRule = {
  type: "eventBasedGateway",
  validate(node, ctx) {
    const out: Problem[] = [];
    if (node.outgoing.length < 2) {
      out.push(
        error(
          "event-gateway-invalid",
          node.id,
          `Event-based gateway ${node.id} needs at least two outgoing flows to events.`,
          `Cổng dựa trên sự kiện ${node.id} cần ít nhất hai luồng đi ra tới các sự kiện.`,
        ),
      );
    }
    for (const flowId of node.outgoing) {
      const target = ctx.process.nodes[ctx.process.flows[flowId]?.targetRef ?? ""];
      const ok =
        target !== undefined &&
        (target.type === "receiveTask" ||
          (target.type === "intermediateCatchEvent" &&
            (target.event?.kind === "timer" || target.event?.kind === "message")));
      if (!ok) {
        const t = target?.id ?? flowId;
        out.push(
          error(
            "event-gateway-invalid",
            node.id,
            `Event-based gateway ${node.id} leads to ${t}, which is not a timer or message catch event or a receive task.`,
            `Cổng dựa trên sự kiện ${node.id} dẫn tới ${t}, không phải sự kiện bắt hẹn giờ/thông điệp hay nhiệm vụ nhận.`,
          ),
        );
      }
    }
    return out;
  },
};
