/** Service and send tasks: a job type is required; built-ins run in the engine, other types wait for a worker. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ElementRule } from "../context";
import { feelIfExpression } from "../checks/feel";

/** Types the engine performs itself (DESIGN.md §2); any other type is completed by an external worker. */
export const BUILT_IN_SERVICE_TYPES = ["payment", "notify", "issue-result", "http"] as const;

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
  return feelIfExpression(node.id, "task type", "loại công việc", node.taskType);
}

export const serviceTask: ElementRule = { type: "serviceTask", validate: taskTypeProblems };
export const sendTask: ElementRule = { type: "sendTask", validate: taskTypeProblems };
