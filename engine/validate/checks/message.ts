/** Message catches (start, intermediate, boundary, receive task) must name a defined `bpmn:Message` with a name. */
import type { FlowNode, Problem } from "@/engine/model/types";
import { error } from "@/engine/bpmn/problem";
import type { ValidationContext } from "../context";
import { feelIfExpression } from "./feel";

export function messageProblems(
  node: FlowNode,
  ref: string | null | undefined,
  name: string | null | undefined,
  ctx: ValidationContext,
): Problem[] {
  const id = node.id;
  if (!ref) {
    return [
      error(
        "message-undefined",
        id,
        `${id} waits for a message but names none.`,
        `${id} chờ một thông điệp nhưng chưa chỉ định thông điệp nào.`,
      ),
    ];
  }
  const message = ctx.definitions.messages[ref];
  if (!message) {
    return [
      error(
        "message-undefined",
        id,
        `${id} refers to message "${ref}", which is not defined in the file.`,
        `${id} tham chiếu tới thông điệp "${ref}" không được định nghĩa trong tệp.`,
      ),
    ];
  }
  const resolvedName = name ?? message.name;
  if (!resolvedName) {
    return [
      error(
        "message-undefined",
        id,
        `Message "${ref}" used by ${id} has no name, so nothing can be delivered to it.`,
        `Thông điệp "${ref}" mà ${id} dùng chưa có tên nên không thể gửi tới.`,
      ),
    ];
  }
  if (resolvedName.startsWith("=") && node.type === "startEvent") {
    return [
      error(
        "message-undefined",
        id,
        `The message name of start event ${id} must be fixed text, not an expression.`,
        `Tên thông điệp của sự kiện bắt đầu ${id} phải là văn bản cố định, không phải biểu thức.`,
      ),
    ];
  }
  return feelIfExpression(id, "message name", "tên thông điệp", resolvedName);
}
