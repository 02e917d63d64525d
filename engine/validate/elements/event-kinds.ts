/** Shared check: which event definitions an event of a given kind may carry, plus the timer/message details. */
import type { EventDefinition, FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ValidationContext } from "../context";
import { timerProblems } from "../checks/timer";
import { messageProblems } from "../checks/message";

const KIND_VI: Record<string, string> = {
  none: "không loại",
  timer: "hẹn giờ",
  message: "thông điệp",
  error: "lỗi",
  terminate: "kết thúc toàn bộ",
};

/** Errors when `node.event` is not one of `allowed`; otherwise the checks of its kind. */
export function eventProblems(
  node: FlowNode,
  allowed: readonly EventDefinition["kind"][],
  ctx: ValidationContext,
): Problem[] {
  const def: EventDefinition = node.event ?? { kind: "none" };
  if (def.kind === "unsupported") {
    return [
      error(
        "unsupported-element",
        node.id,
        `${node.id} (${node.bpmnType}) uses ${def.what}, which the engine does not support.`,
        `${node.id} (${node.bpmnType}) dùng ${def.what}, điều máy không hỗ trợ.`,
      ),
    ];
  }
  if (!allowed.includes(def.kind)) {
    const kinds = allowed.join(", ");
    return [
      error(
        "unsupported-element",
        node.id,
        `${node.id}: a ${def.kind} ${node.type} is not supported here (allowed: ${kinds}).`,
        `${node.id}: ${node.type} loại ${KIND_VI[def.kind] ?? def.kind} không được hỗ trợ ở đây (được phép: ${allowed.map((k) => KIND_VI[k] ?? k).join(", ")}).`,
      ),
    ];
  }
  if (def.kind === "timer") return timerProblems(node, def);
  if (def.kind === "message") return messageProblems(node, def.messageRef, def.messageName, ctx);
  return [];
}
