/** Subprocesses: an embedded one starts at exactly one none start; an event subprocess at exactly one typed start. */
import type { Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";

export const subProcess: ElementRule = {
  type: "subProcess",
  validate(node, ctx) {
    const children = ctx.process.scopes[node.id]?.children ?? [];
    const starts = children
      .map((id) => ctx.process.nodes[id])
      .filter((n) => n?.type === "startEvent");
    const out: Problem[] = [];
    if (node.triggeredByEvent) {
      const typed =
        starts.length === 1 &&
        ["timer", "message", "error"].includes(starts[0]?.event?.kind ?? "none");
      if (!typed) {
        out.push(
          error(
            "event-subprocess-start",
            node.id,
            `Event subprocess ${node.id} must have exactly one start event, with a timer, message or error trigger (it has ${starts.length}).`,
            `Quy trình con sự kiện ${node.id} phải có đúng một sự kiện bắt đầu, kích hoạt bởi hẹn giờ, thông điệp hoặc lỗi (hiện có ${starts.length}).`,
          ),
        );
      }
      if (node.incoming.length > 0 || node.outgoing.length > 0) {
        out.push(
          error(
            "event-subprocess-flows",
            node.id,
            `Event subprocess ${node.id} must not have incoming or outgoing flows; it starts on its trigger.`,
            `Quy trình con sự kiện ${node.id} không được có luồng vào hoặc ra; nó bắt đầu khi có sự kiện kích hoạt.`,
          ),
        );
      }
      return out;
    }
    const none = starts.filter((s) => (s?.event?.kind ?? "none") === "none");
    if (starts.length !== 1 || none.length !== 1) {
      out.push(
        error(
          "subprocess-start",
          node.id,
          `Subprocess ${node.id} must have exactly one start event without a trigger (it has ${starts.length} start events).`,
          `Quy trình con ${node.id} phải có đúng một sự kiện bắt đầu không loại (hiện có ${starts.length} sự kiện bắt đầu).`,
        ),
      );
    }
    return out;
  },
};
