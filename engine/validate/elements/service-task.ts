/** Service and send tasks: a job type is required; built-ins run in the engine, other types wait for a worker. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error, warning } from "@/engine/bpmn/problem";
import { BUILT_IN_SERVICE_TYPES, isBuiltInServiceType } from "@/engine/model/service-types";
import type { ElementRule } from "../context";
import { feelIfExpression } from "../checks/feel";

export { BUILT_IN_SERVICE_TYPES };

function taskTypeProblems(node: FlowNode): Problem[] {
  if (!node.taskType) {
    return [
      error(
        "service-task-type-missing",
        node.id,
        `${node.id} has no task type (zeebe:taskDefinition type), so nothing would perform it.`,
        `${node.id} chưa có loại công việc (zeebe:taskDefinition type) nên không có gì thực hiện nó.`,
      ),
    ];
  }
  const feel = feelIfExpression(node.id, "task type", "loại công việc", node.taskType);
  if (feel.length > 0 || node.taskType.trim().startsWith("=")) return feel;
  if (!isBuiltInServiceType(node.taskType)) {
    return [
      warning(
        "service-task-external",
        node.id,
        `${node.id} has task type "${node.taskType}", which is not built in (${BUILT_IN_SERVICE_TYPES.join(", ")}): it waits until an external worker of that type completes it.`,
        `${node.id} có loại công việc "${node.taskType}" không có sẵn (${BUILT_IN_SERVICE_TYPES.join(", ")}): nó chờ đến khi một tác nhân bên ngoài thuộc loại đó hoàn thành.`,
      ),
    ];
  }
  if (node.taskType === "http" && !node.taskHeaders?.url) {
    return [
      warning(
        "http-url-missing",
        node.id,
        `${node.id} is an http task without a "url" task header, so it has nowhere to call.`,
        `${node.id} là công việc http nhưng thiếu tiêu đề "url", nên không biết gọi đến đâu.`,
      ),
    ];
  }
  return [];
}

export const serviceTask: ElementRule = { type: "serviceTask", validate: taskTypeProblems };
export const sendTask: ElementRule = { type: "sendTask", validate: taskTypeProblems };
